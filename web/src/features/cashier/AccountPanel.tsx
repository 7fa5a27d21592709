import { Alert, Button, Card, Descriptions, Flex, Statistic, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { ApiError } from '@/shared/api/graphql'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney, toFen } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { billState, openBillIds, selectedOpenTotal } from './money'
import type { PaymentRequest } from './PaymentModal'
import { CASHIER_ADVANCE_QUOTE_QUERY, CASHIER_UNIT_ACCOUNT_QUERY, type BillBalance } from './queries'

/** A unit's account at the desk: arrears banner, prepaid balance, bills to tick, and the advance-payment quote. */
export function AccountPanel({ unitId, onTakePayment }: { unitId: string; onTakePayment: (request: PaymentRequest) => void }) {
  const { t } = useTranslation()
  const account = useGraphQLQuery(['cashierAccount'], CASHIER_UNIT_ACCOUNT_QUERY, { unitId })
  // A unit without an approved rate has no quote: the API then answers with an error, and the card stays hidden.
  const quote = useGraphQLQuery(['advanceQuote'], CASHIER_ADVANCE_QUOTE_QUERY, { unitId })
  // The agent's ticks for this unit; until they change any, every open bill is ticked.
  const [ticks, setTicks] = useState<{ unitId: string; ids: string[] } | null>(null)

  if (account.isPending) return <PageLoading />
  if (account.isError) return <ErrorState error={account.error} onRetry={() => void account.refetch()} />
  const { unit, unitAccount } = account.data
  if (!unit || !unitAccount) return <ErrorState error={new ApiError('NOT_FOUND', t('cashier.account.notFound'))} />

  const bills = unitAccount.bills
  const openBills = bills.map((b) => ({ id: b.bill.id, open: b.open }))
  const selectedIds = ticks?.unitId === unitId ? ticks.ids : openBillIds(openBills)
  const today = dayjs().format('YYYY-MM-DD')
  const unitLabel = `${unit.estate.name} ${unit.building.name} ${unit.number}`
  const owner = unit.owners.filter((o) => o.current).map((o) => o.person.name).join(t('common.listSeparator'))
  const ageing = unitAccount.ageing
  const advance = quote.data?.advancePaymentQuote

  return (
    <Flex vertical gap={12} data-testid="unit-account">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="account-unit">
          {unitLabel}
          {owner && <Typography.Text type="secondary"> · {owner}</Typography.Text>}
        </Typography.Title>
        <Link to={`/units/${unit.id}/ledger`}>{t('cashier.account.ledger')}</Link>
      </Flex>
      {toFen(ageing.overdue) > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="arrears-banner"
          title={t('cashier.account.arrears', { amount: formatMoney(ageing.overdue) })}
          description={t('cashier.account.ageing', {
            days30: formatMoney(ageing.days30),
            days60: formatMoney(ageing.days60),
            days90: formatMoney(ageing.days90Plus),
          })}
        />
      )}
      <Flex gap={32} wrap>
        <Statistic title={t('cashier.account.due')} value={formatMoney(unitAccount.due)} />
        <Statistic title={t('cashier.account.prepaid')} value={formatMoney(unitAccount.prepaid)} />
        <Statistic title={t('cashier.account.selected')} value={formatMoney(selectedOpenTotal(openBills, selectedIds))} />
      </Flex>
      <Table<BillBalance>
        rowKey={(b) => b.bill.id}
        size="small"
        data-testid="account-bills"
        dataSource={bills}
        pagination={false}
        rowSelection={{
          selectedRowKeys: selectedIds,
          onChange: (keys) => setTicks({ unitId, ids: keys.map(String) }),
          getCheckboxProps: (b) => ({ disabled: toFen(b.open) <= 0, 'aria-label': b.bill.period }),
        }}
        expandable={{
          expandedRowRender: (b) => (
            <Descriptions
              size="small"
              column={1}
              items={b.bill.lines.map((l) => ({ key: l.id, label: l.description, children: formatMoney(l.amount) }))}
            />
          ),
        }}
        columns={[
          { title: t('cashier.bill.period'), render: (_, b) => b.bill.period },
          { title: t('cashier.bill.dueDate'), render: (_, b) => b.bill.dueDate },
          { title: t('cashier.bill.total'), align: 'right', render: (_, b) => formatMoney(b.bill.total) },
          { title: t('cashier.bill.open'), align: 'right', render: (_, b) => formatMoney(b.open) },
          {
            title: t('cashier.bill.status'),
            render: (_, b) => {
              const state = billState(b, today)
              return <Tag color={state === 'PAID' ? 'green' : state === 'OVERDUE' ? 'red' : 'gold'}>{t(`cashier.bill.state.${state}`)}</Tag>
            },
          },
        ]}
        locale={{ emptyText: <EmptyState title={t('cashier.account.noBills')} /> }}
      />
      <Flex gap={8} wrap>
        <Button
          type="primary"
          onClick={() =>
            onTakePayment({ unitId, unitLabel, billIds: selectedIds, amount: selectedOpenTotal(openBills, selectedIds), payerName: owner || undefined })
          }
        >
          {t('cashier.account.takePayment')}
        </Button>
      </Flex>
      {advance && toFen(advance.total) > 0 && (
        <Card size="small" title={t('cashier.advance.title')}>
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Text data-testid="advance-quote">
              {t('cashier.advance.quote', { months: advance.months, monthly: formatMoney(advance.monthlyAmount), total: formatMoney(advance.total) })}
            </Typography.Text>
            <Button onClick={() => onTakePayment({ unitId, unitLabel, billIds: [], amount: Number(advance.total), payerName: owner || undefined })}>
              {t('cashier.advance.use')}
            </Button>
          </Flex>
        </Card>
      )}
    </Flex>
  )
}
