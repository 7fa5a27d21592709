import type { Role } from '@/shared/auth/roles'

// Value lists of the service desk's schema enums (codegen gives their types, not lists of their values); the
// `satisfies` lines in queries.ts keep them equal to the schema.
export const REQUEST_TYPES = ['REPAIR', 'COMPLAINT', 'INQUIRY', 'SUGGESTION', 'PRAISE', 'HOME_SERVICE', 'OTHER'] as const
export type RequestType = (typeof REQUEST_TYPES)[number]
export const REQUEST_STATUSES = [
  'RECEIVED', 'DISPATCHED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'SIGNED_OFF', 'RETURN_VISITED', 'CLOSED', 'REOPENED', 'CANCELLED',
] as const
export type RequestStatus = (typeof REQUEST_STATUSES)[number]
/** Channels staff record (the resident portal's own channel is not one the desk may choose, §2). */
export const STAFF_CHANNELS = ['PHONE', 'WALK_IN', 'EMAIL', 'LETTER', 'FIELD_STAFF', 'FORWARDED_BY_HQ', 'ONLINE'] as const
export const CHANNELS = ['RESIDENT_PORTAL', ...STAFF_CHANNELS] as const
export type Channel = (typeof CHANNELS)[number]
export const URGENCIES = ['EMERGENCY', 'ORDINARY'] as const
export type Urgency = (typeof URGENCIES)[number]
export const SLA_STATES = ['ON_TIME', 'DUE_SOON', 'OVERDUE'] as const
export type Sla = (typeof SLA_STATES)[number]
export const DEADLINE_KINDS = [
  'ACKNOWLEDGE', 'APPOINTMENT', 'ON_SITE', 'COMPLETION', 'REPLY', 'RETURN_VISIT',
  'HANDLING_PLAN', 'HANDLING_RECORD', 'MAJOR_REPORT', 'HOT_REPORT', 'HOT_CASE_REPORT', 'OBSERVATION',
] as const
export type DeadlineKind = (typeof DEADLINE_KINDS)[number]
/** Complaint categories of service-desk.md §7.2 (C1–C8), stored as the request's category code. */
export const COMPLAINT_CATEGORIES = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7', 'C8'] as const

/** SLA colours of the queue (issue 15 §6): on time green, due soon orange, overdue red (antd Tag colours). */
export const SLA_COLORS: Record<Sla, string> = { ON_TIME: 'green', DUE_SOON: 'orange', OVERDUE: 'red' }

export function slaColor(sla: Sla | null | undefined): string {
  return sla ? SLA_COLORS[sla] : 'default'
}

/** Types visited back after completion before they may close (the API's ServiceRequest.NeedsReturnVisit). */
export function needsReturnVisit(type: RequestType): boolean {
  return type === 'REPAIR' || type === 'COMPLAINT' || type === 'HOME_SERVICE'
}

/** Types that carry an urgency class and are signed off by the customer (repairs and home services). */
export function isRepairLike(type: RequestType): boolean {
  return type === 'REPAIR' || type === 'HOME_SERVICE'
}

export const FINISHED_STATUSES: readonly RequestStatus[] = ['CLOSED', 'CANCELLED']

// ---- queue views and filters ----

/** The API's ServiceRequestFilter as the queue sends it (only the keys in use). */
export interface RequestFilter {
  status?: RequestStatus[]
  type?: RequestType
  urgency?: Urgency
  channel?: Channel
  assigneeStaffMemberId?: string
  mine?: boolean
  sla?: Sla
  openOnly?: boolean
  receivedFrom?: string
  receivedTo?: string
  search?: string
  unassigned?: boolean
  awaitingReturnVisit?: boolean
  difficult?: boolean
}

/** Named queues; each role gets its own set, the first being its default (issue 15 §6). */
export const VIEW_FILTERS = {
  toDispatch: { unassigned: true },
  returnVisits: { awaitingReturnVisit: true },
  overdue: { sla: 'OVERDUE', openOnly: true },
  difficult: { difficult: true },
  dueSoon: { sla: 'DUE_SOON', openOnly: true },
  open: { openOnly: true },
  mine: { mine: true, openOnly: true },
  all: {},
} as const satisfies Record<string, RequestFilter>
export type ViewKey = keyof typeof VIEW_FILTERS

