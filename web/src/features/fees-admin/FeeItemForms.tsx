import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import { useTranslation } from 'react-i18next'
import { UNIT_USAGES } from '@/shared/api/enums'
import type { UnitUsage } from '@/shared/api/gql/graphql'
import { useGraphQLMutation } from '@/shared/api/hooks'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { usePayloadSubmit } from '@/shared/ui/usePayloadSubmit'
import { ADD_FEE_RATE_MUTATION, CREATE_FEE_ITEM_MUTATION, FEE_KINDS, type FeeItem, type FeeKind } from './queries'

interface ItemValues {
  name: string
  kind: FeeKind
  appliesTo?: UnitUsage[]
}

/** New fee item of an estate: name, how it is charged, which unit usages it applies to (none = all). */
export function CreateFeeItemModal({ estateId, open, onClose, onSaved }: { estateId: string; open: boolean; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const [form] = Form.useForm<ItemValues>()
  const create = useGraphQLMutation(CREATE_FEE_ITEM_MUTATION)
  const { run, messages } = usePayloadSubmit(form)

  async function finish(values: ItemValues) {
    const input = { estateId, name: values.name.trim(), kind: values.kind, appliesTo: values.appliesTo ?? [] }
    if (await run(async () => (await create.mutateAsync({ input })).createFeeItem)) onSaved()
  }

  return (
    <Modal
      open={open}
      title={t('feesAdmin.items.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
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
  const add = useGraphQLMutation(ADD_FEE_RATE_MUTATION)
  const { run, messages } = usePayloadSubmit(form)

  async function finish(values: RateValues) {
    if (!item) return
    const input = {
      feeItemId: item.id,
      amount: values.amount,
      effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
      effectiveTo: values.effectiveTo ? values.effectiveTo.format('YYYY-MM-DD') : null,
    }
    if (await run(async () => (await add.mutateAsync({ input })).addFeeRate)) onSaved()
  }

  return (
    <Modal
      open={item !== null}
      title={item ? t('feesAdmin.rates.addTitle', { name: item.name }) : ''}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending}
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
