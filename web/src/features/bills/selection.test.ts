import { describe, expect, it } from 'vitest'
import { formatMoney, fromFen } from '@/shared/format/money'
import type { Bill, UnitAccount, UnitRef } from './queries'
import { dueBills, selectedBillIds, selectionTotalCents, settledBills, unitsOf } from './selection'

const home: UnitRef = { id: 'u1', number: '101', building: { id: 'b1', name: '1栋' }, estate: { id: 'e1', name: '绿城花园' } }
const shop: UnitRef = { id: 'u2', number: 'S-3', building: { id: 'b2', name: '商业街' }, estate: { id: 'e1', name: '绿城花园' } }

function bill(id: string, unit: UnitRef, period: string, total: number): Bill {
  return { id, unitId: unit.id, unit, period, total, dueDate: `${period}-15`, lines: [] }
}

const bills = [
  bill('b-oct', home, '2026-10', 223.75),
  bill('b-nov', home, '2026-11', 223.75),
  bill('b-sep', home, '2026-09', 223.75),
  bill('b-shop', shop, '2026-11', 80.1),
]

const account: UnitAccount = {
  unitId: 'u1',
  balance: 323.85,
  due: 323.85,
  prepaid: 0,
  bills: [
    { bill: { id: 'b-sep' }, open: 0, paid: true },
    { bill: { id: 'b-oct' }, open: 100.1, paid: false },
    { bill: { id: 'b-nov' }, open: '223.75', paid: false },
  ],
}

describe('dueBills', () => {
  it('keeps only the unit’s bills with an open amount, oldest first, with the open amount', () => {
    const due = dueBills(bills, account)
    expect(due.map((d) => [d.bill.id, d.openCents])).toEqual([
      ['b-oct', 10010],
      ['b-nov', 22375],
    ])
  })

  it('is empty before the account has loaded', () => {
    expect(dueBills(bills, undefined)).toEqual([])
  })
})

describe('settledBills', () => {
  it('lists the unit’s bills that are not due, newest first', () => {
    expect(settledBills(bills, account).map((b) => b.id)).toEqual(['b-sep'])
  })
})

describe('selection total', () => {
  const due = dueBills(bills, account)

  it('adds the open amounts of the ticked bills exactly', () => {
    const cents = selectionTotalCents(due, new Set(['b-oct', 'b-nov']))
    expect(cents).toBe(32385)
    expect(formatMoney(fromFen(cents))).toBe('¥323.85')
  })

  it('does not drift where floating-point sums would (0.1 + 0.2)', () => {
    const tiny: UnitAccount = {
      ...account,
      bills: [
        { bill: { id: 'b-oct' }, open: 0.1, paid: false },
        { bill: { id: 'b-nov' }, open: 0.2, paid: false },
      ],
    }
    const cents = selectionTotalCents(dueBills(bills, tiny), new Set(['b-oct', 'b-nov']))
    expect(fromFen(cents)).toBe(0.3)
  })

  it('ignores ticked ids that are no longer due or belong to another unit', () => {
    expect(selectionTotalCents(due, new Set(['b-nov', 'b-sep', 'b-shop']))).toBe(22375)
    expect(selectedBillIds(due, new Set(['b-nov', 'b-sep', 'b-shop', 'b-oct']))).toEqual(['b-oct', 'b-nov'])
  })

  it('is zero with nothing ticked', () => {
    expect(selectionTotalCents(due, new Set())).toBe(0)
    expect(selectedBillIds(due, new Set())).toEqual([])
  })
})

describe('unitsOf', () => {
  it('lists each unit once in estate, building, number order', () => {
    expect(unitsOf(bills).map((u) => u.id)).toEqual(['u1', 'u2'])
  })
})
