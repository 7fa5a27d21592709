
// Field names follow api/schema.graphql (contract: "Collection").
export const ARREARS_ESTATES_QUERY = /* GraphQL */ `
  query ArrearsEstates {
    estates(first: 100) { nodes { id name } }
  }
`

export const ARREARS_QUERY = /* GraphQL */ `
  query Arrears($estateId: ID!, $minDaysOverdue: Int, $search: String, $first: Int, $after: String) {
    arrears(estateId: $estateId, minDaysOverdue: $minDaysOverdue, search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        unit { id number building { id name } }
        ownerName current days30 days60 days90Plus overdue total daysOverdue stage lastReminderAt
      }
    }
  }
`

export const SEND_ARREARS_REMINDERS_MUTATION = /* GraphQL */ `
  mutation SendArrearsReminders($input: SendArrearsRemindersInput!) {
    sendArrearsReminders(input: $input) {
      queued scheduledFor
      errors { __typename code field message }
    }
  }
`

type Amount = number | string

export const ARREARS_REMINDERS_QUERY = /* GraphQL */ `
  query ArrearsReminders($unitId: ID!) {
    arrearsReminders(unitId: $unitId) { id channel status amount scheduledFor sentAt createdAt }
  }
`

export type ReminderStatus = 'SCHEDULED' | 'SENDING' | 'SENT' | 'FAILED' | 'CANCELLED'

export interface ArrearsReminder {
  id: string
  channel: string
  status: ReminderStatus
  amount: Amount
  scheduledFor: string
  sentAt?: string | null
  createdAt: string
}

export const ARREARS_STAGES = ['CURRENT', 'OVERDUE', 'SMS_REMINDER', 'CALL', 'WRITTEN_NOTICE', 'ESCALATED', 'LEGAL_REVIEW'] as const
export type ArrearsStage = (typeof ARREARS_STAGES)[number]

export interface ArrearsRow {
  unit: { id: string; number: string; building: { id: string; name: string } }
  ownerName?: string | null
  current: Amount
  days30: Amount
  days60: Amount
  days90Plus: Amount
  overdue: Amount
  total: Amount
  daysOverdue: number
  stage: ArrearsStage
  lastReminderAt?: string | null
}

