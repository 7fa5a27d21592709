import type { ReactNode } from 'react'
import { BrowserRouter, Route, Routes } from 'react-router-dom'
import { CallbackPage, PortalGate } from '@/features/auth'
import type { PortalName } from '@/shared/config/env'
import { AppProviders } from './AppProviders'

/** A portal: providers, router under /<portal>/, the sign-in callback, and the role gate around the rest. */
export function PortalRoot({ portal, children }: { portal: PortalName; children: ReactNode }) {
  return (
    <AppProviders portal={portal}>
      <BrowserRouter basename={`/${portal}`}>
        <Routes>
          <Route path="/callback" element={<CallbackPage portal={portal} />} />
          <Route path="*" element={<PortalGate portal={portal}>{children}</PortalGate>} />
        </Routes>
      </BrowserRouter>
    </AppProviders>
  )
}
