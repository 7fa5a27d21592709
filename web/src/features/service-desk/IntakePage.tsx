import { Alert, App, AutoComplete, Button, Card, Checkbox, DatePicker, Flex, Form, Input, Radio, Select, Space, Typography } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router-dom'
import { useQueryClient } from '@tanstack/react-query'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { EstatePage } from '@/shared/estates/EstatePage'
import { useEstateParam } from '@/shared/estates/estates'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { HandlerFields } from './HandlerFields'
import {
  COMPLAINT_CATEGORIES,
  REQUEST_TYPES,
  STAFF_CHANNELS,
  URGENCIES,
  dispatchTarget,
  isRepairLike,
  type Channel,
  type HandlerValues,
  type RequestType,
  type Urgency,
} from './logic'
import { DISPATCH_SERVICE_REQUEST_MUTATION, RECORD_SERVICE_REQUEST_MUTATION, SERVICE_DESK_KEY } from './queries'
import { UnitSelect, type UnitHit } from './UnitSelect'
import { useHandlers } from './useHandlers'

interface Values extends HandlerValues {
  channel: Channel
  type: RequestType
  category?: string
  urgency?: Urgency
  unitId?: string
  reporterPersonId?: string
  contactName?: string
  contactPhone?: string
  anonymous?: boolean
  description?: string
  location?: string
  receivedAt?: Dayjs
  appointmentAt?: Dayjs
  dispatchNow?: boolean
}

/** Quick intake for phone and walk-in (§3.2, §3.5): one keyboard-friendly form that records and, if asked, dispatches at once. */
export function IntakePage() {
  const { t } = useTranslation()
  const estates = useEstateParam()
  return (
    <EstatePage estates={estates} title={t('serviceDesk.intake.title')} pickerLabel={t('serviceDesk.estate')} noEstates={t('serviceDesk.noEstates')}>
      {(estateId) => <IntakeForm key={estateId} estateId={estateId} />}
    </EstatePage>
  )
}

