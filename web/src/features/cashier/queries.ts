import { graphql } from '@/shared/api/gql'
import type {
  CashierShiftFieldsFragment,
  CashierUnitSearchQuery,
  CashierUnitAccountQuery,
  PaymentMethod,
  RecordPaymentMutation,
  ShiftStatus,
} from '@/shared/api/gql/graphql'
import type { Role } from '@/shared/auth/roles'

// Field names follow api/schema.graphql (contract: "Cashier" in the billing UI contract); types are generated from
// them (npm run codegen).

/** The unit search of the staff portal, narrowed to what the cashier shows. */
export const CASHIER_UNIT_SEARCH_QUERY = graphql(`
  query CashierUnitSearch($first: Int, $filter: UnitFilter) {
    units(first: $first, filter: $filter) {
      totalCount
      nodes {
        id number
        building { id name }
        owners { id current person { id name phoneMasked } }
      }
    }
  }
`)

export const CASHIER_UNIT_ACCOUNT_QUERY = graphql(`
  query CashierUnitAccount($unitId: ID!) {
    unit(id: $unitId) {
      id number
      building { id name }
      estate { id name }
      owners { id current person { id name } }
    }
    unitAccount(unitId: $unitId) {
      unitId balance due prepaid
      ageing { current days30 days60 days90Plus overdue total }
      bills { open paid bill { id period total dueDate issuedAt lines { id description amount } } }
    }
  }
`)

export const CASHIER_ADVANCE_QUOTE_QUERY = graphql(`
  query AdvancePaymentQuote($unitId: ID!) {
    advancePaymentQuote(unitId: $unitId) { months monthlyAmount total }
  }
`)

export const CASHIER_RECORD_PAYMENT_MUTATION = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      payment { id receiptNumber method amount prepaid receiptUrl allocations { amount bill { id period } } }
      errors { __typename code field message }
    }
  }
`)

graphql(`
  fragment CashierShiftFields on CashierShift {
    id estateId cashierId cashierName status openedAt closedAt expectedCash countedCash difference differenceReason
    totals { method count amount }
    firstReceipt lastReceipt
  }
`)

export const MY_OPEN_SHIFT_QUERY = graphql(`
  query MyOpenShift($estateId: ID!) {
    myOpenShift(estateId: $estateId) { ...CashierShiftFields }
  }
`)

export const CASHIER_SHIFTS_QUERY = graphql(`
  query CashierShifts($estateId: ID!, $status: ShiftStatus) {
    cashierShifts(estateId: $estateId, status: $status) { ...CashierShiftFields }
  }
`)

export const OPEN_SHIFT_MUTATION = graphql(`
  mutation OpenShift($input: OpenShiftInput!) {
    openShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }
  }
`)

export const CLOSE_SHIFT_MUTATION = graphql(`
  mutation CloseShift($input: CloseShiftInput!) {
    closeShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }
  }
`)

export const RECONCILE_SHIFT_MUTATION = graphql(`
  mutation ReconcileShift($input: ReconcileShiftInput!) {
    reconcileShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }
  }
`)

/** Methods taken at the desk; bank collection and online payments are booked by the system. */
export const DESK_METHODS = ['CASH', 'CARD', 'TRANSFER'] as const satisfies readonly PaymentMethod[]

export type UnitHit = CashierUnitSearchQuery['units']['nodes'][number]
export type UnitAccount = NonNullable<CashierUnitAccountQuery['unitAccount']>
export type BillBalance = UnitAccount['bills'][number]
export type RecordedPayment = NonNullable<RecordPaymentMutation['recordPayment']['payment']>
export type CashierShift = CashierShiftFieldsFragment
export type { PaymentMethod, ShiftStatus }

/** Who reconciles closed shifts (the API: supervisor, estate manager, company admin). */
export const SHIFT_RECONCILERS: readonly Role[] = ['supervisor', 'estate_manager']
