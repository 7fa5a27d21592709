import dayjs from 'dayjs'

/** A date and time as the desk reads it (local time of the browser, minutes). */
export function formatDateTime(value: string | null | undefined): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—'
}
