import { ApartmentOutlined, BankOutlined, CalendarOutlined, CustomerServiceOutlined, DollarOutlined, PercentageOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons'
import { Navigate, Route, Routes } from 'react-router-dom'
import { CalendarPage } from '@/features/calendar-admin'
import { CompaniesPage } from '@/features/companies'
import { EstatesPage } from '@/features/estates'
import { BillingSettingsPage, CollectionRatesPage, FeeItemsPage } from '@/features/fees-admin'
import { ServiceSettingsPage } from '@/features/service-settings'
import { StaffPage } from '@/features/staff-management'
import { hasRole } from '@/shared/auth/roles'
import { useSession } from '@/shared/auth/session'
import { DesktopShell, type NavItem } from '../shell/DesktopShell'

/** Company admins manage their company; the platform admin (no company) manages companies. */
export function AdminRoutes() {
  const { claims } = useSession()
  const roles = claims?.roles ?? []
  const companyAdmin = hasRole(roles, 'company_admin') && Boolean(claims?.tenant)
  const platformAdmin = hasRole(roles, 'platform_admin')

  const nav: NavItem[] = [
    ...(companyAdmin
      ? [
          { path: '/estates', labelKey: 'nav.estates', icon: <ApartmentOutlined /> },
          { path: '/staff', labelKey: 'nav.staff', icon: <TeamOutlined /> },
          { path: '/fees', labelKey: 'feesAdmin.nav.fees', icon: <DollarOutlined /> },
          { path: '/collection-rates', labelKey: 'feesAdmin.nav.collection', icon: <PercentageOutlined /> },
          { path: '/billing-settings', labelKey: 'feesAdmin.nav.settings', icon: <SettingOutlined /> },
          { path: '/calendar', labelKey: 'calendarAdmin.nav', icon: <CalendarOutlined /> },
          { path: '/service-settings', labelKey: 'serviceSettings.nav', icon: <CustomerServiceOutlined /> },
        ]
      : []),
    ...(platformAdmin ? [{ path: '/companies', labelKey: 'nav.companies', icon: <BankOutlined /> }] : []),
  ]
  const home = nav[0]?.path ?? '/companies'

  return (
    <Routes>
      <Route element={<DesktopShell portal="admin" nav={nav} />}>
        {companyAdmin && <Route path="/estates" element={<EstatesPage />} />}
        {companyAdmin && <Route path="/staff" element={<StaffPage />} />}
        {companyAdmin && <Route path="/fees" element={<FeeItemsPage />} />}
        {companyAdmin && <Route path="/collection-rates" element={<CollectionRatesPage />} />}
        {companyAdmin && <Route path="/billing-settings" element={<BillingSettingsPage />} />}
        {companyAdmin && <Route path="/calendar" element={<CalendarPage />} />}
        {companyAdmin && <Route path="/service-settings" element={<ServiceSettingsPage />} />}
        {platformAdmin && <Route path="/companies" element={<CompaniesPage />} />}
        <Route path="*" element={<Navigate to={home} replace />} />
      </Route>
    </Routes>
  )
}
