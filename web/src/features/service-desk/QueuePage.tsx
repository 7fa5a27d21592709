import { Button, DatePicker, Flex, Form, Input, Segmented, Select, Table, Tabs, Tag, Tooltip, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { useGraphQLConnection } from '@/shared/api/hooks'
import { useSession } from '@/shared/auth/session'
import { EstatePage } from '@/shared/estates/EstatePage'
import { useEstateParam } from '@/shared/estates/estates'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { formatDateTime } from './format'
import {
  CHANNELS,
  REQUEST_STATUSES,
  REQUEST_TYPES,
  SLA_STATES,
  URGENCIES,
  filterVariables,
  viewsFor,
  type FilterValues,
  type ViewKey,
} from './logic'
import { SERVICE_DESK_KEY, SERVICE_QUEUE_QUERY, type RequestRow } from './queries'
import { RequestDrawer } from './RequestDrawer'
import { NextDeadline, SlaTag } from './SlaTag'
import { useHandlers } from './useHandlers'

const PAGE_SIZE = 25

/** The service queue of an estate: the role's queues as tabs, filters, SLA colours, deadline order, the request drawer (`?request=`). */
export function QueuePage() {
  const { t } = useTranslation()
  const estates = useEstateParam()
  return (
    <EstatePage estates={estates} title={t('serviceDesk.queue.title')} pickerLabel={t('serviceDesk.estate')} noEstates={t('serviceDesk.noEstates')}>
      {(estateId) => <Queue key={estateId} estateId={estateId} />}
    </EstatePage>
  )
}

interface BarValues {
  search?: string
  type?: FilterValues['type']
  status?: FilterValues['status']
  urgency?: FilterValues['urgency']
  channel?: FilterValues['channel']
  assignee?: string
  sla?: FilterValues['sla']
  received?: [Dayjs | null, Dayjs | null] | null
}

function Queue({ estateId }: { estateId: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { claims } = useSession()
  const views = viewsFor(claims?.roles ?? [])
  const [params, setParams] = useSearchParams()
  const view = (views as string[]).includes(params.get('view') ?? '') ? (params.get('view') as ViewKey) : views[0]
  const requestId = params.get('request')
  const [form] = Form.useForm<BarValues>()
  const [values, setValues] = useState<FilterValues>({})
  const [order, setOrder] = useState<'DEADLINE' | 'NEWEST'>('DEADLINE')
  const handlers = useHandlers(estateId)
  const setParam = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p)
      if (value) next.set(key, value)
      else next.delete(key)
      return next
    })

  const queue = useGraphQLConnection(
    [SERVICE_DESK_KEY, 'queue'],
    SERVICE_QUEUE_QUERY,
    { estateId, filter: filterVariables(view, values), orderBy: order, first: PAGE_SIZE },
    (data) => data.serviceRequests,
  )

  function apply(bar: BarValues) {
    setValues({
      search: bar.search,
      type: bar.type,
      status: bar.status,
      urgency: bar.urgency,
      channel: bar.channel,
      assignee: bar.assignee,
      sla: bar.sla,
      receivedFrom: bar.received?.[0]?.format('YYYY-MM-DD'),
      receivedTo: bar.received?.[1]?.format('YYYY-MM-DD'),
    })
  }

  const options = <T extends string>(values: readonly T[], prefix: string) => values.map((v) => ({ value: v, label: t(`serviceDesk.${prefix}.${v}`) }))

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Tabs
          activeKey={view}
          onChange={(key) => setParam('view', key)}
          items={views.map((v) => ({ key: v, label: t(`serviceDesk.views.${v}`) }))}
          style={{ marginBottom: -16 }}
        />
        <Flex gap={8} align="center">
          <Segmented
            aria-label={t('serviceDesk.filters.order')}
            value={order}
            onChange={(v) => setOrder(v as 'DEADLINE' | 'NEWEST')}
            options={[
              { value: 'DEADLINE', label: t('serviceDesk.filters.byDeadline') },
              { value: 'NEWEST', label: t('serviceDesk.filters.newest') },
            ]}
          />
          <Button type="primary" onClick={() => navigate(`/service-intake?estate=${estateId}`)}>
            {t('serviceDesk.queue.newRequest')}
          </Button>
        </Flex>
      </Flex>
      <Form<BarValues> form={form} layout="inline" onFinish={apply} onValuesChange={(changed: BarValues, all) => {
        // The search box applies on Enter (or when cleared), the pickers at once.
        if (!('search' in changed) || !changed.search) apply(all)
      }} style={{ rowGap: 8 }}>
        <Form.Item name="search">
          <Input.Search allowClear placeholder={t('serviceDesk.filters.search')} aria-label={t('serviceDesk.filters.search')} style={{ width: 240 }} onSearch={() => form.submit()} />
        </Form.Item>
        <Form.Item name="type">
          <Select allowClear placeholder={t('serviceDesk.filters.type')} aria-label={t('serviceDesk.filters.type')} style={{ width: 110 }} options={options(REQUEST_TYPES, 'type')} />
        </Form.Item>
        <Form.Item name="status">
          <Select
            allowClear
            mode="multiple"
            maxTagCount="responsive"
            placeholder={t('serviceDesk.filters.status')}
            aria-label={t('serviceDesk.filters.status')}
            style={{ width: 180 }}
            options={options(REQUEST_STATUSES, 'status')}
          />
        </Form.Item>
        <Form.Item name="urgency">
          <Select allowClear placeholder={t('serviceDesk.filters.urgency')} aria-label={t('serviceDesk.filters.urgency')} style={{ width: 110 }} options={options(URGENCIES, 'urgency')} />
        </Form.Item>
        <Form.Item name="channel">
          <Select allowClear placeholder={t('serviceDesk.filters.channel')} aria-label={t('serviceDesk.filters.channel')} style={{ width: 120 }} options={options(CHANNELS, 'channel')} />
        </Form.Item>
        <Form.Item name="sla">
          <Select allowClear placeholder={t('serviceDesk.filters.sla')} aria-label={t('serviceDesk.filters.sla')} style={{ width: 110 }} options={options(SLA_STATES, 'sla')} />
        </Form.Item>
        <Form.Item name="assignee">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('serviceDesk.filters.assignee')}
            aria-label={t('serviceDesk.filters.assignee')}
            style={{ width: 150 }}
            options={handlers.handlers.map((h) => ({ value: h.id, label: h.name }))}
          />
        </Form.Item>
        <Form.Item name="received">
          <DatePicker.RangePicker
            aria-label={t('serviceDesk.filters.received')}
            placeholder={[t('serviceDesk.filters.receivedFrom'), t('serviceDesk.filters.receivedTo')]}
            style={{ width: 240 }}
          />
        </Form.Item>
        <Button
          onClick={() => {
            form.resetFields()
            setValues({})
          }}
        >
          {t('serviceDesk.filters.clear')}
        </Button>
      </Form>
      {queue.isError ? (
        <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />
      ) : (
        <Table<RequestRow>
          rowKey="id"
          size="small"
          data-testid="service-queue"
          loading={queue.isPending}
          dataSource={queue.nodes}
          pagination={false}
          scroll={{ x: 1100 }}
          onRow={(r) => ({ onClick: () => setParam('request', r.id), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('serviceDesk.columns.number'),
              dataIndex: 'number',
              width: 150,
              render: (_, r) => (
                <Typography.Link onClick={() => setParam('request', r.id)} data-testid="service-request-number">
                  {r.number}
                </Typography.Link>
              ),
            },
            { title: t('serviceDesk.columns.type'), width: 80, render: (_, r) => t(`serviceDesk.type.${r.type}`) },
            {
              title: t('serviceDesk.columns.sla'),
              width: 130,
              render: (_, r) => (
                <Flex gap={4} wrap>
                  <SlaTag sla={r.sla} />
                  {r.difficult && <Tag color="volcano">{t('serviceDesk.queue.difficult')}</Tag>}
                  {r.urgency === 'EMERGENCY' && <Tag color="magenta">{t('serviceDesk.urgency.EMERGENCY')}</Tag>}
                </Flex>
              ),
            },
            {
              title: t('serviceDesk.columns.next'),
              width: 170,
              render: (_, r) => <NextDeadline deadlines={r.deadlines} />,
            },
            { title: t('serviceDesk.columns.status'), width: 100, render: (_, r) => t(`serviceDesk.status.${r.status}`) },
            { title: t('serviceDesk.columns.where'), width: 120, render: (_, r) => r.unitLabel ?? r.location ?? '—' },
            {
              title: t('serviceDesk.columns.description'),
              ellipsis: { showTitle: false },
              render: (_, r) => (
                <Tooltip title={r.description}>
                  <span>{r.description}</span>
                </Tooltip>
              ),
            },
            { title: t('serviceDesk.columns.channel'), width: 90, render: (_, r) => t(`serviceDesk.channel.${r.channel}`) },
            { title: t('serviceDesk.columns.receivedAt'), width: 140, render: (_, r) => formatDateTime(r.receivedAt) },
            {
              title: t('serviceDesk.columns.handler'),
              width: 120,
              render: (_, r) => r.assigneeName ?? r.assignedDepartmentName ?? <Typography.Text type="secondary">{t('serviceDesk.queue.unassigned')}</Typography.Text>,
            },
          ]}
          locale={{ emptyText: <EmptyState title={t('serviceDesk.queue.empty')} /> }}
          footer={() => (
            <Flex justify="space-between" align="center">
              <Typography.Text type="secondary">{t('serviceDesk.queue.total', { count: queue.totalCount ?? queue.nodes.length })}</Typography.Text>
              {queue.hasNextPage && (
                <Button onClick={() => void queue.fetchNextPage()} loading={queue.isFetchingNextPage}>
                  {t('common.loadMore')}
                </Button>
              )}
            </Flex>
          )}
        />
      )}
      {requestId && <RequestDrawer requestId={requestId} onClose={() => setParam('request', null)} />}
    </Flex>
  )
}
