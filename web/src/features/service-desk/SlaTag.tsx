import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { formatDateTime } from './format'
import { nextDeadline, slaColor, type DeadlineLike, type Sla } from './logic'

/** On time / due soon / overdue in its colour (the request's worst running limit). */
export function SlaTag({ sla }: { sla: Sla }) {
  const { t } = useTranslation()
  return (
    <Tag color={slaColor(sla)} data-sla={sla}>
      {t(`serviceDesk.sla.${sla}`)}
    </Tag>
  )
}

/** The running limit due first, by kind and time ("—" when none runs). */
export function NextDeadline({ deadlines }: { deadlines: readonly DeadlineLike[] }) {
  const { t } = useTranslation()
  const next = nextDeadline(deadlines)
  return <>{next ? `${t(`serviceDesk.deadline.${next.kind}`)} ${formatDateTime(next.dueAt)}` : '—'}</>
}
