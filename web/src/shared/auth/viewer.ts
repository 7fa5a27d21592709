import { useTranslation } from 'react-i18next'
import { graphql } from '@/shared/api/gql'
import type { ViewerQuery } from '@/shared/api/gql/graphql'
import { useGraphQLQuery } from '@/shared/api/hooks'
import { useSession } from './session'

export const VIEWER_QUERY = graphql(`
  query Viewer {
    me {
      userId
      name
      roles
      estateIds
      personId
      company {
        slug
        nameZh
        nameEn
      }
    }
  }
`)

export type Viewer = ViewerQuery['me']
export type CurrentCompany = NonNullable<Viewer['company']>

/** `me` from the API: the company's display names come from here, roles and tenant are also in the token. */
export function useViewer(enabled = true) {
  return useGraphQLQuery(['viewer'], VIEWER_QUERY, undefined, { enabled, staleTime: 5 * 60_000 })
}

/** The company's name in the UI language: from `me`, else from the id token, else its slug. */
export function companyName(
  company: Pick<CurrentCompany, 'nameZh' | 'nameEn'> | null | undefined,
  language: string,
  fallback: string | null,
): string | null {
  const zh = company?.nameZh || null
  const en = company?.nameEn || null
  return (language.startsWith('zh') ? (zh ?? en) : (en ?? zh)) ?? fallback
}

/**
 * Display name of the current company: the id token carries both names; `me` is asked only when it does not.
 * The platform administrator has no company (null).
 */
export function useCompanyLabel(): string | null {
  const { i18n } = useTranslation()
  const { claims } = useSession()
  const fromToken = Boolean(claims?.tenantNameZh || claims?.tenantNameEn)
  const viewer = useViewer(Boolean(claims?.tenant) && !fromToken)
  if (!claims?.tenant) return null
  const names = fromToken ? { nameZh: claims.tenantNameZh ?? '', nameEn: claims.tenantNameEn ?? '' } : viewer.data?.me.company
  return companyName(names, i18n.language, claims.tenant)
}
