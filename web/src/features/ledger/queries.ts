import type { Role } from '@/shared/auth/roles'

// Field names follow api/schema.graphql (existing unitLedger/adjustBill; contract: unitAccount, payments, refundPayment).
const ERRORS = `errors { __typename code field message }`

export const LEDGER_QUERY = /* GraphQL */ `
  query HouseholdLedger($unitId: ID!) {
    unit(id: $unitId) { id number building { id name } estate { id name } }
    unitLedger(unitId: $unitId) {
      unitId balance
      entries { id billId kind amount reason createdBy createdAt }
    }
    unitAccount(unitId: $unitId) {
      unitId balance due prepaid
      bills { open paid bill { id period total dueDate } }
    }
  }
`

export const UNIT_PAYMENTS_QUERY = /* GraphQL */ `
  query UnitPayments($unitId: ID, $first: Int, $after: String) {
    payments(unitId: $unitId, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes {
        id receiptNumber method amount currency receivedAt receivedBy payerName prepaid refunded receiptUrl
        voidedReceipts { number reason voidedAt }
        allocations { amount bill { id period } }
      }
    }
  }
`

export const ADJUST_BILL_MUTATION = /* GraphQL */ `
  mutation AdjustBill($input: AdjustBillInput!) {
    adjustBill(input: $input) { entry { id kind amount } ${ERRORS} }
  }
`

export const REISSUE_RECEIPT_MUTATION = /* GraphQL */ `
  mutation ReissueReceipt($input: ReissueReceiptInput!) {
    reissueReceipt(input: $input) { payment { id receiptNumber } ${ERRORS} }
  }
`

export const REFUND_PAYMENT_MUTATION = /* GraphQL */ `
  mutation RefundPayment($input: RefundPaymentInput!) {
    refundPayment(input: $input) { refund { id status amount reason } ${ERRORS} }
  }
`

type Amount = number | string

export interface LedgerEntry {
  id: string
  billId?: string | null
  kind: string
  amount: Amount
  reason?: string | null
  createdBy: string
  createdAt: string
}

export interface LedgerBill {
  open: Amount
  paid: boolean
  bill: { id: string; period: string; total: Amount; dueDate: string }
}

export interface LedgerData {
  unit: { id: string; number: string; building: { id: string; name: string }; estate: { id: string; name: string } } | null
  unitLedger: { unitId: string; balance: Amount; entries: LedgerEntry[] } | null
  unitAccount: { unitId: string; balance: Amount; due: Amount; prepaid: Amount; bills: LedgerBill[] } | null
}

export interface PaymentRow {
  id: string
  receiptNumber: string
  method: string
  amount: Amount
  currency: string
  receivedAt: string
  receivedBy: string
  payerName?: string | null
  prepaid: Amount
  refunded: Amount
  receiptUrl: string
  voidedReceipts: { number: string; reason: string; voidedAt: string }[]
  allocations: { amount: Amount; bill: { id: string; period: string } }[]
}

/** Who may refund (the API: supervisor, estate manager, company admin): the front desk pays nothing out (billing.md §5). */
export const REFUND_ROLES: readonly Role[] = ['supervisor', 'estate_manager']
/** Who may void a receipt and reissue it (the API's billing staff). */
export const REISSUE_ROLES: readonly Role[] = ['front_desk', 'cs_specialist', 'supervisor', 'estate_manager', 'company_admin']

export const PAYMENT_ANOMALIES_QUERY = /* GraphQL */ `
  query PaymentAnomalies {
    paymentAnomalies { id unitId paymentIntentId amount currency receivedAt status error reason resolvedAt }
  }
`

export const REFUND_PAYMENT_ANOMALY_MUTATION = /* GraphQL */ `
  mutation RefundPaymentAnomaly($input: RefundPaymentAnomalyInput!) {
    refundPaymentAnomaly(input: $input) { anomaly { id status error } ${ERRORS} }
  }
`

export type PaymentAnomalyStatus = 'OPEN' | 'REFUNDING' | 'REFUNDED' | 'DISMISSED'

/** 异常到账 — money Stripe took for a checkout that was already paid; never credited, given back by one click. */
export interface PaymentAnomaly {
  id: string
  unitId: string
  paymentIntentId: string
  amount: Amount
  currency: string
  receivedAt: string
  status: PaymentAnomalyStatus
  error?: string | null
  reason?: string | null
  resolvedAt?: string | null
}
