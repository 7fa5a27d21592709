import { Button, Card, Result, Spin, Typography } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useSearchParams } from 'react-router-dom'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney } from '@/shared/format/money'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { ONLINE_CHECKOUT_QUERY } from './queries'
import { ReceiptButton } from './ReceiptButton'

const POLL_MS = 2_000
/** The payment provider's webhook normally lands within seconds; after two minutes the page stops asking. */
const POLL_FOR_MS = 120_000

/**
 * Where the payment page sends the resident back (`/bills/paid?checkout=<id>`). The payment is booked when the
 * provider's webhook reaches the API, which may be a moment after the redirect, so the page asks until the
 * checkout is PAID, FAILED or EXPIRED.
 */
export function CheckoutReturnPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const id = params.get('checkout') ?? ''
  const queryClient = useQueryClient()
  const [pollUntil] = useState(() => Date.now() + POLL_FOR_MS)
  const query = useGraphQLQuery(
    ['onlineCheckout', id],
    ONLINE_CHECKOUT_QUERY,
    { id },
    {
      enabled: id !== '',
      refetchInterval: (q) =>
        q.state.data?.onlineCheckout?.status === 'OPEN' && q.state.dataUpdatedAt < pollUntil ? POLL_MS : false,
    },
  )
  const checkout = query.data?.onlineCheckout
  const status = checkout?.status

  useEffect(() => {
    // The bills and payments shown before paying are stale now.
    if (status === 'PAID') {
      for (const key of ['myBills', 'unitAccount', 'myPayments']) void queryClient.invalidateQueries({ queryKey: [key] })
    }
  }, [status, queryClient])

  const navigate = useNavigate()
  const back = (
    <Button key="back" onClick={() => navigate('/bills')}>
      {t('bills.checkout.backToBills')}
    </Button>
  )

  if (id === '') return <Result status="warning" title={t('bills.checkout.missing')} extra={back} />
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (!checkout) return <Result status="404" title={t('bills.checkout.notFound')} extra={back} />

  if (status === 'PAID') {
    const payment = checkout.payment
    return (
      <Card>
        <Result
          status="success"
          title={t('bills.checkout.paidTitle')}
          subTitle={
            <>
              <div>{t('bills.checkout.paidAmount', { amount: formatMoney(payment?.amount ?? checkout.amount) })}</div>
              <div>
                {t('bills.checkout.receiptNumber')}{' '}
                <Typography.Text strong copyable={Boolean(payment)} data-testid="receipt-number">
                  {payment?.receiptNumber ?? '—'}
                </Typography.Text>
              </div>
            </>
          }
          extra={[
            payment && <ReceiptButton key="receipt" type="primary" receiptUrl={payment.receiptUrl} receiptNumber={payment.receiptNumber} />,
            back,
          ]}
        />
      </Card>
    )
  }

  if (status === 'FAILED' || status === 'EXPIRED') {
    return (
      <Card>
        <Result
          status={status === 'FAILED' ? 'error' : 'warning'}
          title={t(status === 'FAILED' ? 'bills.checkout.failedTitle' : 'bills.checkout.expiredTitle')}
          subTitle={t('bills.checkout.notChargedHint')}
          extra={back}
        />
      </Card>
    )
  }

  // OPEN: still waiting for the provider's confirmation.
  const gaveUp = !query.isFetching && query.dataUpdatedAt >= pollUntil
  return (
    <Card>
      <Result
        icon={gaveUp ? undefined : <Spin size="large" />}
        status={gaveUp ? 'info' : undefined}
        title={t(gaveUp ? 'bills.checkout.stillOpenTitle' : 'bills.checkout.waitingTitle')}
        subTitle={t(gaveUp ? 'bills.checkout.stillOpenHint' : 'bills.checkout.waitingHint', {
          amount: formatMoney(checkout.amount),
        })}
        extra={[
          gaveUp && (
            <Button key="again" type="primary" onClick={() => void query.refetch()}>
              {t('common.refresh')}
            </Button>
          ),
          back,
        ]}
      />
    </Card>
  )
}
