import { Button, Result } from 'antd'
import { useTranslation } from 'react-i18next'
import { useAuth } from 'react-oidc-context'
import { isApiError } from '@/shared/api/graphql'

interface Props {
  error: unknown
  onRetry?: () => void
}

/**
 * Friendly error screen. UNAUTHENTICATED and FORBIDDEN have their own screens; other API errors show the
 * API's localised `errors[].message`.
 */
export function ErrorState({ error, onRetry }: Props) {
  const { t } = useTranslation()
  const auth = useAuth()

  if (isApiError(error, 'UNAUTHENTICATED')) {
    return (
      <Result
        status="warning"
        title={t('errors.unauthenticated.title')}
        subTitle={t('errors.unauthenticated.description')}
        extra={
          <Button
            type="primary"
            onClick={() =>
              void auth.signinRedirect({ state: { returnTo: `${window.location.pathname}${window.location.search}` } })
            }
          >
            {t('auth.signInAgain')}
          </Button>
        }
      />
    )
  }
  if (isApiError(error, 'FORBIDDEN')) {
    return (
      <Result
        status="403"
        title={t('errors.forbidden.title')}
        subTitle={error.message || t('errors.forbidden.description')}
      />
    )
  }
  if (isApiError(error, 'NOT_FOUND')) {
    return <Result status="404" title={t('errors.notFound.title')} subTitle={error.message} />
  }

  const network = isApiError(error, 'NETWORK')
  const message = network
    ? t('errors.network.description')
    : error instanceof Error && error.message
      ? error.message
      : t('errors.generic.description')
  return (
    <Result
      status="error"
      title={network ? t('errors.network.title') : t('errors.generic.title')}
      subTitle={<span style={{ whiteSpace: 'pre-line' }}>{message}</span>}
      extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
    />
  )
}
