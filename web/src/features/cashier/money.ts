import { fromFen, toFen, type Amount } from '@/shared/format/money'

// Cashier rules in whole fen (分): every sum is done in integers and turned back into yuan once.

export interface OpenBill {
  id: string
  open: Amount
}

/** The amount the payment form proposes: the open total of the bills the agent ticked. */
export function selectedOpenTotal(bills: readonly OpenBill[], selectedIds: readonly string[]): number {
  const chosen = new Set(selectedIds)
  return fromFen(bills.filter((b) => chosen.has(b.id)).reduce((sum, b) => sum + toFen(b.open), 0))
}

/** Bills with something left to pay: ticked by default when a unit's account opens. */
export function openBillIds(bills: readonly OpenBill[]): string[] {
  return bills.filter((b) => toFen(b.open) > 0).map((b) => b.id)
}

/**
 * Change to hand back for cash: tendered − amount. Null when there is nothing to compare yet or the cash given
 * is short (the form then asks for more instead of showing a negative change).
 */
export function changeDue(amount: Amount, tendered: Amount): number | null {
  if (tendered === null || tendered === undefined || tendered === '' || amount === null || amount === undefined || amount === '') return null
  const change = toFen(tendered) - toFen(amount)
  return change < 0 ? null : fromFen(change)
}

/**
 * Cash of ¥100 or more handed over may hold notes above ¥50, which must go through the counterfeit detector
 * (billing.md §3.1 step 4): the cashier confirms it. Same rule as the API: the cash tendered, else the amount.
 */
export function needsNotesCheck(method: string, amount: Amount, tendered: Amount): boolean {
  const cash = tendered === null || tendered === undefined || tendered === '' ? amount : tendered
  return method === 'CASH' && toFen(cash) >= 10_000
}

/** Counted cash − expected cash when a shift closes: negative = short, positive = over. */
export function cashDifference(expected: Amount, counted: Amount): number {
  return fromFen(toFen(counted) - toFen(expected))
}

/** Cash expected in the drawer of an open shift: the cash line of its totals. */
export function expectedCash(totals: readonly { method: string; amount: Amount }[]): number {
  return fromFen(totals.filter((t) => t.method === 'CASH').reduce((sum, t) => sum + toFen(t.amount), 0))
}

/** How a bill shows at the desk: settled, open, or open past its due date (dates as yyyy-MM-dd). */
export function billState(balance: { paid: boolean; open: Amount; bill: { dueDate: string } }, today: string): 'PAID' | 'OVERDUE' | 'OPEN' {
  if (balance.paid || toFen(balance.open) <= 0) return 'PAID'
  return balance.bill.dueDate < today ? 'OVERDUE' : 'OPEN'
}
