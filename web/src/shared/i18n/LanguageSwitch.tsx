import { GlobalOutlined } from '@ant-design/icons'
import { Segmented } from 'antd'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language } from './index'

const LABELS: Record<Language, string> = { 'zh-CN': '中文', en: 'English' }

/** zh-CN / English switch; the choice is kept in localStorage by the i18next detector. */
export function LanguageSwitch({ size = 'middle' }: { size?: 'small' | 'middle' | 'large' }) {
  const { i18n, t } = useTranslation()
  const value = (LANGUAGES as readonly string[]).includes(i18n.language) ? i18n.language : 'zh-CN'
  return (
    <Segmented
      size={size}
      aria-label={t('common.language')}
      value={value}
      onChange={(lng) => void i18n.changeLanguage(String(lng))}
      options={LANGUAGES.map((lng) => ({
        value: lng,
        label: (
          <span lang={lng}>
            {lng === value && <GlobalOutlined style={{ marginInlineEnd: 4 }} />}
            {LABELS[lng]}
          </span>
        ),
      }))}
    />
  )
}
