/** Runtime configuration from Vite env (see web/.env.example). */
export type PortalName = 'resident' | 'staff' | 'admin'

const env = import.meta.env

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

export const config = {
  apiUrl: (env.VITE_API_URL as string | undefined) ?? 'http://localhost:5080/graphql',
  authority: withTrailingSlash((env.VITE_AUTHORITY as string | undefined) ?? 'http://localhost:5090/'),
  clientIds: {
    resident: (env.VITE_RESIDENT_CLIENT_ID as string | undefined) ?? 'resident-portal',
    staff: (env.VITE_STAFF_CLIENT_ID as string | undefined) ?? 'staff-portal',
    admin: (env.VITE_ADMIN_CLIENT_ID as string | undefined) ?? 'admin-portal',
  } satisfies Record<PortalName, string>,
}
