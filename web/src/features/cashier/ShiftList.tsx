import { App, Button, Flex, Input, Modal, Select, Table, Tag, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLMutation, useGraphQLQuery } from '@/shared/api/hooks'
import { formatMoney, toFen } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { formatTime } from './format'
import { CASHIER_SHIFTS_QUERY, RECONCILE_SHIFT_MUTATION, type CashierShift, type ShiftStatus } from './queries'
import { ShiftTotals } from './ShiftPanel'

const STATUSES: ShiftStatus[] = ['OPEN', 'CLOSED', 'RECONCILED']
const STATUS_COLOR: Record<ShiftStatus, string> = { OPEN: 'blue', CLOSED: 'gold', RECONCILED: 'green' }

/** The estate's till shifts; supervisors reconcile closed ones. */
export function ShiftList({ estateId, canReconcile, onChanged }: { estateId: string; canReconcile: boolean; onChanged: () => void }) {
  const { t } = useTranslation()
  const [status, setStatus] = useState<ShiftStatus | undefined>(canReconcile ? 'CLOSED' : undefined)
  const [reconciling, setReconciling] = useState<CashierShift | null>(null)
  const shifts = useGraphQLQuery(['cashierShifts'], CASHIER_SHIFTS_QUERY, { estateId, status })

  return (
    <Flex vertical gap={12}>
      <Select
        allowClear
        style={{ width: 200 }}
        placeholder={t('cashier.shift.allStatuses')}
        aria-label={t('cashier.shift.status')}
        value={status}
        onChange={(v?: ShiftStatus) => setStatus(v)}
        options={STATUSES.map((s) => ({ value: s, label: t(`cashier.shift.statuses.${s}`) }))}
      />
      {shifts.isError ? (
        <ErrorState error={shifts.error} onRetry={() => void shifts.refetch()} />
      ) : (
        <Table<CashierShift>
          rowKey="id"
          size="small"
          loading={shifts.isPending}
          dataSource={shifts.data?.cashierShifts ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 'max-content' }}
          expandable={{ expandedRowRender: (s) => <ShiftTotals shift={s} /> }}
          columns={[
            { title: t('cashier.shift.cashier'), render: (_, s) => s.cashierName ?? s.cashierId },
            { title: t('cashier.shift.status'), render: (_, s) => <Tag color={STATUS_COLOR[s.status]}>{t(`cashier.shift.statuses.${s.status}`)}</Tag> },
            { title: t('cashier.shift.openedAt'), render: (_, s) => formatTime(s.openedAt) },
            { title: t('cashier.shift.closedAt'), render: (_, s) => formatTime(s.closedAt) },
            { title: t('cashier.shift.receipts'), render: (_, s) => (s.firstReceipt ? `${s.firstReceipt} – ${s.lastReceipt ?? s.firstReceipt}` : '—') },
            { title: t('cashier.shift.expectedCash'), align: 'right', render: (_, s) => formatMoney(s.expectedCash) },
            { title: t('cashier.shift.countedCash'), align: 'right', render: (_, s) => formatMoney(s.countedCash) },
            {
              title: t('cashier.shift.difference'),
              align: 'right',
              render: (_, s) =>
                s.difference == null ? '—' : <Typography.Text type={toFen(s.difference) === 0 ? undefined : 'danger'}>{formatMoney(s.difference)}</Typography.Text>,
            },
            { title: t('cashier.shift.differenceReason'), render: (_, s) => s.differenceReason ?? '—' },
            ...(canReconcile
              ? [
                  {
                    title: t('common.actions'),
                    render: (_: unknown, s: CashierShift) =>
                      s.status === 'CLOSED' && (
                        <Button size="small" onClick={() => setReconciling(s)}>
                          {t('cashier.shift.reconcile')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
          locale={{ emptyText: <EmptyState title={t('cashier.shift.empty')} /> }}
        />
      )}
      {reconciling && (
        <ReconcileModal
          shift={reconciling}
          onClose={() => setReconciling(null)}
          onDone={() => {
            setReconciling(null)
            onChanged()
          }}
        />
      )}
    </Flex>
  )
}

function ReconcileModal({ shift, onClose, onDone }: { shift: CashierShift; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [note, setNote] = useState('')
  const { run, messages } = usePayloadSubmit()
  const reconcile = useGraphQLMutation(RECONCILE_SHIFT_MUTATION)

  async function submit() {
    const input = { shiftId: shift.id, note: note.trim() || undefined }
    if (!(await run(async () => (await reconcile.mutateAsync({ input })).reconcileShift))) return
    void message.success(t('cashier.shift.reconciled'))
    onDone()
  }

  return (
    <Modal
      open
      title={t('cashier.shift.reconcileTitle', { name: shift.cashierName ?? shift.cashierId })}
      okText={t('cashier.shift.reconcile')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: reconcile.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <PayloadErrors messages={messages} />
      <Typography.Paragraph>
        {t('cashier.shift.reconcileSummary', {
          expected: formatMoney(shift.expectedCash),
          counted: formatMoney(shift.countedCash),
          difference: formatMoney(shift.difference),
        })}
      </Typography.Paragraph>
      {shift.differenceReason && (
        <Typography.Paragraph data-testid="shift-difference-reason">
          {t('cashier.shift.differenceReason')}: {shift.differenceReason}
        </Typography.Paragraph>
      )}
      <Input.TextArea
        rows={2}
        maxLength={500}
        placeholder={t('cashier.payment.note')}
        aria-label={t('cashier.payment.note')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
    </Modal>
  )
}
