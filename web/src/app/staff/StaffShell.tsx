import { AccountBookOutlined, AlertOutlined, CalendarOutlined, SearchOutlined, WarningOutlined } from '@ant-design/icons'
import { ARREARS_ROLES } from '@/features/arrears'
import { BILLING_RUN_ROLES } from '@/features/billing-runs'
import { CASHIER_ROLES } from '@/features/cashier'
import { PAYMENT_ANOMALY_ROLES } from '@/features/ledger'
import type { Role } from '@/shared/auth/roles'
import { useSession } from '@/shared/auth/session'
import { DesktopShell, type NavItem } from '../shell/DesktopShell'

// Billing pages show only to the roles the API lets use them; the API still checks every request.
const nav: (NavItem & { roles?: readonly Role[] })[] = [
  { path: '/units', labelKey: 'nav.units', icon: <SearchOutlined /> },
  { path: '/cashier', labelKey: 'cashier.nav', icon: <AccountBookOutlined />, roles: CASHIER_ROLES },
  { path: '/billing-runs', labelKey: 'billingRuns.nav', icon: <CalendarOutlined />, roles: BILLING_RUN_ROLES },
  { path: '/arrears', labelKey: 'arrears.nav', icon: <AlertOutlined />, roles: ARREARS_ROLES },
  { path: '/payment-anomalies', labelKey: 'ledger.anomalies.nav', icon: <WarningOutlined />, roles: PAYMENT_ANOMALY_ROLES },
]

/** The staff portal's shell with the navigation the signed-in user's roles may use. */
export function StaffShell() {
  const { claims } = useSession()
  const roles = claims?.roles ?? []
  return <DesktopShell portal="staff" nav={nav.filter((item) => !item.roles || item.roles.some((role) => roles.includes(role)))} />
}
