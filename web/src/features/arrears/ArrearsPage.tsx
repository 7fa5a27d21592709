import { App, Button, Card, Flex, Input, InputNumber, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { errorMessage } from '@/shared/api/graphql'
import { useGraphQLConnection, useGraphQLMutation } from '@/shared/api/hooks'
import { EstatePage } from '@/shared/estates/EstatePage'
import { useEstateParam } from '@/shared/estates/estates'
import { formatMoney } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { ReminderHistory } from './ReminderHistory'
import { ARREARS_QUERY, SEND_ARREARS_REMINDERS_MUTATION, type ArrearsRow, type ArrearsStage } from './queries'

const PAGE_SIZE = 50
const STAGE_COLOR: Record<ArrearsStage, string> = {
  CURRENT: 'default',
  OVERDUE: 'gold',
  SMS_REMINDER: 'orange',
  CALL: 'orange',
  WRITTEN_NOTICE: 'volcano',
  ESCALATED: 'red',
  LEGAL_REVIEW: 'magenta',
}

/** The API answers "now" or the start of the next contact window; only the latter is worth telling the agent. */
function later(scheduledFor?: string | null): boolean {
  return Boolean(scheduledFor) && dayjs(scheduledFor).isAfter(dayjs().add(1, 'minute'))
}

/** 欠费 — an estate's arrears detail list (拖欠款明细表) by age, and individual reminders to chosen households. */
export function ArrearsPage() {
  const { t } = useTranslation()
  const { message, modal } = App.useApp()
  const [minDays, setMinDays] = useState<number | null>(null)
  const [search, setSearch] = useState<string>()
  const [selected, setSelected] = useState<string[]>([])
  const estatePage = useEstateParam()
  const { estateId } = estatePage
  const rows = useGraphQLConnection(
    ['arrears'],
    ARREARS_QUERY,
    { estateId: estateId ?? '', first: PAGE_SIZE, minDaysOverdue: minDays ?? undefined, search },
    (data) => data.arrears,
    { enabled: Boolean(estateId) },
  )
  const queryClient = useQueryClient()
  const send = useGraphQLMutation(SEND_ARREARS_REMINDERS_MUTATION)

  async function sendReminders() {
    if (!estateId || selected.length === 0) return
    try {
      const data = await send.mutateAsync({ input: { estateId, unitIds: selected } })
      const result = data.sendArrearsReminders
      if (result.errors.length > 0) {
        void message.error(result.errors.map((e) => e.message).join('\n'))
        return
      }
      // Households already waiting for a reminder get no second one (the API queues nothing for them).
      if (result.queued === 0) {
        void message.info(t('arrears.reminders.alreadyWaiting'))
        setSelected([])
        return
      }
      // Reminders go out only in the allowed hours (billing.md §7.1); outside them the API schedules them.
      modal.success({
        title: t('arrears.reminders.queued', { count: result.queued }),
        content: later(result.scheduledFor)
          ? t('arrears.reminders.scheduled', { time: dayjs(result.scheduledFor).format('YYYY-MM-DD HH:mm') })
          : t('arrears.reminders.now'),
      })
      setSelected([])
      void rows.refetch()
      void queryClient.invalidateQueries({ queryKey: ['arrearsReminders'] })
    } catch (error) {
      void message.error(errorMessage(error))
    }
  }

  const money = (key: keyof ArrearsRow) => (_: unknown, row: ArrearsRow) => formatMoney(row[key] as number | string)
  const columns: ColumnsType<ArrearsRow> = [
    {
      title: t('arrears.unit'),
      render: (_, r) => <Link to={`/units/${r.unit.id}/ledger`}>{`${r.unit.building.name} ${r.unit.number}`}</Link>,
    },
    { title: t('arrears.owner'), render: (_, r) => r.ownerName || '—' },
    { title: t('arrears.current'), align: 'right', render: money('current') },
    { title: t('arrears.days30'), align: 'right', render: money('days30') },
    { title: t('arrears.days60'), align: 'right', render: money('days60') },
    { title: t('arrears.days90Plus'), align: 'right', render: money('days90Plus') },
    { title: t('arrears.overdue'), align: 'right', render: (_, r) => <Typography.Text type="danger">{formatMoney(r.overdue)}</Typography.Text> },
    { title: t('arrears.total'), align: 'right', render: (_, r) => <Typography.Text strong>{formatMoney(r.total)}</Typography.Text> },
    { title: t('arrears.daysOverdue'), dataIndex: 'daysOverdue', align: 'right' },
    { title: t('arrears.stage'), render: (_, r) => <Tag color={STAGE_COLOR[r.stage]}>{t(`arrears.stages.${r.stage}`, r.stage)}</Tag> },
    { title: t('arrears.lastReminder'), render: (_, r) => (r.lastReminderAt ? dayjs(r.lastReminderAt).format('YYYY-MM-DD HH:mm') : '—') },
  ]

  return (
    <EstatePage
      estates={estatePage}
      title={t('arrears.title')}
      pickerLabel={t('arrears.estate')}
      noEstates={t('arrears.noEstates')}
      onEstateChange={() => setSelected([])}
    >
      {() => (
        <Card size="small">
          <Flex vertical gap={12}>
            <Flex gap={8} wrap align="center">
              <Input.Search
                allowClear
                style={{ width: 320 }}
                placeholder={t('arrears.searchPlaceholder')}
                aria-label={t('arrears.searchPlaceholder')}
                enterButton={t('common.search')}
                onSearch={(v) => setSearch(v.trim() || undefined)}
              />
              <InputNumber
                min={0}
                precision={0}
                style={{ width: 200 }}
                prefix={t('arrears.minDays')}
                aria-label={t('arrears.minDays')}
                value={minDays}
                onChange={(v) => setMinDays(v)}
              />
              <Button type="primary" disabled={selected.length === 0} loading={send.isPending} onClick={() => void sendReminders()}>
                {t('arrears.reminders.send', { count: selected.length })}
              </Button>
            </Flex>
            {rows.isError ? (
              <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
            ) : (
              <>
                <Typography.Text type="secondary" data-testid="arrears-count">
                  {rows.totalCount !== undefined ? t('arrears.count', { count: rows.totalCount }) : '\u00a0'}
                </Typography.Text>
                <Table<ArrearsRow>
                  rowKey={(r) => r.unit.id}
                  size="small"
                  columns={columns}
                  dataSource={rows.nodes}
                  loading={rows.isPending}
                  pagination={false}
                  scroll={{ x: 'max-content' }}
                  expandable={{ expandedRowRender: (r) => <ReminderHistory unitId={r.unit.id} /> }}
                  rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(String)), preserveSelectedRowKeys: true }}
                  locale={{ emptyText: <EmptyState title={search || minDays ? t('common.noMatch') : t('arrears.empty')} /> }}
                />
                {rows.hasNextPage && (
                  <Flex justify="center">
                    <Button loading={rows.isFetchingNextPage} onClick={() => void rows.fetchNextPage()}>
                      {t('common.loadMore')}
                    </Button>
                  </Flex>
                )}
              </>
            )}
          </Flex>
        </Card>
      )}
    </EstatePage>
  )
}
