import { graphql } from '@/shared/api/gql'
import type { EstatesQuery } from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql; types are generated from them (npm run codegen).

export const ESTATES_QUERY = graphql(`
  query Estates($first: Int, $after: String, $search: String) {
    estates(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name address city type totalFloorArea unitCount }
    }
  }
`)

export type EstateRow = EstatesQuery['estates']['nodes'][number]
