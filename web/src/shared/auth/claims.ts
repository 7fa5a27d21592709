import type { User } from 'oidc-client-ts'

/** The claims the portals read, from the access token (docs/contracts.md "Access token"). */
export interface Claims {
  sub: string
  name: string
  userName: string
  tenant: string | null
  roles: string[]
  estateIds: string[]
  personId: string | null
  /** How many companies this user may enter through this portal (id token `company_count`). */
  companyCount: number
  tenantNameZh: string | null
  tenantNameEn: string | null
}

function decodeJwtPayload(token: string): Record<string, unknown> {
  const part = token.split('.')[1]
  if (!part) return {}
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(part.length / 4) * 4, '=')
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))
    return JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>
  } catch {
    return {}
  }
}

function asList(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string')
  if (typeof value === 'string' && value.length > 0) return [value]
  return []
}

function asString(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null
}

/**
 * Reads the user's claims. The access token is a plain JWT meant for the API; reading it here is only
 * for display and navigation — the API checks every request itself. Identity-token claims fill gaps.
 */
export function readClaims(user: Pick<User, 'access_token' | 'profile'>): Claims {
  const at = decodeJwtPayload(user.access_token)
  const profile = user.profile as Record<string, unknown>
  const pick = (key: string) => (at[key] !== undefined ? at[key] : profile[key])
  const roles = [...new Set([...asList(at.role), ...asList(profile.role)])]
  return {
    sub: asString(pick('sub')) ?? '',
    name: asString(pick('name')) ?? asString(pick('preferred_username')) ?? '',
    userName: asString(pick('preferred_username')) ?? '',
    tenant: asString(pick('tenant')),
    roles,
    estateIds: asList(pick('estate')),
    personId: asString(pick('person')),
    companyCount: Number(pick('company_count') ?? 1) || 1,
    tenantNameZh: asString(pick('tenant_name_zh')),
    tenantNameEn: asString(pick('tenant_name_en')),
  }
}
