import { describe, expect, it } from 'vitest'
import { formatMoney, fromFen, toFen } from './money'

describe('toFen', () => {
  it('reads numbers and decimal strings as whole fen', () => {
    expect(toFen(223.75)).toBe(22375)
    expect(toFen('0.1')).toBe(10)
    expect(toFen(1.005)).toBe(100) // binary 1.005 is 1.00499…: the API sends two decimals anyway
    expect(toFen(-3.5)).toBe(-350)
  })
  it('counts missing or unreadable amounts as nothing', () => {
    expect(toFen(null)).toBe(0)
    expect(toFen(undefined)).toBe(0)
    expect(toFen('')).toBe(0)
    expect(toFen('abc')).toBe(0)
  })
})

describe('fromFen', () => {
  it('turns whole fen back into yuan without drift', () => {
    expect(fromFen(toFen(0.1) + toFen(0.2))).toBe(0.3)
    expect(fromFen(32385)).toBe(323.85)
  })
})

describe('formatMoney', () => {
  it('formats yuan with two decimals', () => {
    expect(formatMoney(1234.56)).toBe('¥1,234.56')
    expect(formatMoney(0)).toBe('¥0.00')
  })
  it('puts the minus sign before the currency sign', () => {
    expect(formatMoney(-1234.5)).toBe('-¥1,234.50')
  })
})
