import { STAFF_ROLES } from '@/shared/auth/roles'

// Field names follow api/schema.graphql. Sign-in accounts, roles and estate scope live in the identity server;
// the API's companyUsers / inviteStaff / setStaffRoles pass them through.

/** CompanyUser: a sign-in account of this company with its roles and estates. */
export interface CompanyUserRow {
  userId: string
  userName: string
  displayName: string
  /** False: another company's (or the platform's) account; e-mail and sign-in state are not disclosed. */
  accountManaged: boolean
  email?: string | null
  roles: string[]
  estateIds: string[]
  mustChangePassword: boolean
  twoFactorEnabled: boolean
  lockedOut: boolean
  disabled: boolean
}

/** StaffInvitation: an existing account was invited; it joins after signing in and accepting. */
export interface StaffInvitation {
  code: string
  url: string
  expiresAt: string
}

export const COMPANY_USERS_QUERY = /* GraphQL */ `
  query CompanyUsers {
    companyUsers {
      userId userName displayName accountManaged email roles estateIds mustChangePassword twoFactorEnabled lockedOut disabled
    }
  }
`

export const ESTATE_OPTIONS_QUERY = /* GraphQL */ `
  query StaffEstateOptions {
    estates(first: 100) { nodes { id name } }
  }
`

const PAYLOAD_ERRORS = `errors { __typename code message field }`

export const INVITE_STAFF_MUTATION = /* GraphQL */ `
  mutation InviteStaff($input: InviteStaffInput!) {
    inviteStaff(input: $input) {
      invited { temporaryPassword user { userId userName } invitation { code url expiresAt } }
      ${PAYLOAD_ERRORS}
    }
  }
`

export const SET_STAFF_ROLES_MUTATION = /* GraphQL */ `
  mutation SetStaffRoles($input: SetStaffRolesInput!) {
    setStaffRoles(input: $input) {
      user { userId roles estateIds }
      ${PAYLOAD_ERRORS}
    }
  }
`

/** Roles a company administrator hands out to staff. */
export const ASSIGNABLE_ROLES = [...STAFF_ROLES, 'company_admin'] as const
