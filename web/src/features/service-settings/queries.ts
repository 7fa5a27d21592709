import { graphql } from '@/shared/api/gql'
import type { ServiceRequestType } from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql (serviceCategories, deskLimits, escalationChain, publishedChannels and their
// mutations); types are generated from them (npm run codegen).
export const SERVICE_CATEGORIES_QUERY = graphql(`
  query ServiceSettingsCategories($type: ServiceRequestType) {
    serviceCategories(type: $type, includeInactive: true) { type code name active sortOrder isDefault }
  }
`)

export const SAVE_SERVICE_CATEGORY_MUTATION = graphql(`
  mutation ServiceSettingsSaveCategory($input: SaveServiceCategoryInput!) {
    saveServiceCategory(input: $input) {
      category { type code name active sortOrder isDefault }
      errors { __typename code message field }
    }
  }
`)

graphql(`
  fragment DeskLimitValuesFields on DeskLimitValues {
    emergencyAcknowledgeMinutes emergencyOnSiteMinutes ordinaryAppointmentWorkingHours ordinaryOnSiteHours completionWorkingDays
  }
`)

export const DESK_LIMITS_QUERY = graphql(`
  query ServiceSettingsLimits {
    deskLimits { current { ...DeskLimitValuesFields } defaults { ...DeskLimitValuesFields } }
  }
`)

export const SET_DESK_LIMITS_MUTATION = graphql(`
  mutation ServiceSettingsSetLimits($input: SetDeskLimitsInput!) {
    setDeskLimits(input: $input) {
      limits { current { ...DeskLimitValuesFields } }
      errors { __typename code message field }
    }
  }
`)

graphql(`
  fragment EscalationChainFields on EscalationChain {
    estateId csHeadStaffMemberId managerStaffMemberId effectiveCsHeadName effectiveManagerName csHeadAfterMinutes managerAfterMinutes
  }
`)

export const ESCALATION_CHAIN_QUERY = graphql(`
  query ServiceSettingsChain($estateId: ID!) {
    escalationChain(estateId: $estateId) { ...EscalationChainFields }
    staff(estateId: $estateId, first: 200) { nodes { id name } }
  }
`)

export const SET_ESCALATION_CHAIN_MUTATION = graphql(`
  mutation ServiceSettingsSetChain($input: SetEscalationChainInput!) {
    setEscalationChain(input: $input) {
      chain { ...EscalationChainFields }
      errors { __typename code message field }
    }
  }
`)

graphql(`
  fragment PublishedChannelsFields on PublishedChannels {
    estateId phone hours email fax address contactPerson hqComplaintLine
  }
`)

export const PUBLISHED_CHANNELS_QUERY = graphql(`
  query PublishedChannels($estateId: ID!) {
    publishedChannels(estateId: $estateId) { ...PublishedChannelsFields }
  }
`)

export const SET_PUBLISHED_CHANNELS_MUTATION = graphql(`
  mutation ServiceSettingsSetChannels($input: SetPublishedChannelsInput!) {
    setPublishedChannels(input: $input) {
      channels { ...PublishedChannelsFields }
      errors { __typename code message field }
    }
  }
`)

export const REQUEST_TYPES: ServiceRequestType[] = ['REPAIR', 'COMPLAINT', 'INQUIRY', 'SUGGESTION', 'PRAISE', 'HOME_SERVICE', 'OTHER']
