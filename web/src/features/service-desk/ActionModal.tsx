import { App, Checkbox, DatePicker, Form, Input, Modal, Radio, Rate, Select, Typography } from 'antd'
import type { Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { useGraphQLMutation, type PayloadError } from '@/shared/api/hooks'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { ReasonField } from '@/shared/ui/ReasonField'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { HandlerFields } from './HandlerFields'
import { dispatchTarget, type DeadlineKind, type HandlerValues, type RequestAction } from './logic'
import {
  ACCEPT_SERVICE_REQUEST_MUTATION,
  CANCEL_SERVICE_REQUEST_MUTATION,
  CHANGE_SERVICE_DEADLINE_MUTATION,
  CLOSE_SERVICE_REQUEST_MUTATION,
  COMPLETE_SERVICE_REQUEST_MUTATION,
  DISPATCH_SERVICE_REQUEST_MUTATION,
  REASSIGN_SERVICE_REQUEST_MUTATION,
  RECORD_RETURN_VISIT_MUTATION,
  REJECT_SERVICE_REQUEST_MUTATION,
  REOPEN_SERVICE_REQUEST_MUTATION,
  SIGN_OFF_SERVICE_REQUEST_MUTATION,
  START_SERVICE_WORK_MUTATION,
} from './queries'
import { useHandlers } from './useHandlers'

interface Values extends HandlerValues {
  note?: string
  reason?: string
  notes?: string
  rating?: number
  comment?: string
  signerName?: string
  confirmed?: boolean
  reached?: boolean
  satisfied?: boolean
  kind?: DeadlineKind
  dueAt?: Dayjs
}

interface Subject {
  id: string
  number: string
  estateId: string
  deadlines: readonly { kind: DeadlineKind; metAt?: string | null; voidedAt?: string | null }[]
}

type Result = { errors: readonly PayloadError[] }

/** Actions that take a required reason (ReasonField), an optional note, or nothing but a confirmation. */
const REASON_ACTIONS: readonly RequestAction[] = ['reject', 'reopen', 'cancel', 'reassign', 'changeDeadline']
const NOTE_ACTIONS: readonly RequestAction[] = ['dispatch', 'accept', 'start', 'close']

/**
 * One step on a request as a typed-error-aware form: the fields the step takes, its mutation, refusals on their
 * fields or listed above the form (usePayloadSubmit), and on success a refresh of everything the desk shows.
 */
export function ActionModal({ action, request, onClose, onDone }: { action: RequestAction; request: Subject; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<Values>()
  const { run, messages } = usePayloadSubmit(form)
  const handlers = useHandlers(action === 'dispatch' || action === 'reassign' ? request.estateId : undefined)
  const reached = Form.useWatch('reached', form)
  const satisfied = Form.useWatch('satisfied', form)

  const dispatch = useGraphQLMutation(DISPATCH_SERVICE_REQUEST_MUTATION)
  const reassign = useGraphQLMutation(REASSIGN_SERVICE_REQUEST_MUTATION)
  const accept = useGraphQLMutation(ACCEPT_SERVICE_REQUEST_MUTATION)
  const reject = useGraphQLMutation(REJECT_SERVICE_REQUEST_MUTATION)
  const start = useGraphQLMutation(START_SERVICE_WORK_MUTATION)
  const complete = useGraphQLMutation(COMPLETE_SERVICE_REQUEST_MUTATION)
  const signOff = useGraphQLMutation(SIGN_OFF_SERVICE_REQUEST_MUTATION)
  const returnVisit = useGraphQLMutation(RECORD_RETURN_VISIT_MUTATION)
  const close = useGraphQLMutation(CLOSE_SERVICE_REQUEST_MUTATION)
  const reopen = useGraphQLMutation(REOPEN_SERVICE_REQUEST_MUTATION)
  const cancel = useGraphQLMutation(CANCEL_SERVICE_REQUEST_MUTATION)
  const changeDeadline = useGraphQLMutation(CHANGE_SERVICE_DEADLINE_MUTATION)
  const pending = [dispatch, reassign, accept, reject, start, complete, signOff, returnVisit, close, reopen, cancel, changeDeadline].some((m) => m.isPending)

  function call(v: Values): Promise<Result> {
    const requestId = request.id
    const note = v.note?.trim() || undefined
    const reason = (v.reason ?? '').trim()
    switch (action) {
      case 'dispatch':
        return dispatch.mutateAsync({ input: { requestId, ...dispatchTarget(v), note } }).then((r) => r.dispatchServiceRequest)
      case 'reassign':
        return reassign.mutateAsync({ input: { requestId, ...dispatchTarget(v), note: reason } }).then((r) => r.reassignServiceRequest)
      case 'accept':
        return accept.mutateAsync({ input: { requestId, note } }).then((r) => r.acceptServiceRequest)
      case 'reject':
        return reject.mutateAsync({ input: { requestId, reason } }).then((r) => r.rejectServiceRequest)
      case 'start':
        return start.mutateAsync({ input: { requestId, note } }).then((r) => r.startServiceWork)
      case 'complete':
        return complete.mutateAsync({ input: { requestId, notes: (v.notes ?? '').trim() } }).then((r) => r.completeServiceRequest)
      case 'signOff':
        return signOff.mutateAsync({ input: { requestId, rating: v.rating || null, comment: v.comment?.trim() || null, signerName: v.signerName?.trim() || null, confirmed: v.confirmed ?? false } }).then((r) => r.signOffServiceRequest)
      case 'returnVisit':
        return returnVisit
          .mutateAsync({ input: { requestId, satisfied: v.satisfied === true, rating: v.rating || null, notes: v.notes?.trim() || null } })
          .then((r) => r.recordReturnVisit)
      case 'close':
        return close.mutateAsync({ input: { requestId, note } }).then((r) => r.closeServiceRequest)
      case 'reopen':
        return reopen.mutateAsync({ input: { requestId, reason } }).then((r) => r.reopenServiceRequest)
      case 'cancel':
        return cancel.mutateAsync({ input: { requestId, reason } }).then((r) => r.cancelServiceRequest)
      case 'changeDeadline':
        return changeDeadline
          .mutateAsync({ input: { requestId, kind: v.kind!, dueAt: v.dueAt!.toISOString(), reason } })
          .then((r) => r.changeServiceDeadline)
    }
  }

  async function submit(v: Values) {
    // Not reached: nothing to record, the visit stays due (the list keeps it).
    if (action === 'returnVisit' && v.reached === false) return onClose()
    const result = await run(() => call(v))
    if (!result) return
    void message.success(t('serviceDesk.action.done', { action: t(`serviceDesk.action.${action}`) }))
    onDone()
  }

  const openKinds = [...new Set(request.deadlines.filter((d) => !d.metAt && !d.voidedAt).map((d) => d.kind))]
  const ratingField = (
    <Form.Item name="rating" label={t('serviceDesk.form.rating')}>
      <Rate tooltips={[1, 2, 3, 4, 5].map((n) => t(`serviceDesk.rating.${n}`))} />
    </Form.Item>
  )

  return (
    <Modal
      open
      title={`${t(`serviceDesk.action.${action}`)} · ${request.number}`}
      okText={t(`serviceDesk.action.${action}`)}
      okButtonProps={{ loading: pending, danger: action === 'cancel' || action === 'reject' }}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrors messages={messages} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ target: 'person', reached: true, satisfied: true, kind: openKinds[0] }}
        onFinish={(v) => void submit(v)}
      >
        {(action === 'dispatch' || action === 'reassign') && (
          <HandlerFields handlers={handlers.handlers} departments={handlers.departments} loading={handlers.query.isPending} />
        )}
        {action === 'changeDeadline' && (
          <>
            <Form.Item name="kind" label={t('serviceDesk.form.kind')} rules={[{ required: true, message: t('serviceDesk.intake.required') }]}>
              <Select options={openKinds.map((k) => ({ value: k, label: t(`serviceDesk.deadline.${k}`) }))} />
            </Form.Item>
            <Form.Item name="dueAt" label={t('serviceDesk.form.dueAt')} rules={[{ required: true, message: t('serviceDesk.form.dueAtRequired') }]}>
              <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {action === 'complete' && (
          <Form.Item name="notes" label={t('serviceDesk.form.notes')} rules={[{ required: true, whitespace: true, message: t('serviceDesk.form.notesRequired') }]}>
            <Input.TextArea rows={3} maxLength={2000} showCount autoFocus />
          </Form.Item>
        )}
        {action === 'signOff' && (
          <>
            <Typography.Paragraph type="secondary">{t('serviceDesk.form.signOffHint')}</Typography.Paragraph>
            <Form.Item name="signerName" label={t('serviceDesk.form.signerName')} rules={[{ required: true, whitespace: true, message: t('serviceDesk.form.signerNameRequired') }]}>
              <Input maxLength={50} autoFocus />
            </Form.Item>
            <Form.Item name="confirmed" valuePropName="checked"
              rules={[{ validator: (_, value: boolean | undefined) => (value ? Promise.resolve() : Promise.reject(new Error(t('serviceDesk.form.signOffConfirmRequired')))) }]}>
              <Checkbox>{t('serviceDesk.form.signOffConfirm')}</Checkbox>
            </Form.Item>
            {ratingField}
            <Form.Item name="comment" label={t('serviceDesk.form.comment')}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </>
        )}
        {action === 'returnVisit' && (
          <>
            <Form.Item name="reached" label={t('serviceDesk.form.reached')}>
              <Radio.Group
                options={[
                  { value: true, label: t('serviceDesk.form.reachedYes') },
                  { value: false, label: t('serviceDesk.form.reachedNo') },
                ]}
              />
            </Form.Item>
            {reached === false ? (
              <Typography.Paragraph type="secondary">{t('serviceDesk.form.notReachedHint')}</Typography.Paragraph>
            ) : (
              <>
                <Form.Item name="satisfied" label={t('serviceDesk.form.satisfied')}>
                  <Radio.Group
                    options={[
                      { value: true, label: t('serviceDesk.form.yes') },
                      { value: false, label: t('serviceDesk.form.no') },
                    ]}
                  />
                </Form.Item>
                {ratingField}
                <Form.Item
                  name="notes"
                  label={t('serviceDesk.form.visitNotes')}
                  rules={[{ required: satisfied === false, whitespace: true, message: t('serviceDesk.form.visitNotesRequired') }]}
                >
                  <Input.TextArea rows={3} maxLength={2000} showCount />
                </Form.Item>
              </>
            )}
          </>
        )}
        {REASON_ACTIONS.includes(action) && <ReasonField />}
        {NOTE_ACTIONS.includes(action) && (
          <Form.Item name="note" label={t('serviceDesk.form.note')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  )
}
