import { Table, Tag } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { ARREARS_REMINDERS_QUERY, type ArrearsReminder, type ReminderStatus } from './queries'

const STATUS_COLOR: Record<ReminderStatus, string> = { SCHEDULED: 'blue', SENDING: 'processing', SENT: 'green', FAILED: 'red', CANCELLED: 'default' }

function time(value?: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—'
}

/**
 * A household's reminders, newest first (loaded when its row is expanded). The list's "last reminder" counts sent
 * ones only; here the agent also sees what is still waiting for the contact window.
 */
export function ReminderHistory({ unitId }: { unitId: string }) {
  const { t } = useTranslation()
  const reminders = useGraphQLQuery(['arrearsReminders'], ARREARS_REMINDERS_QUERY, { unitId })
  if (reminders.isError) return <ErrorState error={reminders.error} onRetry={() => void reminders.refetch()} />
  return (
    <Table<ArrearsReminder>
      rowKey="id"
      size="small"
      data-testid="reminder-history"
      loading={reminders.isPending}
      dataSource={reminders.data?.arrearsReminders ?? []}
      pagination={false}
      columns={[
        { title: t('arrears.history.createdAt'), render: (_, r) => time(r.createdAt) },
        { title: t('arrears.history.channel'), render: (_, r) => t(`arrears.history.channels.${r.channel}`, r.channel) },
        { title: t('arrears.history.status'), render: (_, r) => <Tag color={STATUS_COLOR[r.status]}>{t(`arrears.history.statuses.${r.status}`, r.status)}</Tag> },
        { title: t('arrears.history.scheduledFor'), render: (_, r) => time(r.scheduledFor) },
        { title: t('arrears.history.sentAt'), render: (_, r) => time(r.sentAt) },
        { title: t('arrears.history.amount'), align: 'right', render: (_, r) => formatMoney(r.amount) },
      ]}
      locale={{ emptyText: <EmptyState title={t('arrears.history.empty')} /> }}
    />
  )
}
