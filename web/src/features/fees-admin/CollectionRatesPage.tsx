import { Card, DatePicker, Flex, Progress, Table, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { collectionTotals, formatRate } from './logic'
import { COLLECTION_RATES_QUERY, type EstateCollectionRate } from './queries'

/** Company admin: collection rate (收费率) per estate for a billing month — the current one unless another is picked. */
export function CollectionRatesPage() {
  const { t } = useTranslation()
  const [month, setMonth] = useState<Dayjs | null>(null)
  const period = month ? month.format('YYYY-MM') : null
  const query = useGraphQLQuery(['collectionRates'], COLLECTION_RATES_QUERY, { period })
  const rows = query.data?.collectionRates ?? []
  const totals = collectionTotals(rows)
  const shownPeriod = period ?? rows[0]?.period

  const money = (pick: (r: EstateCollectionRate) => number | string) => (_: unknown, r: EstateCollectionRate) => formatMoney(pick(r))
  const columns: ColumnsType<EstateCollectionRate> = [
    { title: t('feesAdmin.collection.estate'), render: (_, r) => r.estate.name },
    { title: t('feesAdmin.collection.billed'), align: 'right', render: money((r) => r.billed) },
    { title: t('feesAdmin.collection.collected'), align: 'right', render: money((r) => r.collected) },
    {
      title: t('feesAdmin.collection.rate'),
      render: (_, r) => (
        <Flex gap={8} align="center" style={{ minWidth: 160 }}>
          <Progress percent={Math.round(Number(r.rate) * 1000) / 10} showInfo={false} size="small" style={{ flex: 1, margin: 0 }} />
          <span style={{ whiteSpace: 'nowrap' }}>{formatRate(r.rate)}</span>
        </Flex>
      ),
    },
    { title: t('feesAdmin.collection.arrears'), align: 'right', render: money((r) => r.arrears) },
    { title: t('feesAdmin.collection.overdue'), align: 'right', render: money((r) => r.overdue) },
  ]

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {shownPeriod ? t('feesAdmin.collection.titleFor', { period: shownPeriod }) : t('feesAdmin.collection.title')}
        </Typography.Title>
        <DatePicker
          picker="month"
          value={month}
          onChange={(value) => setMonth(value)}
          placeholder={t('feesAdmin.collection.currentPeriod')}
          aria-label={t('feesAdmin.collection.period')}
        />
      </Flex>
      {query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Card size="small">
          <Table<EstateCollectionRate>
            rowKey={(r) => r.estate.id}
            size="small"
            columns={columns}
            dataSource={rows}
            loading={query.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState title={t('feesAdmin.collection.empty')} /> }}
            summary={() =>
              rows.length > 1 && (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>
                    <Typography.Text strong>{t('feesAdmin.collection.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">{formatMoney(totals.billed)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={2} align="right">{formatMoney(totals.collected)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={3}>{formatRate(totals.rate)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">{formatMoney(totals.arrears)}</Table.Summary.Cell>
                  <Table.Summary.Cell index={5} align="right">{formatMoney(totals.overdue)}</Table.Summary.Cell>
                </Table.Summary.Row>
              )
            }
          />
        </Card>
      )}
    </Flex>
  )
}
