import { useSearchParams } from 'react-router-dom'
import { graphql } from '@/shared/api/gql'
import { useGraphQLQuery } from '@/shared/api/hooks'

/** The estates the signed-in user may see, for pickers and names (the API scopes the list). */
export const ESTATE_OPTIONS_QUERY = graphql(`
  query EstateOptions {
    estates(first: 100) { nodes { id name } }
  }
`)

/** The estate list every picker shares (one cache entry; it rarely changes during a session). */
export function useEstateOptions() {
  const query = useGraphQLQuery(['estateOptions'], ESTATE_OPTIONS_QUERY, undefined, { staleTime: 5 * 60_000 })
  return { query, estates: query.data?.estates.nodes ?? [] }
}

/** Pages whose estate is in the address (`?estate=`): that estate when the user may see it, else the first one. */
export function useEstateParam() {
  const [params, setParams] = useSearchParams()
  const { query, estates } = useEstateOptions()
  const wanted = params.get('estate')
  const estateId = estates.some((e) => e.id === wanted) ? (wanted ?? undefined) : estates[0]?.id
  // Choosing another estate starts the page afresh: its other parameters belonged to the old estate.
  const setEstateId = (id: string) => setParams({ estate: id })
  return { query, estates, estateId, setEstateId }
}
