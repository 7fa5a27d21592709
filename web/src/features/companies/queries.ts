// Field names follow api/schema.graphql.

export const COMPANIES_QUERY = /* GraphQL */ `
  query Companies($first: Int, $after: String) {
    companies(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id slug nameZh nameEn status statusReason provider server schemaVersion createdAt }
    }
  }
`

export const CREATE_COMPANY_MUTATION = /* GraphQL */ `
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company { id slug status statusReason }
      errors { __typename code message field }
    }
  }
`
