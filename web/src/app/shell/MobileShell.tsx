import { Button, Flex, Layout, Typography, theme } from 'antd'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation, useNavigate } from 'react-router-dom'
import type { NavItem } from './DesktopShell'
import { HeaderTools } from './HeaderTools'

/** Resident portal: phone-sized column, compact header, bottom tab bar. */
export function MobileShell({ nav }: { nav: NavItem[] }) {
  const { t } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const { token } = theme.useToken()
  return (
    <Layout style={{ minHeight: '100vh', maxWidth: 560, margin: '0 auto', width: '100%' }}>
      <Layout.Header
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: 12,
          height: 52,
          lineHeight: '52px',
        }}
      >
        <Typography.Text strong style={{ whiteSpace: 'nowrap' }}>
          {t('portal.resident.title')}
        </Typography.Text>
        <HeaderTools compact />
      </Layout.Header>
      <Layout.Content style={{ padding: 12, paddingBottom: 76 }}>
        <Outlet />
      </Layout.Content>
      <nav
        aria-label={t('common.navigation')}
        style={{
          position: 'fixed',
          bottom: 0,
          left: '50%',
          transform: 'translateX(-50%)',
          width: '100%',
          maxWidth: 560,
          background: token.colorBgContainer,
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          paddingBottom: 'env(safe-area-inset-bottom)',
          zIndex: 10,
        }}
      >
        <Flex justify="space-around">
          {nav.map((item) => {
            const active = location.pathname.startsWith(item.path)
            return (
              <Button
                key={item.path}
                type="text"
                aria-current={active ? 'page' : undefined}
                onClick={() => navigate(item.path)}
                style={{ height: 56, flex: 1, flexDirection: 'column', gap: 2, color: active ? token.colorPrimary : token.colorTextSecondary }}
              >
                <span style={{ fontSize: 20, lineHeight: 1 }}>{item.icon}</span>
                <span style={{ fontSize: 12 }}>{t(item.labelKey)}</span>
              </Button>
            )
          })}
        </Flex>
      </nav>
    </Layout>
  )
}
