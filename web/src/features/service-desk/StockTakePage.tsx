import { PrinterOutlined } from '@ant-design/icons'
import { Button, Flex, Table, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { EstatePage } from '@/shared/estates/EstatePage'
import { useEstateParam } from '@/shared/estates/estates'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { formatDateTime } from './format'
import { groupByHandler } from './logic'
import { SERVICE_DESK_KEY, SERVICE_STOCK_TAKE_QUERY, type RequestRow } from './queries'
import { NextDeadline, SlaTag } from './SlaTag'
import './print.css'

/** 每日盘点 (§3.4): what is still open, per handler, oldest first; printable as the day's sheet. */
export function StockTakePage() {
  const { t } = useTranslation()
  const estates = useEstateParam()
  return (
    <EstatePage estates={estates} title={t('serviceDesk.stockTake.title')} pickerLabel={t('serviceDesk.estate')} noEstates={t('serviceDesk.noEstates')}>
      {(estateId) => <StockTake estateId={estateId} />}
    </EstatePage>
  )
}

function StockTake({ estateId }: { estateId: string }) {
  const { t } = useTranslation()
  const query = useGraphQLQuery([SERVICE_DESK_KEY, 'stockTake'], SERVICE_STOCK_TAKE_QUERY, { estateId })
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const groups = groupByHandler(query.data.serviceStockTake)
  const now = dayjs()
  return (
    <Flex vertical gap={16} data-testid="stock-take">
      <Flex justify="space-between" align="center">
        <Typography.Text type="secondary">{t('serviceDesk.stockTake.hint', { date: now.format('YYYY-MM-DD HH:mm') })}</Typography.Text>
        <Button className="service-desk-noprint" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('serviceDesk.stockTake.print')}
        </Button>
      </Flex>
      {groups.length === 0 && <EmptyState title={t('serviceDesk.stockTake.empty')} />}
      {groups.map((g) => (
        <div key={g.handler ?? ''}>
          <Typography.Title level={5}>
            {g.handler ?? t('serviceDesk.stockTake.unassigned')}{' '}
            <Typography.Text type="secondary">{t('serviceDesk.stockTake.count', { count: g.rows.length })}</Typography.Text>
          </Typography.Title>
          <Table<RequestRow>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={g.rows}
            columns={[
              { title: t('serviceDesk.columns.number'), dataIndex: 'number', width: 150 },
              { title: t('serviceDesk.columns.receivedAt'), width: 170, render: (_, r) => `${formatDateTime(r.receivedAt)}（${t('serviceDesk.stockTake.age', { days: now.diff(dayjs(r.receivedAt), 'day') })}）` },
              { title: t('serviceDesk.columns.type'), width: 80, render: (_, r) => t(`serviceDesk.type.${r.type}`) },
              { title: t('serviceDesk.columns.status'), width: 100, render: (_, r) => t(`serviceDesk.status.${r.status}`) },
              { title: t('serviceDesk.columns.sla'), width: 90, render: (_, r) => <SlaTag sla={r.sla} /> },
              {
                title: t('serviceDesk.columns.next'),
                width: 170,
                render: (_, r) => <NextDeadline deadlines={r.deadlines} />,
              },
              { title: t('serviceDesk.columns.where'), width: 120, render: (_, r) => r.unitLabel ?? r.location ?? '—' },
              { title: t('serviceDesk.columns.description'), dataIndex: 'description' },
              { title: t('serviceDesk.columns.firstReceiver'), width: 110, render: (_, r) => r.firstReceiverName ?? '—' },
            ]}
          />
        </div>
      ))}
    </Flex>
  )
}
