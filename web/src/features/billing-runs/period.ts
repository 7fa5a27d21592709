/** Billing periods are months, "yyyy-MM" (the API's StartBillingRunInput.period). */
export function formatPeriod(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, '0')}`
}

export function addMonths(period: string, months: number): string {
  const [y, m] = period.split('-').map(Number)
  const index = y * 12 + (m - 1) + months
  return formatPeriod(Math.floor(index / 12), (index % 12) + 1)
}

/**
 * The period the start form proposes: the current month until it has been billed (runs are made at the start of
 * the month), then the next month. A failed run does not count: starting its period again is how it is retried.
 */
export function defaultPeriod(today: Date, runs: readonly { period: string; status: string }[]): string {
  const current = formatPeriod(today.getFullYear(), today.getMonth() + 1)
  const billed = new Set(runs.filter((r) => r.status !== 'FAILED').map((r) => r.period))
  return billed.has(current) ? addMonths(current, 1) : current
}

export const ACTIVE_STATUSES = ['QUEUED', 'RUNNING'] as const

/** Runs still working: the page polls while any is. */
export function anyActive(runs: readonly { status: string }[]): boolean {
  return runs.some((r) => (ACTIVE_STATUSES as readonly string[]).includes(r.status))
}

/** Progress in whole percent; an empty estate counts as done once the run completed. */
export function progressPercent(run: { processedUnits: number; totalUnits: number; status: string }): number {
  if (run.totalUnits <= 0) return run.status === 'COMPLETED' ? 100 : 0
  return Math.min(100, Math.floor((run.processedUnits * 100) / run.totalUnits))
}
