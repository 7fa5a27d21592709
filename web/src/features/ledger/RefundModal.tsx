import { App, Form, Input, InputNumber, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/shared/api/graphql'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { formatMoney } from '@/shared/format/money'
import { applyPayloadErrors } from '@/shared/ui/formErrors'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
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
  const [messages, setMessages] = useState<string[]>([])
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
    setMessages([])
    try {
      const data = await refund.mutateAsync({ input: { paymentId: payment.id, amount, reason, idempotencyKey } })
      const result = data.refundPayment
      if (result.errors.length > 0 || !result.refund) {
        setMessages(applyPayloadErrors(form, result.errors).map((e) => e.message))
        return
      }
      if (result.refund.status === 'FAILED') {
        setMessages([t('ledger.refund.failed')])
        return
      }
      void message.success(result.refund.status === 'PENDING' ? t('ledger.refund.pending') : t('ledger.refund.done'))
      onDone()
    } catch (error) {
      setMessages([errorMessage(error)])
    }
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
        <Form.Item name="reason" label={t('ledger.reason')} rules={[{ required: true, whitespace: true, message: t('ledger.reasonRequired') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  )
}
