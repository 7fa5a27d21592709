import { graphql } from '@/shared/api/gql'
import type { ArrearsQuery, ArrearsRemindersQuery, ArrearsStage, ReminderStatus } from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql (contract: "Collection"); types are generated from them (npm run codegen).
export const ARREARS_QUERY = graphql(`
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
`)

export const SEND_ARREARS_REMINDERS_MUTATION = graphql(`
  mutation SendArrearsReminders($input: SendArrearsRemindersInput!) {
    sendArrearsReminders(input: $input) {
      queued scheduledFor
      errors { __typename code field message }
    }
  }
`)

export const ARREARS_REMINDERS_QUERY = graphql(`
  query ArrearsReminders($unitId: ID!) {
    arrearsReminders(unitId: $unitId) { id channel status amount scheduledFor sentAt createdAt }
  }
`)

export type ArrearsReminder = ArrearsRemindersQuery['arrearsReminders'][number]
export type ArrearsRow = ArrearsQuery['arrears']['nodes'][number]
export type { ArrearsStage, ReminderStatus }

