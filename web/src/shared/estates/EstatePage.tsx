import { Flex, Typography } from 'antd'
import type { ReactNode } from 'react'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { EstatePicker } from './EstatePicker'
import type { useEstateParam } from './estates'

/**
 * The frame of a page about one estate (`?estate=`): waits for the estate list, shows its failure with a retry, puts
 * the title beside the estate picker, and says so when the user has no estate; the page itself renders only for a
 * chosen estate.
 */
export function EstatePage({
  estates: { query, estates, estateId, setEstateId },
  title,
  pickerLabel,
  noEstates,
  onEstateChange,
  children,
}: {
  estates: ReturnType<typeof useEstateParam>
  title: string
  pickerLabel: string
  noEstates: string
  /** Called before the page switches to another estate (to forget what belonged to the old one). */
  onEstateChange?: (id: string) => void
  children: (estateId: string) => ReactNode
}) {
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        <EstatePicker
          estates={estates}
          label={pickerLabel}
          value={estateId}
          onChange={(id) => {
            onEstateChange?.(id)
            setEstateId(id)
          }}
        />
      </Flex>
      {estateId ? children(estateId) : <EmptyState title={noEstates} />}
    </Flex>
  )
}
