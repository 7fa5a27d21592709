import { Layout, Menu, Typography, theme } from 'antd'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Outlet, useLocation, useNavigate } from 'react-router-dom'
import type { PortalName } from '@/shared/config/env'
import { HeaderTools } from './HeaderTools'

export interface NavItem {
  path: string
  labelKey: string
  icon: ReactNode
}

/** Staff and admin portals: header with tools, side navigation, content. */
export function DesktopShell({ portal, nav }: { portal: PortalName; nav: NavItem[] }) {
  const { t } = useTranslation()
  const location = useLocation()
  const navigate = useNavigate()
  const { token } = theme.useToken()
  const selected = nav.find((item) => location.pathname.startsWith(item.path))?.path
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          background: token.colorBgContainer,
          borderBottom: `1px solid ${token.colorBorderSecondary}`,
          paddingInline: 16,
          gap: 12,
        }}
      >
        <Typography.Text strong style={{ fontSize: 16, whiteSpace: 'nowrap' }}>
          {t('app.name')} · {t(`portal.${portal}.title`)}
        </Typography.Text>
        <HeaderTools />
      </Layout.Header>
      <Layout>
        <Layout.Sider breakpoint="md" collapsedWidth={0} width={200} theme="light" style={{ borderInlineEnd: `1px solid ${token.colorBorderSecondary}` }}>
          <Menu
            mode="inline"
            aria-label={t('common.navigation')}
            selectedKeys={selected ? [selected] : []}
            style={{ borderInlineEnd: 0, paddingTop: 8 }}
            items={nav.map((item) => ({ key: item.path, icon: item.icon, label: t(item.labelKey) }))}
            onClick={({ key }) => navigate(key)}
          />
        </Layout.Sider>
        <Layout.Content style={{ padding: 16 }}>
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
