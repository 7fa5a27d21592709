import { describe, expect, it } from 'vitest'
import { addMonths, anyActive, defaultPeriod, progressPercent } from './period'

describe('defaultPeriod', () => {
  const nov = new Date(2026, 10, 28)
  it('proposes the current month while it has no run', () => {
    expect(defaultPeriod(nov, [])).toBe('2026-11')
    expect(defaultPeriod(nov, [{ period: '2026-10', status: 'COMPLETED' }])).toBe('2026-11')
  })
  it('proposes the next month once the current one is billed or being billed', () => {
    expect(defaultPeriod(nov, [{ period: '2026-11', status: 'COMPLETED' }])).toBe('2026-12')
    expect(defaultPeriod(nov, [{ period: '2026-11', status: 'RUNNING' }])).toBe('2026-12')
  })
  it('proposes a failed current month again, to retry it', () => {
    expect(defaultPeriod(nov, [{ period: '2026-11', status: 'FAILED' }])).toBe('2026-11')
  })
  it('rolls over the year', () => {
    expect(defaultPeriod(new Date(2026, 11, 3), [{ period: '2026-12', status: 'COMPLETED' }])).toBe('2027-01')
    expect(addMonths('2027-01', -1)).toBe('2026-12')
  })
})

describe('progress', () => {
  it('is processed over total in whole percent', () => {
    expect(progressPercent({ processedUnits: 1, totalUnits: 3, status: 'RUNNING' })).toBe(33)
    expect(progressPercent({ processedUnits: 0, totalUnits: 0, status: 'QUEUED' })).toBe(0)
    expect(progressPercent({ processedUnits: 0, totalUnits: 0, status: 'COMPLETED' })).toBe(100)
  })
  it('polls only while a run is queued or running', () => {
    expect(anyActive([{ status: 'COMPLETED' }, { status: 'QUEUED' }])).toBe(true)
    expect(anyActive([{ status: 'COMPLETED' }, { status: 'FAILED' }])).toBe(false)
  })
})
