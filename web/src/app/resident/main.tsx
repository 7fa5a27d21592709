import { AccountBookOutlined, HomeOutlined, ToolOutlined, UserOutlined } from '@ant-design/icons'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Navigate, Route, Routes } from 'react-router-dom'
import { ProfilePage } from '@/features/auth'
import { BillsPage, CheckoutReturnPage } from '@/features/bills'
import { ResidentRequestPage, ResidentServicesPage } from '@/features/service-requests'
import { MyUnitsPage } from '@/features/units'
import { PortalRoot } from '../PortalRoot'
import { MobileShell } from '../shell/MobileShell'
import '../global.css'

const nav = [
  { path: '/home', labelKey: 'nav.myHome', icon: <HomeOutlined /> },
  { path: '/services', labelKey: 'serviceRequests.nav', icon: <ToolOutlined /> },
  { path: '/bills', labelKey: 'bills.nav', icon: <AccountBookOutlined /> },
  { path: '/me', labelKey: 'nav.me', icon: <UserOutlined /> },
]

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalRoot portal="resident">
      <Routes>
        <Route element={<MobileShell nav={nav} />}>
          <Route path="/home" element={<MyUnitsPage />} />
          <Route path="/services" element={<ResidentServicesPage />} />
          <Route path="/services/:requestId" element={<ResidentRequestPage />} />
          <Route path="/bills" element={<BillsPage />} />
          {/* The payment page sends the resident back here (success_url of the checkout). */}
          <Route path="/bills/paid" element={<CheckoutReturnPage />} />
          <Route path="/me" element={<ProfilePage />} />
          <Route path="*" element={<Navigate to="/home" replace />} />
        </Route>
      </Routes>
    </PortalRoot>
  </StrictMode>,
)
