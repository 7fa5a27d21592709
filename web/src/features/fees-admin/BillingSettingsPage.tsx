import { App, Button, Card, Descriptions, Form, Input, InputNumber, Switch, Typography, Flex } from 'antd'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useGraphQLMutation, useGraphQLQuery } from '@/shared/api/hooks'
import { ErrorState } from '@/shared/ui/ErrorState'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { PageLoading } from '@/shared/ui/PageLoading'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { BILLING_SETTINGS_QUERY, UPDATE_BILLING_SETTINGS_MUTATION, type BillingSettings } from './queries'

interface Values {
  stripeAccountId?: string | null
  collectionDay: number
  advanceMonths: number
  lateFeeEnabled: boolean
  lateFeeDailyRate?: number | null
  lateFeeGraceDays?: number | null
  lateFeeContractClause?: string | null
  maxPaymentAmount?: number | null
  maxRefundAmount?: number | null
  maxAdjustmentAmount?: number | null
}

const LIMITS = ['maxPaymentAmount', 'maxRefundAmount', 'maxAdjustmentAmount'] as const

type Input = Omit<BillingSettings, 'currency' | (typeof LIMITS)[number]> & { [K in (typeof LIMITS)[number]]?: number | null }

function toValues(s: BillingSettings | null | undefined): Values {
  return {
    stripeAccountId: s?.stripeAccountId ?? '',
    collectionDay: s?.collectionDay ?? 15,
    advanceMonths: s?.advanceMonths ?? 3,
    lateFeeEnabled: s?.lateFeeEnabled ?? false,
    lateFeeDailyRate: s ? Number(s.lateFeeDailyRate) : 0,
    lateFeeGraceDays: s?.lateFeeGraceDays ?? 0,
    lateFeeContractClause: s?.lateFeeContractClause ?? '',
    maxPaymentAmount: s ? Number(s.maxPaymentAmount) : null,
    maxRefundAmount: s ? Number(s.maxRefundAmount) : null,
    maxAdjustmentAmount: s ? Number(s.maxAdjustmentAmount) : null,
  }
}

/** Company admin: the company's billing settings — online payment account, bank collection day, advance months, late fees. */
export function BillingSettingsPage() {
  const { t } = useTranslation()
  const query = useGraphQLQuery(['billingSettings'], BILLING_SETTINGS_QUERY)

  if (query.isPending) return <PageLoading />
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('feesAdmin.settings.title')}
      </Typography.Title>
      <SettingsForm settings={query.data.billingSettings} />
    </Flex>
  )
}

