import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CAPABILITY_ROLES } from '@/shared/auth/capabilities'
import { STAFF_ROLES } from '@/shared/auth/roles'
import { STAFF_PAGES, staffLandingFor, staffNavFor, staffPagesFor } from './staffPages'

const billingPages = ['/units/:unitId/ledger', '/cashier', '/billing-runs', '/arrears']
const deskPages = ['/service-queue', '/service-intake', '/return-visits', '/stock-take']

describe('staff portal pages per role', () => {
  it.each(['engineer', 'security'])('gives %s their jobs and the unit registry, landing on their jobs', (role) => {
    expect(staffNavFor([role]).map((item) => item.path)).toEqual(['/jobs', '/units'])
    expect(staffPagesFor([role]).map((page) => page.path)).toEqual(['/jobs', '/jobs/:requestId', '/units', '/units/:unitId'])
    expect(staffLandingFor([role])).toBe('/jobs')
  })

  it.each(['front_desk', 'cs_specialist'])('gives %s the service desk, the registry and every billing page but refunds, landing on the queue', (role) => {
    expect(staffNavFor([role]).map((item) => item.path)).toEqual([...deskPages, '/jobs', '/units', '/cashier', '/billing-runs', '/arrears'])
    expect(staffPagesFor([role]).map((page) => page.path)).toEqual(expect.arrayContaining(billingPages))
    expect(staffLandingFor([role])).toBe('/service-queue')
  })

  it.each(['supervisor', 'estate_manager'])('gives %s the service desk, the registry, every billing page and the payment anomalies', (role) => {
    expect(staffNavFor([role]).map((item) => item.path)).toEqual([...deskPages, '/jobs', '/units', '/cashier', '/billing-runs', '/arrears', '/payment-anomalies'])
    expect(staffPagesFor([role]).map((page) => page.path)).toEqual(expect.arrayContaining(billingPages))
    expect(staffLandingFor([role])).toBe('/service-queue')
  })

  it('joins the pages of several roles and offers nothing to a role outside the table', () => {
    expect(staffNavFor(['engineer', 'front_desk'])).toHaveLength(9)
    expect(staffPagesFor(['resident'])).toEqual([])
    expect(staffLandingFor([])).toBeUndefined()
  })

  it('offers every staff role a landing page, and only pages whose capability includes the role', () => {
    for (const role of STAFF_ROLES) {
      expect(staffLandingFor([role])).toBeDefined()
      for (const page of staffPagesFor([role])) expect(CAPABILITY_ROLES[page.capability]).toContain(role)
    }
    for (const page of STAFF_PAGES) expect(Object.keys(CAPABILITY_ROLES)).toContain(page.capability)
  })
})

// The API is the truth: the table must list exactly the roles of the API's role sets it cites.
describe('capability table against the API', () => {
  const source = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'api', 'Core', 'RequestContext.cs'), 'utf8')
  const values = Object.fromEntries([...source.matchAll(/public const string (\w+) = "(\w+)";/g)].map((m) => [m[1], m[2]]))
  const roleSet = (pattern: RegExp) =>
    source
      .match(pattern)![1]
      .split(',')
      .map((name) => values[name.trim().replace(/^AppRoles\./, '')])

  it('lists the staff roles and company admins for the registry (RequireStaff)', () => {
    const staff = roleSet(/StaffRoles = \[([^\]]+)\]/)
    expect([...CAPABILITY_ROLES.units].sort()).toEqual([...staff, 'company_admin'].sort())
    // Access.Staff (the handler's steps on service requests) is the same set.
    expect([...CAPABILITY_ROLES.jobs].sort()).toEqual([...staff, 'company_admin'].sort())
  })

  it('lists BillingGraph.BillingStaff (= AppRoles.RegistryEditors) for billing', () => {
    const billing = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'api', 'Features', 'Billing', 'BillingGraph.cs'), 'utf8')
    expect(billing).toContain('BillingStaff = AppRoles.RegistryEditors;')
    expect([...CAPABILITY_ROLES.billing].sort()).toEqual(roleSet(/RegistryEditors = \[([^\]]+)\]/).sort())
  })

  it('lists ServiceDeskScope.DeskRoles for the service desk pages', () => {
    const scope = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'api', 'Features', 'ServiceDesk', 'ServiceDeskScope.cs'), 'utf8')
    const names = scope.match(/DeskRoles = \[([^\]]+)\]/)![1].split(',')
    expect([...CAPABILITY_ROLES.serviceDesk].sort()).toEqual(names.map((name) => values[name.trim().replace(/^AppRoles\./, '')]).sort())
  })

  it('lists OnlineGraph.RefundRoles for refunds and payment anomalies', () => {
    const online = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'api', 'Features', 'Billing', 'Online', 'OnlineGraph.cs'), 'utf8')
    const names = online.match(/RefundRoles = \[([^\]]+)\]/)![1].split(',')
    const refunders = names.map((name) => values[name.trim().replace(/^AppRoles\./, '')])
    expect([...CAPABILITY_ROLES.refunds].sort()).toEqual(refunders.sort())
  })
})
