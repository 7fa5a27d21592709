import { fromFen, toFen, type Amount } from '@/shared/format/money'
import type { EstateCollectionRate, FeeRate } from './queries'

/** The rate in effect on `day` (yyyy-MM-dd): the latest one started by then and not ended before it (as the API bills). */
export function rateOn(rates: readonly FeeRate[], day: string): FeeRate | undefined {
  return rates
    .filter((r) => r.effectiveFrom <= day && (!r.effectiveTo || r.effectiveTo >= day))
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0]
}

/** Newest first, for the rate history. */
export function ratesNewestFirst(rates: readonly FeeRate[]): FeeRate[] {
  return [...rates].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))
}

/** `0.9534` → `95.3%`; missing → `—`. */
export function formatRate(rate: number | string | null | undefined): string {
  if (rate === null || rate === undefined || rate === '') return '—'
  const n = Number(rate)
  return Number.isFinite(n) ? `${(n * 100).toFixed(1)}%` : '—'
}

export interface CollectionTotals {
  billed: number
  collected: number
  /** collected ÷ billed over all estates (not the mean of the estates' rates); null when nothing was billed. */
  rate: number | null
  arrears: number
  overdue: number
}

/** The company line under the per-estate collection rates; sums in fen so the yuan add up exactly. */
export function collectionTotals(rows: readonly EstateCollectionRate[]): CollectionTotals {
  const sum = (pick: (r: EstateCollectionRate) => Amount) => rows.reduce((s, r) => s + toFen(pick(r)), 0)
  const billed = sum((r) => r.billed)
  const collected = sum((r) => r.collected)
  return {
    billed: fromFen(billed),
    collected: fromFen(collected),
    rate: billed === 0 ? null : collected / billed,
    arrears: fromFen(sum((r) => r.arrears)),
    overdue: fromFen(sum((r) => r.overdue)),
  }
}
