import { Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import type { UnitStatus, UnitUsage } from './queries'

const STATUS_COLORS: Record<UnitStatus, string> = {
  UNSOLD: 'default',
  VACANT: 'gold',
  OCCUPIED: 'green',
  RENOVATING: 'purple',
}

export function StatusTag({ status }: { status: UnitStatus }) {
  const { t } = useTranslation()
  return <Tag color={STATUS_COLORS[status] ?? 'default'}>{t(`unit.status.${status}`, status)}</Tag>
}

export function UsageTag({ usage }: { usage: UnitUsage }) {
  const { t } = useTranslation()
  return <Tag>{t(`unit.usage.${usage}`, usage)}</Tag>
}
