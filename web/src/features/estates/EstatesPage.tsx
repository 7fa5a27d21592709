import { Button, Card, Flex, Input, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLConnection } from '@/shared/api/hooks'
import { formatArea } from '@/shared/format/number'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { ESTATES_QUERY, type EstateRow } from './queries'

/** Company admin: the company's estates with their unit counts. */
export function EstatesPage() {
  const { t } = useTranslation()
  const [search, setSearch] = useState<string | undefined>()
  const estates = useGraphQLConnection(
    ['estates'],
    ESTATES_QUERY,
    { first: 50, search },
    (data) => data.estates,
  )

  const columns: ColumnsType<EstateRow> = [
    { title: t('estate.name'), dataIndex: 'name' },
    { title: t('estate.city'), dataIndex: 'city', render: (v?: string) => v || '—' },
    { title: t('estate.type'), dataIndex: 'type', render: (v?: string) => (v ? t(`estate.types.${v}`, v) : '—') },
    { title: t('estate.address'), dataIndex: 'address', render: (v?: string) => v || '—', responsive: ['lg'] },
    { title: t('estate.totalFloorArea'), align: 'right', render: (_, e) => formatArea(e.totalFloorArea) },
    { title: t('estate.unitCount'), dataIndex: 'unitCount', align: 'right', render: (n: number) => n.toLocaleString() },
  ]

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('estate.title')}
        </Typography.Title>
        <Input.Search
          allowClear
          style={{ width: 280 }}
          placeholder={t('estate.searchPlaceholder')}
          aria-label={t('estate.searchPlaceholder')}
          onSearch={(v) => setSearch(v.trim() || undefined)}
        />
      </Flex>
      {estates.isError ? (
        <ErrorState error={estates.error} onRetry={() => void estates.refetch()} />
      ) : (
        <Card size="small">
          <Table<EstateRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={estates.nodes}
            loading={estates.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState title={search ? t('common.noMatch') : t('estate.empty')} /> }}
          />
          {estates.hasNextPage && (
            <Flex justify="center" style={{ marginTop: 12 }}>
              <Button loading={estates.isFetchingNextPage} onClick={() => void estates.fetchNextPage()}>
                {t('common.loadMore')}
              </Button>
            </Flex>
          )}
        </Card>
      )}
    </Flex>
  )
}
