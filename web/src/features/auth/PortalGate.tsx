import type { ReactNode } from 'react'
import { canUsePortal } from '@/shared/auth/roles'
import { useSession } from '@/shared/auth/session'
import type { PortalName } from '@/shared/config/env'
import { PageLoading } from '@/shared/ui/PageLoading'
import { NoAccessPage } from './NoAccessPage'
import { SignInPage } from './SignInPage'

/** Shows the portal only to a signed-in user with a role the portal serves. */
export function PortalGate({ portal, children }: { portal: PortalName; children: ReactNode }) {
  const { auth, claims } = useSession()
  if (auth.isLoading && !auth.user) return <PageLoading />
  if (!auth.isAuthenticated || !claims) return <SignInPage portal={portal} />
  if (!canUsePortal(portal, claims.roles)) return <NoAccessPage portal={portal} />
  return <>{children}</>
}
