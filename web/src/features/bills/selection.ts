import { toFen } from '@/shared/format/money'
import type { Bill, UnitAccount, UnitRef } from './queries'

// Amounts are added up in whole fen (分), so the total shown is exactly what the checkout will charge.

/** A bill with what is still open on it. */
export interface DueBill {
  bill: Bill
  openCents: number
}

/** The units the resident has bills for, in a stable order (estate, building, number). */
export function unitsOf(bills: readonly Bill[]): UnitRef[] {
  const byId = new Map<string, UnitRef>()
  for (const bill of bills) if (!byId.has(bill.unitId)) byId.set(bill.unitId, bill.unit)
  const key = (u: UnitRef) => `${u.estate.name}\u0000${u.building.name}\u0000${u.number}`
  return [...byId.values()].sort((a, b) => key(a).localeCompare(key(b), 'zh-CN', { numeric: true }))
}

function byPeriod(a: Bill, b: Bill): number {
  return a.period.localeCompare(b.period) || a.dueDate.localeCompare(b.dueDate)
}

/** One unit's bills that still have an open amount, oldest first (the order payments settle them). */
export function dueBills(bills: readonly Bill[], account: UnitAccount | null | undefined): DueBill[] {
  if (!account) return []
  const open = new Map(account.bills.map((b) => [b.bill.id, b]))
  return bills
    .filter((bill) => bill.unitId === account.unitId)
    .flatMap((bill) => {
      const balance = open.get(bill.id)
      const openCents = toFen(balance?.open)
      return balance && !balance.paid && openCents > 0 ? [{ bill, openCents }] : []
    })
    .sort((a, b) => byPeriod(a.bill, b.bill))
}

/** One unit's bills with nothing left to pay, newest first. */
export function settledBills(bills: readonly Bill[], account: UnitAccount | null | undefined): Bill[] {
  if (!account) return []
  const due = new Set(dueBills(bills, account).map((d) => d.bill.id))
  return bills.filter((bill) => bill.unitId === account.unitId && !due.has(bill.id)).sort((a, b) => byPeriod(b, a))
}

/** Total of the ticked bills, in fen. Ids of bills that are no longer due count for nothing. */
export function selectionTotalCents(due: readonly DueBill[], selected: ReadonlySet<string>): number {
  return due.reduce((sum, d) => (selected.has(d.bill.id) ? sum + d.openCents : sum), 0)
}

/** The ticked ids that are still due, oldest first: what goes into the checkout. */
export function selectedBillIds(due: readonly DueBill[], selected: ReadonlySet<string>): string[] {
  return due.filter((d) => selected.has(d.bill.id)).map((d) => d.bill.id)
}

/** "绿城花园 · 1栋 · 101" */
export function unitLabel(unit: UnitRef): string {
  return `${unit.estate.name} · ${unit.building.name} · ${unit.number}`
}
