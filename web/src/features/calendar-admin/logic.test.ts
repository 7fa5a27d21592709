import { describe, expect, it } from 'vitest'
import { HHMM, removableIn, yearOptions } from './logic'

describe('calendar admin', () => {
  it('removes a day only on the calendar it was made on', () => {
    expect(removableIn({ estateId: null }, { source: 'COMPANY', overrideId: 'c1' })).toBe(true)
    expect(removableIn({ estateId: 'e1' }, { source: 'COMPANY', overrideId: 'c1' })).toBe(false)
    expect(removableIn({ estateId: 'e1' }, { source: 'ESTATE', overrideId: 'e9' })).toBe(true)
    expect(removableIn({ estateId: null }, { source: 'OFFICIAL', overrideId: null })).toBe(false)
  })

  it('offers last year to two years ahead', () => {
    expect(yearOptions(2026)).toEqual([2025, 2026, 2027, 2028])
  })

  it('accepts only HH:mm hours', () => {
    expect(HHMM.test('08:30')).toBe(true)
    expect(HHMM.test('8:30')).toBe(false)
    expect(HHMM.test('24:00')).toBe(false)
  })
})
