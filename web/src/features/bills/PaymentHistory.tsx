import { Card, Flex, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney, toFen } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { MY_PAYMENTS_QUERY } from './queries'
import { ReceiptButton } from './ReceiptButton'
import { unitLabel } from './selection'

/** The resident's payments, newest first, each with its receipt. */
export function PaymentHistory() {
  const { t } = useTranslation()
  const query = useGraphQLQuery(['myPayments'], MY_PAYMENTS_QUERY)

  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const payments = query.data.myPayments
  if (payments.length === 0) {
    return (
      <Card>
        <EmptyState title={t('bills.noPayments')} />
      </Card>
    )
  }

  return (
    <Flex vertical gap={12}>
      {payments.map((payment) => (
        <Card key={payment.id} size="small" data-testid="payment">
          <Flex vertical gap={4}>
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong data-testid="payment-receipt-number">
                {payment.receiptNumber}
              </Typography.Text>
              <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(payment.amount)}
              </Typography.Text>
            </Flex>
            <Flex gap={8} align="center" wrap>
              <Tag style={{ marginInlineEnd: 0 }}>{t(`bills.method.${payment.method}`, payment.method)}</Tag>
              {toFen(payment.refunded) > 0 && (
                <Tag color="orange" style={{ marginInlineEnd: 0 }}>
                  {t('bills.refunded', { amount: formatMoney(payment.refunded) })}
                </Tag>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {dayjs(payment.receivedAt).format('YYYY-MM-DD HH:mm')}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {unitLabel(payment.unit)}
            </Typography.Text>
            {payment.allocations.length > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('bills.settles', {
                  periods: payment.allocations.map((a) => a.bill.period).join(t('common.listSeparator')),
                })}
              </Typography.Text>
            )}
            {toFen(payment.prepaid) > 0 && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('bills.toPrepaid', { amount: formatMoney(payment.prepaid) })}
              </Typography.Text>
            )}
            <Flex justify="flex-end">
              <ReceiptButton receiptUrl={payment.receiptUrl} receiptNumber={payment.receiptNumber} type="link" />
            </Flex>
          </Flex>
        </Card>
      ))}
    </Flex>
  )
}
