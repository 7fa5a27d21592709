import { Form, Input } from 'antd'
import { useTranslation } from 'react-i18next'

/** The required free-text reason of a correction (refund, adjustment, void): trimmed, at most 500 characters. */
export function ReasonField({ name = 'reason' }: { name?: string }) {
  const { t } = useTranslation()
  return (
    <Form.Item name={name} label={t('common.reason')} rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}>
      <Input.TextArea rows={3} maxLength={500} showCount />
    </Form.Item>
  )
}
