import type { ServiceSettingsLimitsQuery } from '@/shared/api/gql/graphql'

export type LimitValues = ServiceSettingsLimitsQuery['deskLimits']['current']
export const LIMIT_FIELDS = [
  'emergencyAcknowledgeMinutes',
  'emergencyOnSiteMinutes',
  'ordinaryAppointmentWorkingHours',
  'ordinaryOnSiteHours',
  'completionWorkingDays',
] as const satisfies readonly (keyof LimitValues)[]
export type LimitField = (typeof LIMIT_FIELDS)[number]

/** The input of setDeskLimits: a value equal to the default is sent as null, so the company follows later default changes. */
export function limitsInput(values: Partial<Record<LimitField, number | null>>, defaults: LimitValues): Record<LimitField, number | null> {
  const input = {} as Record<LimitField, number | null>
  for (const f of LIMIT_FIELDS) {
    const v = values[f]
    input[f] = v == null || v === defaults[f] ? null : v
  }
  return input
}

/** Channel lines a resident sees, in order, without the empty ones. */
export const CHANNEL_FIELDS = ['phone', 'hours', 'email', 'fax', 'address', 'contactPerson', 'hqComplaintLine'] as const
export type ChannelField = (typeof CHANNEL_FIELDS)[number]
export function channelLines(channels: Partial<Record<ChannelField, string | null>> | null | undefined): { field: ChannelField; value: string }[] {
  if (!channels) return []
  return CHANNEL_FIELDS.flatMap((field) => {
    const value = channels[field]?.trim()
    return value ? [{ field, value }] : []
  })
}
