// Field names follow api/schema.graphql and the billing contract (cashier: unitAccount, myPayments; stripe: checkout).

const BILL = `
  id unitId period total dueDate
  unit { id number building { id name } estate { id name } }
  lines { id description quantity unitRate amount }
`

const PAYMENT = `
  id receiptNumber method amount currency receivedAt prepaid refunded receiptUrl
  unit { id number building { id name } estate { id name } }
  allocations { amount bill { id period } }
`

const PAYLOAD_ERRORS = `errors { __typename code message field }`

/** The resident's bills: which units have bills, and what each bill charged. */
export const MY_BILLS_QUERY = /* GraphQL */ `
  query MyBills {
    myBills { ${BILL} }
  }
`

/** Open amount of each bill of one unit, and its prepaid balance. */
export const BILLS_UNIT_ACCOUNT_QUERY = /* GraphQL */ `
  query BillsUnitAccount($unitId: ID!) {
    unitAccount(unitId: $unitId) {
      unitId balance due prepaid
      bills { open paid bill { id } }
    }
  }
`

export const MY_PAYMENTS_QUERY = /* GraphQL */ `
  query MyPayments {
    myPayments { ${PAYMENT} }
  }
`

export const CREATE_CHECKOUT_SESSION_MUTATION = /* GraphQL */ `
  mutation CreateCheckoutSession($input: CreateCheckoutSessionInput!) {
    createCheckoutSession(input: $input) {
      checkout { id url amount currency status }
      ${PAYLOAD_ERRORS}
    }
  }
`

export const ONLINE_CHECKOUT_QUERY = /* GraphQL */ `
  query OnlineCheckout($id: ID!) {
    onlineCheckout(id: $id) {
      id status amount paymentId
      payment { id receiptNumber amount receivedAt receiptUrl }
    }
  }
`
