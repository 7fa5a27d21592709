import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PortalRoot } from '../PortalRoot'
import { AdminRoutes } from './AdminRoutes'
import '../global.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalRoot portal="admin">
      <AdminRoutes />
    </PortalRoot>
  </StrictMode>,
)
