import { describe, expect, it } from 'vitest'
import { refundable } from './refund'

describe('refundable', () => {
  it('is the amount less what was refunded, to the fen', () => {
    expect(refundable({ amount: '300.30', refunded: '0.10' })).toBe(300.2)
    expect(refundable({ amount: 0.3, refunded: 0.1 })).toBe(0.2)
  })
  it('is zero once everything was refunded', () => {
    expect(refundable({ amount: '50.00', refunded: '50.00' })).toBe(0)
  })
})