function IntakeForm({ estateId }: { estateId: string }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const { run, messages, setMessages } = usePayloadSubmit(form)
  const record = useGraphQLMutation(RECORD_SERVICE_REQUEST_MUTATION)
  const dispatch = useGraphQLMutation(DISPATCH_SERVICE_REQUEST_MUTATION)
  const handlers = useHandlers(estateId)
  const [unit, setUnit] = useState<UnitHit>()
  const [created, setCreated] = useState<{ id: string; number: string }>()
  const type = Form.useWatch('type', form)
  const channel = Form.useWatch('channel', form)
  const anonymous = Form.useWatch('anonymous', form)
  const dispatchNow = Form.useWatch('dispatchNow', form)
  const written = channel === 'LETTER' || channel === 'EMAIL'

  async function submit(v: Values) {
    setCreated(undefined)
    const recorded = await run(async () =>
      (
        await record.mutateAsync({
          input: {
            estateId,
            unitId: v.unitId ?? null,
            type: v.type,
            channel: v.channel,
            receivedAt: v.receivedAt ? v.receivedAt.toISOString() : null,
            description: (v.description ?? '').trim(),
            category: v.category?.trim() || null,
            location: v.location?.trim() || null,
            urgency: isRepairLike(v.type) ? (v.urgency ?? null) : null,
            appointmentAt: v.appointmentAt ? v.appointmentAt.toISOString() : null,
            reporterPersonId: v.anonymous ? null : (v.reporterPersonId ?? null),
            contactName: v.anonymous ? null : v.contactName?.trim() || null,
            contactPhone: v.anonymous ? null : v.contactPhone?.trim() || null,
            anonymous: v.anonymous ?? false,
          },
        })
      ).recordServiceRequest,
    )
    const request = recorded?.serviceRequest
    if (!request) return
    setCreated(request)
    void queryClient.invalidateQueries({ queryKey: [SERVICE_DESK_KEY] })
    if (v.dispatchNow) {
      const sent = await dispatch.mutateAsync({ input: { requestId: request.id, ...dispatchTarget(v) } }).catch((e: Error) => ({ dispatchServiceRequest: { errors: [{ __typename: 'Error', message: e.message }] } }))
      const errors = sent.dispatchServiceRequest.errors
      if (errors.length > 0) {
        setMessages([t('serviceDesk.intake.recordedNotDispatched', { number: request.number }), ...errors.map((e) => e.message)])
        return
      }
    }
    void message.success(t('serviceDesk.intake.recorded', { number: request.number }))
    // Ready for the next call: the channel and the dispatch choice stay, the rest starts afresh.
    form.resetFields(['type', 'category', 'urgency', 'unitId', 'reporterPersonId', 'contactName', 'contactPhone', 'anonymous', 'description', 'location', 'receivedAt', 'appointmentAt'])
    setUnit(undefined)
  }

  const owners = unit?.owners.filter((o) => o.current) ?? []
  return (
    <Card>
      <Typography.Paragraph type="secondary">{t('serviceDesk.intake.hint')}</Typography.Paragraph>
      {created && (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            <Space>
              {t('serviceDesk.intake.recorded', { number: created.number })}
              <Link to={`/service-queue?estate=${estateId}&view=all&request=${created.id}`}>{t('serviceDesk.intake.open')}</Link>
            </Space>
          }
        />
      )}
      <PayloadErrors messages={messages} />
      <Form<Values>
        form={form}
        layout="horizontal"
        labelCol={{ flex: '120px' }}
        labelWrap
        initialValues={{ channel: 'PHONE', type: 'REPAIR', urgency: 'ORDINARY', anonymous: false, dispatchNow: false, target: 'person' }}
        onFinish={(v) => void submit(v)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.submit()
        }}
        style={{ maxWidth: 760 }}
      >
        <Form.Item name="channel" label={t('serviceDesk.intake.channel')}>
          <Radio.Group optionType="button" options={STAFF_CHANNELS.map((c) => ({ value: c, label: t(`serviceDesk.channel.${c}`) }))} />
        </Form.Item>
        <Form.Item name="type" label={t('serviceDesk.intake.type')}>
          <Radio.Group optionType="button" options={REQUEST_TYPES.map((c) => ({ value: c, label: t(`serviceDesk.type.${c}`) }))} />
        </Form.Item>
        {isRepairLike(type ?? 'REPAIR') && (
          <Form.Item name="urgency" label={t('serviceDesk.intake.urgency')}>
            <Radio.Group options={URGENCIES.map((u) => ({ value: u, label: t(`serviceDesk.urgency.${u}`) }))} />
          </Form.Item>
        )}
        <Form.Item name="category" label={t('serviceDesk.intake.category')}>
          <AutoComplete
            aria-label={t('serviceDesk.intake.category')}
            options={type === 'COMPLAINT' ? COMPLAINT_CATEGORIES.map((c) => ({ value: c, label: `${c} ${t(`serviceDesk.category.${c}`)}` })) : []}
            maxLength={50}
          />
        </Form.Item>
        <Form.Item name="unitId" label={t('serviceDesk.intake.unit')} extra={t('serviceDesk.intake.noUnit')}>
          <UnitSelect
            estateId={estateId}
            onPick={(u) => {
              setUnit(u)
              const owner = u?.owners.find((o) => o.current)
              form.setFieldsValue({ reporterPersonId: owner?.person.id, contactName: owner?.person.name })
            }}
          />
        </Form.Item>
        <Form.Item name="location" label={t('serviceDesk.intake.location')}>
          <Input placeholder={t('serviceDesk.intake.locationHint')} maxLength={200} />
        </Form.Item>
        <Form.Item name="anonymous" valuePropName="checked" label={t('serviceDesk.intake.anonymous')}>
          <Checkbox />
        </Form.Item>
        {!anonymous && (
          <>
            {owners.length > 0 && (
              <Form.Item name="reporterPersonId" label={t('serviceDesk.intake.reporter')} extra={t('serviceDesk.intake.reporterHint')}>
                <Select
                  allowClear
                  aria-label={t('serviceDesk.intake.reporter')}
                  options={owners.map((o) => ({ value: o.person.id, label: `${o.person.name} ${o.person.phoneMasked}` }))}
                  onChange={(id?: string) => form.setFieldsValue({ contactName: owners.find((o) => o.person.id === id)?.person.name })}
                />
              </Form.Item>
            )}
            <Form.Item name="contactName" label={t('serviceDesk.intake.contactName')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="contactPhone" label={t('serviceDesk.intake.contactPhone')}>
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="description"
          label={t('serviceDesk.intake.description')}
          rules={[{ required: true, whitespace: true, message: t('serviceDesk.intake.descriptionRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="receivedAt" label={written ? t('serviceDesk.intake.receivedAtWritten') : t('serviceDesk.intake.receivedAt')} extra={dayjs().format('YYYY-MM-DD HH:mm')}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        {isRepairLike(type ?? 'REPAIR') && (
          <Form.Item name="appointmentAt" label={t('serviceDesk.intake.appointmentAt')}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        )}
        <Form.Item name="dispatchNow" valuePropName="checked" label={t('serviceDesk.intake.dispatch')}>
          <Checkbox />
        </Form.Item>
        {dispatchNow && <HandlerFields handlers={handlers.handlers} departments={handlers.departments} loading={handlers.query.isPending} />}
        <Flex justify="flex-end">
          <Button type="primary" htmlType="submit" loading={record.isPending || dispatch.isPending}>
            {dispatchNow ? t('serviceDesk.intake.submitAndDispatch') : t('serviceDesk.intake.submit')}
          </Button>
        </Flex>
      </Form>
    </Card>
  )
}
