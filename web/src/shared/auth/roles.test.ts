import { describe, expect, it } from 'vitest'
import { canUsePortal } from './roles'

describe('canUsePortal', () => {
  it('lets only residents into the resident portal', () => {
    expect(canUsePortal('resident', ['resident'])).toBe(true)
    expect(canUsePortal('resident', ['front_desk'])).toBe(false)
    expect(canUsePortal('resident', ['company_admin'])).toBe(false)
  })

  it('lets each staff role into the staff portal, and nobody else', () => {
    for (const role of ['front_desk', 'cs_specialist', 'engineer', 'security', 'supervisor', 'estate_manager']) {
      expect(canUsePortal('staff', [role])).toBe(true)
    }
    expect(canUsePortal('staff', ['resident'])).toBe(false)
    expect(canUsePortal('staff', ['company_admin'])).toBe(false)
    expect(canUsePortal('staff', ['platform_admin'])).toBe(false)
  })

  it('lets company and platform administrators into the admin portal', () => {
    expect(canUsePortal('admin', ['company_admin'])).toBe(true)
    expect(canUsePortal('admin', ['platform_admin'])).toBe(true)
    expect(canUsePortal('admin', ['estate_manager', 'supervisor'])).toBe(false)
  })

  it('refuses a user with no roles and ignores unknown role values', () => {
    for (const portal of ['resident', 'staff', 'admin'] as const) {
      expect(canUsePortal(portal, [])).toBe(false)
      expect(canUsePortal(portal, ['Resident', 'admin'])).toBe(false)
    }
  })
})
