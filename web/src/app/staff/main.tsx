import { SearchOutlined } from '@ant-design/icons'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Navigate, Route, Routes } from 'react-router-dom'
import { UnitDetailPage, UnitSearchPage } from '@/features/units'
import { PortalRoot } from '../PortalRoot'
import { DesktopShell } from '../shell/DesktopShell'
import '../global.css'

const nav = [{ path: '/units', labelKey: 'nav.units', icon: <SearchOutlined /> }]

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalRoot portal="staff">
      <Routes>
        <Route element={<DesktopShell portal="staff" nav={nav} />}>
          <Route path="/units" element={<UnitSearchPage />} />
          <Route path="/units/:unitId" element={<UnitDetailPage />} />
          <Route path="*" element={<Navigate to="/units" replace />} />
        </Route>
      </Routes>
    </PortalRoot>
  </StrictMode>,
)
