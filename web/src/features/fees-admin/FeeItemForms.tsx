import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { UNIT_USAGES } from '@/shared/api/enums'
import type { UnitUsage } from '@/shared/api/gql/graphql'
import { errorMessage, type GraphQLDocument } from '@/shared/api/graphql'
import { useGraphQLMutation, type PayloadError } from '@/shared/api/hooks'
import { applyPayloadErrors } from '@/shared/ui/formErrors'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { ADD_FEE_RATE_MUTATION, CREATE_FEE_ITEM_MUTATION, FEE_KINDS, type FeeItem, type FeeKind } from './queries'

type FeeItemPayload = { feeItem?: FeeItem | null; errors: PayloadError[] }

/** Runs a mutation; typed errors go onto their form fields, the rest (and transport errors) into `messages`. */
function useSubmit<TData, TVars>(mutation: GraphQLDocument<TData, TVars>, pick: (data: TData) => FeeItemPayload) {
  const [messages, setMessages] = useState<string[]>([])
  const run = useGraphQLMutation(mutation)
  async function submit(form: Parameters<typeof applyPayloadErrors>[0], variables: TVars): Promise<FeeItem | null> {
    setMessages([])
    try {
      const payload = pick(await run.mutateAsync(variables))
      if (payload.errors.length > 0) {
        setMessages(applyPayloadErrors(form, payload.errors).map((e) => e.message))
        return null
      }
      return payload.feeItem ?? null
    } catch (error) {
      setMessages([errorMessage(error)])
      return null
    }
  }
  return { submit, messages, pending: run.isPending }
}

interface ItemValues {
  name: string
  kind: FeeKind
  appliesTo?: UnitUsage[]
}

/** New fee item of an estate: name, how it is charged, which unit usages it applies to (none = all). */
export function CreateFeeItemModal({ estateId, open, onClose, onSaved }: { estateId: string; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<ItemValues>()
  const { submit, messages, pending } = useSubmit(CREATE_FEE_ITEM_MUTATION, (d) => d.createFeeItem)

  async function finish(values: ItemValues) {
    const item = await submit(form, { input: { estateId, name: values.name.trim(), kind: values.kind, appliesTo: values.appliesTo ?? [] } })
    if (item) onSaved()
  }

  return (
    <Modal
      open={open}
      title={t('feesAdmin.items.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrors messages={messages} />
      <Form<ItemValues> form={form} layout="vertical" preserve={false} initialValues={{ name: '', kind: 'MANAGEMENT_PER_AREA', appliesTo: [] }} onFinish={(v) => void finish(v)}>
        <Form.Item name="name" label={t('feesAdmin.items.name')} rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 100 }]}>
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label={t('feesAdmin.items.kind')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={FEE_KINDS.map((k) => ({ value: k, label: t(`feesAdmin.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="appliesTo" label={t('feesAdmin.items.appliesTo')} extra={t('feesAdmin.items.appliesToHint')}>
          <Select mode="multiple" allowClear options={UNIT_USAGES.map((u) => ({ value: u, label: t(`unit.usage.${u}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  )
}

interface RateValues {
  amount: number
  effectiveFrom: Dayjs
  effectiveTo?: Dayjs | null
}

/** A new dated rate; issued bills keep the rate they were billed with. */
export function AddFeeRateModal({ item, onClose, onSaved }: { item: FeeItem | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<RateValues>()
  const { submit, messages, pending } = useSubmit(ADD_FEE_RATE_MUTATION, (d) => d.addFeeRate)

  async function finish(values: RateValues) {
    if (!item) return
    const saved = await submit(form, {
      input: {
        feeItemId: item.id,
        amount: values.amount,
        effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
        effectiveTo: values.effectiveTo ? values.effectiveTo.format('YYYY-MM-DD') : null,
      },
    })
    if (saved) onSaved()
  }

  return (
    <Modal
      open={item !== null}
      title={item ? t('feesAdmin.rates.addTitle', { name: item.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <PayloadErrors messages={messages} />
      <Form<RateValues> form={form} layout="vertical" preserve={false} onFinish={(v) => void finish(v)}>
        <Form.Item
          name="amount"
          label={item ? `${t('feesAdmin.rates.amount')} (${t(`feesAdmin.rateUnit.${item.kind}`)})` : t('feesAdmin.rates.amount')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <InputNumber min={0} precision={2} step={0.1} prefix="¥" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="effectiveFrom" label={t('feesAdmin.rates.effectiveFrom')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="effectiveTo" label={t('feesAdmin.rates.effectiveTo')} extra={t('feesAdmin.rates.effectiveToHint')}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  )
}
