import { graphql } from '@/shared/api/gql'
import type { CompanyUsersQuery, InviteStaffMutation } from '@/shared/api/gql/graphql'
import { STAFF_ROLES } from '@/shared/auth/roles'

// Field names follow api/schema.graphql; types are generated from them (npm run codegen). Sign-in accounts, roles
// and estate scope live in the identity server; the API's companyUsers / inviteStaff / setStaffRoles pass them through.

export const COMPANY_USERS_QUERY = graphql(`
  query CompanyUsers {
    companyUsers {
      userId userName displayName accountManaged email roles estateIds mustChangePassword twoFactorEnabled lockedOut disabled
    }
  }
`)

/** CompanyUser: a sign-in account of this company with its roles and estates. */
export type CompanyUserRow = CompanyUsersQuery['companyUsers'][number]
/** StaffInvitation: an existing account was invited; it joins after signing in and accepting. */
export type StaffInvitation = NonNullable<NonNullable<InviteStaffMutation['inviteStaff']['invited']>['invitation']>

export const INVITE_STAFF_MUTATION = graphql(`
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      invited { temporaryPassword user { userId userName } invitation { code url expiresAt } }
      errors { __typename code message field }
    }
  }
`)

export const SET_STAFF_ROLES_MUTATION = graphql(`
  mutation SetStaffRoles($input: SetStaffRolesInput!) {
    setStaffRoles(input: $input) {
      user { userId roles estateIds }
      errors { __typename code message field }
    }
  }
`)

/** Roles a company administrator hands out to staff. */
export const ASSIGNABLE_ROLES = [...STAFF_ROLES, 'company_admin'] as const
