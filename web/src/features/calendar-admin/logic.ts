import type { CalendarDay } from './queries'

/** The page's scope: the company (no estate) or one estate. */
export type Scope = { estateId: string | null }

/** A day can be removed where it was made: company days on the company calendar, estate days on the estate's. */
export function removableIn(scope: Scope, day: Pick<CalendarDay, 'source' | 'overrideId'>): boolean {
  if (!day.overrideId) return false
  return scope.estateId ? day.source === 'ESTATE' : day.source === 'COMPANY'
}

/** The years offered: last year, this year and the next two. */
export function yearOptions(currentYear: number): number[] {
  return [currentYear - 1, currentYear, currentYear + 1, currentYear + 2]
}

/** "HH:mm", as the API takes working hours. */
export const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/
