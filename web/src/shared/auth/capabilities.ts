import type { Role } from './roles'

/**
 * What each role may do in the portals, as the API decides it (the API checks every request; this table only keeps
 * the portals from offering what would be refused). Sources:
 * - `units`: registry queries (`estates`, `units`, `unit`) call `RequireStaff` — every staff role and company admins
 *   (api/Features/Registry/RegistryQueries.cs, `Viewer.StaffRoles`).
 * - `jobs`: the handler's steps on a service request (`acceptServiceRequest`, `startServiceWork`, …) are `Access.Staff`
 *   (api/Features/ServiceDesk/ServiceRequestUseCases.cs): any staff member may be a request's handler.
 * - `billing`: `unitLedger`, `unitAccount`, `recordPayment`, shifts, `billingRuns`, `arrears` need
 *   `BillingGraph.BillingStaff` = `AppRoles.RegistryEditors` (BillingAccess.cs, PaymentsGraph.cs, Shifts.cs,
 *   BillingGraph.cs, CollectionGraph.cs).
 */
export const CAPABILITY_ROLES = {
  units: ['front_desk', 'cs_specialist', 'engineer', 'security', 'supervisor', 'estate_manager', 'company_admin'],
  jobs: ['front_desk', 'cs_specialist', 'engineer', 'security', 'supervisor', 'estate_manager', 'company_admin'],
  billing: ['front_desk', 'cs_specialist', 'supervisor', 'estate_manager', 'company_admin'],
  /**
   * The service desk's queue, intake, stock-take and return visits: dispatch, return visit and close need
   * `ServiceDeskScope.DeskRoles` (api/Features/ServiceDesk/ServiceDeskScope.cs).
   */
  serviceDesk: ['front_desk', 'cs_specialist', 'supervisor', 'estate_manager', 'company_admin'],
  /** `paymentAnomalies`, `refundPaymentAnomaly`, online refunds: `OnlineGraph.RefundRoles`. */
  refunds: ['supervisor', 'estate_manager', 'company_admin'],
} as const satisfies Record<string, readonly Role[]>

export type Capability = keyof typeof CAPABILITY_ROLES

export function can(roles: readonly string[] | undefined, capability: Capability): boolean {
  const allowed: readonly string[] = CAPABILITY_ROLES[capability]
  return (roles ?? []).some((role) => allowed.includes(role))
}
