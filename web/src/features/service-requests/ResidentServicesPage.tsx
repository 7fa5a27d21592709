import { AttachmentGallery } from '@/features/attachments'
import { Button, Card, Flex, Form, Input, Radio, Select, Tabs, Typography } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router-dom'
import { useGraphQLClient, useGraphQLQuery } from '@/shared/api/hooks'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { PageLoading } from '@/shared/ui/PageLoading'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { useQueryClient } from '@tanstack/react-query'
import { includes, REOPENABLE, zonedToIso } from './logic'
import { PhotoInput, PhotoResults } from './photos'
import { useUploadPhotos } from './usePhotoUpload'
import { MY_SERVICE_REQUESTS_QUERY, MY_UNIT_OPTIONS_QUERY, REOPEN, REPORT_SERVICE_REQUEST, type ServiceRequest } from './queries'
import { RequestFrame } from './RequestFrame'
import { ExpectedBy, PriceLines, RequestFacts, RequestTimeline, StatusTags } from './RequestParts'
import { PriceDecision, SignOff } from './Signing'
import { useStep } from './useStep'

const REPORT_TYPES = ['REPAIR', 'COMPLAINT', 'INQUIRY', 'SUGGESTION', 'PRAISE'] as const
/** Until the estate's zone is known (it comes with the request), visit times are read on the default estate clock. */
const DEFAULT_ZONE = 'Asia/Shanghai'

interface ReportValues {
  unitId: string
  type: (typeof REPORT_TYPES)[number]
  place: 'HOME' | 'COMMON'
  location?: string
  urgency: 'ORDINARY' | 'EMERGENCY'
  appointmentAt?: string
  description: string
}

