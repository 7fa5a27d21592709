import { LogoutOutlined, SwapOutlined } from '@ant-design/icons'
import { Button, Card, Descriptions, Flex, Tag, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/shared/auth/session'
import { useCompanyLabel } from '@/shared/auth/viewer'
import { LanguageSwitch } from '@/shared/i18n/LanguageSwitch'

/** "Me": who is signed in, for which company, language, switch company, sign out (resident tab). */
export function ProfilePage() {
  const { t } = useTranslation()
  const { claims, signOut, switchCompany, canSwitchCompany } = useSession()
  const company = useCompanyLabel()
  if (!claims) return null
  return (
    <Flex vertical gap={12}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('profile.title')}
      </Typography.Title>
      <Card size="small">
        <Descriptions
          column={1}
          size="small"
          items={[
            { key: 'name', label: t('profile.name'), children: claims.name },
            { key: 'user', label: t('profile.userName'), children: claims.userName || '—' },
            {
              key: 'company',
              label: t('profile.company'),
              children: company ?? '—',
            },
            {
              key: 'roles',
              label: t('profile.roles'),
              children: (
                <Flex wrap gap={4}>
                  {claims.roles.map((r) => (
                    <Tag key={r} color="blue" style={{ marginInlineEnd: 0 }}>
                      {t(`roles.${r}`, r)}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
            { key: 'language', label: t('common.language'), children: <LanguageSwitch size="small" /> },
          ]}
        />
      </Card>
      {canSwitchCompany && (
        <Button block icon={<SwapOutlined />} onClick={() => void switchCompany()}>
          {t('auth.switchCompany')}
        </Button>
      )}
      <Button block danger icon={<LogoutOutlined />} onClick={() => void signOut()}>
        {t('auth.signOut')}
      </Button>
    </Flex>
  )
}