function SettingsForm({ settings }: { settings: BillingSettings | null }) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [form] = Form.useForm<Values>()
  const { run, messages } = usePayloadSubmit(form)
  const update = useGraphQLMutation(UPDATE_BILLING_SETTINGS_MUTATION)
  const lateFeeEnabled = Form.useWatch('lateFeeEnabled', form) ?? settings?.lateFeeEnabled ?? false

  async function save(submitted: Values) {
    // The late-fee fields are hidden while late fees are off; their stored values are kept, not cleared.
    const values = { ...(form.getFieldsValue(true) as Values), ...submitted }
    const stripe = values.stripeAccountId?.trim()
    const clause = values.lateFeeContractClause?.trim()
    const input = {
      // Empty = online payment off.
      stripeAccountId: stripe ? stripe : null,
      collectionDay: values.collectionDay,
      advanceMonths: values.advanceMonths,
      lateFeeEnabled: values.lateFeeEnabled,
      lateFeeDailyRate: values.lateFeeDailyRate ?? 0,
      lateFeeGraceDays: values.lateFeeGraceDays ?? 0,
      lateFeeContractClause: clause ? clause : null,
      // Empty = keep the current limit.
      maxPaymentAmount: values.maxPaymentAmount ?? null,
      maxRefundAmount: values.maxRefundAmount ?? null,
      maxAdjustmentAmount: values.maxAdjustmentAmount ?? null,
    }
    const payload = await run(async () => (await update.mutateAsync({ input })).updateBillingSettings)
    if (!payload) return
    queryClient.setQueriesData({ queryKey: ['billingSettings'] }, { billingSettings: payload.settings })
    void message.success(t('common.saved'))
  }

  return (
    <Card size="small" style={{ maxWidth: 720 }}>
      <PayloadErrors messages={messages} />
      <Form<Values> form={form} layout="vertical" initialValues={toValues(settings)} onFinish={(v) => void save(v)}>
        <Descriptions size="small" column={1} items={[{ key: 'currency', label: t('feesAdmin.settings.currency'), children: settings?.currency ?? 'CNY' }]} />
        <Typography.Title level={5}>{t('feesAdmin.settings.onlinePayment')}</Typography.Title>
        <Form.Item
          name="stripeAccountId"
          label={t('feesAdmin.settings.stripeAccountId')}
          extra={t('feesAdmin.settings.stripeAccountIdHint')}
          rules={[{ pattern: /^\s*(acct_[A-Za-z0-9]+)?\s*$/, message: t('feesAdmin.settings.stripeAccountIdInvalid') }]}
        >
          <Input autoComplete="off" placeholder="acct_..." maxLength={100} />
        </Form.Item>
        <Typography.Title level={5}>{t('feesAdmin.settings.collection')}</Typography.Title>
        <Flex gap={16} wrap>
          <Form.Item
            name="collectionDay"
            label={t('feesAdmin.settings.collectionDay')}
            extra={t('feesAdmin.settings.collectionDayHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={1} max={28} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="advanceMonths"
            label={t('feesAdmin.settings.advanceMonths')}
            extra={t('feesAdmin.settings.advanceMonthsHint')}
            rules={[{ required: true, message: t('validation.required') }]}
          >
            <InputNumber min={0} max={12} precision={0} style={{ width: 160 }} />
          </Form.Item>
        </Flex>
        <Typography.Title level={5}>{t('feesAdmin.settings.lateFee')}</Typography.Title>
        <Form.Item name="lateFeeEnabled" label={t('feesAdmin.settings.lateFeeEnabled')} valuePropName="checked" extra={t('feesAdmin.settings.lateFeeEnabledHint')}>
          <Switch />
        </Form.Item>
        {lateFeeEnabled && (
          <>
            <Flex gap={16} wrap>
              <Form.Item
                name="lateFeeDailyRate"
                label={t('feesAdmin.settings.lateFeeDailyRate')}
                extra={t('feesAdmin.settings.lateFeeDailyRateHint')}
                rules={[{ required: true, message: t('validation.required') }]}
              >
                <InputNumber min={0} max={0.005} step={0.0001} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name="lateFeeGraceDays" label={t('feesAdmin.settings.lateFeeGraceDays')} rules={[{ required: true, message: t('validation.required') }]}>
                <InputNumber min={0} max={365} precision={0} style={{ width: 160 }} />
              </Form.Item>
            </Flex>
            <Form.Item
              name="lateFeeContractClause"
              label={t('feesAdmin.settings.lateFeeContractClause')}
              extra={t('feesAdmin.settings.lateFeeContractClauseHint')}
              rules={[{ required: true, whitespace: true, message: t('feesAdmin.settings.clauseRequired') }]}
            >
              <Input.TextArea rows={3} maxLength={200} showCount />
            </Form.Item>
          </>
        )}
        <Typography.Title level={5}>{t('feesAdmin.settings.limits')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('feesAdmin.settings.limitsHint')}</Typography.Paragraph>
        <Flex gap={16} wrap>
          {LIMITS.map((name) => (
            <Form.Item key={name} name={name} label={t(`feesAdmin.settings.${name}`)} rules={[{ required: true, message: t('validation.required') }]}>
              <InputNumber prefix="¥" min={0.01} max={1_000_000_000} precision={2} style={{ width: 200 }} />
            </Form.Item>
          ))}
        </Flex>
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  )
}
