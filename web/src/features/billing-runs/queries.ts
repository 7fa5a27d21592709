import { graphql } from '@/shared/api/gql'
import type { BillingRunFieldsFragment, BillingRunStatus } from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql; types are generated from them (npm run codegen).
graphql(`
  fragment BillingRunFields on BillingRun {
    id estateId period status totalUnits processedUnits billsCreated error createdAt startedAt finishedAt
  }
`)

export const BILLING_RUNS_QUERY = graphql(`
  query BillingRuns($estateId: ID!) {
    billingRuns(estateId: $estateId) { ...BillingRunFields }
  }
`)

export const START_BILLING_RUN_MUTATION = graphql(`
  mutation StartBillingRun($input: StartBillingRunInput!) {
    startBillingRun(input: $input) {
      run { ...BillingRunFields }
      errors { __typename code field message }
    }
  }
`)

export type BillingRun = BillingRunFieldsFragment
export type { BillingRunStatus }

