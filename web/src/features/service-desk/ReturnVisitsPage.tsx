import { Button, Flex, Table, Tag, Typography } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLConnection } from '@/shared/api/hooks'
import { EstatePage } from '@/shared/estates/EstatePage'
import { useEstateParam } from '@/shared/estates/estates'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { ActionModal } from './ActionModal'
import { formatDateTime } from './format'
import { VIEW_FILTERS, isRepairLike, slaColor } from './logic'
import { SERVICE_DESK_KEY, SERVICE_QUEUE_QUERY, type RequestRow } from './queries'

/** 回访 (§9): requests awaiting their return visit, by its deadline, each with the form that records the visit. */
export function ReturnVisitsPage() {
  const { t } = useTranslation()
  const estates = useEstateParam()
  return (
    <EstatePage estates={estates} title={t('serviceDesk.returnVisits.title')} pickerLabel={t('serviceDesk.estate')} noEstates={t('serviceDesk.noEstates')}>
      {(estateId) => <ReturnVisits estateId={estateId} />}
    </EstatePage>
  )
}

function ReturnVisits({ estateId }: { estateId: string }) {
  const { t } = useTranslation()
  const queryClient = useQueryClient()
  const [open, setOpen] = useState<{ row: RequestRow; action: 'returnVisit' | 'signOff' }>()
  const list = useGraphQLConnection(
    [SERVICE_DESK_KEY, 'returnVisits'],
    SERVICE_QUEUE_QUERY,
    { estateId, filter: VIEW_FILTERS.returnVisits, orderBy: 'DEADLINE', first: 50 },
    (data) => data.serviceRequests,
  )
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('serviceDesk.returnVisits.hint')}</Typography.Text>
      <Table<RequestRow>
        rowKey="id"
        size="small"
        data-testid="return-visits"
        loading={list.isPending}
        dataSource={list.nodes}
        pagination={false}
        columns={[
          { title: t('serviceDesk.columns.number'), dataIndex: 'number', width: 150 },
          { title: t('serviceDesk.columns.type'), width: 80, render: (_, r) => t(`serviceDesk.type.${r.type}`) },
          {
            title: t('serviceDesk.columns.returnVisitDue'),
            width: 200,
            render: (_, r) => {
              const due = r.deadlines.find((d) => d.kind === 'RETURN_VISIT' && !d.metAt && !d.voidedAt)
              return due ? (
                <Flex gap={6} align="center">
                  {formatDateTime(due.dueAt)}
                  <Tag color={slaColor(due.state)}>{t(`serviceDesk.sla.${due.state}`)}</Tag>
                </Flex>
              ) : (
                '—'
              )
            },
          },
          { title: t('serviceDesk.columns.where'), width: 120, render: (_, r) => r.unitLabel ?? r.location ?? '—' },
          { title: t('serviceDesk.columns.description'), dataIndex: 'description', ellipsis: true },
          {
            title: t('serviceDesk.detail.fields.contact'),
            width: 160,
            render: (_, r) => (r.anonymous ? t('serviceDesk.detail.fields.anonymous') : [r.contactName, r.contactPhone].filter(Boolean).join(' ') || '—'),
          },
          { title: t('serviceDesk.columns.handler'), width: 110, render: (_, r) => r.assigneeName ?? r.assignedDepartmentName ?? '—' },
          {
            title: t('common.actions'),
            width: 150,
            render: (_, r) =>
              // Repairs and home services are visited back only after the customer signed off (the API refuses before).
              r.status === 'COMPLETED' && isRepairLike(r.type) ? (
                <Button size="small" onClick={() => setOpen({ row: r, action: 'signOff' })}>
                  {t('serviceDesk.returnVisits.signOff')}
                </Button>
              ) : (
                <Button size="small" type="primary" onClick={() => setOpen({ row: r, action: 'returnVisit' })}>
                  {t('serviceDesk.returnVisits.visit')}
                </Button>
              ),
          },
        ]}
        locale={{ emptyText: <EmptyState title={t('serviceDesk.returnVisits.empty')} /> }}
        footer={
          list.hasNextPage
            ? () => (
                <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
                  {t('common.loadMore')}
                </Button>
              )
            : undefined
        }
      />
      {open && (
        <ActionModal
          action={open.action}
          request={{ ...open.row, estateId }}
          onClose={() => setOpen(undefined)}
          onDone={() => {
            setOpen(undefined)
            void queryClient.invalidateQueries({ queryKey: [SERVICE_DESK_KEY] })
          }}
        />
      )}
    </Flex>
  )
}
