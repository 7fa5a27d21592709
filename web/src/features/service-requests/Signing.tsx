import { Button, Checkbox, Flex, Form, Input, Rate } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PayloadErrors } from '@/shared/ui/PayloadErrors'
import { formatMoney } from '@/shared/format/money'
import { CONFIRM_PRICE, REFUSE_PRICE, SIGN_OFF, type ServiceRequest } from './queries'
import { useStep } from './useStep'

/**
 * On the engineer's phone the resident signs with their name and a tick (not a drawn signature: see Signer in
 * api/Features/ServiceDesk/PaidRepairUseCases.cs); in the portal the resident is signed in and signs as themself.
 */
function SignerFields() {
  const { t } = useTranslation()
  return (
    <>
      <Form.Item name="signerName" label={t('serviceRequests.signerName')} rules={[{ required: true, whitespace: true, message: t('serviceRequests.signerRequired') }]}>
        <Input maxLength={50} data-testid="signer-name" />
      </Form.Item>
      <Form.Item name="confirmed" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error(t('serviceRequests.confirmRequired')))) }]}>
        <Checkbox data-testid="signer-confirm">{t('serviceRequests.signerConfirm')}</Checkbox>
      </Form.Item>
    </>
  )
}

/** The resident accepts or refuses the quoted price before work starts. */
export function PriceDecision({ request, onPhone }: { request: ServiceRequest; onPhone: boolean }) {
  const { t } = useTranslation()
  const [form] = Form.useForm()
  const [refusing, setRefusing] = useState(false)
  const { step, messages } = useStep()
  if (request.chargeStatus !== 'QUOTED') return null
  const submit = async (v: { signerName?: string; confirmed?: boolean; reason?: string }) => {
    const signer = onPhone ? { signerName: v.signerName, confirmed: v.confirmed } : {}
    if (refusing) await step(REFUSE_PRICE, { requestId: request.id, reason: v.reason ?? '', signerName: signer.signerName })
    else await step(CONFIRM_PRICE, { requestId: request.id, total: request.chargeTotal ?? 0, ...signer })
  }
  return (
    <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
      <PayloadErrors messages={messages} />
      {onPhone && <SignerFields />}
      {refusing && (
        <Form.Item name="reason" label={t('serviceRequests.refuseReason')} rules={[{ required: true, whitespace: true, message: t('serviceRequests.reasonRequired') }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
      <Flex gap={8} wrap>
        {!refusing && (
          <Button type="primary" htmlType="submit" data-testid="price-confirm">
            {t('serviceRequests.confirmPrice', { total: formatMoney(request.chargeTotal) })}
          </Button>
        )}
        {refusing ? (
          <>
            <Button danger htmlType="submit">{t('serviceRequests.refusePrice')}</Button>
            <Button onClick={() => setRefusing(false)}>{t('common.cancel')}</Button>
          </>
        ) : (
          <Button onClick={() => setRefusing(true)}>{t('serviceRequests.refusePrice')}</Button>
        )}
      </Flex>
    </Form>
  )
}

/** 业主签字确认 with a rating 1–5 and a comment (§6.4 6, §10). */
export function SignOff({ request, onPhone }: { request: ServiceRequest; onPhone: boolean }) {
  const { t } = useTranslation()
  const [form] = Form.useForm()
  const { step, messages } = useStep()
  if (request.status !== 'COMPLETED' || !['REPAIR', 'HOME_SERVICE'].includes(request.type)) return null
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v: { rating?: number; comment?: string; signerName?: string; confirmed?: boolean }) =>
        void step(SIGN_OFF, { requestId: request.id, rating: v.rating || null, comment: v.comment, ...(onPhone ? { signerName: v.signerName, confirmed: v.confirmed } : {}) })
      }
    >
      <PayloadErrors messages={messages} />
      <Form.Item name="rating" label={t('serviceRequests.rating')}>
        <Rate data-testid="sign-off-rating" />
      </Form.Item>
      <Form.Item name="comment" label={t('serviceRequests.comment')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      {onPhone && <SignerFields />}
      <Button type="primary" htmlType="submit" data-testid="sign-off">
        {t('serviceRequests.signOff')}
      </Button>
    </Form>
  )
}
