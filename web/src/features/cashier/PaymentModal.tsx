import { PrinterOutlined } from '@ant-design/icons'
import { App, Button, Checkbox, Flex, Form, Input, InputNumber, Modal, Radio, Result, Typography } from 'antd'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/shared/api/graphql'
import { useOpenApiFile } from '@/shared/api/files'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { formatMoney, toFen } from '@/shared/format/money'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { changeDue, needsNotesCheck } from './money'
import { CASHIER_RECORD_PAYMENT_MUTATION, DESK_METHODS, type RecordedPayment } from './queries'

interface Values {
  method: (typeof DESK_METHODS)[number]
  amount?: number | null
  tendered?: number | null
  notesChecked?: boolean
  payerName?: string
  note?: string
}

export interface PaymentRequest {
  unitId: string
  unitLabel: string
  /** Bills to settle; none = oldest open bills first, the rest becomes prepaid (advance payment). */
  billIds: string[]
  amount: number
  payerName?: string
}

/** Takes one payment at the desk. Rendered only while open, so every opening gets its own idempotency key. */
export function PaymentModal({ request, onClose, onPaid }: { request: PaymentRequest; onClose: () => void; onPaid: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  // Made once when the form opens: a double click or a retry books the same payment once.
  const [idempotencyKey] = useState(newIdempotencyKey)
  const { run, messages, setMessages } = usePayloadSubmit(form)
  const [done, setDone] = useState<{ payment: RecordedPayment; change: number | null } | null>(null)
  const submitting = useRef(false)
  const record = useGraphQLMutation(CASHIER_RECORD_PAYMENT_MUTATION)
  const openFile = useOpenApiFile()
  const method = Form.useWatch('method', form) ?? 'CASH'
  const amount = Form.useWatch('amount', form)
  const tendered = Form.useWatch('tendered', form)
  const change = method === 'CASH' ? changeDue(amount, tendered) : null
  const notesCheck = needsNotesCheck(method, amount, tendered)

  async function submit(values: Values) {
    if (submitting.current) return
    // The checkbox appears once the watched fields render; never send cash of ¥100+ without it.
    if (needsNotesCheck(values.method, values.amount, values.tendered) && values.notesChecked !== true) {
      form.setFields([{ name: 'notesChecked', errors: [t('cashier.payment.notesCheckedRequired')] }])
      return
    }
    submitting.current = true
    const cash = values.method === 'CASH'
    const input = {
      unitId: request.unitId,
      amount: values.amount ?? 0,
      method: values.method,
      billIds: request.billIds.length > 0 ? request.billIds : undefined,
      idempotencyKey,
      tendered: cash && values.tendered != null ? values.tendered : undefined,
      notesChecked: cash ? values.notesChecked === true : undefined,
      payerName: values.payerName?.trim() || undefined,
      note: values.note?.trim() || undefined,
    }
    const result = await run(async () => (await record.mutateAsync({ input })).recordPayment).finally(() => {
      submitting.current = false
    })
    if (!result) return
    if (!result.payment) {
      setMessages([t('cashier.payment.failed')])
      return
    }
    setDone({ payment: result.payment, change: cash ? changeDue(values.amount, values.tendered) : null })
    onPaid()
  }

  async function printReceipt(path: string) {
    try {
      await openFile(path)
    } catch (error) {
      void message.error(t('cashier.receipt.failed', { message: errorMessage(error) }))
    }
  }

  if (done) {
    const { payment } = done
    return (
      <Modal open title={t('cashier.payment.title', { unit: request.unitLabel })} onCancel={onClose} footer={null}>
        <Result
          status="success"
          title={t('cashier.payment.done', { amount: formatMoney(payment.amount) })}
          subTitle={
            <Flex vertical gap={4}>
              <span>
                {t('cashier.receipt.number')}: <Typography.Text strong copyable data-testid="receipt-number">{payment.receiptNumber}</Typography.Text>
              </span>
              {toFen(payment.prepaid) > 0 && <span>{t('cashier.payment.toPrepaid', { amount: formatMoney(payment.prepaid) })}</span>}
              {done.change !== null && done.change > 0 && <span>{t('cashier.payment.giveChange', { amount: formatMoney(done.change) })}</span>}
            </Flex>
          }
          extra={[
            <Button key="print" icon={<PrinterOutlined />} onClick={() => void printReceipt(payment.receiptUrl)}>
              {t('cashier.receipt.print')}
            </Button>,
            <Button key="done" type="primary" onClick={onClose}>
              {t('cashier.payment.close')}
            </Button>,
          ]}
        />
      </Modal>
    )
  }

  return (
    <Modal
      open
      title={t('cashier.payment.title', { unit: request.unitLabel })}
      okText={t('cashier.payment.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: record.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      maskClosable={false}
    >
      <PayloadErrors messages={messages} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ method: 'CASH', amount: request.amount > 0 ? request.amount : null, tendered: null, notesChecked: false, payerName: request.payerName ?? '', note: '' }}
        onFinish={(values) => void submit(values)}
      >
        <Typography.Paragraph type="secondary">
          {request.billIds.length > 0 ? t('cashier.payment.forBills', { count: request.billIds.length }) : t('cashier.payment.noBills')}
        </Typography.Paragraph>
        <Form.Item name="method" label={t('cashier.payment.method')}>
          <Radio.Group optionType="button" buttonStyle="solid" options={DESK_METHODS.map((m) => ({ value: m, label: t(`cashier.method.${m}`) }))} />
        </Form.Item>
        <Form.Item
          name="amount"
          label={t('cashier.payment.amount')}
          rules={[
            { required: true, message: t('validation.required') },
            { validator: (_, v: number | null) => (v == null || toFen(v) > 0 ? Promise.resolve() : Promise.reject(new Error(t('cashier.payment.amountPositive')))) },
          ]}
        >
          <InputNumber prefix="¥" precision={2} min={0} step={1} style={{ width: '100%' }} />
        </Form.Item>
        {method === 'CASH' && (
          <>
            <Form.Item
              name="tendered"
              label={t('cashier.payment.tendered')}
              dependencies={['amount']}
              rules={[
                ({ getFieldValue }) => ({
                  validator: (_, v: number | null) =>
                    v == null || toFen(v) >= toFen(getFieldValue('amount') as number | null)
                      ? Promise.resolve()
                      : Promise.reject(new Error(t('cashier.payment.tenderedShort'))),
                }),
              ]}
            >
              <InputNumber prefix="¥" precision={2} min={0} step={10} style={{ width: '100%' }} />
            </Form.Item>
            <Typography.Paragraph>
              {t('cashier.payment.change')}:{' '}
              <Typography.Text strong data-testid="change-due">{change === null ? '—' : formatMoney(change)}</Typography.Text>
            </Typography.Paragraph>
            {notesCheck && (
              <Form.Item
                name="notesChecked"
                valuePropName="checked"
                rules={[{ validator: (_, v?: boolean) => (v ? Promise.resolve() : Promise.reject(new Error(t('cashier.payment.notesCheckedRequired')))) }]}
              >
                <Checkbox>{t('cashier.payment.notesChecked')}</Checkbox>
              </Form.Item>
            )}
          </>
        )}
        <Form.Item name="payerName" label={t('cashier.payment.payerName')}>
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="note" label={t('cashier.payment.note')}>
          <Input maxLength={500} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  )
}
