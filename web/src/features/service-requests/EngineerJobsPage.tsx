import { AttachmentGallery } from '@/features/attachments'
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Form, Input, InputNumber, Select, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLConnection } from '@/shared/api/hooks'
import { EstatePage } from '@/shared/estates/EstatePage'
import { useEstateParam } from '@/shared/estates/estates'
import { formatMoney } from '@/shared/format/money'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { byDeadline, includes, isValidAmount, ON_THE_WAY_FROM, quoteTotal } from './logic'
import { PhotoInput, PhotoResults } from './photos'
import { useUploadPhotos, type PhotoStage } from './usePhotoUpload'
import {
  ACCEPT_JOB,
  ARRIVE,
  COMPLETE_JOB,
  MY_JOBS_QUERY,
  QUOTE_PRICE,
  REJECT_JOB,
  SET_OFF,
  START_WORK,
  type ServiceRequest,
} from './queries'
import { RequestCard } from './ResidentServicesPage'
import { RequestFrame } from './RequestFrame'
import { PriceLines, RequestFacts, RequestTimeline } from './RequestParts'
import { PriceDecision, SignOff } from './Signing'
import { useStep } from './useStep'

function JobList({ estateId }: { estateId: string }) {
  const { t } = useTranslation()
  const query = useGraphQLConnection(['serviceRequests', 'jobs'], MY_JOBS_QUERY, { estateId }, (d) => d.serviceRequests)
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const jobs = byDeadline(query.nodes)
  if (jobs.length === 0) return <EmptyState title={t('serviceRequests.jobs.empty')} />
  return (
    <Flex vertical gap={8} style={{ maxWidth: 560 }}>
      {jobs.map((r) => (
        <RequestCard key={r.id} request={r} to={`/jobs/${r.id}?estate=${estateId}`} />
      ))}
    </Flex>
  )
}

/** Engineer (phone-sized): the requests assigned to me, the one running out first on top, with SLA colours. */
export function EngineerJobsPage() {
  const { t } = useTranslation()
  const estates = useEstateParam()
  return (
    <EstatePage estates={estates} title={t('serviceRequests.jobs.title')} pickerLabel={t('serviceRequests.jobs.estate')} noEstates={t('serviceRequests.jobs.noEstates')}>
      {(estateId) => <JobList estateId={estateId} />}
    </EstatePage>
  )
}

interface QuoteValues {
  lines: { kind: 'LABOUR' | 'MATERIAL'; description: string; amount: number }[]
}

/** 报价: labour and material lines before work starts; the resident confirms the total. */
function QuoteForm({ request, onDone }: { request: ServiceRequest; onDone: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<QuoteValues>()
  const { step, messages } = useStep()
  const lines = Form.useWatch('lines', form) ?? []
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ lines: [{ kind: 'LABOUR', description: '', amount: undefined }] }}
      onFinish={(v) => void step(QUOTE_PRICE, { requestId: request.id, lines: v.lines }).then((r) => r && onDone())}
    >
      <PayloadErrors messages={messages} />
      <Form.List name="lines">
        {(fields, { add, remove }) => (
          <Flex vertical gap={4}>
            {fields.map((field) => (
              <Flex key={field.key} gap={4} align="start" wrap>
                <Form.Item name={[field.name, 'kind']} style={{ marginBottom: 4 }}>
                  <Select style={{ width: 80 }} options={(['LABOUR', 'MATERIAL'] as const).map((k) => ({ value: k, label: t(`serviceRequests.lineKind.${k}`) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'description']} style={{ marginBottom: 4, flex: 1, minWidth: 120 }} rules={[{ required: true, whitespace: true, message: t('serviceRequests.lineDescriptionRequired') }]}>
                  <Input maxLength={80} placeholder={t('serviceRequests.lineDescription')} />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'amount']}
                  style={{ marginBottom: 4 }}
                  rules={[{ validator: (_, v) => (isValidAmount(v) ? Promise.resolve() : Promise.reject(new Error(t('serviceRequests.amountInvalid')))) }]}
                >
                  <InputNumber min={0} step={1} precision={2} prefix="¥" style={{ width: 110 }} />
                </Form.Item>
                {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} style={{ marginTop: 8 }} />}
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'MATERIAL', description: '', amount: undefined })}>
              {t('serviceRequests.addLine')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Flex justify="space-between" style={{ marginBlock: 8 }}>
        <Typography.Text strong>{t('serviceRequests.total')}</Typography.Text>
        <Typography.Text strong>{formatMoney(quoteTotal(lines))}</Typography.Text>
      </Flex>
      <Button type="primary" htmlType="submit">
        {t('serviceRequests.sendQuote')}
      </Button>
    </Form>
  )
}

