import { LoginOutlined } from '@ant-design/icons'
import { Button, Card, Flex, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useSession } from '@/shared/auth/session'
import type { PortalName } from '@/shared/config/env'
import { LanguageSwitch } from '@/shared/i18n/LanguageSwitch'

/** Signed-out page of a portal: what this portal is, and a button to the identity server. */
export function SignInPage({ portal }: { portal: PortalName }) {
  const { t } = useTranslation()
  const { signIn, auth } = useSession()
  return (
    <Flex vertical align="center" justify="center" gap={24} style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Flex vertical gap={16} align="stretch">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t(`portal.${portal}.title`)}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t(`portal.${portal}.signInIntro`)}
          </Typography.Paragraph>
          <Button
            type="primary"
            size="large"
            block
            icon={<LoginOutlined />}
            loading={auth.activeNavigator === 'signinRedirect'}
            onClick={() => void signIn()}
          >
            {t('auth.signIn')}
          </Button>
          {auth.error && (
            <Typography.Text type="danger" role="alert">
              {t('auth.identityUnavailable')}
            </Typography.Text>
          )}
        </Flex>
      </Card>
      <LanguageSwitch />
    </Flex>
  )
}
