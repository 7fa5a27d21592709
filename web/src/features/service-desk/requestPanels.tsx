import type { ReactNode } from 'react'
import type { RequestDetail } from './queries'

/**
 * Extension point of the request drawer: type-specific panels (complaint classes, claims, paid-repair quotes …) are
 * added to this list and render under the request's fields when `appliesTo` holds. Each panel fetches what it needs
 * by the request's id, so the drawer's own query stays as it is.
 */
export interface RequestPanel {
  key: string
  appliesTo: (request: RequestDetail) => boolean
  render: (request: RequestDetail, onChanged: () => void) => ReactNode
}

/** None yet: complaint-specific panels (s15-complaints' API) join here once that API is on main. */
export const REQUEST_PANELS: RequestPanel[] = []
