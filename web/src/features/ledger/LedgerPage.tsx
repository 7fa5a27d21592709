import { ArrowLeftOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Space, Statistic, Table, Tag, Tooltip, Typography } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router-dom'
import { ApiError, errorMessage } from '@/shared/api/graphql'
import { useOpenApiFile } from '@/shared/api/files'
import { useGraphQLConnection, useGraphQLQuery } from '@/shared/api/hooks'
import { useSession } from '@/shared/auth/session'
import { formatMoney } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { AdjustBillModal } from './AdjustBillModal'
import { LEDGER_QUERY, REFUND_ROLES, REISSUE_ROLES, UNIT_PAYMENTS_QUERY, type LedgerBill, type LedgerEntry, type PaymentRow } from './queries'
import { refundable } from './refund'
import { RefundModal } from './RefundModal'
import { ReissueReceiptModal } from './ReissueReceiptModal'

const KIND_COLOR: Record<string, string> = { CHARGE: 'blue', PAYMENT: 'green', ADJUSTMENT: 'gold', CREDIT: 'cyan', REFUND: 'magenta', LATE_FEE: 'red' }

function time(value?: string | null): string {
  return value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—'
}

/** 分户账 — a household's ledger: bills with what is open, every entry, the payments with receipts and refunds. */
export function LedgerPage() {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const { unitId = '' } = useParams()
  const queryClient = useQueryClient()
  const openFile = useOpenApiFile()
  const { claims } = useSession()
  const canRefund = REFUND_ROLES.some((role) => claims?.roles.includes(role))
  const [adjusting, setAdjusting] = useState<LedgerBill | null>(null)
  const [refunding, setRefunding] = useState<PaymentRow | null>(null)
  const canReissue = REISSUE_ROLES.some((role) => claims?.roles.includes(role))
  const [reissuing, setReissuing] = useState<PaymentRow | null>(null)
  const ledger = useGraphQLQuery(['unitLedger'], LEDGER_QUERY, { unitId })
  const payments = useGraphQLConnection(
    ['unitPayments'],
    UNIT_PAYMENTS_QUERY,
    { unitId, first: 20 },
    (data) => data.payments,
  )

  // Entries keep the staff user id, not a name: the signed-in user's own entries show their name, the run's "system".
  function staff(createdBy: string): string {
    if (createdBy === 'system') return t('ledger.system')
    return createdBy === claims?.sub && claims.name ? claims.name : createdBy
  }

  function refresh() {
    for (const key of ['unitLedger', 'unitPayments', 'cashierAccount']) void queryClient.invalidateQueries({ queryKey: [key] })
  }

  async function receipt(path: string) {
    try {
      await openFile(path)
    } catch (error) {
      void message.error(t('ledger.receiptFailed', { message: errorMessage(error) }))
    }
  }

  const back = (
    <Link to={`/units/${unitId}`}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('ledger.back')}
      </Button>
    </Link>
  )

  if (ledger.isPending) return <PageLoading />
  if (ledger.isError) return <Flex vertical>{back}<ErrorState error={ledger.error} onRetry={() => void ledger.refetch()} /></Flex>
  const { unit, unitLedger, unitAccount } = ledger.data
  if (!unit || !unitLedger || !unitAccount) {
    return <Flex vertical>{back}<ErrorState error={new ApiError('NOT_FOUND', t('ledger.notFound'))} /></Flex>
  }
  const periodOf = new Map(unitAccount.bills.map((b) => [b.bill.id, b.bill.period]))

  return (
    <Flex vertical gap={16}>
      {back}
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('ledger.title', { unit: `${unit.estate.name} ${unit.building.name} ${unit.number}` })}
        </Typography.Title>
        <Link to={`/cashier?estate=${unit.estate.id}&unit=${unit.id}`}>
          <Button type="primary">{t('ledger.toCashier')}</Button>
        </Link>
      </Flex>
      <Card size="small">
        <Flex gap={32} wrap>
          <Statistic title={t('ledger.balance')} value={formatMoney(unitLedger.balance)} />
          <Statistic title={t('ledger.due')} value={formatMoney(unitAccount.due)} />
          <Statistic title={t('ledger.prepaid')} value={formatMoney(unitAccount.prepaid)} />
        </Flex>
      </Card>
      <Card size="small" title={t('ledger.bills')}>
        <Table<LedgerBill>
          rowKey={(b) => b.bill.id}
          size="small"
          dataSource={unitAccount.bills}
          pagination={{ pageSize: 12, hideOnSinglePage: true }}
          columns={[
            { title: t('ledger.period'), render: (_, b) => b.bill.period },
            { title: t('ledger.dueDate'), render: (_, b) => b.bill.dueDate },
            { title: t('ledger.billTotal'), align: 'right', render: (_, b) => formatMoney(b.bill.total) },
            { title: t('ledger.open'), align: 'right', render: (_, b) => formatMoney(b.open) },
            { title: t('ledger.status'), render: (_, b) => <Tag color={b.paid ? 'green' : 'gold'}>{b.paid ? t('ledger.paid') : t('ledger.unpaid')}</Tag> },
            {
              title: t('common.actions'),
              render: (_, b) => (
                <Button size="small" onClick={() => setAdjusting(b)}>
                  {t('ledger.adjust.action')}
                </Button>
              ),
            },
          ]}
          locale={{ emptyText: <EmptyState title={t('ledger.noBills')} /> }}
        />
      </Card>
      <Card size="small" title={t('ledger.payments')}>
        {payments.isError ? (
          <ErrorState error={payments.error} onRetry={() => void payments.refetch()} />
        ) : (
          <>
            <Table<PaymentRow>
              rowKey="id"
              size="small"
              loading={payments.isPending}
              dataSource={payments.nodes}
              pagination={false}
              scroll={{ x: 'max-content' }}
              columns={[
                {
                  title: t('ledger.receipt'),
                  render: (_, p) => (
                    <Space size={4} wrap>
                      {p.receiptNumber}
                      {p.voidedReceipts.map((v) => (
                        <Tooltip key={v.number} title={t('ledger.reissue.voidedTip', { reason: v.reason, at: time(v.voidedAt) })}>
                          <Tag>{t('ledger.reissue.voided', { receipt: v.number })}</Tag>
                        </Tooltip>
                      ))}
                    </Space>
                  ),
                },
                { title: t('ledger.receivedAt'), render: (_, p) => time(p.receivedAt) },
                { title: t('ledger.method'), render: (_, p) => t(`ledger.methods.${p.method}`, p.method) },
                { title: t('ledger.amount'), align: 'right', render: (_, p) => formatMoney(p.amount) },
                { title: t('ledger.refunded'), align: 'right', render: (_, p) => (Number(p.refunded) ? formatMoney(p.refunded) : '—') },
                { title: t('ledger.payer'), render: (_, p) => p.payerName || '—' },
                { title: t('ledger.settles'), render: (_, p) => p.allocations.map((a) => `${a.bill.period} ${formatMoney(a.amount)}`).join(t('common.listSeparator')) || '—' },
                {
                  title: t('common.actions'),
                  render: (_, p) => (
                    <Space size={4}>
                      <Button size="small" onClick={() => void receipt(p.receiptUrl)}>
                        {t('ledger.receiptPdf')}
                      </Button>
                      {canReissue && (
                        <Button size="small" onClick={() => setReissuing(p)}>
                          {t('ledger.reissue.action')}
                        </Button>
                      )}
                      {canRefund && refundable(p) > 0 && (
                        <Button size="small" danger onClick={() => setRefunding(p)}>
                          {t('ledger.refund.action')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]}
              locale={{ emptyText: <EmptyState title={t('ledger.noPayments')} /> }}
            />
            {payments.hasNextPage && (
              <Flex justify="center" style={{ marginTop: 12 }}>
                <Button loading={payments.isFetchingNextPage} onClick={() => void payments.fetchNextPage()}>
                  {t('common.loadMore')}
                </Button>
              </Flex>
            )}
          </>
        )}
      </Card>
      <Card size="small" title={t('ledger.entries')}>
        <Table<LedgerEntry>
          rowKey="id"
          size="small"
          dataSource={unitLedger.entries}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('ledger.createdAt'), render: (_, e) => time(e.createdAt) },
            { title: t('ledger.kind'), render: (_, e) => <Tag color={KIND_COLOR[e.kind]}>{t(`ledger.kinds.${e.kind}`, e.kind)}</Tag> },
            { title: t('ledger.amount'), align: 'right', render: (_, e) => formatMoney(e.amount) },
            { title: t('ledger.period'), render: (_, e) => (e.billId ? (periodOf.get(e.billId) ?? '—') : t('ledger.pool')) },
            { title: t('ledger.reason'), render: (_, e) => e.reason || '—' },
            { title: t('ledger.createdBy'), render: (_, e) => staff(e.createdBy) },
          ]}
          locale={{ emptyText: <EmptyState title={t('ledger.noEntries')} /> }}
        />
      </Card>
      {adjusting && (
        <AdjustBillModal
          bill={adjusting}
          onClose={() => setAdjusting(null)}
          onDone={() => {
            setAdjusting(null)
            refresh()
          }}
        />
      )}
      {reissuing && (
        <ReissueReceiptModal
          payment={reissuing}
          onClose={() => setReissuing(null)}
          onDone={() => {
            setReissuing(null)
            refresh()
          }}
        />
      )}
      {refunding && (
        <RefundModal
          payment={refunding}
          onClose={() => setRefunding(null)}
          onDone={() => {
            setRefunding(null)
            refresh()
          }}
        />
      )}
    </Flex>
  )
}
