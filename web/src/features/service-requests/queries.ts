import { graphql } from '@/shared/api/gql'
import type { ServiceRequestDetailFragment } from '@/shared/api/gql/graphql'

// Field names follow api/schema.graphql (ServiceDeskGraph.cs, PaidRepairGraph.cs); types are generated (npm run codegen).
graphql(`
  fragment ServiceRequestDetail on ServiceRequest {
    id number type status channel receivedAt unitLabel location description category urgency appointmentAt
    assigneeName assignedToMe rejectReason completionNotes completedAt signedOffAt signedOffBy rating sla timeZone
    contactName contactPhone
    chargeStatus chargeTotal chargeConfirmedBy chargeConfirmedAt chargeBillId
    chargeLines { kind description amount }
    deadlines { kind dueAt metAt voidedAt state }
    timeline { at action actorName fromStatus toStatus note }
    attachments { id stage fileName contentType size uploadedAt url }
  }
`)

export const MY_SERVICE_REQUESTS_QUERY = graphql(`
  query MyServiceRequests {
    myServiceRequests { ...ServiceRequestDetail }
  }
`)

export const SERVICE_REQUEST_QUERY = graphql(`
  query ServiceRequestOne($id: ID!) {
    serviceRequest(id: $id) { ...ServiceRequestDetail }
  }
`)

export const MY_JOBS_QUERY = graphql(`
  query MyJobs($estateId: ID!, $after: String) {
    serviceRequests(estateId: $estateId, first: 100, after: $after, filter: { mine: true, openOnly: true }) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ServiceRequestDetail }
    }
  }
`)

export const MY_UNIT_OPTIONS_QUERY = graphql(`
  query ServiceUnitOptions {
    myUnits { id number building { id name } estate { id name } }
  }
`)

export const REPORT_SERVICE_REQUEST = graphql(`
  mutation ReportServiceRequest($input: ReportServiceRequestInput!) {
    reportServiceRequest(input: $input) {
      serviceRequest { ...ServiceRequestDetail }
      errors { __typename code message field }
    }
  }
`)


export const ACCEPT_JOB = graphql(`
  mutation AcceptJob($input: ServiceRequestStepInput!) {
    acceptServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const REJECT_JOB = graphql(`
  mutation RejectJob($input: ServiceRequestReasonInput!) {
    rejectServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const SET_OFF = graphql(`
  mutation SetOffToJob($input: ServiceRequestStepInput!) {
    setOffToServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const ARRIVE = graphql(`
  mutation ArriveAtJob($input: ServiceRequestStepInput!) {
    arriveAtServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const START_WORK = graphql(`
  mutation StartJob($input: ServiceRequestStepInput!) {
    startServiceWork(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const COMPLETE_JOB = graphql(`
  mutation CompleteJob($input: CompleteServiceRequestInput!) {
    completeServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const QUOTE_PRICE = graphql(`
  mutation QuoteRepairPrice($input: QuoteRepairPriceInput!) {
    quoteRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const CONFIRM_PRICE = graphql(`
  mutation ConfirmRepairPrice($input: ConfirmRepairPriceInput!) {
    confirmRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const REFUSE_PRICE = graphql(`
  mutation RefuseRepairPrice($input: RefuseRepairPriceInput!) {
    refuseRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const SIGN_OFF = graphql(`
  mutation ResidentSignOff($input: SignOffServiceRequestInput!) {
    signOffServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export const REOPEN = graphql(`
  mutation ResidentReopen($input: ServiceRequestReasonInput!) {
    reopenServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }
  }
`)

export type ServiceRequest = ServiceRequestDetailFragment
