
// Field names follow api/schema.graphql.
const RUN = `id estateId period status totalUnits processedUnits billsCreated error createdAt startedAt finishedAt`

export const BILLING_RUN_ESTATES_QUERY = /* GraphQL */ `
  query BillingRunEstates {
    estates(first: 100) { nodes { id name } }
  }
`

export const BILLING_RUNS_QUERY = /* GraphQL */ `
  query BillingRuns($estateId: ID!) {
    billingRuns(estateId: $estateId) { ${RUN} }
  }
`

export const START_BILLING_RUN_MUTATION = /* GraphQL */ `
  mutation StartBillingRun($input: StartBillingRunInput!) {
    startBillingRun(input: $input) {
      run { ${RUN} }
      errors { __typename code field message }
    }
  }
`

export type BillingRunStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED'

export interface BillingRun {
  id: string
  estateId: string
  period: string
  status: BillingRunStatus
  totalUnits: number
  processedUnits: number
  billsCreated: number
  error?: string | null
  createdAt: string
  startedAt?: string | null
  finishedAt?: string | null
}

