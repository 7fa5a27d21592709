import { Alert, App, Button, Card, Flex, Form, Input, InputNumber, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ServiceRequestType, ServiceSettingsCategoriesQuery } from '@/shared/api/gql/graphql'
import { errorMessage } from '@/shared/api/graphql'
import { useGraphQLMutation, useGraphQLQuery, type PayloadError } from '@/shared/api/hooks'
import { useEstateOptions } from '@/shared/estates/estates'
import { ErrorState } from '@/shared/ui/ErrorState'
import { applyPayloadErrors } from '@/shared/ui/formErrors'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { CHANNEL_FIELDS, LIMIT_FIELDS, limitsInput, type LimitField } from './logic'
import {
  DESK_LIMITS_QUERY,
  ESCALATION_CHAIN_QUERY,
  PUBLISHED_CHANNELS_QUERY,
  REQUEST_TYPES,
  SAVE_SERVICE_CATEGORY_MUTATION,
  SERVICE_CATEGORIES_QUERY,
  SET_DESK_LIMITS_MUTATION,
  SET_ESCALATION_CHAIN_MUTATION,
  SET_PUBLISHED_CHANNELS_MUTATION,
} from './queries'

type Category = ServiceSettingsCategoriesQuery['serviceCategories'][number]

/** Runs a mutation and shows its typed errors on the form (or above it); refreshes the given queries on success. */
function useSave(keys: string[]) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [messages, setMessages] = useState<string[]>([])
  async function run(action: () => Promise<readonly PayloadError[]>, place: (errors: readonly PayloadError[]) => PayloadError[]) {
    setMessages([])
    try {
      const errors = await action()
      if (errors.length > 0) {
        setMessages(place(errors).map((e) => e.message))
        return false
      }
      for (const key of keys) void queryClient.invalidateQueries({ queryKey: [key] })
      void message.success(t('common.saved'))
      return true
    } catch (e) {
      setMessages([errorMessage(e)])
      return false
    }
  }
  return { messages, run }
}

/** Company admin: the service desk's settings — categories, urgency limits, escalation chain, published complaint channels. */
export function ServiceSettingsPage() {
  const { t } = useTranslation()
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('serviceSettings.title')}
      </Typography.Title>
      <Tabs
        items={[
          { key: 'categories', label: t('serviceSettings.tabs.categories'), children: <CategoriesTab /> },
          { key: 'limits', label: t('serviceSettings.tabs.limits'), children: <LimitsTab /> },
          { key: 'chain', label: t('serviceSettings.tabs.chain'), children: <EstateTab render={(id) => <ChainCard key={id} estateId={id} />} /> },
          { key: 'channels', label: t('serviceSettings.tabs.channels'), children: <EstateTab render={(id) => <ChannelsCard key={id} estateId={id} />} /> },
        ]}
      />
    </Flex>
  )
}

