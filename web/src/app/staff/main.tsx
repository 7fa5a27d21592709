import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Navigate, Route, Routes } from 'react-router-dom'
import { ArrearsPage } from '@/features/arrears'
import { BillingRunsPage } from '@/features/billing-runs'
import { CashierPage } from '@/features/cashier'
import { LedgerPage, PaymentAnomaliesPage } from '@/features/ledger'
import { UnitDetailPage, UnitSearchPage } from '@/features/units'
import { PortalRoot } from '../PortalRoot'
import { StaffShell } from './StaffShell'
import '../global.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PortalRoot portal="staff">
      <Routes>
        <Route element={<StaffShell />}>
          <Route path="/units" element={<UnitSearchPage />} />
          <Route path="/units/:unitId" element={<UnitDetailPage />} />
          <Route path="/units/:unitId/ledger" element={<LedgerPage />} />
          <Route path="/cashier" element={<CashierPage />} />
          <Route path="/billing-runs" element={<BillingRunsPage />} />
          <Route path="/arrears" element={<ArrearsPage />} />
          <Route path="/payment-anomalies" element={<PaymentAnomaliesPage />} />
          <Route path="*" element={<Navigate to="/units" replace />} />
        </Route>
      </Routes>
    </PortalRoot>
  </StrictMode>,
)
