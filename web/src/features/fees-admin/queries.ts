import { graphql } from '@/shared/api/gql'
import type {
  BillingSettingsFieldsFragment,
  FeeItemFieldsFragment,
  FeeKind,
  FeesAdminCollectionRatesQuery,
} from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql and the billing contract (billingSettings, collectionRates); types are
// generated from them (npm run codegen).
graphql(`
  fragment FeeItemFields on FeeItem {
    id estateId name kind appliesTo rates { id amount effectiveFrom effectiveTo }
  }
`)

graphql(`
  fragment BillingSettingsFields on BillingSettings {
    stripeAccountId currency collectionDay advanceMonths
    lateFeeEnabled lateFeeDailyRate lateFeeGraceDays lateFeeContractClause
    maxPaymentAmount maxRefundAmount maxAdjustmentAmount
  }
`)

export const FEE_ITEMS_QUERY = graphql(`
  query FeesAdminFeeItems($estateId: ID!) {
    feeItems(estateId: $estateId) { ...FeeItemFields }
  }
`)

export const CREATE_FEE_ITEM_MUTATION = graphql(`
  mutation FeesAdminCreateFeeItem($input: CreateFeeItemInput!) {
    createFeeItem(input: $input) {
      feeItem { ...FeeItemFields }
      errors { __typename code message field }
    }
  }
`)

export const ADD_FEE_RATE_MUTATION = graphql(`
  mutation FeesAdminAddFeeRate($input: AddFeeRateInput!) {
    addFeeRate(input: $input) {
      feeItem { ...FeeItemFields }
      errors { __typename code message field }
    }
  }
`)

export const BILLING_SETTINGS_QUERY = graphql(`
  query FeesAdminBillingSettings {
    billingSettings { ...BillingSettingsFields }
  }
`)

export const UPDATE_BILLING_SETTINGS_MUTATION = graphql(`
  mutation FeesAdminUpdateBillingSettings($input: UpdateBillingSettingsInput!) {
    updateBillingSettings(input: $input) {
      settings { ...BillingSettingsFields }
      errors { __typename code message field }
    }
  }
`)

export const COLLECTION_RATES_QUERY = graphql(`
  query FeesAdminCollectionRates($period: String) {
    collectionRates(period: $period) {
      period billed collected rate arrears overdue
      estate { id name }
    }
  }
`)

export const FEE_KINDS = ['MANAGEMENT_PER_AREA', 'FIXED_MONTHLY', 'METERED', 'PARKING', 'ONE_OFF', 'DEPOSIT'] as const satisfies readonly FeeKind[]

export type FeeItem = FeeItemFieldsFragment
export type FeeRate = FeeItem['rates'][number]
export type BillingSettings = BillingSettingsFieldsFragment
export type EstateCollectionRate = FeesAdminCollectionRatesQuery['collectionRates'][number]
export type { FeeKind }