function CategoriesTab() {
  const { t } = useTranslation()
  const [type, setType] = useState<ServiceRequestType>('REPAIR')
  const query = useGraphQLQuery(['serviceCategories', type], SERVICE_CATEGORIES_QUERY, { type })
  const save = useGraphQLMutation(SAVE_SERVICE_CATEGORY_MUTATION)
  const { messages, run } = useSave(['serviceCategories'])
  const [form] = Form.useForm<{ code: string; name: string }>()
  const saveCategory = (c: { code: string; name: string; active: boolean; sortOrder?: number | null }) =>
    run(
      async () => (await save.mutateAsync({ input: { type, code: c.code, name: c.name, active: c.active, sortOrder: c.sortOrder ?? null } })).saveServiceCategory.errors,
      (errors) => applyPayloadErrors(form, errors),
    )
  const columns: ColumnsType<Category> = [
    { title: t('serviceSettings.categories.code'), dataIndex: 'code', width: 140 },
    {
      title: t('serviceSettings.categories.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <Typography.Text editable={{ onChange: (v) => v.trim() && v !== name && void saveCategory({ ...c, name: v }) }}>{name}</Typography.Text>
      ),
    },
    { title: t('serviceSettings.categories.origin'), dataIndex: 'isDefault', width: 120, render: (d: boolean) => <Tag>{t(d ? 'serviceSettings.categories.default' : 'serviceSettings.categories.own')}</Tag> },
    {
      title: t('serviceSettings.categories.active'),
      dataIndex: 'active',
      width: 100,
      render: (active: boolean, c) => <Switch checked={active} aria-label={c.code} onChange={(v) => void saveCategory({ ...c, active: v })} />,
    },
  ]
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  return (
    <Flex vertical gap={12}>
      <Select<ServiceRequestType>
        style={{ width: 200 }}
        aria-label={t('serviceSettings.categories.type')}
        value={type}
        onChange={setType}
        options={REQUEST_TYPES.map((v) => ({ value: v, label: t(`serviceSettings.types.${v}`) }))}
      />
      <PayloadErrors messages={messages} />
      <Table<Category> rowKey="code" size="small" pagination={false} loading={query.isPending} columns={columns} dataSource={query.data?.serviceCategories ?? []} />
      <Form form={form} layout="inline" onFinish={(v) => void saveCategory({ code: v.code.trim().toUpperCase(), name: v.name, active: true }).then((ok) => ok && form.resetFields())}>
        <Form.Item name="code" label={t('serviceSettings.categories.code')} rules={[{ required: true, message: t('serviceSettings.required') }]}>
          <Input style={{ width: 140 }} maxLength={20} />
        </Form.Item>
        <Form.Item name="name" label={t('serviceSettings.categories.name')} rules={[{ required: true, message: t('serviceSettings.required') }]}>
          <Input style={{ width: 220 }} maxLength={50} />
        </Form.Item>
        <Button htmlType="submit" loading={save.isPending}>
          {t('serviceSettings.categories.add')}
        </Button>
      </Form>
    </Flex>
  )
}

