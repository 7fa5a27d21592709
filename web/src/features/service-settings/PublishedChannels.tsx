import { Card, Descriptions, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { channelLines } from './logic'
import { PUBLISHED_CHANNELS_QUERY } from './queries'

/** The estate's published complaint channels (service-desk.md §2), for the resident portal; nothing while none are published. */
export function PublishedChannels({ estateId }: { estateId: string }) {
  const { t } = useTranslation()
  const query = useGraphQLQuery(['publishedChannels', estateId], PUBLISHED_CHANNELS_QUERY, { estateId })
  const lines = channelLines(query.data?.publishedChannels)
  if (lines.length === 0) return null
  return (
    <Card size="small" title={t('serviceSettings.channels.residentTitle')}>
      <Descriptions size="small" column={1} items={lines.map((l) => ({ key: l.field, label: t(`serviceSettings.channels.${l.field}`), children: <Typography.Text copyable>{l.value}</Typography.Text> }))} />
    </Card>
  )
}
