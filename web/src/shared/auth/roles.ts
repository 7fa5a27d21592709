import type { PortalName } from '@/shared/config/env'

/** Role claim values (docs/contracts.md "Roles"). */
export const ROLES = [
  'resident',
  'front_desk',
  'cs_specialist',
  'engineer',
  'security',
  'supervisor',
  'estate_manager',
  'company_admin',
  'platform_admin',
] as const
export type Role = (typeof ROLES)[number]

export const STAFF_ROLES: readonly Role[] = [
  'front_desk',
  'cs_specialist',
  'engineer',
  'security',
  'supervisor',
  'estate_manager',
]

/** Which roles may use which portal: a user needs at least one of them. */
export const PORTAL_ROLES: Record<PortalName, readonly Role[]> = {
  resident: ['resident'],
  staff: STAFF_ROLES,
  admin: ['company_admin', 'platform_admin'],
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

export function canUsePortal(portal: PortalName, roles: readonly string[]): boolean {
  return PORTAL_ROLES[portal].some((role) => roles.includes(role))
}

export function hasRole(roles: readonly string[], role: Role): boolean {
  return roles.includes(role)
}
