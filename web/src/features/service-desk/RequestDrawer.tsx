import { AttachmentGallery } from '@/features/attachments'
import { Button, Descriptions, Drawer, Flex, List, Result, Space, Tag, Timeline, Typography } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { useSession } from '@/shared/auth/session'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { ActionModal } from './ActionModal'
import { formatDateTime } from './format'
import { actionsFor, slaColor, type RequestAction } from './logic'
import { SERVICE_DESK_KEY, SERVICE_REQUEST_QUERY, type RequestDetail } from './queries'
import { REQUEST_PANELS } from './requestPanels'
import { SlaTag } from './SlaTag'

/** One request: every §3.2 field the desk records, its limits with their state, the full timeline and the steps its status allows. */
export function RequestDrawer({ requestId, onClose }: { requestId: string; onClose: () => void }) {
  const { t } = useTranslation()
  const query = useGraphQLQuery([SERVICE_DESK_KEY, 'request'], SERVICE_REQUEST_QUERY, { id: requestId })
  const request = query.data?.serviceRequest
  return (
    <Drawer open size="large" onClose={onClose} title={request ? t('serviceDesk.detail.title', { number: request.number }) : undefined} data-testid="service-request-drawer">
      {query.isPending ? (
        <PageLoading />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !request ? (
        <Result status="404" subTitle={t('serviceDesk.detail.notFound')} />
      ) : (
        <RequestView request={request} />
      )}
    </Drawer>
  )
}

export function RequestView({ request }: { request: RequestDetail }) {
  const { t } = useTranslation()
  const { claims } = useSession()
  const queryClient = useQueryClient()
  const [action, setAction] = useState<RequestAction>()
  const refresh = () => void queryClient.invalidateQueries({ queryKey: [SERVICE_DESK_KEY] })
  const actions = actionsFor(request, claims?.roles ?? [])
  const f = (key: string) => t(`serviceDesk.detail.fields.${key}`)
  const category = request.category && /^C[1-8]$/.test(request.category) ? `${request.category} ${t(`serviceDesk.category.${request.category}`)}` : request.category
  const fields = [
    { key: 'type', label: f('type'), children: t(`serviceDesk.type.${request.type}`) },
    { key: 'status', label: f('status'), children: <Tag>{t(`serviceDesk.status.${request.status}`)}</Tag> },
    { key: 'channel', label: f('channel'), children: t(`serviceDesk.channel.${request.channel}`) },
    { key: 'receivedAt', label: f('receivedAt'), children: formatDateTime(request.receivedAt) },
    { key: 'category', label: f('category'), children: category ?? '—' },
    { key: 'urgency', label: f('urgency'), children: request.urgency ? t(`serviceDesk.urgency.${request.urgency}`) : '—' },
    { key: 'unit', label: f('unit'), children: request.unitLabel ?? '—' },
    { key: 'location', label: f('location'), children: request.location ?? '—' },
    {
      key: 'contact',
      label: f('contact'),
      children: request.anonymous ? f('anonymous') : [request.contactName, request.contactPhone].filter(Boolean).join(' ') || '—',
    },
    { key: 'appointmentAt', label: f('appointmentAt'), children: formatDateTime(request.appointmentAt) },
    { key: 'firstReceiver', label: f('firstReceiver'), children: request.firstReceiverName ?? '—' },
    { key: 'assignee', label: f('assignee'), children: request.assigneeName ?? '—' },
    { key: 'department', label: f('department'), children: request.assignedDepartmentName ?? '—' },
    { key: 'description', label: f('description'), span: 2, children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{request.description}</Typography.Text> },
    ...(request.rejectReason ? [{ key: 'rejectReason', label: f('rejectReason'), span: 2, children: request.rejectReason }] : []),
    ...(request.completionNotes ? [{ key: 'completionNotes', label: f('completionNotes'), span: 2, children: request.completionNotes }] : []),
    ...(request.completedAt ? [{ key: 'completedAt', label: f('completedAt'), children: formatDateTime(request.completedAt) }] : []),
    ...(request.signedOffAt ? [{ key: 'signedOffAt', label: f('signedOffAt'), children: formatDateTime(request.signedOffAt) }] : []),
    ...(request.rating != null ? [{ key: 'rating', label: f('rating'), children: t(`serviceDesk.rating.${request.rating}`) }] : []),
    ...(request.returnVisitSatisfied != null
      ? [{ key: 'returnVisit', label: f('returnVisit'), children: request.returnVisitSatisfied ? t('serviceDesk.detail.satisfied') : t('serviceDesk.detail.notSatisfied') }]
      : []),
    ...(request.closedAt ? [{ key: 'closedAt', label: f('closedAt'), children: formatDateTime(request.closedAt) }] : []),
    ...(request.cancelReason ? [{ key: 'cancelReason', label: f('cancelReason'), span: 2, children: request.cancelReason }] : []),
  ]

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <SlaTag sla={request.sla} />
        {request.difficult && <Tag color="volcano">{t('serviceDesk.queue.difficult')}</Tag>}
      </Flex>
      {actions.length > 0 && (
        <Space wrap aria-label={t('serviceDesk.detail.actions')} data-testid="request-actions">
          {actions.map((a) => (
            <Button key={a} type={a === actions[0] ? 'primary' : 'default'} danger={a === 'cancel'} onClick={() => setAction(a)}>
              {t(`serviceDesk.action.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={fields} />
      {REQUEST_PANELS.filter((p) => p.appliesTo(request)).map((p) => (
        <div key={p.key}>{p.render(request, refresh)}</div>
      ))}
      <div>
        <Typography.Title level={5}>{t('serviceDesk.detail.deadlines')}</Typography.Title>
        <List
          size="small"
          bordered
          dataSource={request.deadlines}
          locale={{ emptyText: t('serviceDesk.detail.noDeadlines') }}
          renderItem={(d) => (
            <List.Item>
              <Flex justify="space-between" style={{ width: '100%' }} gap={8} wrap>
                <span>{t(`serviceDesk.deadline.${d.kind}`)}</span>
                <span>{t('serviceDesk.deadline.due', { at: formatDateTime(d.dueAt) })}</span>
                {d.metAt ? (
                  <Tag color="default">{t('serviceDesk.deadline.met', { at: formatDateTime(d.metAt) })}</Tag>
                ) : d.voidedAt ? (
                  <Tag>{t('serviceDesk.deadline.voided')}</Tag>
                ) : (
                  <Tag color={slaColor(d.state)}>{t(`serviceDesk.sla.${d.state}`)}</Tag>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </div>
      <div>
        <Typography.Title level={5}>{t('attachments.gallery.title')}</Typography.Title>
        <AttachmentGallery attachments={request.attachments} />
      </div>
      <div>
        <Typography.Title level={5}>{t('serviceDesk.detail.timeline')}</Typography.Title>
        <Timeline
          items={request.timeline.map((e, i) => ({
            key: i,
            content: (
              <>
                <Typography.Text strong>{t(`serviceDesk.timelineAction.${e.action}`)}</Typography.Text>{' '}
                {e.toStatus && e.fromStatus && e.toStatus !== e.fromStatus && (
                  <Typography.Text type="secondary">
                    {t(`serviceDesk.status.${e.fromStatus}`)} → {t(`serviceDesk.status.${e.toStatus}`)}
                  </Typography.Text>
                )}
                <div>
                  <Typography.Text type="secondary">
                    {formatDateTime(e.at)} · {e.actorName ?? '—'}
                  </Typography.Text>
                </div>
                {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
              </>
            ),
          }))}
        />
      </div>
      {action && (
        <ActionModal
          action={action}
          request={request}
          onClose={() => setAction(undefined)}
          onDone={() => {
            setAction(undefined)
            refresh()
          }}
        />
      )}
    </Flex>
  )
}
