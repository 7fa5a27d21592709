import { App, Form, Modal, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { ReasonField } from '@/shared/ui/ReasonField'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { REISSUE_RECEIPT_MUTATION, type PaymentRow } from './queries'

/**
 * 作废并补开收据: a mistaken receipt is voided with a reason and the payment gets the next number (billing.md §4.2,
 * §4.5). The money does not move; the voided number stays used and listed with the payment.
 */
export function ReissueReceiptModal({ payment, onClose, onDone }: { payment: PaymentRow; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ reason?: string }>()
  // One key per opened form: a double click or a retry after a lost answer voids one number, not two.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const { run, messages } = usePayloadSubmit(form)
  const reissue = useGraphQLMutation(REISSUE_RECEIPT_MUTATION)

  async function submit(values: { reason?: string }) {
    const input = { paymentId: payment.id, reason: (values.reason ?? '').trim(), idempotencyKey }
    const result = await run(async () => (await reissue.mutateAsync({ input })).reissueReceipt)
    if (!result?.payment) return
    void message.success(t('ledger.reissue.done', { old: payment.receiptNumber, receipt: result.payment.receiptNumber }))
    onDone()
  }

  return (
    <Modal
      open
      title={t('ledger.reissue.title', { receipt: payment.receiptNumber })}
      okText={t('ledger.reissue.submit')}
      okButtonProps={{ danger: true, loading: reissue.isPending }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <PayloadErrors messages={messages} />
      <Typography.Paragraph type="secondary">{t('ledger.reissue.hint', { receipt: payment.receiptNumber })}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ reason: '' }} onFinish={(v) => void submit(v)}>
        <ReasonField />
      </Form>
    </Modal>
  )
}
