import { DownloadOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useAuth } from 'react-oidc-context'
import { downloadApiFile } from './receipt'

/** "Download receipt": the PDF at the payment's receiptUrl, fetched with the resident's token. */
export function ReceiptButton({ receiptUrl, receiptNumber, type }: { receiptUrl: string; receiptNumber: string; type?: 'primary' | 'default' | 'link' }) {
  const { t, i18n } = useTranslation()
  const auth = useAuth()
  const { message } = App.useApp()
  const [busy, setBusy] = useState(false)

  async function download() {
    setBusy(true)
    try {
      await downloadApiFile(receiptUrl, `${receiptNumber}.pdf`, { token: auth.user?.access_token, language: i18n.language })
    } catch {
      void message.error(t('bills.receipt.failed'))
    } finally {
      setBusy(false)
    }
  }

  return (
    <Button type={type} size={type === 'link' ? 'small' : undefined} icon={<DownloadOutlined />} loading={busy} onClick={() => void download()}>
      {t('bills.receipt.download')}
    </Button>
  )
}
