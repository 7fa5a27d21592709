import { describe, expect, it } from 'vitest'
import { collectionTotals, formatRate, rateOn, ratesNewestFirst } from './logic'
import type { EstateCollectionRate, FeeRate } from './queries'

const rates: FeeRate[] = [
  { id: 'r2025', amount: 2.2, effectiveFrom: '2025-01-01', effectiveTo: '2025-12-31' },
  { id: 'r2026', amount: 2.5, effectiveFrom: '2026-01-01', effectiveTo: null },
  { id: 'r2027', amount: 2.8, effectiveFrom: '2027-01-01', effectiveTo: null },
]

describe('rateOn', () => {
  it('picks the latest rate started by that day and not yet ended', () => {
    expect(rateOn(rates, '2025-06-30')?.id).toBe('r2025')
    expect(rateOn(rates, '2026-11-28')?.id).toBe('r2026')
    expect(rateOn(rates, '2027-01-01')?.id).toBe('r2027')
  })
  it('finds none before the first rate', () => {
    expect(rateOn(rates, '2024-12-31')).toBeUndefined()
  })
  it('sorts the history newest first without changing the input', () => {
    expect(ratesNewestFirst(rates).map((r) => r.id)).toEqual(['r2027', 'r2026', 'r2025'])
    expect(rates[0].id).toBe('r2025')
  })
})

function row(id: string, billed: number | string, collected: number | string, arrears: number | string = 0, overdue: number | string = 0): EstateCollectionRate {
  return { estate: { id, name: id }, period: '2026-11', billed, collected, rate: 0, arrears, overdue }
}

describe('collectionTotals', () => {
  it('weights the company rate by what was billed, not by estate count', () => {
    const totals = collectionTotals([row('a', 1000, 900), row('b', 100, 0)])
    expect(totals.rate).toBeCloseTo(900 / 1100, 10)
    expect(formatRate(totals.rate)).toBe('81.8%')
  })
  it('adds money exactly', () => {
    const totals = collectionTotals([row('a', 0.1, 0.1, 0.1, 0.1), row('b', '0.2', '0.2', '0.2', '0.2')])
    expect(totals).toEqual({ billed: 0.3, collected: 0.3, rate: 1, arrears: 0.3, overdue: 0.3 })
  })
  it('has no rate when nothing was billed', () => {
    expect(collectionTotals([]).rate).toBeNull()
    expect(formatRate(null)).toBe('—')
  })
})
