import { graphql } from '@/shared/api/gql'
import type { IssueResidentInvitationMutation, UnitDetailFieldsFragment, UnitRowFieldsFragment, UnitStatus, UnitUsage } from '@/shared/api/gql/graphql'
import type { Role } from '@/shared/auth/roles'

// Field names follow api/schema.graphql; types are generated from them (npm run codegen).
graphql(`
  fragment PersonSummary on Person { id name phoneMasked idNumberMasked }
`)

graphql(`
  fragment UnitRowFields on Unit {
    id number floor buildingArea usage status
    building { id name }
    estate { id name }
    owners { id current share person { ...PersonSummary } }
  }
`)

graphql(`
  fragment UnitDetailFields on Unit {
    ...UnitRowFields
    tenancies { id current leaseStart leaseEnd endedOn person { ...PersonSummary } }
    members { id relation since until person { ...PersonSummary } }
  }
`)

export const MY_UNITS_QUERY = graphql(`
  query MyUnits {
    myUnits { ...UnitDetailFields }
  }
`)

export const UNIT_SEARCH_QUERY = graphql(`
  query UnitSearch($first: Int, $after: String, $filter: UnitFilter) {
    units(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...UnitRowFields }
    }
  }
`)

export const UNIT_DETAIL_QUERY = graphql(`
  query UnitDetail($id: ID!) {
    unit(id: $id) {
      ...UnitDetailFields
      owners { startDate endDate person { emergencyContactName emergencyContactPhone } }
    }
  }
`)

export const ISSUE_RESIDENT_INVITATION_MUTATION = graphql(`
  mutation IssueResidentInvitation($unitId: ID!, $personId: ID!) {
    issueResidentInvitation(unitId: $unitId, personId: $personId) {
      invitation { code unitLabel expiresAt }
      errors { __typename code field message }
    }
  }
`)

export type UnitRow = UnitRowFieldsFragment
export type UnitDetail = UnitDetailFieldsFragment
export type PersonSummary = UnitRow['owners'][number]['person']
/** An owner as the household list shows it; the staff's unit detail also asks for the dates of ownership. */
export type Ownership = UnitRow['owners'][number] & { startDate?: string | null; endDate?: string | null }
export type Tenancy = UnitDetail['tenancies'][number]
export type HouseholdMember = UnitDetail['members'][number]
export type Invitation = NonNullable<IssueResidentInvitationMutation['issueResidentInvitation']['invitation']>
export type { UnitStatus, UnitUsage }

/** Staff roles that may issue resident invitation codes (the API also lets company_admin, who has no staff portal). */
export const INVITATION_ISSUERS: readonly Role[] = ['front_desk', 'cs_specialist', 'supervisor', 'estate_manager']
