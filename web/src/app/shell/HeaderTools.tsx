import { Flex, Tag } from 'antd'
import { useTranslation } from 'react-i18next'
import { UserMenu } from '@/features/auth'
import { useSession } from '@/shared/auth/session'
import { useCompanyLabel } from '@/shared/auth/viewer'
import { LanguageSwitch } from '@/shared/i18n/LanguageSwitch'

/** Company name, language switch and user menu, shared by the three shells. */
export function HeaderTools({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation()
  const { claims } = useSession()
  const company = useCompanyLabel() ?? (claims ? t('company.platform') : null)
  return (
    <Flex align="center" gap={compact ? 4 : 12}>
      {!compact && company && (
        <Tag color="geekblue" data-testid="current-company" style={{ marginInlineEnd: 0 }}>
          {company}
        </Tag>
      )}
      <LanguageSwitch size="small" />
      <UserMenu companyLabel={company} />
    </Flex>
  )
}
