/**
 * Number formatting used across portals. Area and money always show two decimals and
 * group thousands with commas, the convention in both zh-CN and en.
 */
const twoDecimals = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
})

function toNumber(value: number | string | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? n : null
}

/** `1234.5` → `1,234.50 ㎡`; missing values → `—`. */
export function formatArea(value: number | string | null | undefined): string {
  const n = toNumber(value)
  return n === null ? '—' : `${twoDecimals.format(n)} ㎡`
}

/** `1234.5` → `¥1,234.50`, `-3` → `-¥3.00`; missing values → `—`. Amounts are CNY. */
export function formatMoney(value: number | string | null | undefined): string {
  const n = toNumber(value)
  if (n === null) return '—'
  const formatted = twoDecimals.format(Math.abs(n))
  return n < 0 && formatted !== '0.00' ? `-¥${formatted}` : `¥${formatted}`
}
