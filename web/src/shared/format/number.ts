/**
 * Number formatting used across portals. Area and money always show two decimals and
 * group thousands with commas, the convention in both zh-CN and en.
 */
const twoDecimals = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

/** `1234.5` → `1,234.50` (no unit). */
export function formatTwoDecimals(n: number): string {
  return twoDecimals.format(n)
}

/** A number, a numeric string (GraphQL Decimal may come as either) or nothing → a finite number or null. */
export function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? n : null
}

/** `1234.5` → `1,234.50 ㎡`; missing values → `—`. */
export function formatArea(value: number | string | null | undefined): string {
  const n = toNumber(value)
  return n === null ? '—' : `${twoDecimals.format(n)} ㎡`
}
