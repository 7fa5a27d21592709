import { WebStorageStateStore } from 'oidc-client-ts'
import type { AuthProviderProps } from 'react-oidc-context'
import { config, type PortalName } from '@/shared/config/env'

export const SCOPES = 'openid profile offline_access api'

/** Where the identity server sends the browser back: /<portal>/callback (docs/contracts.md "OIDC clients"). */
export function callbackPath(portal: PortalName): string {
  return `/${portal}/callback`
}

/**
 * Authorization code + PKCE with a refresh token (offline_access); oidc-client-ts renews the access
 * token with the refresh token before it expires. Users are kept in localStorage so a new tab of the
 * same portal stays signed in; each portal has its own client id, hence its own entry.
 */
export function oidcSettings(portal: PortalName): AuthProviderProps {
  const origin = window.location.origin
  return {
    authority: config.authority,
    client_id: config.clientIds[portal],
    redirect_uri: `${origin}${callbackPath(portal)}`,
    post_logout_redirect_uri: `${origin}/${portal}/`,
    response_type: 'code',
    scope: SCOPES,
    automaticSilentRenew: true,
    loadUserInfo: false,
    userStore: new WebStorageStateStore({ store: window.localStorage }),
    // Only the callback route handles ?code=&state=; any other page keeps its query string.
    skipSigninCallback: window.location.pathname !== callbackPath(portal),
    // The callback page navigates with the router once the user is loaded.
    onSigninCallback: () => undefined,
  }
}

/** State carried through the sign-in round trip. */
export interface SignInState {
  returnTo: string
}

export function readReturnTo(state: unknown, fallback: string): string {
  if (state && typeof state === 'object' && 'returnTo' in state) {
    const returnTo = (state as SignInState).returnTo
    // Only same-origin paths, never an absolute URL someone put into the state.
    if (typeof returnTo === 'string' && returnTo.startsWith('/') && !returnTo.startsWith('//')) return returnTo
  }
  return fallback
}
