import { App, Form, InputNumber, Modal, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { formatMoney } from '@/shared/format/money'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { ReasonField } from '@/shared/ui/ReasonField'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { ADJUST_BILL_MUTATION, type LedgerBill } from './queries'

interface Values {
  amount?: number | null
  reason?: string
}

/** Posts an adjustment to an issued bill (the bill itself never changes); asks once more before booking it. */
export function AdjustBillModal({ bill, onClose, onDone }: { bill: LedgerBill; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation()
  const { modal, message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const { run, messages } = usePayloadSubmit(form)
  const adjust = useGraphQLMutation(ADJUST_BILL_MUTATION)

  function confirm(values: Values) {
    const amount = values.amount ?? 0
    const reason = (values.reason ?? '').trim()
    modal.confirm({
      title: t('ledger.adjust.confirm', { period: bill.bill.period, amount: formatMoney(amount) }),
      content: reason,
      okText: t('ledger.adjust.submit'),
      cancelText: t('common.cancel'),
      onOk: () => submit(amount, reason),
    })
  }

  async function submit(amount: number, reason: string) {
    if (!(await run(async () => (await adjust.mutateAsync({ input: { billId: bill.bill.id, amount, reason } })).adjustBill))) return
    void message.success(t('ledger.adjust.done'))
    onDone()
  }

  return (
    <Modal
      open
      title={t('ledger.adjust.title', { period: bill.bill.period })}
      okText={t('ledger.adjust.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: adjust.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <PayloadErrors messages={messages} />
      <Typography.Paragraph type="secondary">
        {t('ledger.adjust.hint', { total: formatMoney(bill.bill.total), open: formatMoney(bill.open) })}
      </Typography.Paragraph>
      <Form<Values> form={form} layout="vertical" initialValues={{ amount: null, reason: '' }} onFinish={confirm}>
        <Form.Item
          name="amount"
          label={t('ledger.adjust.amount')}
          extra={t('ledger.adjust.amountHint')}
          rules={[
            { required: true, message: t('validation.required') },
            { validator: (_, v: number | null) => (v == null || Math.round(v * 100) !== 0 ? Promise.resolve() : Promise.reject(new Error(t('ledger.adjust.notZero')))) },
          ]}
        >
          <InputNumber prefix="¥" precision={2} style={{ width: '100%' }} />
        </Form.Item>
        <ReasonField />
      </Form>
    </Modal>
  )
}
