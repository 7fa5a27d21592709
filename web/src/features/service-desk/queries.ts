import { graphql } from '@/shared/api/gql'
import type {
  RepairUrgency,
  ServiceChannel,
  ServiceDeadlineKind,
  ServiceHandlersQuery,
  ServiceRequestDetailQuery,
  ServiceRequestRowFragment,
  ServiceRequestStatus,
  ServiceRequestType,
  SlaState,
} from '@/shared/api/gql/graphql'
import type { Channel, DeadlineKind, RequestStatus, RequestType, Sla, Urgency } from './logic'

// Field names follow api/schema.graphql (ServiceDeskGraph.cs); types are generated from them (npm run codegen).
graphql(`
  fragment ServiceRequestRow on ServiceRequest {
    id number type channel status receivedAt unitLabel location description category urgency
    contactName contactPhone anonymous firstReceiverName assigneeName assignedDepartmentName assignedToMe
    sla difficult returnVisitSatisfied rating
    deadlines { kind dueAt metAt voidedAt state }
  }
`)

export const SERVICE_QUEUE_QUERY = graphql(`
  query ServiceQueue($estateId: ID!, $filter: ServiceRequestFilter, $orderBy: ServiceQueueOrder, $first: Int, $after: String) {
    serviceRequests(estateId: $estateId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ServiceRequestRow }
    }
  }
`)

export const SERVICE_REQUEST_QUERY = graphql(`
  query ServiceRequestDetail($id: ID!) {
    serviceRequest(id: $id) {
      ...ServiceRequestRow
      estateId unitId appointmentAt assignedDepartmentId assignedStaffMemberId
      rejectReason completionNotes completedAt signedOffAt closedAt cancelReason
      timeline { at action actorName fromStatus toStatus note }
      attachments { id stage fileName contentType size uploadedAt url }
    }
  }
`)

export const SERVICE_STOCK_TAKE_QUERY = graphql(`
  query ServiceStockTake($estateId: ID!) {
    serviceStockTake(estateId: $estateId) { ...ServiceRequestRow }
  }
`)

/** Whom the desk may dispatch to: the estate's staff and departments. */
export const SERVICE_HANDLERS_QUERY = graphql(`
  query ServiceHandlers($estateId: ID!) {
    serviceHandlers(estateId: $estateId) { id name position department { id name kind } }
    departments(estateId: $estateId) { id name kind estateId }
  }
`)

/** The staff unit search, narrowed to what the intake needs (the unit and its current owners as reporters). */
export const SERVICE_UNIT_SEARCH_QUERY = graphql(`
  query ServiceDeskUnitSearch($filter: UnitFilter) {
    units(first: 20, filter: $filter) {
      nodes {
        id number
        building { id name }
        owners { id current person { id name phoneMasked } }
      }
    }
  }
`)

export const RECORD_SERVICE_REQUEST_MUTATION = graphql(`
  mutation RecordServiceRequest($input: RecordServiceRequestInput!) {
    recordServiceRequest(input: $input) { serviceRequest { ...ServiceRequestRow } errors { __typename code field message } }
  }
`)

export const DISPATCH_SERVICE_REQUEST_MUTATION = graphql(`
  mutation DispatchServiceRequest($input: DispatchServiceRequestInput!) {
    dispatchServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const REASSIGN_SERVICE_REQUEST_MUTATION = graphql(`
  mutation ReassignServiceRequest($input: DispatchServiceRequestInput!) {
    reassignServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const ACCEPT_SERVICE_REQUEST_MUTATION = graphql(`
  mutation AcceptServiceRequest($input: ServiceRequestStepInput!) {
    acceptServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const REJECT_SERVICE_REQUEST_MUTATION = graphql(`
  mutation RejectServiceRequest($input: ServiceRequestReasonInput!) {
    rejectServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const START_SERVICE_WORK_MUTATION = graphql(`
  mutation StartServiceWork($input: ServiceRequestStepInput!) {
    startServiceWork(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const COMPLETE_SERVICE_REQUEST_MUTATION = graphql(`
  mutation CompleteServiceRequest($input: CompleteServiceRequestInput!) {
    completeServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const SIGN_OFF_SERVICE_REQUEST_MUTATION = graphql(`
  mutation SignOffServiceRequest($input: SignOffServiceRequestInput!) {
    signOffServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const RECORD_RETURN_VISIT_MUTATION = graphql(`
  mutation RecordReturnVisit($input: RecordReturnVisitInput!) {
    recordReturnVisit(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const CLOSE_SERVICE_REQUEST_MUTATION = graphql(`
  mutation CloseServiceRequest($input: ServiceRequestStepInput!) {
    closeServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const REOPEN_SERVICE_REQUEST_MUTATION = graphql(`
  mutation ReopenServiceRequest($input: ServiceRequestReasonInput!) {
    reopenServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const CANCEL_SERVICE_REQUEST_MUTATION = graphql(`
  mutation CancelServiceRequest($input: ServiceRequestReasonInput!) {
    cancelServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

export const CHANGE_SERVICE_DEADLINE_MUTATION = graphql(`
  mutation ChangeServiceDeadline($input: ChangeServiceDeadlineInput!) {
    changeServiceDeadline(input: $input) { serviceRequest { id status } errors { __typename code field message } }
  }
`)

/** Every query of the feature starts its key with this, so one invalidation refreshes queue, detail and lists. */
export const SERVICE_DESK_KEY = 'serviceDesk'

export type RequestRow = ServiceRequestRowFragment
export type RequestDetail = NonNullable<ServiceRequestDetailQuery['serviceRequest']>
export type Handler = ServiceHandlersQuery['serviceHandlers'][number]
export type Department = ServiceHandlersQuery['departments'][number]

// The value lists of logic.ts are exactly the schema's enums (a schema change fails the type check here).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export const ENUMS_MATCH_SCHEMA: [
  Same<RequestType, ServiceRequestType>,
  Same<RequestStatus, ServiceRequestStatus>,
  Same<Channel, ServiceChannel>,
  Same<Urgency, RepairUrgency>,
  Same<Sla, SlaState>,
  Same<DeadlineKind, ServiceDeadlineKind>,
] = [true, true, true, true, true, true]
