import { describe, expect, it } from 'vitest'
import { formatArea } from './number'

describe('formatArea', () => {
  it('groups thousands and shows two decimals with the square-metre sign', () => {
    expect(formatArea(1234.56)).toBe('1,234.56 ㎡')
    expect(formatArea(89)).toBe('89.00 ㎡')
    expect(formatArea('102.5')).toBe('102.50 ㎡')
  })
  it('rounds to two decimals', () => {
    expect(formatArea(88.005)).toMatch(/^88\.0[01] ㎡$/)
    expect(formatArea(1234567.891)).toBe('1,234,567.89 ㎡')
  })
  it('shows a dash for missing values', () => {
    expect(formatArea(null)).toBe('—')
    expect(formatArea(undefined)).toBe('—')
    expect(formatArea('abc')).toBe('—')
  })
})
