import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { PortalRoot } from '../PortalRoot'
import { StaffRoutes } from './StaffRoutes'
import '../global.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalRoot portal="staff">
      <StaffRoutes />
    </PortalRoot>
  </StrictMode>,
)