/** Done: notes and after-photos (before-photos may be added while working). */
function CompleteForm({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation()
  const { step, messages } = useStep()
  const { results, uploadAll } = useUploadPhotos()
  const [before, setBefore] = useState<File[]>([])
  const [after, setAfter] = useState<File[]>([])
  const uploadStage = async (files: File[], stage: PhotoStage) => (files.length > 0 ? uploadAll(request.id, files, stage) : [])
  return (
    <Form
      layout="vertical"
      onFinish={(v: { notes: string }) =>
        void (async () => {
          const done = await step(COMPLETE_JOB, { requestId: request.id, notes: v.notes })
          if (!done) return
          // Photos follow the step they document; a failed photo is shown and never undoes the completion.
          await uploadStage([...before], 'Before')
          await uploadStage([...after], 'After')
        })()
      }
    >
      <PayloadErrors messages={messages} />
      <PhotoResults results={results} />
      <Form.Item name="notes" label={t('serviceRequests.completionNotes')} rules={[{ required: true, whitespace: true, message: t('serviceRequests.notesRequired') }]}>
        <Input.TextArea rows={3} maxLength={2000} data-testid="complete-notes" />
      </Form.Item>
      <Form.Item label={t('serviceRequests.photos.before')}>
        <PhotoInput files={before} onChange={setBefore} testId="photo-before" />
      </Form.Item>
      <Form.Item label={t('serviceRequests.photos.after')}>
        <PhotoInput files={after} onChange={setAfter} testId="photo-after" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block data-testid="job-complete">
        {t('serviceRequests.jobs.complete')}
      </Button>
    </Form>
  )
}

function RejectForm({ request, onCancel }: { request: ServiceRequest; onCancel: () => void }) {
  const { t } = useTranslation()
  const { step, messages } = useStep()
  return (
    <Form layout="vertical" onFinish={(v: { reason: string }) => void step(REJECT_JOB, { requestId: request.id, reason: v.reason })}>
      <PayloadErrors messages={messages} />
      <Form.Item name="reason" label={t('serviceRequests.jobs.rejectReason')} rules={[{ required: true, whitespace: true, message: t('serviceRequests.reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Flex gap={8}>
        <Button danger htmlType="submit">
          {t('serviceRequests.jobs.reject')}
        </Button>
        <Button onClick={onCancel}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  )
}

/** The buttons of the step the job is at: accept/reject → on my way → arrived → quote or start → done → sign-off. */
function JobActions({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation()
  const { step, messages } = useStep()
  const [panel, setPanel] = useState<'reject' | 'quote' | null>(null)
  const id = { requestId: request.id }
  const done = new Set(request.timeline.map((e) => e.action))
  const beforeWork = includes(ON_THE_WAY_FROM, request.status)
  if (panel === 'reject') return <RejectForm request={request} onCancel={() => setPanel(null)} />
  if (panel === 'quote') return <QuoteForm request={request} onDone={() => setPanel(null)} />
  return (
    <Flex vertical gap={8}>
      <PayloadErrors messages={messages} />
      {request.status === 'DISPATCHED' && (
        <Flex gap={8}>
          <Button type="primary" block onClick={() => void step(ACCEPT_JOB, id)} data-testid="job-accept">
            {t('serviceRequests.jobs.accept')}
          </Button>
          <Button block onClick={() => setPanel('reject')}>
            {t('serviceRequests.jobs.reject')}
          </Button>
        </Flex>
      )}
      {beforeWork && (
        <Flex gap={8} wrap>
          <Button block disabled={done.has('ON_THE_WAY')} onClick={() => void step(SET_OFF, id)} data-testid="job-on-the-way">
            {t('serviceRequests.jobs.onTheWay')}
          </Button>
          <Button block type={done.has('ARRIVED') ? 'default' : 'primary'} disabled={done.has('ARRIVED')} onClick={() => void step(ARRIVE, id)} data-testid="job-arrived">
            {t('serviceRequests.jobs.arrived')}
          </Button>
          {['REPAIR', 'HOME_SERVICE'].includes(request.type) && request.chargeStatus !== 'BILLED' && (
            <Button block onClick={() => setPanel('quote')}>
              {request.chargeStatus ? t('serviceRequests.requote') : t('serviceRequests.quote')}
            </Button>
          )}
          <Button block type="primary" onClick={() => void step(START_WORK, id)} data-testid="job-start">
            {t('serviceRequests.jobs.start')}
          </Button>
        </Flex>
      )}
      {request.status === 'IN_PROGRESS' && <CompleteForm request={request} />}
    </Flex>
  )
}

/** Engineer: one job on the phone — facts, deadline, the next step, price (quote, resident's confirmation), sign-off. */
export function EngineerJobPage() {
  const { t } = useTranslation()
  return (
    <RequestFrame>
      {(r) => (
        <>
          <Card size="small">
            <RequestFacts request={r} />
            {r.contactPhone && (
              <Button type="link" href={`tel:${r.contactPhone}`} style={{ paddingInline: 0 }}>
                {t('serviceRequests.call', { name: r.contactName ?? '', phone: r.contactPhone })}
              </Button>
            )}
          </Card>
          <JobActions request={r} />
          {r.chargeStatus && (
            <Card size="small" title={t('serviceRequests.price')}>
              <Flex vertical gap={12}>
                <PriceLines request={r} />
                <PriceDecision request={r} onPhone />
              </Flex>
            </Card>
          )}
          {r.status === 'COMPLETED' && (
            <Card size="small" title={t('serviceRequests.signOffOnPhone')}>
              <SignOff request={r} onPhone />
            </Card>
          )}
          <Card size="small" title={t('attachments.gallery.title')}>
            <AttachmentGallery attachments={r.attachments} />
          </Card>
          <Card size="small" title={t('serviceRequests.timeline')}>
            <RequestTimeline request={r} />
          </Card>
        </>
      )}
    </RequestFrame>
  )
}
