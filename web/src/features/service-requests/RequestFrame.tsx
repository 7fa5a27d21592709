import { Flex, Typography } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useParams } from 'react-router-dom'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { SERVICE_REQUEST_QUERY, type ServiceRequest } from './queries'
import { ExpectedBy, StatusTags } from './RequestParts'

/** One request of the address (`:requestId`): loading, failure and "not yours" handled once; its number, status and deadline on top. */
export function RequestFrame({ children }: { children: (request: ServiceRequest) => ReactNode }) {
  const { t } = useTranslation()
  const { requestId = '' } = useParams()
  const query = useGraphQLQuery(['serviceRequests', 'one', requestId], SERVICE_REQUEST_QUERY, { id: requestId })
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const r = query.data.serviceRequest
  if (!r) return <EmptyState title={t('serviceRequests.notFound')} />
  return (
    <Flex vertical gap={12} style={{ maxWidth: 560 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={5} style={{ margin: 0 }}>
          {r.number}
        </Typography.Title>
        <StatusTags request={r} />
      </Flex>
      <ExpectedBy request={r} />
      {children(r)}
    </Flex>
  )
}
