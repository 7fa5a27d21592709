import { useSession } from '@/shared/auth/session'
import { DesktopShell } from '../shell/DesktopShell'
import { staffNavFor } from './staffPages'

/** The staff portal's shell with the navigation the signed-in user's roles may use. */
export function StaffShell() {
  const { claims } = useSession()
  return <DesktopShell portal="staff" nav={staffNavFor(claims?.roles ?? [])} />
}
