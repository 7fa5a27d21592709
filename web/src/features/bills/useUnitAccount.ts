import { useGraphQLQuery } from '@/shared/api/hooks'
import { BILLS_UNIT_ACCOUNT_QUERY } from './queries'

/** One unit's open amounts; the "due" and "paid" tabs share it through the query cache. */
export function useUnitAccount(unitId: string) {
  return useGraphQLQuery(['unitAccount', unitId], BILLS_UNIT_ACCOUNT_QUERY, { unitId })
}
