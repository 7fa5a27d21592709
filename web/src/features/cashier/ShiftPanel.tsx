import { App, Button, Card, Descriptions, Form, Input, InputNumber, Modal, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/shared/api/graphql'
import { useGraphQLMutation, useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney, toFen } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { PageLoading } from '@/shared/ui/PageLoading'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { formatTime } from './format'
import { cashDifference, expectedCash } from './money'
import { CLOSE_SHIFT_MUTATION, MY_OPEN_SHIFT_QUERY, OPEN_SHIFT_MUTATION, type CashierShift } from './queries'

/** The cashier's own open shift: totals by method, receipt range, and closing it with the counted cash. */
export function ShiftPanel({ estateId, onChanged }: { estateId: string; onChanged: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const shift = useGraphQLQuery(['myOpenShift'], MY_OPEN_SHIFT_QUERY, { estateId })
  const open = useGraphQLMutation(OPEN_SHIFT_MUTATION)
  const [closing, setClosing] = useState<CashierShift | null>(null)

  async function openShift() {
    try {
      const data = await open.mutateAsync({ input: { estateId } })
      if (data.openShift.errors.length > 0) void message.error(data.openShift.errors.map((e) => e.message).join('\n'))
      else onChanged()
    } catch (error) {
      void message.error(errorMessage(error))
    }
  }

  if (shift.isPending) return <PageLoading />
  if (shift.isError) return <ErrorState error={shift.error} onRetry={() => void shift.refetch()} />
  const current = shift.data.myOpenShift

  return (
    <>
      {current ? (
        <Card
          size="small"
          title={t('cashier.shift.current')}
          data-testid="open-shift"
          extra={
            <Button type="primary" onClick={() => setClosing(current)}>
              {t('cashier.shift.close')}
            </Button>
          }
        >
          <Descriptions
            size="small"
            column={{ xs: 1, md: 3 }}
            items={[
              { key: 'openedAt', label: t('cashier.shift.openedAt'), children: formatTime(current.openedAt) },
              { key: 'receipts', label: t('cashier.shift.receipts'), children: current.firstReceipt ? `${current.firstReceipt} – ${current.lastReceipt ?? current.firstReceipt}` : '—' },
              { key: 'cash', label: t('cashier.shift.expectedCash'), children: formatMoney(expectedCash(current.totals)) },
            ]}
          />
          <ShiftTotals shift={current} />
        </Card>
      ) : (
        <EmptyState
          title={t('cashier.shift.none')}
          hint={t('cashier.shift.noneHint')}
          action={
            <Button loading={open.isPending} onClick={() => void openShift()}>
              {t('cashier.shift.open')}
            </Button>
          }
        />
      )}
      {/* Beside the card, not in it: closing removes the card, and the counted-cash result must stay on screen. */}
      {closing && <CloseShiftModal shift={closing} onClose={() => setClosing(null)} onClosed={onChanged} />}
    </>
  )
}

export function ShiftTotals({ shift }: { shift: CashierShift }) {
  const { t } = useTranslation()
  return (
    <Table
      rowKey="method"
      size="small"
      pagination={false}
      dataSource={shift.totals}
      columns={[
        { title: t('cashier.payment.method'), dataIndex: 'method', render: (m: string) => t(`cashier.method.${m}`, m) },
        { title: t('cashier.shift.count'), dataIndex: 'count', align: 'right' },
        { title: t('cashier.shift.amount'), align: 'right', render: (_, row) => formatMoney(row.amount) },
      ]}
      locale={{ emptyText: <EmptyState title={t('cashier.shift.noPayments')} /> }}
    />
  )
}

interface CloseValues {
  countedCash?: number | null
  differenceReason?: string
  note?: string
}

function CloseShiftModal({ shift, onClose, onClosed }: { shift: CashierShift; onClose: () => void; onClosed: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<CloseValues>()
  const { run, messages } = usePayloadSubmit(form)
  const [closed, setClosed] = useState<CashierShift | null>(null)
  const close = useGraphQLMutation(CLOSE_SHIFT_MUTATION)
  const counted = Form.useWatch('countedCash', form)
  const expected = expectedCash(shift.totals)
  // Any difference is handed over with its reason (the API refuses it without one).
  const hasDifference = counted != null && cashDifference(expected, counted) !== 0

  async function submit(values: CloseValues) {
    const input = {
      shiftId: shift.id,
      countedCash: values.countedCash ?? 0,
      differenceReason: (hasDifference && values.differenceReason?.trim()) || undefined,
      note: values.note?.trim() || undefined,
    }
    const result = await run(async () => (await close.mutateAsync({ input })).closeShift)
    if (!result?.shift) return
    setClosed(result.shift)
    onClosed()
  }

  if (closed) {
    const diff = toFen(closed.difference)
    return (
      <Modal open title={t('cashier.shift.closedTitle')} onCancel={onClose} footer={<Button type="primary" onClick={onClose}>{t('cashier.payment.close')}</Button>}>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'expected', label: t('cashier.shift.expectedCash'), children: formatMoney(closed.expectedCash) },
            { key: 'counted', label: t('cashier.shift.countedCash'), children: formatMoney(closed.countedCash) },
            {
              key: 'difference',
              label: t('cashier.shift.difference'),
              children: <Tag color={diff === 0 ? 'green' : 'red'} data-testid="shift-difference">{formatMoney(closed.difference)}</Tag>,
            },
            ...(closed.differenceReason
              ? [{ key: 'reason', label: t('cashier.shift.differenceReason'), children: closed.differenceReason }]
              : []),
          ]}
        />
      </Modal>
    )
  }

  return (
    <Modal
      open
      title={t('cashier.shift.closeTitle')}
      okText={t('cashier.shift.close')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: close.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <PayloadErrors messages={messages} />
      <Typography.Paragraph>{t('cashier.shift.expectedCash')}: {formatMoney(expected)}</Typography.Paragraph>
      <Form<CloseValues> form={form} layout="vertical" initialValues={{ countedCash: null, differenceReason: '', note: '' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="countedCash" label={t('cashier.shift.countedCash')} rules={[{ required: true, message: t('validation.required') }]}>
          <InputNumber prefix="¥" precision={2} min={0} style={{ width: '100%' }} />
        </Form.Item>
        <Typography.Paragraph>
          {t('cashier.shift.difference')}:{' '}
          <Typography.Text strong>{counted == null ? '—' : formatMoney(cashDifference(expected, counted))}</Typography.Text>
        </Typography.Paragraph>
        {hasDifference && (
          <Form.Item
            name="differenceReason"
            label={t('cashier.shift.differenceReason')}
            extra={t('cashier.shift.differenceReasonHint')}
            rules={[{ required: true, whitespace: true, message: t('cashier.shift.differenceReasonRequired') }]}
          >
            <Input.TextArea maxLength={500} rows={2} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('cashier.payment.note')}>
          <Input.TextArea maxLength={500} rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
