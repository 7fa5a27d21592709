import { useGraphQLQuery } from '@/shared/api/hooks'
import { SERVICE_DESK_KEY, SERVICE_HANDLERS_QUERY } from './queries'

/** The estate's staff and departments a request may be dispatched to (one cache entry per estate). */
export function useHandlers(estateId: string | undefined) {
  const query = useGraphQLQuery([SERVICE_DESK_KEY, 'handlers'], SERVICE_HANDLERS_QUERY, { estateId: estateId ?? '' }, { enabled: !!estateId, staleTime: 60_000 })
  return { query, handlers: query.data?.serviceHandlers ?? [], departments: query.data?.departments ?? [] }
}
