/** Money as the API sends it (GraphQL Decimal: a JSON number, or a string from some serialisers). */
export type Amount = number | string

export interface UnitRef {
  id: string
  number: string
  building: { id: string; name: string }
  estate: { id: string; name: string }
}

export interface BillLine {
  id: string
  description: string
  quantity: Amount
  unitRate: Amount
  amount: Amount
}

export interface Bill {
  id: string
  unitId: string
  period: string
  total: Amount
  dueDate: string
  unit: UnitRef
  lines: BillLine[]
}

export interface BillBalance {
  open: Amount
  paid: boolean
  bill: { id: string }
}

export interface UnitAccount {
  unitId: string
  balance: Amount
  due: Amount
  prepaid: Amount
  bills: BillBalance[]
}

export type PaymentMethod = 'CASH' | 'CARD' | 'TRANSFER' | 'BANK_COLLECTION' | 'ONLINE'

export interface Payment {
  id: string
  receiptNumber: string
  method: PaymentMethod
  amount: Amount
  currency: string
  receivedAt: string
  prepaid: Amount
  refunded: Amount
  receiptUrl: string
  unit: UnitRef
  allocations: { amount: Amount; bill: { id: string; period: string } }[]
}

export type CheckoutStatus = 'OPEN' | 'PAID' | 'EXPIRED' | 'FAILED'

export interface OnlineCheckout {
  id: string
  status: CheckoutStatus
  amount: Amount
  paymentId?: string | null
  payment?: { id: string; receiptNumber: string; amount: Amount; receivedAt: string; receiptUrl: string } | null
}