/**
 * Per role, its queues in order: the front desk dispatches what came in; CS specialists also do the return visits;
 * engineers see what is theirs; supervisors what is late or hard; the estate manager everything of the estate.
 */
export const ROLE_VIEWS: Partial<Record<Role, readonly ViewKey[]>> = {
  front_desk: ['toDispatch', 'open', 'overdue', 'all'],
  cs_specialist: ['toDispatch', 'returnVisits', 'open', 'overdue', 'all'],
  engineer: ['mine', 'open'],
  supervisor: ['overdue', 'difficult', 'dueSoon', 'open', 'all'],
  estate_manager: ['all', 'overdue', 'difficult', 'open'],
  company_admin: ['all', 'overdue', 'difficult', 'open'],
}

/** The queues of a user with these roles: those of each role in the order of the roles, without repeats. */
export function viewsFor(roles: readonly string[]): ViewKey[] {
  const views: ViewKey[] = []
  for (const role of roles) for (const view of ROLE_VIEWS[role as Role] ?? []) if (!views.includes(view)) views.push(view)
  return views.length > 0 ? views : ['open', 'all']
}

/** What the filter bar holds (dates as YYYY-MM-DD, in the estate's calendar). */
export interface FilterValues {
  search?: string
  type?: RequestType
  status?: RequestStatus[]
  urgency?: Urgency
  channel?: Channel
  assignee?: string
  sla?: Sla
  receivedFrom?: string
  receivedTo?: string
}

/** Estates keep Asia/Shanghai time unless configured otherwise (time-limits.md); date filters count in it. */
const ESTATE_OFFSET = '+08:00'

/** Midnight starting the day, as an instant (ISO, UTC). */
export function startOfDay(date: string, offset = ESTATE_OFFSET): string {
  return new Date(`${date}T00:00:00${offset}`).toISOString()
}

/** Midnight ending the day (the next day's start), as an instant: the API's receivedTo is exclusive. */
export function endOfDay(date: string, offset = ESTATE_OFFSET): string {
  const next = new Date(`${date}T00:00:00${offset}`)
  next.setUTCDate(next.getUTCDate() + 1)
  return next.toISOString()
}

/** The filter the API gets: the view's conditions and the bar's, empty values left out; the bar wins on a clash. */
export function filterVariables(view: ViewKey, values: FilterValues): RequestFilter {
  const filter: RequestFilter = { ...VIEW_FILTERS[view] }
  const search = values.search?.trim()
  if (search) filter.search = search
  if (values.type) filter.type = values.type
  if (values.status && values.status.length > 0) filter.status = [...values.status]
  if (values.urgency) filter.urgency = values.urgency
  if (values.channel) filter.channel = values.channel
  if (values.assignee) filter.assigneeStaffMemberId = values.assignee
  if (values.sla) filter.sla = values.sla
  if (values.receivedFrom) filter.receivedFrom = startOfDay(values.receivedFrom)
  if (values.receivedTo) filter.receivedTo = endOfDay(values.receivedTo)
  return filter
}

// ---- dispatch ----

/** Whom a dispatch goes to, as the form holds it: a staff member or a department (§3.5, exactly one). */
export interface HandlerValues {
  target?: 'person' | 'department'
  staffMemberId?: string
  departmentId?: string
}

/** The dispatch input of the chosen target (the other id left out, as the API wants exactly one). */
export function dispatchTarget(values: HandlerValues): { staffMemberId?: string; departmentId?: string } {
  return values.target === 'department' ? { departmentId: values.departmentId } : { staffMemberId: values.staffMemberId }
}

// ---- actions ----

export type RequestAction =
  | 'dispatch' | 'reassign' | 'accept' | 'reject' | 'start' | 'complete' | 'signOff' | 'returnVisit' | 'close' | 'reopen' | 'cancel' | 'changeDeadline'

/** The customer-service centre (the API's ServiceDeskScope.DeskRoles): records, dispatches, visits back, closes. */
export const DESK_ROLES: readonly Role[] = ['front_desk', 'cs_specialist', 'supervisor', 'estate_manager', 'company_admin']
/** May take the handler's steps on their behalf (ServiceDeskScope.SupervisorRoles). */
export const SUPERVISOR_ROLES: readonly Role[] = ['supervisor', 'estate_manager', 'company_admin']

