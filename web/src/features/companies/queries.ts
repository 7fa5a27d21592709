import { graphql } from '@/shared/api/gql'
import type { CompaniesQuery } from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql; types are generated from them (npm run codegen).

export const COMPANIES_QUERY = graphql(`
  query Companies($first: Int, $after: String) {
    companies(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id slug nameZh nameEn status statusReason provider server schemaVersion createdAt }
    }
  }
`)

export const CREATE_COMPANY_MUTATION = graphql(`
  mutation CreateCompany($input: CreateCompanyInput!) {
    createCompany(input: $input) {
      company { id slug status statusReason }
      errors { __typename code message field }
    }
  }
`)

export type CompanyRow = CompaniesQuery['companies']['nodes'][number]
