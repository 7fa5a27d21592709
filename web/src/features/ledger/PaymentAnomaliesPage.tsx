import { App, Button, Card, Flex, Table, Tag, Typography } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { isApiError } from '@/shared/api/graphql'
import { useGraphQLMutation, useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney } from '@/shared/format/money'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { PAYMENT_ANOMALIES_QUERY, REFUND_PAYMENT_ANOMALY_MUTATION, type PaymentAnomaly, type PaymentAnomalyStatus } from './queries'

const STATUS_COLOR: Record<PaymentAnomalyStatus, string> = { OPEN: 'red', REFUNDING: 'gold', REFUNDED: 'green', DISMISSED: 'default' }

/** 异常到账: money Stripe took for checkouts already paid. Never credited to a household; refunded through Stripe by one click. */
export function PaymentAnomaliesPage() {
  const { t } = useTranslation()
  const { modal, message } = App.useApp()
  const queryClient = useQueryClient()
  const list = useGraphQLQuery(['paymentAnomalies'], PAYMENT_ANOMALIES_QUERY)
  const refund = useGraphQLMutation(REFUND_PAYMENT_ANOMALY_MUTATION)

  function confirm(a: PaymentAnomaly) {
    modal.confirm({
      title: t('ledger.anomalies.confirm', { amount: formatMoney(a.amount) }),
      content: a.paymentIntentId,
      okText: t('ledger.anomalies.refund'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => submit(a),
    })
  }

  async function submit(a: PaymentAnomaly) {
    try {
      const result = (await refund.mutateAsync({ input: { anomalyId: a.id } })).refundPaymentAnomaly
      if (result.errors.length > 0) void message.error(result.errors.map((e) => e.message).join(' '))
      else void message.success(result.anomaly?.status === 'REFUNDED' ? t('ledger.anomalies.refunded') : t('ledger.anomalies.refunding'))
    } catch (error) {
      void message.error(isApiError(error) || error instanceof Error ? error.message : String(error))
    }
    void queryClient.invalidateQueries({ queryKey: ['paymentAnomalies'] })
  }

  if (list.isPending) return <PageLoading />
  if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('ledger.anomalies.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('ledger.anomalies.hint')}
      </Typography.Paragraph>
      <Card size="small">
        <Table<PaymentAnomaly>
          rowKey="id"
          size="small"
          dataSource={list.data.paymentAnomalies}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('ledger.anomalies.none') }}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: t('ledger.receivedAt'), render: (_, a) => dayjs(a.receivedAt).format('YYYY-MM-DD HH:mm') },
            { title: t('ledger.amount'), align: 'right', render: (_, a) => formatMoney(a.amount) },
            { title: t('ledger.anomalies.paymentIntent'), render: (_, a) => <Typography.Text code>{a.paymentIntentId}</Typography.Text> },
            { title: t('ledger.link'), render: (_, a) => <Link to={`/units/${a.unitId}/ledger`}>{t('ledger.anomalies.unit')}</Link> },
            {
              title: t('ledger.status'),
              render: (_, a) => (
                <Flex vertical gap={2}>
                  <Tag color={STATUS_COLOR[a.status]}>{t(`ledger.anomalies.status.${a.status}`)}</Tag>
                  {(a.error ?? a.reason) && <Typography.Text type="secondary">{a.error ?? a.reason}</Typography.Text>}
                </Flex>
              ),
            },
            {
              title: t('common.actions'),
              render: (_, a) =>
                a.status === 'OPEN' || a.status === 'REFUNDING' ? (
                  <Button size="small" danger loading={refund.isPending && refund.variables?.input.anomalyId === a.id} onClick={() => confirm(a)}>
                    {t('ledger.anomalies.refund')}
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
    </Flex>
  )
}
