import type { Role } from '@/shared/auth/roles'

// Field names follow api/schema.graphql (contract: "Cashier" in the billing UI contract).
const ERRORS = `errors { __typename code field message }`

export const CASHIER_ESTATES_QUERY = /* GraphQL */ `
  query CashierEstates {
    estates(first: 100) { nodes { id name } }
  }
`

/** The unit search of the staff portal, narrowed to what the cashier shows. */
export const CASHIER_UNIT_SEARCH_QUERY = /* GraphQL */ `
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
`

const BILL = `id period total dueDate issuedAt lines { id description amount }`

export const CASHIER_UNIT_ACCOUNT_QUERY = /* GraphQL */ `
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
      bills { open paid bill { ${BILL} } }
    }
  }
`

export const CASHIER_ADVANCE_QUOTE_QUERY = /* GraphQL */ `
  query AdvancePaymentQuote($unitId: ID!) {
    advancePaymentQuote(unitId: $unitId) { months monthlyAmount total }
  }
`

export const CASHIER_RECORD_PAYMENT_MUTATION = /* GraphQL */ `
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      payment { id receiptNumber method amount prepaid receiptUrl allocations { amount bill { id period } } }
      ${ERRORS}
    }
  }
`

const SHIFT = `
  id estateId cashierId cashierName status openedAt closedAt expectedCash countedCash difference differenceReason
  totals { method count amount }
  firstReceipt lastReceipt
`

export const MY_OPEN_SHIFT_QUERY = /* GraphQL */ `
  query MyOpenShift($estateId: ID!) {
    myOpenShift(estateId: $estateId) { ${SHIFT} }
  }
`

export const CASHIER_SHIFTS_QUERY = /* GraphQL */ `
  query CashierShifts($estateId: ID!, $status: ShiftStatus) {
    cashierShifts(estateId: $estateId, status: $status) { ${SHIFT} }
  }
`

export const OPEN_SHIFT_MUTATION = /* GraphQL */ `
  mutation OpenShift($input: OpenShiftInput!) {
    openShift(input: $input) { shift { ${SHIFT} } ${ERRORS} }
  }
`

export const CLOSE_SHIFT_MUTATION = /* GraphQL */ `
  mutation CloseShift($input: CloseShiftInput!) {
    closeShift(input: $input) { shift { ${SHIFT} } ${ERRORS} }
  }
`

export const RECONCILE_SHIFT_MUTATION = /* GraphQL */ `
  mutation ReconcileShift($input: ReconcileShiftInput!) {
    reconcileShift(input: $input) { shift { ${SHIFT} } ${ERRORS} }
  }
`

/** Who reconciles closed shifts (the API: supervisor, estate manager, company admin). */
export const SHIFT_RECONCILERS: readonly Role[] = ['supervisor', 'estate_manager']
