import { graphql } from '@/shared/api/gql'
import type {
  BillsUnitAccountQuery,
  MyBillsQuery,
  MyPaymentsQuery,
  OnlineCheckoutQuery,
  OnlineCheckoutStatus,
  PaymentMethod,
} from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql and the billing contract (cashier: unitAccount, myPayments; stripe: checkout);
// types are generated from them (npm run codegen).
graphql(`
  fragment BillUnit on Unit {
    id number building { id name } estate { id name }
  }
`)

/** The resident's bills: which units have bills, and what each bill charged. */
export const MY_BILLS_QUERY = graphql(`
  query MyBills {
    myBills {
      id unitId period total dueDate
      unit { ...BillUnit }
      lines { id description quantity unitRate amount }
    }
  }
`)

/** Open amount of each bill of one unit, and its prepaid balance. */
export const BILLS_UNIT_ACCOUNT_QUERY = graphql(`
  query BillsUnitAccount($unitId: ID!) {
    unitAccount(unitId: $unitId) {
      unitId balance due prepaid
      bills { open paid bill { id } }
    }
  }
`)

export const MY_PAYMENTS_QUERY = graphql(`
  query MyPayments {
    myPayments {
      id receiptNumber method amount currency receivedAt prepaid refunded receiptUrl
      unit { ...BillUnit }
      allocations { amount bill { id period } }
    }
  }
`)

export const CREATE_CHECKOUT_SESSION_MUTATION = graphql(`
  mutation CreateCheckoutSession($input: CreateCheckoutSessionInput!) {
    createCheckoutSession(input: $input) {
      checkout { id url amount currency status }
      errors { __typename code message field }
    }
  }
`)

export const ONLINE_CHECKOUT_QUERY = graphql(`
  query OnlineCheckout($id: ID!) {
    onlineCheckout(id: $id) {
      id status amount paymentId
      payment { id receiptNumber amount receivedAt receiptUrl }
    }
  }
`)

export type Bill = MyBillsQuery['myBills'][number]
export type UnitRef = Bill['unit']
export type BillLine = Bill['lines'][number]
export type UnitAccount = NonNullable<BillsUnitAccountQuery['unitAccount']>
export type Payment = MyPaymentsQuery['myPayments'][number]
export type OnlineCheckout = NonNullable<OnlineCheckoutQuery['onlineCheckout']>
export type { OnlineCheckoutStatus as CheckoutStatus, PaymentMethod }
