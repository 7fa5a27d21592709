import dayjs from 'dayjs'

/** Date and time in the browser's zone, as the desk reads it. */
export function formatTime(value?: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—'
}
