import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Card, Flex, Form, Input, Modal, Table, Tag, Tooltip, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useQueryClient } from '@tanstack/react-query'
import dayjs from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useGraphQLConnection, useGraphQLMutation } from '@/shared/api/hooks'
import { EmptyState } from '@/shared/ui/EmptyState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { COMPANIES_QUERY, CREATE_COMPANY_MUTATION, type CompanyRow } from './queries'

// CompanyStatus in api/schema.graphql.
const STATUS_COLORS: Record<string, string> = {
  PROVISIONING: 'processing',
  ACTIVE: 'green',
  SUSPENDED: 'orange',
  FAILED: 'red',
}

const IN_PROGRESS = new Set(['PROVISIONING'])

interface CreateValues {
  slug: string
  nameZh: string
  nameEn: string
  /** Database server entry (configuration name); empty means the deployment's default server. */
  server?: string
}

function CreateCompanyModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<CreateValues>()
  const { run, messages } = usePayloadSubmit(form)
  const create = useGraphQLMutation(CREATE_COMPANY_MUTATION)

  async function submit(values: CreateValues) {
    const server = values.server?.trim()
    const input = { ...values, server: server ? server : undefined }
    if (await run(async () => (await create.mutateAsync({ input })).createCompany)) onCreated()
  }

  return (
    <Modal
      open={open}
      title={t('company.createTitle')}
      okText={t('company.create')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrors messages={messages} />
      <Form<CreateValues>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ slug: '', nameZh: '', nameEn: '', server: '' }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="slug"
          label={t('company.slug')}
          extra={t('company.slugHint')}
          rules={[
            { required: true, message: t('validation.required') },
            { pattern: /^[a-z][a-z0-9-]{1,39}$/, message: t('company.slugInvalid') },
          ]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameZh" label={t('company.nameZh')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('company.nameEn')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="server" label={t('company.server')} extra={t('company.serverHint')}>
          <Input autoComplete="off" placeholder={t('company.serverDefault')} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

/** Platform admin: every company in the catalog with its provisioning status. */
export function CompaniesPage() {
  const { t, i18n } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [creating, setCreating] = useState(false)
  const companies = useGraphQLConnection(
    ['companies'],
    COMPANIES_QUERY,
    { first: 50 },
    (data) => data.companies,
  )
  const anyInProgress = companies.nodes.some((c) => IN_PROGRESS.has(c.status))

  const columns: ColumnsType<CompanyRow> = [
    { title: t('company.slug'), dataIndex: 'slug', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
    { title: t('company.name'), render: (_, c) => (i18n.language.startsWith('zh') ? c.nameZh : c.nameEn) || c.nameZh },
    {
      title: t('company.status'),
      render: (_, c) => (
        <Flex vertical gap={2}>
          <span>
            <Tag color={STATUS_COLORS[c.status] ?? 'default'}>{t(`company.statuses.${c.status}`, c.status)}</Tag>
          </span>
          {c.statusReason && (
            <Tooltip title={c.statusReason}>
              <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 260 }} ellipsis>
                {c.statusReason}
              </Typography.Text>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    {
      title: t('company.provider'),
      render: (_, c) => (
        <Flex vertical gap={0}>
          <span>{t(`company.providers.${c.provider}`, c.provider)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.server}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('company.schemaVersion'), dataIndex: 'schemaVersion', render: (v?: string) => v ?? '—' },
    {
      title: t('company.createdAt'),
      dataIndex: 'createdAt',
      render: (v?: string) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
      responsive: ['md'],
    },
  ]

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('company.title')}
        </Typography.Title>
        <Flex gap={8}>
          <Button onClick={() => void companies.refetch()} loading={companies.isRefetching}>
            {t('common.refresh')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('company.create')}
          </Button>
        </Flex>
      </Flex>
      {anyInProgress && <Typography.Text type="secondary">{t('company.provisioningHint')}</Typography.Text>}
      {companies.isError ? (
        <ErrorState error={companies.error} onRetry={() => void companies.refetch()} />
      ) : (
        <Card size="small">
          <Table<CompanyRow>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={companies.nodes}
            loading={companies.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <EmptyState title={t('company.empty')} /> }}
          />
          {companies.hasNextPage && (
            <Flex justify="center" style={{ marginTop: 12 }}>
              <Button loading={companies.isFetchingNextPage} onClick={() => void companies.fetchNextPage()}>
                {t('common.loadMore')}
              </Button>
            </Flex>
          )}
        </Card>
      )}
      <CreateCompanyModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={() => {
          setCreating(false)
          void message.success(t('company.created'))
          void queryClient.invalidateQueries({ queryKey: ['companies'] })
        }}
      />
    </Flex>
  )
}