/** 报事报修: report a repair (in the home or a common area, with photos), a complaint, an inquiry, a suggestion or praise. */
function ReportForm() {
  const { t } = useTranslation()
  const [form] = Form.useForm<ReportValues>()
  const navigate = useNavigate()
  const request = useGraphQLClient()
  const queryClient = useQueryClient()
  const units = useGraphQLQuery(['serviceRequests', 'units'], MY_UNIT_OPTIONS_QUERY)
  const { messages, run } = usePayloadSubmit(form)
  const { results, uploadAll } = useUploadPhotos()
  const [photos, setPhotos] = useState<File[]>([])
  const [busy, setBusy] = useState(false)
  const type = Form.useWatch('type', form)
  const place = Form.useWatch('place', form)

  if (units.isPending) return <PageLoading />
  if (units.isError) return <ErrorState error={units.error} onRetry={() => void units.refetch()} />
  const options = units.data.myUnits.map((u) => ({ value: u.id, label: `${u.estate.name} · ${u.building.name} ${u.number}` }))
  if (options.length === 0) return <EmptyState title={t('serviceRequests.noUnits')} />

  const submit = async (v: ReportValues) => {
    setBusy(true)
    try {
      const repair = v.type === 'REPAIR'
      const payload = await run(async () =>
        (await request(REPORT_SERVICE_REQUEST, {
          input: {
            unitId: v.unitId,
            type: v.type,
            description: v.description,
            location: repair && v.place === 'COMMON' ? v.location : null,
            urgency: repair ? v.urgency : null,
            appointmentAt: repair && v.appointmentAt ? zonedToIso(v.appointmentAt, DEFAULT_ZONE) : null,
          },
        })).reportServiceRequest,
      )
      const created = payload?.serviceRequest
      if (!created) return
      await queryClient.invalidateQueries({ queryKey: ['serviceRequests'] })
      // The request is kept whatever happens to the photos; each one's outcome is shown on its own.
      const uploaded = photos.length > 0 ? await uploadAll(created.id, photos, 'Report') : []
      if (uploaded.every((r) => !r.error)) navigate(`/services/${created.id}`)
      else {
        setPhotos([])
        form.resetFields()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <Form form={form} layout="vertical" initialValues={{ unitId: options[0].value, type: 'REPAIR', place: 'HOME', urgency: 'ORDINARY' }} onFinish={(v) => void submit(v)}>
      <PayloadErrors messages={messages} />
      <PhotoResults results={results} />
      <Form.Item name="type" label={t('serviceRequests.typeLabel')}>
        <Select options={REPORT_TYPES.map((value) => ({ value, label: t(`serviceRequests.type.${value}`) }))} data-testid="report-type" />
      </Form.Item>
      <Form.Item name="unitId" label={t('serviceRequests.unit')}>
        <Select options={options} />
      </Form.Item>
      {type === 'REPAIR' && (
        <>
          <Form.Item name="place" label={t('serviceRequests.where')}>
            <Radio.Group optionType="button" options={[{ value: 'HOME', label: t('serviceRequests.place.HOME') }, { value: 'COMMON', label: t('serviceRequests.place.COMMON') }]} />
          </Form.Item>
          {place === 'COMMON' && (
            <Form.Item name="location" label={t('serviceRequests.location')} rules={[{ required: true, whitespace: true, message: t('serviceRequests.locationRequired') }]}>
              <Input maxLength={200} placeholder={t('serviceRequests.locationHint')} />
            </Form.Item>
          )}
          <Form.Item name="urgency" label={t('serviceRequests.urgencyLabel')} extra={t('serviceRequests.urgencyHint')}>
            <Radio.Group optionType="button" options={[{ value: 'ORDINARY', label: t('serviceRequests.urgency.ORDINARY') }, { value: 'EMERGENCY', label: t('serviceRequests.urgency.EMERGENCY') }]} />
          </Form.Item>
          <Form.Item name="appointmentAt" label={t('serviceRequests.visitAt')} extra={t('serviceRequests.visitHint')}>
            <Input type="datetime-local" />
          </Form.Item>
        </>
      )}
      <Form.Item name="description" label={t('serviceRequests.description')} rules={[{ required: true, whitespace: true, message: t('serviceRequests.descriptionRequired') }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount data-testid="report-description" />
      </Form.Item>
      <Form.Item label={t('serviceRequests.photos.label')}>
        <PhotoInput files={photos} onChange={setPhotos} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block loading={busy} data-testid="report-submit">
        {t('serviceRequests.submit')}
      </Button>
    </Form>
  )
}

/** One of my requests in a list. */
export function RequestCard({ request, to }: { request: ServiceRequest; to: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  return (
    <Card size="small" hoverable onClick={() => navigate(to)} data-testid="sr-card">
      <Flex vertical gap={4}>
        <Flex justify="space-between" align="center" gap={8}>
          <Typography.Text strong>
            {t(`serviceRequests.type.${request.type}`)} · {request.number}
          </Typography.Text>
          <StatusTags request={request} />
        </Flex>
        <Typography.Text ellipsis>{request.description}</Typography.Text>
        <ExpectedBy request={request} />
      </Flex>
    </Card>
  )
}

function MyRequests() {
  const { t } = useTranslation()
  const query = useGraphQLQuery(['serviceRequests', 'mine'], MY_SERVICE_REQUESTS_QUERY)
  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const list = query.data.myServiceRequests
  if (list.length === 0) return <EmptyState title={t('serviceRequests.empty')} />
  return (
    <Flex vertical gap={8}>
      {list.map((r) => (
        <RequestCard key={r.id} request={r} to={`/services/${r.id}`} />
      ))}
    </Flex>
  )
}

/** Resident: the "报事报修 / Services" tab — report something, or follow what was reported. */
export function ResidentServicesPage() {
  const { t } = useTranslation()
  const [tab, setTab] = useState('mine')
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('serviceRequests.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'mine', label: t('serviceRequests.tabs.mine'), children: <MyRequests /> },
          { key: 'report', label: t('serviceRequests.tabs.report'), children: <ReportForm /> },
        ]}
      />
    </Flex>
  )
}

/** Not satisfied: reopen, with a reason (only where the transition table allows it). */
function Reopen({ request }: { request: ServiceRequest }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const { step, messages } = useStep()
  if (!includes(REOPENABLE, request.status)) return null
  if (!open) return <Button onClick={() => setOpen(true)}>{t('serviceRequests.reopen')}</Button>
  return (
    <Form layout="vertical" onFinish={(v: { reason: string }) => void step(REOPEN, { requestId: request.id, reason: v.reason }).then((r) => r && setOpen(false))}>
      <PayloadErrors messages={messages} />
      <Form.Item name="reason" label={t('serviceRequests.reopenReason')} rules={[{ required: true, whitespace: true, message: t('serviceRequests.reasonRequired') }]}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" danger>
        {t('serviceRequests.reopen')}
      </Button>
    </Form>
  )
}

/** Resident: one request — progress, deadline, price to confirm, sign-off and rating, reopening. */
export function ResidentRequestPage() {
  const { t } = useTranslation()
  return (
    <RequestFrame>
      {(r) => (
        <>
          <Card size="small">
            <RequestFacts request={r} />
          </Card>
          {r.chargeStatus && (
            <Card size="small" title={t('serviceRequests.price')}>
              <Flex vertical gap={12}>
                <PriceLines request={r} />
                <PriceDecision request={r} onPhone={false} />
              </Flex>
            </Card>
          )}
          {r.status === 'COMPLETED' && (
            <Card size="small" title={t('serviceRequests.signOffTitle')}>
              <SignOff request={r} onPhone={false} />
            </Card>
          )}
          <Reopen request={r} />
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
