import { App, Form, InputNumber, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { formatMoney } from '@/shared/format/money'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { ReasonField } from '@/shared/ui/ReasonField'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { REFUND_PAYMENT_MUTATION, type PaymentRow } from './queries'
import { refundable } from './refund'

interface Values {
  amount?: number | null
  reason?: string
}

/** Refunds (part of) a payment against its receipt; the reason is required and the agent confirms once more. */
export function RefundModal({ payment, onClose, onDone }: { payment: PaymentRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation()
  const { modal, message } = App.useApp()
  const [form] = Form.useForm<Values>()
  // One key per opened form: confirming twice, or retrying after a lost answer, refunds once.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const { run, messages, setMessages } = usePayloadSubmit(form)
  const refund = useGraphQLMutation(REFUND_PAYMENT_MUTATION)
  const max = refundable(payment)

  function confirm(values: Values) {
    const amount = values.amount ?? 0
    const reason = (values.reason ?? '').trim()
    modal.confirm({
      title: t('ledger.refund.confirm', { receipt: payment.receiptNumber, amount: formatMoney(amount) }),
      content: reason,
      okText: t('ledger.refund.submit'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () => submit(amount, reason),
    })
  }

  async function submit(amount: number, reason: string) {
    const result = await run(async () => (await refund.mutateAsync({ input: { paymentId: payment.id, amount, reason, idempotencyKey } })).refundPayment)
    if (!result?.refund) return
    if (result.refund.status === 'FAILED') {
      setMessages([t('ledger.refund.failed')])
      return
    }
    void message.success(result.refund.status === 'PENDING' ? t('ledger.refund.pending') : t('ledger.refund.done'))
    onDone()
  }

  return (
    <Modal
      open
      title={t('ledger.refund.title', { receipt: payment.receiptNumber })}
      okText={t('ledger.refund.submit')}
      okButtonProps={{ danger: true, loading: refund.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <PayloadErrors messages={messages} />
      <Typography.Paragraph type="secondary">
        {t('ledger.refund.hint', { amount: formatMoney(payment.amount), refunded: formatMoney(payment.refunded) })}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ amount: max, reason: '' }} onFinish={confirm}>
        <Form.Item
          name="amount"
          label={t('ledger.refund.amount')}
          rules={[
            { required: true, message: t('validation.required') },
            {
              validator: (_, v: number | null) =>
                v == null || (v > 0 && Math.round(v * 100) <= Math.round(max * 100))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('ledger.refund.range', { max: formatMoney(max) }))),
            },
          ]}
        >
          <InputNumber prefix="¥" precision={2} min={0} max={max} style={{ width: '100%' }} />
        </Form.Item>
        <ReasonField />
      </Form>
    </Modal>
  )
}
