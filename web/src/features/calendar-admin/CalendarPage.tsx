import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Card, DatePicker, Flex, Form, Input, Popconfirm, Radio, Select, Space, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useQueryClient } from '@tanstack/react-query'
import dayjs, { type Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { errorMessage } from '@/shared/api/graphql'
import { useGraphQLMutation, useGraphQLQuery, type PayloadError } from '@/shared/api/hooks'
import { useEstateOptions } from '@/shared/estates/estates'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { applyPayloadErrors } from '@/shared/ui/formErrors'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { HHMM, removableIn, yearOptions, type Scope } from './logic'
import {
  ADD_CALENDAR_DAY_MUTATION,
  REMOVE_CALENDAR_DAY_MUTATION,
  SET_TIME_ZONE_MUTATION,
  SET_WORKING_HOURS_MUTATION,
  WORKING_CALENDAR_QUERY,
  type CalendarDay,
  type WorkingCalendar,
} from './queries'

const COMPANY = '__company__'

/** Company admin: the working-day calendar (工作日历) of the company or an estate — holidays, make-up days, own days, hours. */
export function CalendarPage() {
  const { t } = useTranslation()
  const currentYear = dayjs().year()
  const [scopeKey, setScopeKey] = useState<string>(COMPANY)
  const [year, setYear] = useState(currentYear)
  const { query: estates, estates: estateList } = useEstateOptions()
  const scope: Scope = { estateId: scopeKey === COMPANY ? null : scopeKey }
  const calendar = useGraphQLQuery(['workingCalendar', scope.estateId, year], WORKING_CALENDAR_QUERY, { estateId: scope.estateId, year })

  const error = estates.error ?? calendar.error
  const data = calendar.data?.workingCalendar
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('calendarAdmin.title')}
        </Typography.Title>
        <Flex gap={8} wrap>
          <Select
            style={{ width: 240 }}
            aria-label={t('calendarAdmin.scope')}
            value={scopeKey}
            onChange={setScopeKey}
            loading={estates.isPending}
            options={[{ value: COMPANY, label: t('calendarAdmin.companyWide') }, ...estateList.map((e) => ({ value: e.id, label: e.name }))]}
          />
          <Select
            style={{ width: 120 }}
            aria-label={t('calendarAdmin.year')}
            value={year}
            onChange={setYear}
            options={yearOptions(currentYear).map((y) => ({ value: y, label: String(y) }))}
          />
        </Flex>
      </Flex>
      {error ? (
        <ErrorState error={error} onRetry={() => void (estates.isError ? estates.refetch() : calendar.refetch())} />
      ) : (
        <>
          {data && !data.officialSchedule && (
            <Alert type="warning" showIcon title={t('calendarAdmin.noOfficialSchedule', { year: data.year })} />
          )}
          {data && <HoursCard key={`${scopeKey}-${data.workStart}-${data.workEnd}-${data.timeZone}`} scope={scope} calendar={data} />}
          <DaysCard scope={scope} year={year} calendar={data} loading={calendar.isPending} />
        </>
      )}
    </Flex>
  )
}

/** Refreshes every cached year of the calendar after a change (company days show on every estate). */
function useRefresh() {
  const queryClient = useQueryClient()
  return () => void queryClient.invalidateQueries({ queryKey: ['workingCalendar'] })
}

