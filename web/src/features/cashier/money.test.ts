import { describe, expect, it } from 'vitest'
import { billState, cashDifference, changeDue, expectedCash, needsNotesCheck, openBillIds, selectedOpenTotal } from './money'

const bills = [
  { id: 'a', open: '0.10' },
  { id: 'b', open: 0.2 },
  { id: 'c', open: '1234.56' },
  { id: 'paid', open: '0.00' },
]

describe('selectedOpenTotal', () => {
  it('adds the open amounts of the ticked bills without float drift', () => {
    expect(selectedOpenTotal(bills, ['a', 'b'])).toBe(0.3)
    expect(selectedOpenTotal(bills, ['a', 'b', 'c'])).toBe(1234.86)
  })
  it('is zero when nothing is ticked and ignores unknown ids', () => {
    expect(selectedOpenTotal(bills, [])).toBe(0)
    expect(selectedOpenTotal(bills, ['x'])).toBe(0)
  })
})

describe('openBillIds', () => {
  it('ticks every bill with something left to pay, none that is settled', () => {
    expect(openBillIds(bills)).toEqual(['a', 'b', 'c'])
  })
})

describe('changeDue', () => {
  it('is tendered minus amount, in yuan with fen precision', () => {
    expect(changeDue(356.7, 400)).toBe(43.3)
    expect(changeDue('0.30', '1')).toBe(0.7)
    expect(changeDue(100, 100)).toBe(0)
  })
  it('is null when the cash given is short or missing', () => {
    expect(changeDue(100, 99.99)).toBeNull()
    expect(changeDue(100, null)).toBeNull()
    expect(changeDue(null, 100)).toBeNull()
  })
})

describe('shift cash', () => {
  it('expects the cash line of the totals only', () => {
    expect(expectedCash([{ method: 'CASH', amount: '100.10' }, { method: 'CARD', amount: 50 }, { method: 'CASH', amount: 0.2 }])).toBe(100.3)
  })
  it('difference is counted minus expected: negative when short', () => {
    expect(cashDifference('100.30', 100)).toBe(-0.3)
    expect(cashDifference(100, '100.50')).toBe(0.5)
    expect(cashDifference(100, 100)).toBe(0)
  })
})

describe('billState', () => {
  const bill = (open: string, paid: boolean, dueDate = '2026-11-15') => ({ open, paid, bill: { dueDate } })
  it('is paid when nothing is open', () => {
    expect(billState(bill('0.00', true), '2026-11-20')).toBe('PAID')
    expect(billState(bill('0', false), '2026-11-20')).toBe('PAID')
  })
  it('is overdue only after the due date', () => {
    expect(billState(bill('10.00', false), '2026-11-15')).toBe('OPEN')
    expect(billState(bill('10.00', false), '2026-11-16')).toBe('OVERDUE')
  })
})

describe('needsNotesCheck', () => {
  it('asks for the counterfeit check when the cash handed over is ¥100 or more', () => {
    expect(needsNotesCheck('CASH', 100, null)).toBe(true)
    expect(needsNotesCheck('CASH', '356.70', undefined)).toBe(true)
    expect(needsNotesCheck('CASH', 50, 100)).toBe(true) // a ¥100 note for a ¥50 bill
    expect(needsNotesCheck('CASH', 99.99, null)).toBe(false)
    expect(needsNotesCheck('CASH', 30, 50)).toBe(false)
    expect(needsNotesCheck('CASH', null, null)).toBe(false)
  })
  it('never for card or transfer', () => {
    expect(needsNotesCheck('CARD', 500, null)).toBe(false)
    expect(needsNotesCheck('TRANSFER', 500, null)).toBe(false)
  })
})
