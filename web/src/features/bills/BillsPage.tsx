import { HomeOutlined } from '@ant-design/icons'
import { Card, Flex, Tabs, Tag, Typography } from 'antd'
import { useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { BillLines } from './BillLines'
import { PaymentHistory } from './PaymentHistory'
import { MY_BILLS_QUERY, type Bill, type UnitRef } from './queries'
import { settledBills, unitLabel, unitsOf } from './selection'
import { UnitDueBills } from './UnitDueBills'
import { useUnitAccount } from './useUnitAccount'

type TabKey = 'due' | 'paid' | 'payments'

function UnitCard({ unit, children }: { unit: UnitRef; children: ReactNode }) {
  return (
    <Card
      size="small"
      data-testid="bills-unit"
      title={
        <Flex gap={8} align="center" style={{ whiteSpace: 'normal' }}>
          <HomeOutlined />
          <span>{unitLabel(unit)}</span>
        </Flex>
      }
    >
      {children}
    </Card>
  )
}

/** Resident: bills per unit — pay what is open online, see settled bills and payments with their receipts. */
export function BillsPage() {
  const { t } = useTranslation()
  const [tab, setTab] = useState<TabKey>('due')
  const query = useGraphQLQuery(['myBills'], MY_BILLS_QUERY)

  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const bills = query.data.myBills
  const units = unitsOf(bills)

  const byUnit = (render: (unit: UnitRef) => ReactNode) =>
    units.length === 0 ? (
      <Card>
        <EmptyState title={t('bills.empty')} hint={t('bills.emptyHint')} />
      </Card>
    ) : (
      <Flex vertical gap={12}>
        {units.map((unit) => (
          <UnitCard key={unit.id} unit={unit}>
            {render(unit)}
          </UnitCard>
        ))}
      </Flex>
    )

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('bills.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        centered
        items={[
          { key: 'due', label: t('bills.tabs.due'), children: byUnit((unit) => <UnitDueBills unit={unit} bills={bills} />) },
          { key: 'paid', label: t('bills.tabs.paid'), children: byUnit((unit) => <UnitSettledBills unitId={unit.id} bills={bills} />) },
          { key: 'payments', label: t('bills.tabs.payments'), children: <PaymentHistory /> },
        ]}
      />
    </Flex>
  )
}

function UnitSettledBills({ unitId, bills }: { unitId: string; bills: Bill[] }) {
  const { t } = useTranslation()
  const account = useUnitAccount(unitId)
  if (account.isPending) return <PageLoading />
  if (account.isError) return <ErrorState error={account.error} onRetry={() => void account.refetch()} />
  const settled = settledBills(bills, account.data.unitAccount)
  if (settled.length === 0) return <EmptyState title={t('bills.noSettled')} />
  return (
    <Flex vertical gap={12}>
      {settled.map((bill) => (
        <Flex key={bill.id} vertical gap={4} data-testid="settled-bill">
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text strong>{t('bills.period', { period: bill.period })}</Typography.Text>
            <Flex gap={4} align="center">
              <Typography.Text>{formatMoney(bill.total)}</Typography.Text>
              <Tag color="green" style={{ marginInlineEnd: 0 }}>
                {t('bills.settled')}
              </Tag>
            </Flex>
          </Flex>
          <BillLines bill={bill} />
        </Flex>
      ))}
    </Flex>
  )
}
