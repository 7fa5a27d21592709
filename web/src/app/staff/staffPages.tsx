import {
  AccountBookOutlined,
  AlertOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  FormOutlined,
  PhoneOutlined,
  ProfileOutlined,
  SearchOutlined,
  ToolOutlined,
  WarningOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import { ArrearsPage } from '@/features/arrears'
import { BillingRunsPage } from '@/features/billing-runs'
import { CashierPage } from '@/features/cashier'
import { LedgerPage, PaymentAnomaliesPage } from '@/features/ledger'
import { IntakePage, QueuePage, ReturnVisitsPage, StockTakePage } from '@/features/service-desk'
import { EngineerJobPage, EngineerJobsPage } from '@/features/service-requests'
import { UnitDetailPage, UnitSearchPage } from '@/features/units'
import { can, type Capability } from '@/shared/auth/capabilities'
import type { NavItem } from '../shell/DesktopShell'

export interface StaffPage {
  path: string
  element: ReactNode
  /** The capability the page's queries need: a role without it gets neither the route nor the menu entry. */
  capability: Capability
  nav?: Omit<NavItem, 'path'>
}

/** Every staff portal page; menu entries and routes both come from here, so they cannot disagree. */
export const STAFF_PAGES: readonly StaffPage[] = [
  // The service desk's daily work comes first: the desk roles land on their queue (issue 15 §6).
  { path: '/service-queue', element: <QueuePage />, capability: 'serviceDesk', nav: { labelKey: 'serviceDesk.nav.queue', icon: <CustomerServiceOutlined /> } },
  { path: '/service-intake', element: <IntakePage />, capability: 'serviceDesk', nav: { labelKey: 'serviceDesk.nav.intake', icon: <FormOutlined /> } },
  { path: '/return-visits', element: <ReturnVisitsPage />, capability: 'serviceDesk', nav: { labelKey: 'serviceDesk.nav.returnVisits', icon: <PhoneOutlined /> } },
  { path: '/stock-take', element: <StockTakePage />, capability: 'serviceDesk', nav: { labelKey: 'serviceDesk.nav.stockTake', icon: <ProfileOutlined /> } },
  // First: staff land on the requests assigned to them (engineers work them from the phone).
  { path: '/jobs', element: <EngineerJobsPage />, capability: 'jobs', nav: { labelKey: 'serviceRequests.jobs.nav', icon: <ToolOutlined /> } },
  { path: '/jobs/:requestId', element: <EngineerJobPage />, capability: 'jobs' },
  { path: '/units', element: <UnitSearchPage />, capability: 'units', nav: { labelKey: 'nav.units', icon: <SearchOutlined /> } },
  { path: '/units/:unitId', element: <UnitDetailPage />, capability: 'units' },
  { path: '/units/:unitId/ledger', element: <LedgerPage />, capability: 'billing' },
  { path: '/cashier', element: <CashierPage />, capability: 'billing', nav: { labelKey: 'cashier.nav', icon: <AccountBookOutlined /> } },
  { path: '/billing-runs', element: <BillingRunsPage />, capability: 'billing', nav: { labelKey: 'billingRuns.nav', icon: <CalendarOutlined /> } },
  { path: '/arrears', element: <ArrearsPage />, capability: 'billing', nav: { labelKey: 'arrears.nav', icon: <AlertOutlined /> } },
  { path: '/payment-anomalies', element: <PaymentAnomaliesPage />, capability: 'refunds', nav: { labelKey: 'ledger.anomalies.nav', icon: <WarningOutlined /> } },
]

/** The pages the roles may open. */
export function staffPagesFor(roles: readonly string[]): StaffPage[] {
  return STAFF_PAGES.filter((page) => can(roles, page.capability))
}

/** The menu of the roles: the pages they may open that have a menu entry, in table order. */
export function staffNavFor(roles: readonly string[]): NavItem[] {
  return staffPagesFor(roles).flatMap((page) => (page.nav ? [{ path: page.path, ...page.nav }] : []))
}

/** Where the roles land (and where an unknown or forbidden address leads): their first menu entry. */
export function staffLandingFor(roles: readonly string[]): string | undefined {
  return staffNavFor(roles)[0]?.path
}
