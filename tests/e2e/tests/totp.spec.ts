import { expect, test } from '@playwright/test'
import { totp } from '../support/totp'

// RFC 6238 appendix B test vector (SHA-1, secret "12345678901234567890", 8 digits → last 6 here).
test('TOTP helper matches the RFC 6238 test vectors', () => {
  const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' // base32 of "12345678901234567890"
  expect(totp(secret, 59_000)).toBe('287082')
  expect(totp(secret, 1_111_111_109_000)).toBe('081804')
  expect(totp(secret, 2_000_000_000_000)).toBe('279037')
})
