import type { Amount } from './money'

/** Methods taken at the desk; bank collection and online payments are booked by the system. */
export const DESK_METHODS = ['CASH', 'CARD', 'TRANSFER'] as const
export type PaymentMethod = (typeof DESK_METHODS)[number] | 'BANK_COLLECTION' | 'ONLINE'
export type ShiftStatus = 'OPEN' | 'CLOSED' | 'RECONCILED'

export interface Bill {
  id: string
  period: string
  total: Amount
  dueDate: string
  issuedAt: string
  lines: { id: string; description: string; amount: Amount }[]
}

export interface BillBalance {
  open: Amount
  paid: boolean
  bill: Bill
}

export interface Ageing {
  current: Amount
  days30: Amount
  days60: Amount
  days90Plus: Amount
  overdue: Amount
  total: Amount
}

export interface UnitAccount {
  unitId: string
  balance: Amount
  due: Amount
  prepaid: Amount
  ageing: Ageing
  bills: BillBalance[]
}

export interface AccountUnit {
  id: string
  number: string
  building: { id: string; name: string }
  estate: { id: string; name: string }
  owners: { id: string; current: boolean; person: { id: string; name: string } }[]
}

export interface RecordedPayment {
  id: string
  receiptNumber: string
  method: PaymentMethod
  amount: Amount
  prepaid: Amount
  receiptUrl: string
  allocations: { amount: Amount; bill: { id: string; period: string } }[]
}

export interface CashierShift {
  id: string
  estateId: string
  cashierId: string
  cashierName?: string | null
  status: ShiftStatus
  openedAt: string
  closedAt?: string | null
  expectedCash: Amount
  countedCash?: Amount
  difference?: Amount
  /** The cashier's reason for a non-zero difference, given at hand-over. */
  differenceReason?: string | null
  totals: { method: PaymentMethod; count: number; amount: Amount }[]
  firstReceipt?: string | null
  lastReceipt?: string | null
}
