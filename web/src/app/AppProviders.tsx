import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import enUS from 'antd/locale/en_US'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { useEffect, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthProvider } from 'react-oidc-context'
import { isApiError } from '@/shared/api/graphql'
import { oidcSettings } from '@/shared/auth/oidc'
import type { PortalName } from '@/shared/config/env'
import '@/shared/i18n'

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Errors the user must act on are not retried; a flaky network is, once.
        retry: (count, error) => count < 1 && (!isApiError(error) || error.code === 'NETWORK'),
        refetchOnWindowFocus: false,
      },
    },
  })
}

function LocalisedUi({ children }: { children: ReactNode }) {
  const { i18n, t } = useTranslation()
  const zh = i18n.language.startsWith('zh')
  useEffect(() => {
    dayjs.locale(zh ? 'zh-cn' : 'en')
  }, [zh])
  useEffect(() => {
    document.title = t('app.name')
  }, [t, i18n.language])
  return (
    <ConfigProvider locale={zh ? zhCN : enUS} theme={{ token: { colorPrimary: '#1677ff', borderRadius: 6 } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  )
}

/** Everything a portal needs around its routes: i18n + antd locale, OIDC for this portal's client, react-query. */
export function AppProviders({ portal, children }: { portal: PortalName; children: ReactNode }) {
  const [queryClient] = useState(makeQueryClient)
  const [settings] = useState(() => oidcSettings(portal))
  return (
    <LocalisedUi>
      <AuthProvider {...settings}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AuthProvider>
    </LocalisedUi>
  )
}
