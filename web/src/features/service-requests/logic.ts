import { fromFen, toFen, type Amount } from '@/shared/format/money'

/** A running or finished time limit as the API sends it. */
export interface DeadlineLike {
  kind: string
  dueAt: string
  metAt?: string | null
  voidedAt?: string | null
  state: string
}

/** The limit that runs out first among those still running; none when every limit was met or voided. */
export function nextDeadline<D extends DeadlineLike>(deadlines: readonly D[]): D | undefined {
  return deadlines
    .filter((d) => !d.metAt && !d.voidedAt)
    .reduce<D | undefined>((first, d) => (first === undefined || Date.parse(d.dueAt) < Date.parse(first.dueAt) ? d : first), undefined)
}

/** Requests ordered by the limit that runs out first (engineer's jobs); requests without a running limit last, newest first. */
export function byDeadline<R extends { receivedAt: string; deadlines: readonly DeadlineLike[] }>(requests: readonly R[]): R[] {
  const due = (r: R) => {
    const next = nextDeadline(r.deadlines)
    return next ? Date.parse(next.dueAt) : Number.POSITIVE_INFINITY
  }
  return [...requests].sort((a, b) => due(a) - due(b) || Date.parse(b.receivedAt) - Date.parse(a.receivedAt))
}

/**
 * An instant in the estate's time zone (not the phone's): `2026-12-14 09:30` — the estate's clock is the one its
 * deadlines are counted on, wherever the reader is.
 */
export function formatInZone(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`
}

/** A `datetime-local` input's value, read as the estate's local time → the UTC instant (ISO) the API expects. */
export function zonedToIso(local: string, timeZone: string): string {
  const [date, time] = local.split('T')
  const [y, mo, d] = date.split('-').map(Number)
  const [h, mi] = time.split(':').map(Number)
  const guess = Date.UTC(y, mo - 1, d, h, mi)
  // The zone's offset at that moment: format the guess in the zone and see how far it lands from the wall time.
  const shown = formatInZone(new Date(guess).toISOString(), timeZone)
  const [sd, st] = shown.split(' ')
  const [sy, smo, sday] = sd.split('-').map(Number)
  const [sh, smi] = st.split(':').map(Number)
  const offset = Date.UTC(sy, smo - 1, sday, sh, smi) - guess
  return new Date(guess - offset).toISOString()
}

/** A quote's total in yuan, summed in whole fen (no float drift); lines without an amount count 0. */
export function quoteTotal(lines: readonly { amount?: Amount }[]): number {
  return fromFen(lines.reduce((sum, l) => sum + toFen(l.amount), 0))
}

/** Whether a typed amount is a positive number with at most two decimals (the API refuses others). */
export function isValidAmount(value: Amount): boolean {
  const n = typeof value === 'string' ? Number(value) : value
  return typeof n === 'number' && Number.isFinite(n) && n > 0 && Math.round(n * 100) === n * 100
}

/** Statuses in which the resident (or the engineer's phone) may reopen, per the API's transition table. */
export const REOPENABLE = ['COMPLETED', 'SIGNED_OFF', 'RETURN_VISITED', 'CLOSED'] as const

/** Statuses the handler may set off / arrive from (timeline steps before work starts). */
export const ON_THE_WAY_FROM = ['ACCEPTED', 'REOPENED'] as const

export function includes(list: readonly string[], value: string): boolean {
  return list.includes(value)
}
