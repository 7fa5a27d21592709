import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { Navigate } from 'react-router-dom'
import { readReturnTo } from '@/shared/auth/oidc'
import { useSession } from '@/shared/auth/session'
import type { PortalName } from '@/shared/config/env'
import { PageLoading } from '@/shared/ui/PageLoading'
import { NoAccessPage } from './NoAccessPage'

/** The OAuth error code of a failed sign-in; react-oidc-context wraps oidc-client-ts's ErrorResponse in innerError. */
function oauthError(error: unknown): string | undefined {
  for (const candidate of [error, (error as { innerError?: unknown } | undefined)?.innerError]) {
    const code = (candidate as { error?: unknown } | undefined)?.error
    if (typeof code === 'string') return code
  }
  return undefined
}

function isAccessDenied(error: unknown): boolean {
  return oauthError(error) === 'access_denied'
}

/** /<portal>/callback: react-oidc-context exchanges the code; then we go back where sign-in started. */
export function CallbackPage({ portal }: { portal: PortalName }) {
  const { t } = useTranslation()
  const { auth, signIn } = useSession()

  if (auth.isLoading) return <PageLoading />
  // The identity server refuses users with no membership this portal serves (OAuth error access_denied).
  if (isAccessDenied(auth.error)) return <NoAccessPage portal={portal} />
  if (auth.isAuthenticated && auth.user) {
    // Paths in the state include the /<portal> prefix; the router's basename adds it back.
    const target = readReturnTo(auth.user.state, `/${portal}/`)
    const inPortal = target.startsWith(`/${portal}`) ? target.slice(portal.length + 1) || '/' : '/'
    return <Navigate to={inPortal.includes('callback') ? '/' : inPortal} replace />
  }
  return (
    <Result
      status="error"
      title={t('auth.callbackFailed')}
      subTitle={auth.error?.message}
      extra={
        <Button type="primary" onClick={() => void signIn(`/${portal}/`)}>
          {t('auth.signInAgain')}
        </Button>
      }
    />
  )
}
