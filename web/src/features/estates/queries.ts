// Field names follow api/schema.graphql.

export const ESTATES_QUERY = /* GraphQL */ `
  query Estates($first: Int, $after: String, $search: String) {
    estates(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name address city type totalFloorArea unitCount }
    }
  }
`
