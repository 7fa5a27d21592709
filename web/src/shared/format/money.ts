import { formatTwoDecimals, toNumber } from './number'

/**
 * Money in the portals. The API's Decimal arrives as a JSON number (or a string from some serialisers); amounts
 * are CNY yuan. Sums are done in whole fen (分), because adding yuan as binary floats drifts (0.1 + 0.2 ≠ 0.3),
 * and turned back into yuan once.
 */
export type Amount = number | string | null | undefined

/** Yuan → whole fen; missing or unreadable → 0. */
export function toFen(value: Amount): number {
  const n = toNumber(value)
  return n === null ? 0 : Math.round(n * 100)
}

/** Whole fen → yuan. */
export function fromFen(fen: number): number {
  return fen / 100
}

/** `1234.5` → `¥1,234.50`, `-3` → `-¥3.00`; missing values → `—`. */
export function formatMoney(value: Amount): string {
  const n = toNumber(value)
  if (n === null) return '—'
  const formatted = formatTwoDecimals(Math.abs(n))
  return n < 0 && formatted !== '0.00' ? `-¥${formatted}` : `¥${formatted}`
}