function LimitsTab() {
  const { t } = useTranslation()
  const query = useGraphQLQuery(['deskLimits'], DESK_LIMITS_QUERY, undefined)
  const set = useGraphQLMutation(SET_DESK_LIMITS_MUTATION)
  const { messages, run } = useSave(['deskLimits'])
  const [form] = Form.useForm<Record<LimitField, number | null>>()
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const data = query.data?.deskLimits
  if (!data) return null
  return (
    <Card size="small" title={t('serviceSettings.limits.title')}>
      <Typography.Paragraph type="secondary">{t('serviceSettings.limits.hint')}</Typography.Paragraph>
      <PayloadErrors messages={messages} />
      <Form
        form={form}
        layout="vertical"
        initialValues={data.current}
        onFinish={(v) => void run(async () => (await set.mutateAsync({ input: limitsInput(v, data.defaults) })).setDeskLimits.errors, (e) => applyPayloadErrors(form, e))}
      >
        {LIMIT_FIELDS.map((f) => (
          <Form.Item key={f} name={f} label={t(`serviceSettings.limits.${f}`)} extra={t('serviceSettings.limits.default', { value: data.defaults[f] })}>
            <InputNumber min={0} style={{ width: 160 }} />
          </Form.Item>
        ))}
        <Button type="primary" htmlType="submit" loading={set.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  )
}

function EstateTab({ render }: { render: (estateId: string) => React.ReactNode }) {
  const { t } = useTranslation()
  const { query, estates } = useEstateOptions()
  const [estateId, setEstateId] = useState<string>()
  const current = estateId ?? estates[0]?.id
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  return (
    <Flex vertical gap={12}>
      <Select
        style={{ width: 240 }}
        aria-label={t('serviceSettings.estate')}
        value={current}
        onChange={setEstateId}
        loading={query.isPending}
        options={estates.map((e) => ({ value: e.id, label: e.name }))}
      />
      {current ? render(current) : <Alert type="info" showIcon title={t('serviceSettings.noEstate')} />}
    </Flex>
  )
}

type ChainForm = { csHeadStaffMemberId?: string | null; managerStaffMemberId?: string | null; csHeadAfterMinutes: number; managerAfterMinutes: number }

function ChainCard({ estateId }: { estateId: string }) {
  const { t } = useTranslation()
  const query = useGraphQLQuery(['escalationChain', estateId], ESCALATION_CHAIN_QUERY, { estateId })
  const set = useGraphQLMutation(SET_ESCALATION_CHAIN_MUTATION)
  const { messages, run } = useSave(['escalationChain'])
  const [form] = Form.useForm<ChainForm>()
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  const chain = query.data?.escalationChain
  if (!chain) return null
  const staff = (query.data?.staff.nodes ?? []).map((s) => ({ value: s.id, label: s.name }))
  return (
    <Card size="small" title={t('serviceSettings.chain.title')}>
      <Typography.Paragraph type="secondary">
        {t('serviceSettings.chain.effective', { csHead: chain.effectiveCsHeadName ?? t('serviceSettings.chain.nobody'), manager: chain.effectiveManagerName ?? t('serviceSettings.chain.nobody') })}
      </Typography.Paragraph>
      <PayloadErrors messages={messages} />
      <Form
        form={form}
        layout="vertical"
        initialValues={chain}
        onFinish={(v) =>
          void run(
            async () =>
              (await set.mutateAsync({ input: { estateId, csHeadStaffMemberId: v.csHeadStaffMemberId ?? null, managerStaffMemberId: v.managerStaffMemberId ?? null, csHeadAfterMinutes: v.csHeadAfterMinutes, managerAfterMinutes: v.managerAfterMinutes } }))
                .setEscalationChain.errors,
            (e) => applyPayloadErrors(form, e),
          )
        }
      >
        <Form.Item name="csHeadStaffMemberId" label={t('serviceSettings.chain.csHead')} extra={t('serviceSettings.chain.positionHint')}>
          <Select allowClear options={staff} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="csHeadAfterMinutes" label={t('serviceSettings.chain.csHeadAfter')}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="managerStaffMemberId" label={t('serviceSettings.chain.manager')}>
          <Select allowClear options={staff} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="managerAfterMinutes" label={t('serviceSettings.chain.managerAfter')}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={set.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  )
}

function ChannelsCard({ estateId }: { estateId: string }) {
  const { t } = useTranslation()
  const query = useGraphQLQuery(['publishedChannels', estateId], PUBLISHED_CHANNELS_QUERY, { estateId })
  const set = useGraphQLMutation(SET_PUBLISHED_CHANNELS_MUTATION)
  const { messages, run } = useSave(['publishedChannels'])
  const [form] = Form.useForm<Record<(typeof CHANNEL_FIELDS)[number], string | null>>()
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  if (query.isPending) return null
  return (
    <Card size="small" title={t('serviceSettings.channels.title')}>
      <Typography.Paragraph type="secondary">{t('serviceSettings.channels.hint')}</Typography.Paragraph>
      <PayloadErrors messages={messages} />
      <Form
        form={form}
        layout="vertical"
        initialValues={query.data?.publishedChannels ?? {}}
        onFinish={(v) => void run(async () => (await set.mutateAsync({ input: { estateId, ...v } })).setPublishedChannels.errors, (e) => applyPayloadErrors(form, e))}
      >
        {CHANNEL_FIELDS.map((f) => (
          <Form.Item key={f} name={f} label={t(`serviceSettings.channels.${f}`)}>
            <Input style={{ width: 320 }} />
          </Form.Item>
        ))}
        <Space>
          <Button type="primary" htmlType="submit" loading={set.isPending}>
            {t('common.save')}
          </Button>
        </Space>
      </Form>
    </Card>
  )
}
