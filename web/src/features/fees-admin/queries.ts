// Field names follow api/schema.graphql and the billing contract (billingSettings, collectionRates).

const PAYLOAD_ERRORS = `errors { __typename code message field }`
const FEE_ITEM = `id estateId name kind appliesTo rates { id amount effectiveFrom effectiveTo }`
const SETTINGS = `
  stripeAccountId currency collectionDay advanceMonths
  lateFeeEnabled lateFeeDailyRate lateFeeGraceDays lateFeeContractClause
  maxPaymentAmount maxRefundAmount maxAdjustmentAmount
`

export const FEES_ESTATES_QUERY = /* GraphQL */ `
  query FeesAdminEstates {
    estates(first: 100) { nodes { id name } }
  }
`

export const FEE_ITEMS_QUERY = /* GraphQL */ `
  query FeesAdminFeeItems($estateId: ID!) {
    feeItems(estateId: $estateId) { ${FEE_ITEM} }
  }
`

export const CREATE_FEE_ITEM_MUTATION = /* GraphQL */ `
  mutation FeesAdminCreateFeeItem($input: CreateFeeItemInput!) {
    createFeeItem(input: $input) {
      feeItem { ${FEE_ITEM} }
      ${PAYLOAD_ERRORS}
    }
  }
`

export const ADD_FEE_RATE_MUTATION = /* GraphQL */ `
  mutation FeesAdminAddFeeRate($input: AddFeeRateInput!) {
    addFeeRate(input: $input) {
      feeItem { ${FEE_ITEM} }
      ${PAYLOAD_ERRORS}
    }
  }
`

export const BILLING_SETTINGS_QUERY = /* GraphQL */ `
  query FeesAdminBillingSettings {
    billingSettings { ${SETTINGS} }
  }
`

export const UPDATE_BILLING_SETTINGS_MUTATION = /* GraphQL */ `
  mutation FeesAdminUpdateBillingSettings($input: UpdateBillingSettingsInput!) {
    updateBillingSettings(input: $input) {
      settings { ${SETTINGS} }
      ${PAYLOAD_ERRORS}
    }
  }
`

export const COLLECTION_RATES_QUERY = /* GraphQL */ `
  query FeesAdminCollectionRates($period: String) {
    collectionRates(period: $period) {
      period billed collected rate arrears overdue
      estate { id name }
    }
  }
`

export const FEE_KINDS = ['MANAGEMENT_PER_AREA', 'FIXED_MONTHLY', 'METERED', 'PARKING', 'ONE_OFF', 'DEPOSIT'] as const
export type FeeKind = (typeof FEE_KINDS)[number]
export const UNIT_USAGES = ['RESIDENTIAL', 'OFFICE', 'SHOP', 'FACTORY', 'PARKING'] as const

type Amount = number | string

export interface FeeRate {
  id: string
  amount: Amount
  effectiveFrom: string
  effectiveTo?: string | null
}

export interface FeeItem {
  id: string
  estateId: string
  name: string
  kind: FeeKind
  appliesTo: string[]
  rates: FeeRate[]
}

export interface BillingSettings {
  stripeAccountId?: string | null
  currency: string
  collectionDay: number
  advanceMonths: number
  lateFeeEnabled: boolean
  lateFeeDailyRate: Amount
  lateFeeGraceDays: number
  lateFeeContractClause?: string | null
  maxPaymentAmount: Amount
  maxRefundAmount: Amount
  maxAdjustmentAmount: Amount
}

export interface EstateCollectionRate {
  estate: { id: string; name: string }
  period: string
  billed: Amount
  collected: Amount
  rate: Amount
  arrears: Amount
  overdue: Amount
}
