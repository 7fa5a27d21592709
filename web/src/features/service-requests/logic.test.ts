import { describe, expect, it } from 'vitest'
import { byDeadline, formatInZone, isValidAmount, nextDeadline, quoteTotal, zonedToIso } from './logic'

const d = (kind: string, dueAt: string, metAt: string | null = null) => ({ kind, dueAt, metAt, voidedAt: null, state: 'ON_TIME' })

describe('deadlines', () => {
  it('the next deadline is the running one that runs out first, ignoring met ones', () => {
    const next = nextDeadline([d('COMPLETION', '2026-12-16T09:30:00Z'), d('ON_SITE', '2026-12-12T08:30:00Z'), d('APPOINTMENT', '2026-12-11T01:00:00Z', '2026-12-11T00:30:00Z')])
    expect(next?.kind).toBe('ON_SITE')
    expect(nextDeadline([d('ON_SITE', '2026-12-12T08:30:00Z', '2026-12-12T08:00:00Z')])).toBeUndefined()
  })

  it('orders jobs by the limit that runs out first, jobs without a running limit last', () => {
    const jobs = [
      { id: 'none', receivedAt: '2026-12-10T00:00:00Z', deadlines: [] },
      { id: 'late', receivedAt: '2026-12-10T00:00:00Z', deadlines: [d('ON_SITE', '2026-12-13T00:00:00Z')] },
      { id: 'soon', receivedAt: '2026-12-09T00:00:00Z', deadlines: [d('ON_SITE', '2026-12-11T00:00:00Z')] },
    ]
    expect(byDeadline(jobs).map((j) => j.id)).toEqual(['soon', 'late', 'none'])
  })

  it('shows an instant on the estate clock, whatever the phone is set to', () => {
    expect(formatInZone('2026-12-14T01:30:00Z', 'Asia/Shanghai')).toBe('2026-12-14 09:30')
    expect(formatInZone('2026-12-14T01:30:00Z', 'Europe/London')).toBe('2026-12-14 01:30')
    // Across midnight in Shanghai.
    expect(formatInZone('2026-12-13T16:30:00Z', 'Asia/Shanghai')).toBe('2026-12-14 00:30')
  })

  it('reads a chosen visit time as estate time', () => {
    expect(zonedToIso('2026-12-14T09:30', 'Asia/Shanghai')).toBe('2026-12-14T01:30:00.000Z')
    expect(zonedToIso('2026-07-01T09:30', 'Europe/London')).toBe('2026-07-01T08:30:00.000Z')
  })
})

describe('quote totals', () => {
  it('adds in fen, so 0.1 + 0.2 is 0.30', () => {
    expect(quoteTotal([{ amount: 0.1 }, { amount: 0.2 }])).toBe(0.3)
    expect(quoteTotal([{ amount: 50 }, { amount: '30.50' }, { amount: undefined }])).toBe(80.5)
  })

  it('accepts positive amounts with at most two decimals only', () => {
    expect(isValidAmount(30.5)).toBe(true)
    expect(isValidAmount('10.005')).toBe(false)
    expect(isValidAmount(0)).toBe(false)
    expect(isValidAmount(-1)).toBe(false)
  })
})
