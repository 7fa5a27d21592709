import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Navigate, Route, Routes } from 'react-router-dom'
import { useSession } from '@/shared/auth/session'
import { PortalRoot } from '../PortalRoot'
import { StaffShell } from './StaffShell'
import { staffLandingFor, staffPagesFor } from './staffPages'
import '../global.css'

/** Only the pages the user's roles may use are routes; any other address leads to their landing page. */
function StaffRoutes() {
  const { claims } = useSession()
  const roles = claims?.roles ?? []
  const landing = staffLandingFor(roles)
  return (
    <Routes>
      <Route element={<StaffShell />}>
        {staffPagesFor(roles).map((page) => (
          <Route key={page.path} path={page.path} element={page.element} />
        ))}
        {landing && <Route path="*" element={<Navigate to={landing} replace />} />}
      </Route>
    </Routes>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalRoot portal="staff">
      <StaffRoutes />
    </PortalRoot>
  </StrictMode>,
)
