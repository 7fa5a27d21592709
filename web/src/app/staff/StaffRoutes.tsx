import { Navigate, Route, Routes } from 'react-router-dom'
import { useSession } from '@/shared/auth/session'
import { StaffShell } from './StaffShell'
import { staffLandingFor, staffPagesFor } from './staffPages'

/** Only the pages the user's roles may use are routes; any other address leads to their landing page. */
export function StaffRoutes() {
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
