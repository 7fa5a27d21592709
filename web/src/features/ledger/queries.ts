import { graphql } from '@/shared/api/gql'
import type { HouseholdLedgerQuery, PaymentAnomaliesQuery, PaymentAnomalyStatus, UnitPaymentsQuery } from '@/shared/api/gql/graphql'
import type { Role } from '@/shared/auth/roles'

// Field names follow api/schema.graphql (existing unitLedger/adjustBill; contract: unitAccount, payments, refundPayment);
// types are generated from them (npm run codegen).
export const LEDGER_QUERY = graphql(`
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
`)

export const UNIT_PAYMENTS_QUERY = graphql(`
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
`)

export const ADJUST_BILL_MUTATION = graphql(`
  mutation AdjustBill($input: AdjustBillInput!) {
    adjustBill(input: $input) { entry { id kind amount } errors { __typename code field message } }
  }
`)

export const REISSUE_RECEIPT_MUTATION = graphql(`
  mutation ReissueReceipt($input: ReissueReceiptInput!) {
    reissueReceipt(input: $input) { payment { id receiptNumber } errors { __typename code field message } }
  }
`)

export const REFUND_PAYMENT_MUTATION = graphql(`
  mutation RefundPayment($input: RefundPaymentInput!) {
    refundPayment(input: $input) { refund { id status amount reason } errors { __typename code field message } }
  }
`)

export type LedgerData = HouseholdLedgerQuery
export type LedgerEntry = NonNullable<LedgerData['unitLedger']>['entries'][number]
export type LedgerBill = NonNullable<LedgerData['unitAccount']>['bills'][number]
export type PaymentRow = UnitPaymentsQuery['payments']['nodes'][number]

/** Who may refund (the API: supervisor, estate manager, company admin): the front desk pays nothing out (billing.md §5). */
export const REFUND_ROLES: readonly Role[] = ['supervisor', 'estate_manager']
/** Who may void a receipt and reissue it (the API's billing staff). */
export const REISSUE_ROLES: readonly Role[] = ['front_desk', 'cs_specialist', 'supervisor', 'estate_manager', 'company_admin']

export const PAYMENT_ANOMALIES_QUERY = graphql(`
  query PaymentAnomalies {
    paymentAnomalies { id unitId paymentIntentId amount currency receivedAt status error reason resolvedAt }
  }
`)

export const REFUND_PAYMENT_ANOMALY_MUTATION = graphql(`
  mutation RefundPaymentAnomaly($input: RefundPaymentAnomalyInput!) {
    refundPaymentAnomaly(input: $input) {
      anomaly { id status error }
      errors { __typename code field message }
    }
  }
`)

/** 异常到账 — money Stripe took for a checkout that was already paid; never credited, given back by one click. */
export type PaymentAnomaly = PaymentAnomaliesQuery['paymentAnomalies'][number]
export type { PaymentAnomalyStatus }
