import { useMemo } from 'react'
import { useAuth } from 'react-oidc-context'
import { useTranslation } from 'react-i18next'
import { readClaims, type Claims } from './claims'
import type { SignInState } from './oidc'

/** The signed-in user's claims, and sign-in / sign-out / switch-company actions. */
export function useSession() {
  const auth = useAuth()
  const { i18n } = useTranslation()
  const claims: Claims | null = useMemo(() => (auth.user ? readClaims(auth.user) : null), [auth.user])

  const here = () => `${window.location.pathname}${window.location.search}`

  return {
    auth,
    claims,
    /** `anotherAccount` asks the identity server for the sign-in page even when a session is live. */
    signIn: (returnTo: string = here(), anotherAccount = false) =>
      auth.signinRedirect({
        state: { returnTo } satisfies SignInState,
        ui_locales: i18n.language,
        prompt: anotherAccount ? 'login' : undefined,
      }),
    /** Several companies: the user may pick another one (docs/contracts.md, "Company switch"). */
    canSwitchCompany: (claims?.companyCount ?? 1) > 1,
    /**
     * Runs the authorize request again with `switch_company=1`: the identity server shows its company picker
     * even though the session is live, and issues new tokens for the chosen company.
     */
    switchCompany: () =>
      auth.signinRedirect({
        state: { returnTo: here() } satisfies SignInState,
        ui_locales: i18n.language,
        extraQueryParams: { switch_company: '1' },
      }),
    signOut: async () => {
      // Ends the identity server's session too, then comes back to /<portal>/.
      await auth.signoutRedirect({ extraQueryParams: { ui_locales: i18n.language } })
    },
  }
}
