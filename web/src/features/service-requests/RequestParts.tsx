import { Descriptions, Flex, Tag, Timeline, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatMoney } from '@/shared/format/money'
import { formatInZone, nextDeadline } from './logic'
import type { ServiceRequest } from './queries'

const SLA_COLOURS: Record<string, string> = { ON_TIME: 'green', DUE_SOON: 'orange', OVERDUE: 'red' }

/** The request's status, and its SLA colour while a limit runs. */
export function StatusTags({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation()
  const running = nextDeadline(request.deadlines)
  return (
    <Flex gap={4} wrap>
      <Tag data-testid="sr-status">{t(`serviceRequests.status.${request.status}`)}</Tag>
      {running && <Tag color={SLA_COLOURS[request.sla]}>{t(`serviceRequests.sla.${request.sla}`)}</Tag>}
      {request.chargeStatus && <Tag color="gold">{t(`serviceRequests.charge.${request.chargeStatus}`)}</Tag>}
    </Flex>
  )
}

/** "Expected by …" — the limit that runs out first, on the estate's clock. */
export function ExpectedBy({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation()
  const next = nextDeadline(request.deadlines)
  if (!next) return null
  return (
    <Typography.Text type={next.state === 'OVERDUE' ? 'danger' : 'secondary'} style={{ fontSize: 12 }} data-testid="sr-expected">
      {t('serviceRequests.expectedBy', { kind: t(`serviceRequests.deadline.${next.kind}`), at: formatInZone(next.dueAt, request.timeZone) })}
    </Typography.Text>
  )
}

/** Number, type, place, description, and what was agreed. */
export function RequestFacts({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation()
  const items = [
    { key: 'number', label: t('serviceRequests.number'), children: request.number },
    { key: 'type', label: t('serviceRequests.typeLabel'), children: t(`serviceRequests.type.${request.type}`) },
    { key: 'where', label: t('serviceRequests.where'), children: [request.unitLabel, request.location].filter(Boolean).join(' · ') || '—' },
    ...(request.urgency ? [{ key: 'urgency', label: t('serviceRequests.urgencyLabel'), children: t(`serviceRequests.urgency.${request.urgency}`) }] : []),
    ...(request.appointmentAt ? [{ key: 'visit', label: t('serviceRequests.visitAt'), children: formatInZone(request.appointmentAt, request.timeZone) }] : []),
    { key: 'received', label: t('serviceRequests.receivedAt'), children: formatInZone(request.receivedAt, request.timeZone) },
    ...(request.assigneeName ? [{ key: 'assignee', label: t('serviceRequests.assignee'), children: request.assigneeName }] : []),
    { key: 'description', label: t('serviceRequests.description'), children: request.description },
    ...(request.completionNotes ? [{ key: 'notes', label: t('serviceRequests.completionNotes'), children: request.completionNotes }] : []),
    ...(request.signedOffBy ? [{ key: 'signed', label: t('serviceRequests.signedOffBy'), children: request.signedOffBy }] : []),
    ...(request.rating ? [{ key: 'rating', label: t('serviceRequests.rating'), children: '★'.repeat(request.rating) }] : []),
  ]
  return <Descriptions size="small" column={1} items={items} />
}

/** The quoted price: labour and material lines and the total. */
export function PriceLines({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation()
  if (!request.chargeStatus) return null
  return (
    <Flex vertical gap={2} data-testid="sr-price">
      {request.chargeLines.map((line, n) => (
        <Flex key={n} justify="space-between" gap={8}>
          <Typography.Text type="secondary">
            {t(`serviceRequests.lineKind.${line.kind}`)} · {line.description}
          </Typography.Text>
          <Typography.Text>{formatMoney(line.amount)}</Typography.Text>
        </Flex>
      ))}
      <Flex justify="space-between">
        <Typography.Text strong>{t('serviceRequests.total')}</Typography.Text>
        <Typography.Text strong data-testid="sr-price-total">{formatMoney(request.chargeTotal)}</Typography.Text>
      </Flex>
      {request.chargeConfirmedBy && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('serviceRequests.priceConfirmedBy', { name: request.chargeConfirmedBy })}
        </Typography.Text>
      )}
    </Flex>
  )
}

/** Who did what when, oldest first, on the estate's clock. */
export function RequestTimeline({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation()
  return (
    <Timeline
      items={request.timeline.map((e, n) => ({
        key: n,
        content: (
          <Flex vertical>
            <Typography.Text>
              {t(`serviceRequests.action.${e.action}`)} · {e.actorName ?? ''}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatInZone(e.at, request.timeZone)}
              {e.note ? ` · ${e.note}` : ''}
            </Typography.Text>
          </Flex>
        ),
      }))}
    />
  )
}
