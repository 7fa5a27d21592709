import { Button, Flex, Result, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { PORTAL_ROLES } from '@/shared/auth/roles'
import { useSession } from '@/shared/auth/session'
import type { PortalName } from '@/shared/config/env'
import { LanguageSwitch } from '@/shared/i18n/LanguageSwitch'

/** Signed in, but without a role this portal serves. */
export function NoAccessPage({ portal }: { portal: PortalName }) {
  const { t } = useTranslation()
  const { claims, signOut, switchCompany, canSwitchCompany, signIn } = useSession()
  const needed = PORTAL_ROLES[portal].map((role) => t(`roles.${role}`)).join(t('common.listSeparator'))
  const yours = claims?.roles.length ? claims.roles.map((role) => t(`roles.${role}`, role)).join(t('common.listSeparator')) : t('auth.noRoles')
  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100vh', padding: 16, boxSizing: 'border-box' }}>
      <Result
        status="403"
        title={t('auth.noAccess.title')}
        subTitle={
          <Flex vertical gap={4}>
            <Typography.Text>{t('auth.noAccess.description', { portal: t(`portal.${portal}.title`) })}</Typography.Text>
            <Typography.Text type="secondary">{t('auth.noAccess.needs', { roles: needed })}</Typography.Text>
            {claims && (
              <Typography.Text type="secondary">
                {t('auth.noAccess.yours', { name: claims.name, roles: yours })}
              </Typography.Text>
            )}
          </Flex>
        }
        extra={
          <Flex gap={8} justify="center" wrap>
            <Button type="primary" onClick={() => void signOut()}>
              {t('auth.signOut')}
            </Button>
            {canSwitchCompany && <Button onClick={() => void switchCompany()}>{t('auth.switchCompany')}</Button>}
            {!claims && <Button onClick={() => void signIn(`/${portal}/`, true)}>{t('auth.signInOther')}</Button>}
            <Button href="/">{t('auth.otherPortals')}</Button>
          </Flex>
        }
      />
      <LanguageSwitch />
    </Flex>
  )
}