function HoursCard({ scope, calendar }: { scope: Scope; calendar: WorkingCalendar }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const refresh = useRefresh()
  const [form] = Form.useForm<{ workStart: string; workEnd: string }>()
  const [zoneForm] = Form.useForm<{ timeZone: string }>()
  const [messages, setMessages] = useState<string[]>([])
  const setHours = useGraphQLMutation(SET_WORKING_HOURS_MUTATION)
  const setZone = useGraphQLMutation(SET_TIME_ZONE_MUTATION)

  async function run(action: () => Promise<readonly PayloadError[]>, place: (errors: readonly PayloadError[]) => PayloadError[]) {
    setMessages([])
    try {
      const errors = await action()
      if (errors.length > 0) {
        setMessages(place(errors).map((e) => e.message))
        return
      }
      refresh()
      void message.success(t('common.saved'))
    } catch (e) {
      setMessages([errorMessage(e)])
    }
  }

  const saveHours = (workStart: string | null, workEnd: string | null) =>
    run(
      async () => (await setHours.mutateAsync({ input: { estateId: scope.estateId, workStart, workEnd } })).setWorkingHours.errors,
      (errors) => applyPayloadErrors(form, errors),
    )
  const saveZone = (timeZone: string) =>
    run(async () => (await setZone.mutateAsync({ input: { timeZone } })).setCalendarTimeZone.errors, (errors) => applyPayloadErrors(zoneForm, errors))

  const hhmmRule = { pattern: HHMM, message: t('calendarAdmin.hours.format') }
  return (
    <Card size="small" title={t('calendarAdmin.hours.title')}>
      <PayloadErrors messages={messages} />
      <Typography.Paragraph type="secondary">
        {scope.estateId
          ? t(calendar.estateHours ? 'calendarAdmin.hours.estateOwn' : 'calendarAdmin.hours.estateInherits')
          : t('calendarAdmin.hours.companyDefault')}
      </Typography.Paragraph>
      <Form form={form} layout="inline" initialValues={{ workStart: calendar.workStart, workEnd: calendar.workEnd }} onFinish={(v) => void saveHours(v.workStart, v.workEnd)}>
        <Form.Item name="workStart" label={t('calendarAdmin.hours.start')} rules={[{ required: true, message: t('calendarAdmin.hours.format') }, hhmmRule]}>
          <Input style={{ width: 90 }} placeholder="08:30" maxLength={5} />
        </Form.Item>
        <Form.Item name="workEnd" label={t('calendarAdmin.hours.end')} rules={[{ required: true, message: t('calendarAdmin.hours.format') }, hhmmRule]}>
          <Input style={{ width: 90 }} placeholder="17:30" maxLength={5} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={setHours.isPending}>
            {t('common.save')}
          </Button>
          {scope.estateId && calendar.estateHours && (
            <Button onClick={() => void saveHours(null, null)} loading={setHours.isPending}>
              {t('calendarAdmin.hours.useCompany')}
            </Button>
          )}
        </Space>
      </Form>
      {!scope.estateId && (
        <Form form={zoneForm} layout="inline" style={{ marginTop: 16 }} initialValues={{ timeZone: calendar.timeZone }} onFinish={(v) => void saveZone(v.timeZone)}>
          <Form.Item name="timeZone" label={t('calendarAdmin.timeZone')} extra={t('calendarAdmin.timeZoneHint')} rules={[{ required: true, message: t('calendarAdmin.timeZoneHint') }]}>
            <Input style={{ width: 200 }} maxLength={64} />
          </Form.Item>
          <Button htmlType="submit" loading={setZone.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      )}
    </Card>
  )
}

interface AddValues {
  date?: Dayjs
  working: boolean
  note?: string
}

function DaysCard({ scope, year, calendar, loading }: { scope: Scope; year: number; calendar: WorkingCalendar | null | undefined; loading: boolean }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const refresh = useRefresh()
  const [form] = Form.useForm<AddValues>()
  const [messages, setMessages] = useState<string[]>([])
  const add = useGraphQLMutation(ADD_CALENDAR_DAY_MUTATION)
  const remove = useGraphQLMutation(REMOVE_CALENDAR_DAY_MUTATION)

  async function addDay(v: AddValues) {
    if (!v.date) return
    setMessages([])
    try {
      const note = v.note?.trim()
      const payload = (await add.mutateAsync({ input: { estateId: scope.estateId, date: v.date.format('YYYY-MM-DD'), working: v.working, note: note ? note : null } })).addCalendarDay
      if (payload.errors.length > 0) {
        setMessages(applyPayloadErrors(form, payload.errors).map((e) => e.message))
        return
      }
      form.resetFields()
      refresh()
      void message.success(t('calendarAdmin.days.added'))
    } catch (e) {
      setMessages([errorMessage(e)])
    }
  }

  async function removeDay(day: CalendarDay) {
    if (!day.overrideId) return
    setMessages([])
    try {
      const payload = (await remove.mutateAsync({ input: { id: day.overrideId } })).removeCalendarDay
      if (payload.errors.length > 0) {
        setMessages(payload.errors.map((e) => e.message))
        return
      }
      refresh()
      void message.success(t('calendarAdmin.days.removed'))
    } catch (e) {
      setMessages([errorMessage(e)])
    }
  }

  const columns: ColumnsType<CalendarDay> = [
    { title: t('calendarAdmin.days.date'), dataIndex: 'date' },
    { title: t('calendarAdmin.days.weekday'), render: (_, d) => t(`calendarAdmin.weekday.${dayjs(d.date).day()}`) },
    {
      title: t('calendarAdmin.days.status'),
      render: (_, d) => (d.working ? <Tag color="blue">{t('calendarAdmin.days.working')}</Tag> : <Tag color="red">{t('calendarAdmin.days.holiday')}</Tag>),
    },
    { title: t('calendarAdmin.days.source'), render: (_, d) => <Tag>{t(`calendarAdmin.source.${d.source}`, d.source)}</Tag> },
    { title: t('calendarAdmin.days.name'), dataIndex: 'name' },
    {
      title: t('common.actions'),
      render: (_, d) =>
        removableIn(scope, d) ? (
          <Popconfirm title={t('calendarAdmin.days.removeConfirm')} onConfirm={() => void removeDay(d)}>
            <Button size="small" danger icon={<DeleteOutlined />} aria-label={t('calendarAdmin.days.remove')}>
              {t('calendarAdmin.days.remove')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ]

  return (
    <Card
      size="small"
      title={t('calendarAdmin.days.title', { year })}
      extra={calendar ? t('calendarAdmin.days.workingDays', { count: calendar.workingDays }) : null}
    >
      <PayloadErrors messages={messages} />
      <Form<AddValues> form={form} layout="inline" initialValues={{ working: false }} onFinish={(v) => void addDay(v)} style={{ marginBottom: 16 }}>
        <Form.Item name="date" label={t('calendarAdmin.days.date')} rules={[{ required: true, message: t('calendarAdmin.days.dateRequired') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="working">
          <Radio.Group
            optionType="button"
            options={[
              { value: false, label: t('calendarAdmin.days.holiday') },
              { value: true, label: t('calendarAdmin.days.working') },
            ]}
          />
        </Form.Item>
        <Form.Item name="note" label={t('calendarAdmin.days.note')}>
          <Input maxLength={100} style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
          {t(scope.estateId ? 'calendarAdmin.days.addEstate' : 'calendarAdmin.days.addCompany')}
        </Button>
      </Form>
      {calendar?.notice && <Typography.Paragraph type="secondary">{t('calendarAdmin.days.notice', { notice: calendar.notice })}</Typography.Paragraph>}
      <Table<CalendarDay>
        rowKey="date"
        size="small"
        columns={columns}
        dataSource={calendar?.days ?? []}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <EmptyState title={t('calendarAdmin.days.empty')} /> }}
      />
    </Card>
  )
}
