import type { Role } from '@/shared/auth/roles'

// Field names follow api/schema.graphql.
const PERSON = `id name phoneMasked idNumberMasked`

const UNIT_ROW = `
  id number floor buildingArea usage status
  building { id name }
  estate { id name }
  owners { id current share person { ${PERSON} } }
`

const UNIT_DETAIL = `
  ${UNIT_ROW}
  tenancies { id current leaseStart leaseEnd endedOn person { ${PERSON} } }
  members { id relation since until person { ${PERSON} } }
`

export const MY_UNITS_QUERY = /* GraphQL */ `
  query MyUnits {
    myUnits { ${UNIT_DETAIL} }
  }
`

export const UNIT_SEARCH_QUERY = /* GraphQL */ `
  query UnitSearch($first: Int, $after: String, $filter: UnitFilter) {
    units(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ${UNIT_ROW} }
    }
  }
`

export const UNIT_DETAIL_QUERY = /* GraphQL */ `
  query UnitDetail($id: ID!) {
    unit(id: $id) {
      ${UNIT_DETAIL}
      owners { startDate endDate person { emergencyContactName emergencyContactPhone } }
    }
  }
`

export const ESTATE_OPTIONS_QUERY = /* GraphQL */ `
  query EstateOptions {
    estates(first: 100) { nodes { id name } }
  }
`

export const ISSUE_RESIDENT_INVITATION_MUTATION = /* GraphQL */ `
  mutation IssueResidentInvitation($unitId: ID!, $personId: ID!) {
    issueResidentInvitation(unitId: $unitId, personId: $personId) {
      invitation { code unitLabel expiresAt }
      errors { __typename code field message }
    }
  }
`

/** Staff roles that may issue resident invitation codes (the API also lets company_admin, who has no staff portal). */
export const INVITATION_ISSUERS: readonly Role[] = ['front_desk', 'cs_specialist', 'supervisor', 'estate_manager']
