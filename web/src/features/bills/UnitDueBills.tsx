import { Alert, Button, Checkbox, Divider, Flex, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { formatMoney, fromFen, toFen } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { BillLines } from './BillLines'
import { CREATE_CHECKOUT_SESSION_MUTATION, type Bill, type UnitRef } from './queries'
import { redirectTo } from './redirect'
import { dueBills, selectedBillIds, selectionTotalCents } from './selection'
import { useUnitAccount } from './useUnitAccount'

/** One unit's open bills with checkboxes (all ticked at first), their total, and "pay" → the payment page. */
export function UnitDueBills({ unit, bills }: { unit: UnitRef; bills: Bill[] }) {
  const { t } = useTranslation()
  const account = useUnitAccount(unit.id)
  // null = nothing changed yet: every due bill counts as ticked, including ones that load later.
  const [ticked, setTicked] = useState<Set<string> | null>(null)
  const { run, messages, setMessages } = usePayloadSubmit()
  const [leaving, setLeaving] = useState(false)
  const checkout = useGraphQLMutation(CREATE_CHECKOUT_SESSION_MUTATION)

  if (account.isPending) return <PageLoading />
  if (account.isError) return <ErrorState error={account.error} onRetry={() => void account.refetch()} />
  const unitAccount = account.data.unitAccount
  const due = dueBills(bills, unitAccount)
  const selected = ticked ?? new Set(due.map((d) => d.bill.id))
  const totalCents = selectionTotalCents(due, selected)
  const prepaidCents = toFen(unitAccount?.prepaid)
  const today = dayjs().format('YYYY-MM-DD')

  function toggle(id: string, on: boolean) {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    setTicked(next)
  }

  async function pay() {
    // A new key per attempt: the API returns the same session when one attempt is sent twice.
    const input = { unitId: unit.id, billIds: selectedBillIds(due, selected), idempotencyKey: crypto.randomUUID() }
    const payload = await run(async () => (await checkout.mutateAsync({ input })).createCheckoutSession)
    if (!payload) return
    if (!payload.checkout) {
      setMessages([t('bills.payFailed')])
      return
    }
    setLeaving(true)
    redirectTo(payload.checkout.url)
  }

  return (
    <Flex vertical gap={12}>
      {prepaidCents > 0 && (
        <Alert type="info" showIcon title={t('bills.prepaid', { amount: formatMoney(fromFen(prepaidCents)) })} />
      )}
      {due.length === 0 ? (
        <EmptyState title={t('bills.nothingDue')} />
      ) : (
        <>
          {due.map(({ bill, openCents }) => {
            const partlyPaid = openCents !== toFen(bill.total)
            return (
              <Flex key={bill.id} vertical gap={4} data-testid="due-bill">
                <Flex justify="space-between" align="center" gap={8}>
                  <Checkbox checked={selected.has(bill.id)} onChange={(e) => toggle(bill.id, e.target.checked)}>
                    <Typography.Text strong>{t('bills.period', { period: bill.period })}</Typography.Text>
                  </Checkbox>
                  <Typography.Text strong data-testid="due-bill-open" style={{ whiteSpace: 'nowrap' }}>
                    {formatMoney(fromFen(openCents))}
                  </Typography.Text>
                </Flex>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('bills.dueDate', { date: bill.dueDate })}
                  </Typography.Text>
                  {bill.dueDate < today && <Tag color="red">{t('bills.overdue')}</Tag>}
                  {partlyPaid && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t('bills.partlyPaid', { total: formatMoney(bill.total) })}
                    </Typography.Text>
                  )}
                </Flex>
                <BillLines bill={bill} />
              </Flex>
            )
          })}
          <Divider style={{ margin: 0 }} />
          <PayloadErrors messages={messages} />
          <Flex justify="space-between" align="center" gap={8}>
            <Typography.Text>
              {t('bills.total')}{' '}
              <Typography.Text strong data-testid="bills-total" style={{ fontSize: 18 }}>
                {formatMoney(fromFen(totalCents))}
              </Typography.Text>
            </Typography.Text>
            <Button type="primary" size="large" disabled={totalCents === 0} loading={checkout.isPending || leaving} onClick={() => void pay()}>
              {t('bills.pay')}
            </Button>
          </Flex>
        </>
      )}
    </Flex>
  )
}