/** Status moves of the API's ServiceRequestTransitions, keyed by the step that makes them. */
const STEP_FROM: Record<Exclude<RequestAction, 'changeDeadline'>, readonly RequestStatus[]> = {
  dispatch: ['RECEIVED', 'REJECTED', 'REOPENED'],
  reassign: ['DISPATCHED', 'ACCEPTED', 'IN_PROGRESS'],
  accept: ['DISPATCHED'],
  reject: ['DISPATCHED'],
  start: ['ACCEPTED', 'REOPENED'],
  complete: ['RECEIVED', 'IN_PROGRESS'],
  signOff: ['COMPLETED'],
  returnVisit: ['COMPLETED', 'SIGNED_OFF'],
  close: ['COMPLETED', 'SIGNED_OFF', 'RETURN_VISITED'],
  reopen: ['COMPLETED', 'SIGNED_OFF', 'RETURN_VISITED', 'CLOSED'],
  cancel: ['RECEIVED', 'DISPATCHED', 'REJECTED', 'ACCEPTED'],
}

export interface ActionSubject {
  type: RequestType
  status: RequestStatus
  assignedToMe: boolean
  returnVisitSatisfied?: boolean | null
  deadlines: readonly { metAt?: string | null; voidedAt?: string | null }[]
}

/**
 * The steps the request's status allows the user (the API decides; this only keeps the page from offering what it
 * would refuse): desk steps for the desk roles, handler steps for the assigned handler or a supervisor.
 */
export function actionsFor(r: ActionSubject, roles: readonly string[]): RequestAction[] {
  const desk = roles.some((role) => (DESK_ROLES as readonly string[]).includes(role))
  const supervisor = roles.some((role) => (SUPERVISOR_ROLES as readonly string[]).includes(role))
  const handler = r.assignedToMe || supervisor
  const allowed = (action: Exclude<RequestAction, 'changeDeadline'>) => STEP_FROM[action].includes(r.status)
  const actions: RequestAction[] = []
  if (desk && allowed('dispatch')) actions.push('dispatch')
  if (desk && allowed('reassign')) actions.push('reassign')
  if (handler && allowed('accept')) actions.push('accept')
  if (handler && allowed('reject')) actions.push('reject')
  if (handler && allowed('start')) actions.push('start')
  // Received: answered on the spot by the desk; in progress: done by the handler.
  if (allowed('complete') && (r.status === 'RECEIVED' ? desk : handler)) actions.push('complete')
  if (r.status === 'COMPLETED' && isRepairLike(r.type)) actions.push('signOff')
  if (desk && allowed('returnVisit') && needsReturnVisit(r.type) && !(r.status === 'COMPLETED' && isRepairLike(r.type))) actions.push('returnVisit')
  if (desk && allowed('close') && (!needsReturnVisit(r.type) || r.returnVisitSatisfied === true)) actions.push('close')
  if (desk && allowed('reopen')) actions.push('reopen')
  if (desk && allowed('cancel')) actions.push('cancel')
  if (desk && !FINISHED_STATUSES.includes(r.status) && r.deadlines.some((d) => !d.metAt && !d.voidedAt)) actions.push('changeDeadline')
  return actions
}

// ---- deadlines and the stock-take ----

export interface DeadlineLike {
  kind: DeadlineKind
  dueAt: string
  metAt?: string | null
  voidedAt?: string | null
  state: Sla
}

/** The running limit that is due first (what the queue's "next deadline" column shows), if any. */
export function nextDeadline<D extends DeadlineLike>(deadlines: readonly D[]): D | undefined {
  return deadlines.filter((d) => !d.metAt && !d.voidedAt).reduce<D | undefined>((first, d) => (!first || d.dueAt < first.dueAt ? d : first), undefined)
}

export interface StockRow {
  receivedAt: string
  assigneeName?: string | null
  assignedDepartmentName?: string | null
}

/**
 * 每日盘点 per handler (§3.4): open requests grouped by who holds them (a person, else a department, else nobody yet),
 * oldest first inside each group, the group holding the oldest request first.
 */
export function groupByHandler<R extends StockRow>(rows: readonly R[]): { handler: string | null; rows: R[] }[] {
  const groups = new Map<string | null, R[]>()
  for (const row of [...rows].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))) {
    const key = row.assigneeName ?? row.assignedDepartmentName ?? null
    groups.set(key, [...(groups.get(key) ?? []), row])
  }
  return [...groups].map(([handler, list]) => ({ handler, rows: list }))
}
