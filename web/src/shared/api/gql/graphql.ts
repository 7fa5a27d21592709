/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AddCalendarDayInput = {
  date: string;
  estateId?: string | null | undefined;
  note?: string | null | undefined;
  working: boolean;
};

export type AddFeeRateInput = {
  amount: number | string;
  effectiveFrom: string;
  effectiveTo?: string | null | undefined;
  feeItemId: string;
};

export type AdjustBillInput = {
  amount: number | string;
  billId: string;
  reason: string;
};

export type ArrearsStage =
  | 'CALL'
  | 'CURRENT'
  | 'ESCALATED'
  | 'LEGAL_REVIEW'
  | 'OVERDUE'
  | 'SMS_REMINDER'
  | 'WRITTEN_NOTICE';

export type AttachmentStage =
  | 'AFTER'
  | 'BEFORE'
  | 'OTHER'
  | 'REPORT';

export type BillingRunStatus =
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type CalendarDaySource =
  | 'COMPANY'
  | 'ESTATE'
  | 'OFFICIAL';

export type ChangeServiceDeadlineInput = {
  dueAt: string;
  kind: ServiceDeadlineKind;
  reason: string;
  requestId: string;
};

export type ChargeLineInput = {
  amount: number | string;
  description: string;
  kind: ChargeLineKind;
};

export type ChargeLineKind =
  | 'LABOUR'
  | 'MATERIAL';

export type CloseShiftInput = {
  countedCash: number | string;
  differenceReason?: string | null | undefined;
  note?: string | null | undefined;
  shiftId: string;
};

export type CompanyStatus =
  | 'ACTIVE'
  | 'FAILED'
  | 'PROVISIONING'
  | 'SUSPENDED';

export type CompleteServiceRequestInput = {
  notes: string;
  photoIds?: Array<string> | null | undefined;
  requestId: string;
};

export type ConfirmRepairPriceInput = {
  confirmed?: boolean | null | undefined;
  requestId: string;
  signerName?: string | null | undefined;
  total: number | string;
};

export type ContactChannel =
  | 'CALL'
  | 'LETTER'
  | 'SMS';

export type CreateCheckoutSessionInput = {
  billIds?: Array<string> | null | undefined;
  idempotencyKey: string;
  unitId: string;
};

export type CreateCompanyInput = {
  nameEn: string;
  nameZh: string;
  server?: string | null | undefined;
  slug: string;
};

export type CreateFeeItemInput = {
  appliesTo?: Array<UnitUsage> | null | undefined;
  estateId: string;
  kind: FeeKind;
  meter?: MeterKind | null | undefined;
  name: string;
};

export type DatabaseProvider =
  | 'POSTGRE_SQL'
  | 'SQLITE'
  | 'SQL_SERVER';

export type DepartmentKind =
  | 'COMMUNITY_CULTURE'
  | 'CONTROL_CENTRE'
  | 'CUSTOMER_SERVICE'
  | 'ENGINEERING'
  | 'ENVIRONMENT'
  | 'FINANCE'
  | 'GENERAL_AFFAIRS'
  | 'GREENING'
  | 'HUMAN_RESOURCES'
  | 'QUALITY'
  | 'SECURITY';

export type DispatchServiceRequestInput = {
  departmentId?: string | null | undefined;
  note?: string | null | undefined;
  requestId: string;
  staffMemberId?: string | null | undefined;
};

export type EstateType =
  | 'COMMERCIAL'
  | 'INDUSTRIAL'
  | 'MIXED'
  | 'OFFICE'
  | 'RESIDENTIAL';

export type FeeKind =
  | 'DEPOSIT'
  | 'FIXED_MONTHLY'
  | 'MANAGEMENT_PER_AREA'
  | 'METERED'
  | 'ONE_OFF'
  | 'PARKING';

export type InviteStaffInput = {
  displayName: string;
  email?: string | null | undefined;
  estateIds: Array<string>;
  roles: Array<string>;
  userName: string;
};

export type LedgerEntryKind =
  | 'ADJUSTMENT'
  | 'CHARGE'
  | 'CREDIT'
  | 'LATE_FEE'
  | 'PAYMENT'
  | 'REFUND';

export type MeterKind =
  | 'ELECTRICITY'
  | 'WATER';

export type OnlineCheckoutStatus =
  | 'EXPIRED'
  | 'FAILED'
  | 'OPEN'
  | 'PAID';

export type OpenShiftInput = {
  estateId: string;
};

export type PaymentAnomalyStatus =
  | 'DISMISSED'
  | 'OPEN'
  | 'REFUNDED'
  | 'REFUNDING';

export type PaymentMethod =
  | 'BANK_COLLECTION'
  | 'CARD'
  | 'CASH'
  | 'ONLINE'
  | 'TRANSFER';

export type Position =
  | 'ARCHIVIST'
  | 'CASHIER'
  | 'CLEANING_STAFF'
  | 'CONTROL_CENTRE_OPERATOR'
  | 'CS_CENTRE_MANAGER'
  | 'CS_SPECIALIST'
  | 'CS_SUPERVISOR'
  | 'ENGINEERING_HEAD'
  | 'ESTATE_HEAD'
  | 'FRONT_DESK_LEAD'
  | 'FRONT_DESK_RECEPTIONIST'
  | 'GREENING_TECHNICIAN'
  | 'INFORMATION_CLERK'
  | 'QUALITY_OFFICER'
  | 'SECURITY_OFFICER'
  | 'TECHNICIAN'
  | 'ZONE_BUTLER';

export type QuoteRepairPriceInput = {
  feeItemId?: string | null | undefined;
  lines: Array<ChargeLineInput>;
  requestId: string;
};

export type ReconcileShiftInput = {
  note?: string | null | undefined;
  shiftId: string;
};

export type RecordPaymentInput = {
  amount: number | string;
  billIds?: Array<string> | null | undefined;
  idempotencyKey: string;
  method: PaymentMethod;
  note?: string | null | undefined;
  notesChecked?: boolean | null | undefined;
  payerName?: string | null | undefined;
  tendered?: number | string | null | undefined;
  unitId: string;
};

export type RecordReturnVisitInput = {
  notes?: string | null | undefined;
  rating?: number | null | undefined;
  requestId: string;
  satisfied: boolean;
};

export type RecordServiceRequestInput = {
  anonymous?: boolean | null | undefined;
  appointmentAt?: string | null | undefined;
  category?: string | null | undefined;
  channel: ServiceChannel;
  contactName?: string | null | undefined;
  contactPhone?: string | null | undefined;
  description: string;
  estateId: string;
  location?: string | null | undefined;
  receivedAt?: string | null | undefined;
  reporterPersonId?: string | null | undefined;
  type: ServiceRequestType;
  unitId?: string | null | undefined;
  urgency?: RepairUrgency | null | undefined;
};

export type RefundPaymentAnomalyInput = {
  anomalyId: string;
};

export type RefundPaymentInput = {
  amount: number | string;
  idempotencyKey: string;
  paymentId: string;
  reason: string;
};

export type RefundStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SUCCEEDED';

export type RefuseRepairPriceInput = {
  reason: string;
  requestId: string;
  signerName?: string | null | undefined;
};

export type ReissueReceiptInput = {
  idempotencyKey: string;
  paymentId: string;
  reason: string;
};

export type ReminderStatus =
  | 'CANCELLED'
  | 'FAILED'
  | 'SCHEDULED'
  | 'SENDING'
  | 'SENT';

export type RemoveCalendarDayInput = {
  id: string;
};

export type RepairChargeStatus =
  | 'BILLED'
  | 'CONFIRMED'
  | 'QUOTED'
  | 'REFUSED';

export type RepairUrgency =
  | 'EMERGENCY'
  | 'ORDINARY';

export type ReportServiceRequestInput = {
  appointmentAt?: string | null | undefined;
  category?: string | null | undefined;
  contactPhone?: string | null | undefined;
  description: string;
  location?: string | null | undefined;
  type: ServiceRequestType;
  unitId: string;
  urgency?: RepairUrgency | null | undefined;
};

export type SaveServiceCategoryInput = {
  active: boolean;
  code: string;
  name: string;
  sortOrder?: number | null | undefined;
  type: ServiceRequestType;
};

export type SendArrearsRemindersInput = {
  channel?: ContactChannel | null | undefined;
  estateId: string;
  unitIds?: Array<string> | null | undefined;
};

export type ServiceAction =
  | 'ACCEPTED'
  | 'ARRIVED'
  | 'CANCELLED'
  | 'CHARGED'
  | 'CLAIM_DECIDED'
  | 'CLAIM_PAID'
  | 'CLAIM_RECORDED'
  | 'CLASSIFIED'
  | 'CLOSED'
  | 'COMPLAINT_MOVED'
  | 'COMPLETED'
  | 'DEADLINE_CHANGED'
  | 'DISPATCHED'
  | 'ESCALATED'
  | 'HANDLING_RECORDED'
  | 'ON_THE_WAY'
  | 'PLAN_REPLIED'
  | 'PRICE_CONFIRMED'
  | 'PRICE_QUOTED'
  | 'PRICE_REFUSED'
  | 'REASSIGNED'
  | 'RECEIVED'
  | 'REJECTED'
  | 'REOPENED'
  | 'REPEAT_LINKED'
  | 'REPORT_SUBMITTED'
  | 'RETURN_VISITED'
  | 'SIGNED_OFF'
  | 'STARTED'
  | 'VALIDITY_DECIDED';

export type ServiceChannel =
  | 'EMAIL'
  | 'FIELD_STAFF'
  | 'FORWARDED_BY_HQ'
  | 'LETTER'
  | 'ONLINE'
  | 'PHONE'
  | 'RESIDENT_PORTAL'
  | 'WALK_IN';

export type ServiceDeadlineKind =
  | 'ACKNOWLEDGE'
  | 'APPOINTMENT'
  | 'COMPLETION'
  | 'HANDLING_PLAN'
  | 'HANDLING_RECORD'
  | 'HOT_CASE_REPORT'
  | 'HOT_REPORT'
  | 'MAJOR_REPORT'
  | 'OBSERVATION'
  | 'ON_SITE'
  | 'REPLY'
  | 'RETURN_VISIT';

export type ServiceQueueOrder =
  | 'DEADLINE'
  | 'NEWEST';

export type ServiceRequestFilter = {
  assigneeStaffMemberId?: string | null | undefined;
  awaitingReturnVisit?: boolean | null | undefined;
  channel?: ServiceChannel | null | undefined;
  difficult?: boolean | null | undefined;
  mine?: boolean | null | undefined;
  openOnly?: boolean | null | undefined;
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  search?: string | null | undefined;
  sla?: SlaState | null | undefined;
  status?: Array<ServiceRequestStatus> | null | undefined;
  type?: ServiceRequestType | null | undefined;
  unassigned?: boolean | null | undefined;
  urgency?: RepairUrgency | null | undefined;
};

export type ServiceRequestReasonInput = {
  reason: string;
  requestId: string;
};

export type ServiceRequestStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'COMPLETED'
  | 'DISPATCHED'
  | 'IN_PROGRESS'
  | 'RECEIVED'
  | 'REJECTED'
  | 'REOPENED'
  | 'RETURN_VISITED'
  | 'SIGNED_OFF';

export type ServiceRequestStepInput = {
  note?: string | null | undefined;
  requestId: string;
};

export type ServiceRequestType =
  | 'COMPLAINT'
  | 'HOME_SERVICE'
  | 'INQUIRY'
  | 'OTHER'
  | 'PRAISE'
  | 'REPAIR'
  | 'SUGGESTION';

export type SetCalendarTimeZoneInput = {
  timeZone: string;
};

export type SetDeskLimitsInput = {
  completionWorkingDays?: number | null | undefined;
  emergencyAcknowledgeMinutes?: number | null | undefined;
  emergencyOnSiteMinutes?: number | null | undefined;
  ordinaryAppointmentWorkingHours?: number | null | undefined;
  ordinaryOnSiteHours?: number | null | undefined;
};

export type SetEscalationChainInput = {
  csHeadAfterMinutes: number;
  csHeadStaffMemberId?: string | null | undefined;
  estateId: string;
  managerAfterMinutes: number;
  managerStaffMemberId?: string | null | undefined;
};

export type SetPublishedChannelsInput = {
  address?: string | null | undefined;
  contactPerson?: string | null | undefined;
  email?: string | null | undefined;
  estateId: string;
  fax?: string | null | undefined;
  hours?: string | null | undefined;
  hqComplaintLine?: string | null | undefined;
  phone?: string | null | undefined;
};

export type SetStaffRolesInput = {
  estateIds: Array<string>;
  roles: Array<string>;
  userId: string;
};

export type SetWorkingHoursInput = {
  estateId?: string | null | undefined;
  workEnd?: string | null | undefined;
  workStart?: string | null | undefined;
};

export type ShiftStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'RECONCILED';

export type SignOffServiceRequestInput = {
  comment?: string | null | undefined;
  confirmed?: boolean | null | undefined;
  rating?: number | null | undefined;
  requestId: string;
  signerName?: string | null | undefined;
};

export type SlaState =
  | 'DUE_SOON'
  | 'ON_TIME'
  | 'OVERDUE';

export type StartBillingRunInput = {
  estateId: string;
  period: string;
};

export type UnitFilter = {
  buildingId?: string | null | undefined;
  estateId?: string | null | undefined;
  search?: string | null | undefined;
  status?: UnitStatus | null | undefined;
  usage?: UnitUsage | null | undefined;
};

export type UnitStatus =
  | 'OCCUPIED'
  | 'RENOVATING'
  | 'UNSOLD'
  | 'VACANT';

export type UnitUsage =
  | 'FACTORY'
  | 'OFFICE'
  | 'PARKING'
  | 'RESIDENTIAL'
  | 'SHOP';

export type UpdateBillingSettingsInput = {
  advanceMonths: number;
  collectionDay: number;
  currency?: string | null | undefined;
  lateFeeContractClause?: string | null | undefined;
  lateFeeDailyRate: number | string;
  lateFeeEnabled: boolean;
  lateFeeGraceDays: number;
  maxAdjustmentAmount?: number | string | null | undefined;
  maxPaymentAmount?: number | string | null | undefined;
  maxRefundAmount?: number | string | null | undefined;
  stripeAccountId?: string | null | undefined;
};

export type ArrearsQueryVariables = Exact<{
  estateId: string;
  minDaysOverdue?: number | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ArrearsQuery = { arrears: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ ownerName: string | null, current: number | string, days30: number | string, days60: number | string, days90Plus: number | string, overdue: number | string, total: number | string, daysOverdue: number, stage: ArrearsStage, lastReminderAt: string | null, unit: { id: string, number: string, building: { id: string, name: string } } }> } };

export type SendArrearsRemindersMutationVariables = Exact<{
  input: SendArrearsRemindersInput;
}>;


export type SendArrearsRemindersMutation = { sendArrearsReminders: { queued: number, scheduledFor: string | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ArrearsRemindersQueryVariables = Exact<{
  unitId: string;
}>;


export type ArrearsRemindersQuery = { arrearsReminders: Array<{ id: string, channel: ContactChannel, status: ReminderStatus, amount: number | string, scheduledFor: string, sentAt: string | null, createdAt: string }> };

export type BillingRunFieldsFragment = { id: string, estateId: string, period: string, status: BillingRunStatus, totalUnits: number, processedUnits: number, billsCreated: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null };

export type BillingRunsQueryVariables = Exact<{
  estateId: string;
}>;


export type BillingRunsQuery = { billingRuns: Array<{ id: string, estateId: string, period: string, status: BillingRunStatus, totalUnits: number, processedUnits: number, billsCreated: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null }> };

export type StartBillingRunMutationVariables = Exact<{
  input: StartBillingRunInput;
}>;


export type StartBillingRunMutation = { startBillingRun: { run: { id: string, estateId: string, period: string, status: BillingRunStatus, totalUnits: number, processedUnits: number, billsCreated: number, error: string | null, createdAt: string, startedAt: string | null, finishedAt: string | null } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type BillUnitFragment = { id: string, number: string, building: { id: string, name: string }, estate: { id: string, name: string } };

export type MyBillsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyBillsQuery = { myBills: Array<{ id: string, unitId: string, period: string, total: number | string, dueDate: string, unit: { id: string, number: string, building: { id: string, name: string }, estate: { id: string, name: string } }, lines: Array<{ id: string, description: string, quantity: number | string, unitRate: number | string, amount: number | string }> }> };

export type BillsUnitAccountQueryVariables = Exact<{
  unitId: string;
}>;


export type BillsUnitAccountQuery = { unitAccount: { unitId: string, balance: number | string, due: number | string, prepaid: number | string, bills: Array<{ open: number | string, paid: boolean, bill: { id: string } }> } | null };

export type MyPaymentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPaymentsQuery = { myPayments: Array<{ id: string, receiptNumber: string, method: PaymentMethod, amount: number | string, currency: string, receivedAt: string, prepaid: number | string, refunded: number | string, receiptUrl: string, unit: { id: string, number: string, building: { id: string, name: string }, estate: { id: string, name: string } }, allocations: Array<{ amount: number | string, bill: { id: string, period: string } }> }> };

export type CreateCheckoutSessionMutationVariables = Exact<{
  input: CreateCheckoutSessionInput;
}>;


export type CreateCheckoutSessionMutation = { createCheckoutSession: { checkout: { id: string, url: string, amount: number | string, currency: string, status: OnlineCheckoutStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type OnlineCheckoutQueryVariables = Exact<{
  id: string;
}>;


export type OnlineCheckoutQuery = { onlineCheckout: { id: string, status: OnlineCheckoutStatus, amount: number | string, paymentId: string | null, payment: { id: string, receiptNumber: string, amount: number | string, receivedAt: string, receiptUrl: string } | null } | null };

export type WorkingCalendarFieldsFragment = { estateId: string | null, year: number, timeZone: string, workStart: string, workEnd: string, estateHours: boolean, officialSchedule: boolean, notice: string | null, workingDays: number, days: Array<{ date: string, working: boolean, source: CalendarDaySource, name: string, overrideId: string | null }> };

export type CalendarAdminYearQueryVariables = Exact<{
  estateId?: string | null | undefined;
  year: number;
}>;


export type CalendarAdminYearQuery = { workingCalendar: { estateId: string | null, year: number, timeZone: string, workStart: string, workEnd: string, estateHours: boolean, officialSchedule: boolean, notice: string | null, workingDays: number, days: Array<{ date: string, working: boolean, source: CalendarDaySource, name: string, overrideId: string | null }> } | null };

export type CalendarAdminAddDayMutationVariables = Exact<{
  input: AddCalendarDayInput;
}>;


export type CalendarAdminAddDayMutation = { addCalendarDay: { day: { id: string } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type CalendarAdminRemoveDayMutationVariables = Exact<{
  input: RemoveCalendarDayInput;
}>;


export type CalendarAdminRemoveDayMutation = { removeCalendarDay: { day: { id: string } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type CalendarAdminSetHoursMutationVariables = Exact<{
  input: SetWorkingHoursInput;
}>;


export type CalendarAdminSetHoursMutation = { setWorkingHours: { calendar: { estateId: string | null, year: number, timeZone: string, workStart: string, workEnd: string, estateHours: boolean, officialSchedule: boolean, notice: string | null, workingDays: number, days: Array<{ date: string, working: boolean, source: CalendarDaySource, name: string, overrideId: string | null }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type CalendarAdminSetTimeZoneMutationVariables = Exact<{
  input: SetCalendarTimeZoneInput;
}>;


export type CalendarAdminSetTimeZoneMutation = { setCalendarTimeZone: { calendar: { estateId: string | null, year: number, timeZone: string, workStart: string, workEnd: string, estateHours: boolean, officialSchedule: boolean, notice: string | null, workingDays: number, days: Array<{ date: string, working: boolean, source: CalendarDaySource, name: string, overrideId: string | null }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type CashierUnitSearchQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: UnitFilter | null | undefined;
}>;


export type CashierUnitSearchQuery = { units: { totalCount: number, nodes: Array<{ id: string, number: string, building: { id: string, name: string }, owners: Array<{ id: string, current: boolean, person: { id: string, name: string, phoneMasked: string } }> }> } };

export type CashierUnitAccountQueryVariables = Exact<{
  unitId: string;
}>;


export type CashierUnitAccountQuery = { unit: { id: string, number: string, building: { id: string, name: string }, estate: { id: string, name: string }, owners: Array<{ id: string, current: boolean, person: { id: string, name: string } }> } | null, unitAccount: { unitId: string, balance: number | string, due: number | string, prepaid: number | string, ageing: { current: number | string, days30: number | string, days60: number | string, days90Plus: number | string, overdue: number | string, total: number | string }, bills: Array<{ open: number | string, paid: boolean, bill: { id: string, period: string, total: number | string, dueDate: string, issuedAt: string, lines: Array<{ id: string, description: string, amount: number | string }> } }> } | null };

export type AdvancePaymentQuoteQueryVariables = Exact<{
  unitId: string;
}>;


export type AdvancePaymentQuoteQuery = { advancePaymentQuote: { months: number, monthlyAmount: number | string, total: number | string } | null };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { recordPayment: { payment: { id: string, receiptNumber: string, method: PaymentMethod, amount: number | string, prepaid: number | string, receiptUrl: string, allocations: Array<{ amount: number | string, bill: { id: string, period: string } }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type CashierShiftFieldsFragment = { id: string, estateId: string, cashierId: string, cashierName: string | null, status: ShiftStatus, openedAt: string, closedAt: string | null, expectedCash: number | string, countedCash: number | string | null, difference: number | string | null, differenceReason: string | null, firstReceipt: string | null, lastReceipt: string | null, totals: Array<{ method: PaymentMethod, count: number, amount: number | string }> };

export type MyOpenShiftQueryVariables = Exact<{
  estateId: string;
}>;


export type MyOpenShiftQuery = { myOpenShift: { id: string, estateId: string, cashierId: string, cashierName: string | null, status: ShiftStatus, openedAt: string, closedAt: string | null, expectedCash: number | string, countedCash: number | string | null, difference: number | string | null, differenceReason: string | null, firstReceipt: string | null, lastReceipt: string | null, totals: Array<{ method: PaymentMethod, count: number, amount: number | string }> } | null };

export type CashierShiftsQueryVariables = Exact<{
  estateId: string;
  status?: ShiftStatus | null | undefined;
}>;


export type CashierShiftsQuery = { cashierShifts: Array<{ id: string, estateId: string, cashierId: string, cashierName: string | null, status: ShiftStatus, openedAt: string, closedAt: string | null, expectedCash: number | string, countedCash: number | string | null, difference: number | string | null, differenceReason: string | null, firstReceipt: string | null, lastReceipt: string | null, totals: Array<{ method: PaymentMethod, count: number, amount: number | string }> }> };

export type OpenShiftMutationVariables = Exact<{
  input: OpenShiftInput;
}>;


export type OpenShiftMutation = { openShift: { shift: { id: string, estateId: string, cashierId: string, cashierName: string | null, status: ShiftStatus, openedAt: string, closedAt: string | null, expectedCash: number | string, countedCash: number | string | null, difference: number | string | null, differenceReason: string | null, firstReceipt: string | null, lastReceipt: string | null, totals: Array<{ method: PaymentMethod, count: number, amount: number | string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type CloseShiftMutationVariables = Exact<{
  input: CloseShiftInput;
}>;


export type CloseShiftMutation = { closeShift: { shift: { id: string, estateId: string, cashierId: string, cashierName: string | null, status: ShiftStatus, openedAt: string, closedAt: string | null, expectedCash: number | string, countedCash: number | string | null, difference: number | string | null, differenceReason: string | null, firstReceipt: string | null, lastReceipt: string | null, totals: Array<{ method: PaymentMethod, count: number, amount: number | string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ReconcileShiftMutationVariables = Exact<{
  input: ReconcileShiftInput;
}>;


export type ReconcileShiftMutation = { reconcileShift: { shift: { id: string, estateId: string, cashierId: string, cashierName: string | null, status: ShiftStatus, openedAt: string, closedAt: string | null, expectedCash: number | string, countedCash: number | string | null, difference: number | string | null, differenceReason: string | null, firstReceipt: string | null, lastReceipt: string | null, totals: Array<{ method: PaymentMethod, count: number, amount: number | string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type CompaniesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CompaniesQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, nameZh: string, nameEn: string, status: CompanyStatus, statusReason: string | null, provider: DatabaseProvider, server: string, schemaVersion: string | null, createdAt: string }> } };

export type CreateCompanyMutationVariables = Exact<{
  input: CreateCompanyInput;
}>;


export type CreateCompanyMutation = { createCompany: { company: { id: string, slug: string, status: CompanyStatus, statusReason: string | null } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type EstatesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  search?: string | null | undefined;
}>;


export type EstatesQuery = { estates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, address: string, city: string, type: EstateType, totalFloorArea: number | string, unitCount: number }> } };

export type FeeItemFieldsFragment = { id: string, estateId: string, name: string, kind: FeeKind, appliesTo: Array<UnitUsage>, rates: Array<{ id: string, amount: number | string, effectiveFrom: string, effectiveTo: string | null }> };

export type BillingSettingsFieldsFragment = { stripeAccountId: string | null, currency: string, collectionDay: number, advanceMonths: number, lateFeeEnabled: boolean, lateFeeDailyRate: number | string, lateFeeGraceDays: number, lateFeeContractClause: string | null, maxPaymentAmount: number | string, maxRefundAmount: number | string, maxAdjustmentAmount: number | string };

export type FeesAdminFeeItemsQueryVariables = Exact<{
  estateId: string;
}>;


export type FeesAdminFeeItemsQuery = { feeItems: Array<{ id: string, estateId: string, name: string, kind: FeeKind, appliesTo: Array<UnitUsage>, rates: Array<{ id: string, amount: number | string, effectiveFrom: string, effectiveTo: string | null }> }> };

export type FeesAdminCreateFeeItemMutationVariables = Exact<{
  input: CreateFeeItemInput;
}>;


export type FeesAdminCreateFeeItemMutation = { createFeeItem: { feeItem: { id: string, estateId: string, name: string, kind: FeeKind, appliesTo: Array<UnitUsage>, rates: Array<{ id: string, amount: number | string, effectiveFrom: string, effectiveTo: string | null }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type FeesAdminAddFeeRateMutationVariables = Exact<{
  input: AddFeeRateInput;
}>;


export type FeesAdminAddFeeRateMutation = { addFeeRate: { feeItem: { id: string, estateId: string, name: string, kind: FeeKind, appliesTo: Array<UnitUsage>, rates: Array<{ id: string, amount: number | string, effectiveFrom: string, effectiveTo: string | null }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type FeesAdminBillingSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type FeesAdminBillingSettingsQuery = { billingSettings: { stripeAccountId: string | null, currency: string, collectionDay: number, advanceMonths: number, lateFeeEnabled: boolean, lateFeeDailyRate: number | string, lateFeeGraceDays: number, lateFeeContractClause: string | null, maxPaymentAmount: number | string, maxRefundAmount: number | string, maxAdjustmentAmount: number | string } | null };

export type FeesAdminUpdateBillingSettingsMutationVariables = Exact<{
  input: UpdateBillingSettingsInput;
}>;


export type FeesAdminUpdateBillingSettingsMutation = { updateBillingSettings: { settings: { stripeAccountId: string | null, currency: string, collectionDay: number, advanceMonths: number, lateFeeEnabled: boolean, lateFeeDailyRate: number | string, lateFeeGraceDays: number, lateFeeContractClause: string | null, maxPaymentAmount: number | string, maxRefundAmount: number | string, maxAdjustmentAmount: number | string } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type FeesAdminCollectionRatesQueryVariables = Exact<{
  period?: string | null | undefined;
}>;


export type FeesAdminCollectionRatesQuery = { collectionRates: Array<{ period: string, billed: number | string, collected: number | string, rate: number | string, arrears: number | string, overdue: number | string, estate: { id: string, name: string } }> };

export type HouseholdLedgerQueryVariables = Exact<{
  unitId: string;
}>;


export type HouseholdLedgerQuery = { unit: { id: string, number: string, building: { id: string, name: string }, estate: { id: string, name: string } } | null, unitLedger: { unitId: string, balance: number | string, entries: Array<{ id: string, billId: string | null, kind: LedgerEntryKind, amount: number | string, reason: string | null, createdBy: string, createdAt: string }> } | null, unitAccount: { unitId: string, balance: number | string, due: number | string, prepaid: number | string, bills: Array<{ open: number | string, paid: boolean, bill: { id: string, period: string, total: number | string, dueDate: string } }> } | null };

export type UnitPaymentsQueryVariables = Exact<{
  unitId?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UnitPaymentsQuery = { payments: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, receiptNumber: string, method: PaymentMethod, amount: number | string, currency: string, receivedAt: string, receivedBy: string, payerName: string | null, prepaid: number | string, refunded: number | string, receiptUrl: string, voidedReceipts: Array<{ number: string, reason: string, voidedAt: string }>, allocations: Array<{ amount: number | string, bill: { id: string, period: string } }> }> } };

export type AdjustBillMutationVariables = Exact<{
  input: AdjustBillInput;
}>;


export type AdjustBillMutation = { adjustBill: { entry: { id: string, kind: LedgerEntryKind, amount: number | string } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ReissueReceiptMutationVariables = Exact<{
  input: ReissueReceiptInput;
}>;


export type ReissueReceiptMutation = { reissueReceipt: { payment: { id: string, receiptNumber: string } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type RefundPaymentMutationVariables = Exact<{
  input: RefundPaymentInput;
}>;


export type RefundPaymentMutation = { refundPayment: { refund: { id: string, status: RefundStatus, amount: number | string, reason: string } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type PaymentAnomaliesQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentAnomaliesQuery = { paymentAnomalies: Array<{ id: string, unitId: string, paymentIntentId: string, amount: number | string, currency: string, receivedAt: string, status: PaymentAnomalyStatus, error: string | null, reason: string | null, resolvedAt: string | null }> };

export type RefundPaymentAnomalyMutationVariables = Exact<{
  input: RefundPaymentAnomalyInput;
}>;


export type RefundPaymentAnomalyMutation = { refundPaymentAnomaly: { anomaly: { id: string, status: PaymentAnomalyStatus, error: string | null } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ServiceRequestRowFragment = { id: string, number: string, type: ServiceRequestType, channel: ServiceChannel, status: ServiceRequestStatus, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, contactName: string | null, contactPhone: string | null, anonymous: boolean, firstReceiverName: string | null, assigneeName: string | null, assignedDepartmentName: string | null, assignedToMe: boolean, sla: SlaState, difficult: boolean, returnVisitSatisfied: boolean | null, rating: number | null, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }> };

export type ServiceQueueQueryVariables = Exact<{
  estateId: string;
  filter?: ServiceRequestFilter | null | undefined;
  orderBy?: ServiceQueueOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ServiceQueueQuery = { serviceRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, type: ServiceRequestType, channel: ServiceChannel, status: ServiceRequestStatus, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, contactName: string | null, contactPhone: string | null, anonymous: boolean, firstReceiverName: string | null, assigneeName: string | null, assignedDepartmentName: string | null, assignedToMe: boolean, sla: SlaState, difficult: boolean, returnVisitSatisfied: boolean | null, rating: number | null, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }> }> } };

export type ServiceRequestDetailQueryVariables = Exact<{
  id: string;
}>;


export type ServiceRequestDetailQuery = { serviceRequest: { estateId: string, unitId: string | null, appointmentAt: string | null, assignedDepartmentId: string | null, assignedStaffMemberId: string | null, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, closedAt: string | null, cancelReason: string | null, id: string, number: string, type: ServiceRequestType, channel: ServiceChannel, status: ServiceRequestStatus, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, contactName: string | null, contactPhone: string | null, anonymous: boolean, firstReceiverName: string | null, assigneeName: string | null, assignedDepartmentName: string | null, assignedToMe: boolean, sla: SlaState, difficult: boolean, returnVisitSatisfied: boolean | null, rating: number | null, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }> } | null };

export type ServiceStockTakeQueryVariables = Exact<{
  estateId: string;
}>;


export type ServiceStockTakeQuery = { serviceStockTake: Array<{ id: string, number: string, type: ServiceRequestType, channel: ServiceChannel, status: ServiceRequestStatus, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, contactName: string | null, contactPhone: string | null, anonymous: boolean, firstReceiverName: string | null, assigneeName: string | null, assignedDepartmentName: string | null, assignedToMe: boolean, sla: SlaState, difficult: boolean, returnVisitSatisfied: boolean | null, rating: number | null, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }> }> };

export type ServiceHandlersQueryVariables = Exact<{
  estateId: string;
}>;


export type ServiceHandlersQuery = { serviceHandlers: Array<{ id: string, name: string, position: Position, department: { id: string, name: string, kind: DepartmentKind } }>, departments: Array<{ id: string, name: string, kind: DepartmentKind, estateId: string | null }> };

export type ServiceDeskUnitSearchQueryVariables = Exact<{
  filter?: UnitFilter | null | undefined;
}>;


export type ServiceDeskUnitSearchQuery = { units: { nodes: Array<{ id: string, number: string, building: { id: string, name: string }, owners: Array<{ id: string, current: boolean, person: { id: string, name: string, phoneMasked: string } }> }> } };

export type RecordServiceRequestMutationVariables = Exact<{
  input: RecordServiceRequestInput;
}>;


export type RecordServiceRequestMutation = { recordServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, channel: ServiceChannel, status: ServiceRequestStatus, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, contactName: string | null, contactPhone: string | null, anonymous: boolean, firstReceiverName: string | null, assigneeName: string | null, assignedDepartmentName: string | null, assignedToMe: boolean, sla: SlaState, difficult: boolean, returnVisitSatisfied: boolean | null, rating: number | null, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type DispatchServiceRequestMutationVariables = Exact<{
  input: DispatchServiceRequestInput;
}>;


export type DispatchServiceRequestMutation = { dispatchServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ReassignServiceRequestMutationVariables = Exact<{
  input: DispatchServiceRequestInput;
}>;


export type ReassignServiceRequestMutation = { reassignServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type AcceptServiceRequestMutationVariables = Exact<{
  input: ServiceRequestStepInput;
}>;


export type AcceptServiceRequestMutation = { acceptServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type RejectServiceRequestMutationVariables = Exact<{
  input: ServiceRequestReasonInput;
}>;


export type RejectServiceRequestMutation = { rejectServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type StartServiceWorkMutationVariables = Exact<{
  input: ServiceRequestStepInput;
}>;


export type StartServiceWorkMutation = { startServiceWork: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type CompleteServiceRequestMutationVariables = Exact<{
  input: CompleteServiceRequestInput;
}>;


export type CompleteServiceRequestMutation = { completeServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type SignOffServiceRequestMutationVariables = Exact<{
  input: SignOffServiceRequestInput;
}>;


export type SignOffServiceRequestMutation = { signOffServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type RecordReturnVisitMutationVariables = Exact<{
  input: RecordReturnVisitInput;
}>;


export type RecordReturnVisitMutation = { recordReturnVisit: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type CloseServiceRequestMutationVariables = Exact<{
  input: ServiceRequestStepInput;
}>;


export type CloseServiceRequestMutation = { closeServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ReopenServiceRequestMutationVariables = Exact<{
  input: ServiceRequestReasonInput;
}>;


export type ReopenServiceRequestMutation = { reopenServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type CancelServiceRequestMutationVariables = Exact<{
  input: ServiceRequestReasonInput;
}>;


export type CancelServiceRequestMutation = { cancelServiceRequest: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ChangeServiceDeadlineMutationVariables = Exact<{
  input: ChangeServiceDeadlineInput;
}>;


export type ChangeServiceDeadlineMutation = { changeServiceDeadline: { serviceRequest: { id: string, status: ServiceRequestStatus } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ServiceRequestDetailFragment = { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> };

export type MyServiceRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyServiceRequestsQuery = { myServiceRequests: Array<{ id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> }> };

export type ServiceRequestOneQueryVariables = Exact<{
  id: string;
}>;


export type ServiceRequestOneQuery = { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null };

export type MyJobsQueryVariables = Exact<{
  estateId: string;
  after?: string | null | undefined;
}>;


export type MyJobsQuery = { serviceRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> }> } };

export type ServiceUnitOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceUnitOptionsQuery = { myUnits: Array<{ id: string, number: string, building: { id: string, name: string }, estate: { id: string, name: string } }> };

export type ReportServiceRequestMutationVariables = Exact<{
  input: ReportServiceRequestInput;
}>;


export type ReportServiceRequestMutation = { reportServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type AcceptJobMutationVariables = Exact<{
  input: ServiceRequestStepInput;
}>;


export type AcceptJobMutation = { acceptServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type RejectJobMutationVariables = Exact<{
  input: ServiceRequestReasonInput;
}>;


export type RejectJobMutation = { rejectServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type SetOffToJobMutationVariables = Exact<{
  input: ServiceRequestStepInput;
}>;


export type SetOffToJobMutation = { setOffToServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type ArriveAtJobMutationVariables = Exact<{
  input: ServiceRequestStepInput;
}>;


export type ArriveAtJobMutation = { arriveAtServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type StartJobMutationVariables = Exact<{
  input: ServiceRequestStepInput;
}>;


export type StartJobMutation = { startServiceWork: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type CompleteJobMutationVariables = Exact<{
  input: CompleteServiceRequestInput;
}>;


export type CompleteJobMutation = { completeServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type QuoteRepairPriceMutationVariables = Exact<{
  input: QuoteRepairPriceInput;
}>;


export type QuoteRepairPriceMutation = { quoteRepairPrice: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type ConfirmRepairPriceMutationVariables = Exact<{
  input: ConfirmRepairPriceInput;
}>;


export type ConfirmRepairPriceMutation = { confirmRepairPrice: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type RefuseRepairPriceMutationVariables = Exact<{
  input: RefuseRepairPriceInput;
}>;


export type RefuseRepairPriceMutation = { refuseRepairPrice: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type ResidentSignOffMutationVariables = Exact<{
  input: SignOffServiceRequestInput;
}>;


export type ResidentSignOffMutation = { signOffServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type ResidentReopenMutationVariables = Exact<{
  input: ServiceRequestReasonInput;
}>;


export type ResidentReopenMutation = { reopenServiceRequest: { serviceRequest: { id: string, number: string, type: ServiceRequestType, status: ServiceRequestStatus, channel: ServiceChannel, receivedAt: string, unitLabel: string | null, location: string | null, description: string, category: string | null, urgency: RepairUrgency | null, appointmentAt: string | null, assigneeName: string | null, assignedToMe: boolean, rejectReason: string | null, completionNotes: string | null, completedAt: string | null, signedOffAt: string | null, signedOffBy: string | null, rating: number | null, sla: SlaState, timeZone: string, contactName: string | null, contactPhone: string | null, chargeStatus: RepairChargeStatus | null, chargeTotal: number | string | null, chargeConfirmedBy: string | null, chargeConfirmedAt: string | null, chargeBillId: string | null, chargeLines: Array<{ kind: ChargeLineKind, description: string, amount: number | string }>, deadlines: Array<{ kind: ServiceDeadlineKind, dueAt: string, metAt: string | null, voidedAt: string | null, state: SlaState }>, timeline: Array<{ at: string, action: ServiceAction, actorName: string | null, fromStatus: ServiceRequestStatus | null, toStatus: ServiceRequestStatus | null, note: string | null }>, attachments: Array<{ id: string, stage: AttachmentStage, fileName: string, contentType: string, size: number, uploadedAt: string, url: string }> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type ServiceSettingsCategoriesQueryVariables = Exact<{
  type?: ServiceRequestType | null | undefined;
}>;


export type ServiceSettingsCategoriesQuery = { serviceCategories: Array<{ type: ServiceRequestType, code: string, name: string, active: boolean, sortOrder: number, isDefault: boolean }> };

export type ServiceSettingsSaveCategoryMutationVariables = Exact<{
  input: SaveServiceCategoryInput;
}>;


export type ServiceSettingsSaveCategoryMutation = { saveServiceCategory: { category: { type: ServiceRequestType, code: string, name: string, active: boolean, sortOrder: number, isDefault: boolean } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type DeskLimitValuesFieldsFragment = { emergencyAcknowledgeMinutes: number, emergencyOnSiteMinutes: number, ordinaryAppointmentWorkingHours: number, ordinaryOnSiteHours: number, completionWorkingDays: number };

export type ServiceSettingsLimitsQueryVariables = Exact<{ [key: string]: never; }>;


export type ServiceSettingsLimitsQuery = { deskLimits: { current: { emergencyAcknowledgeMinutes: number, emergencyOnSiteMinutes: number, ordinaryAppointmentWorkingHours: number, ordinaryOnSiteHours: number, completionWorkingDays: number }, defaults: { emergencyAcknowledgeMinutes: number, emergencyOnSiteMinutes: number, ordinaryAppointmentWorkingHours: number, ordinaryOnSiteHours: number, completionWorkingDays: number } } };

export type ServiceSettingsSetLimitsMutationVariables = Exact<{
  input: SetDeskLimitsInput;
}>;


export type ServiceSettingsSetLimitsMutation = { setDeskLimits: { limits: { current: { emergencyAcknowledgeMinutes: number, emergencyOnSiteMinutes: number, ordinaryAppointmentWorkingHours: number, ordinaryOnSiteHours: number, completionWorkingDays: number } } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type EscalationChainFieldsFragment = { estateId: string, csHeadStaffMemberId: string | null, managerStaffMemberId: string | null, effectiveCsHeadName: string | null, effectiveManagerName: string | null, csHeadAfterMinutes: number, managerAfterMinutes: number };

export type ServiceSettingsChainQueryVariables = Exact<{
  estateId: string;
}>;


export type ServiceSettingsChainQuery = { escalationChain: { estateId: string, csHeadStaffMemberId: string | null, managerStaffMemberId: string | null, effectiveCsHeadName: string | null, effectiveManagerName: string | null, csHeadAfterMinutes: number, managerAfterMinutes: number } | null, staff: { nodes: Array<{ id: string, name: string }> } };

export type ServiceSettingsSetChainMutationVariables = Exact<{
  input: SetEscalationChainInput;
}>;


export type ServiceSettingsSetChainMutation = { setEscalationChain: { chain: { estateId: string, csHeadStaffMemberId: string | null, managerStaffMemberId: string | null, effectiveCsHeadName: string | null, effectiveManagerName: string | null, csHeadAfterMinutes: number, managerAfterMinutes: number } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type PublishedChannelsFieldsFragment = { estateId: string, phone: string | null, hours: string | null, email: string | null, fax: string | null, address: string | null, contactPerson: string | null, hqComplaintLine: string | null };

export type PublishedChannelsQueryVariables = Exact<{
  estateId: string;
}>;


export type PublishedChannelsQuery = { publishedChannels: { estateId: string, phone: string | null, hours: string | null, email: string | null, fax: string | null, address: string | null, contactPerson: string | null, hqComplaintLine: string | null } | null };

export type ServiceSettingsSetChannelsMutationVariables = Exact<{
  input: SetPublishedChannelsInput;
}>;


export type ServiceSettingsSetChannelsMutation = { setPublishedChannels: { channels: { estateId: string, phone: string | null, hours: string | null, email: string | null, fax: string | null, address: string | null, contactPerson: string | null, hqComplaintLine: string | null } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type CompanyUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type CompanyUsersQuery = { companyUsers: Array<{ userId: string, userName: string, displayName: string, accountManaged: boolean, email: string | null, roles: Array<string>, estateIds: Array<string>, mustChangePassword: boolean, twoFactorEnabled: boolean, lockedOut: boolean, disabled: boolean }> };

export type InviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
}>;


export type InviteStaffMutation = { inviteStaff: { invited: { temporaryPassword: string | null, user: { userId: string, userName: string } | null, invitation: { code: string, url: string, expiresAt: string } | null } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type SetStaffRolesMutationVariables = Exact<{
  input: SetStaffRolesInput;
}>;


export type SetStaffRolesMutation = { setStaffRoles: { user: { userId: string, roles: Array<string>, estateIds: Array<string> } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyEnded', code: string, message: string, field: string | null }
      | { __typename: 'AlreadyStaff', code: string, message: string, field: string | null }
      | { __typename: 'AnomalyNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentEmpty', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentNotOfRequest', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentRequestClosed', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentTypeRefused', code: string, message: string, field: string | null }
      | { __typename: 'AttachmentUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchEmpty', code: string, message: string, field: string | null }
      | { __typename: 'BankBatchPending', code: string, message: string, field: string | null }
      | { __typename: 'BankLineAlreadyCollected', code: string, message: string, field: string | null }
      | { __typename: 'BillNotOfUnit', code: string, message: string, field: string | null }
      | { __typename: 'BuildingNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, message: string, field: string | null }
      | { __typename: 'CannotDemoteSelf', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'CheckoutOpenForBills', code: string, message: string, field: string | null }
      | { __typename: 'ClaimPaidOtherwise', code: string, message: string, field: string | null }
      | { __typename: 'ClaimStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'CompanySlugTaken', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintCategoryRequired', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintReportNotDue', code: string, message: string, field: string | null }
      | { __typename: 'ComplaintStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'Conflict', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineBindsHandler', code: string, message: string, field: string | null }
      | { __typename: 'DeadlineNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'DoorVisitTooSoon', code: string, message: string, field: string | null }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'FeeItemNameTaken', code: string, message: string, field: string | null }
      | { __typename: 'FieldStepRefused', code: string, message: string, field: string | null }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, message: string, field: string | null }
      | { __typename: 'IdempotencyKeyReused', code: string, message: string, field: string | null }
      | { __typename: 'ImportConcurrentChange', code: string, message: string, field: string | null }
      | { __typename: 'ImportEmpty', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooLarge', code: string, message: string, field: string | null }
      | { __typename: 'ImportTooManyRows', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnreadable', code: string, message: string, field: string | null }
      | { __typename: 'ImportUnsupportedType', code: string, message: string, field: string | null }
      | { __typename: 'InvalidInput', code: string, message: string, field: string | null }
      | { __typename: 'InvalidNeedsOpinion', code: string, message: string, field: string | null }
      | { __typename: 'MandateNotActive', code: string, message: string, field: string | null }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, message: string, field: string | null }
      | { __typename: 'NoArrears', code: string, message: string, field: string | null }
      | { __typename: 'NoRepairPrice', code: string, message: string, field: string | null }
      | { __typename: 'NotAComplaint', code: string, message: string, field: string | null }
      | { __typename: 'NotChargeable', code: string, message: string, field: string | null }
      | { __typename: 'NotFound', code: string, message: string, field: string | null }
      | { __typename: 'NotServiceRequestAssignee', code: string, message: string, field: string | null }
      | { __typename: 'NotesNotChecked', code: string, message: string, field: string | null }
      | { __typename: 'NothingToPay', code: string, message: string, field: string | null }
      | { __typename: 'OnlinePaymentOff', code: string, message: string, field: string | null }
      | { __typename: 'PaidRepairNeedsUnit', code: string, message: string, field: string | null }
      | { __typename: 'PublishedPhoneRequired', code: string, message: string, field: string | null }
      | { __typename: 'QuoteAfterWorkStarted', code: string, message: string, field: string | null }
      | { __typename: 'RateOverlaps', code: string, message: string, field: string | null }
      | { __typename: 'ReadingExists', code: string, message: string, field: string | null }
      | { __typename: 'RefundExceedsPayment', code: string, message: string, field: string | null }
      | { __typename: 'RefundFailed', code: string, message: string, field: string | null }
      | { __typename: 'RepairChargeStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'RepairFeeItemRequired', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceChanged', code: string, message: string, field: string | null }
      | { __typename: 'RepairPriceNotConfirmed', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, message: string, field: string | null }
      | { __typename: 'ReturnVisitRequired', code: string, message: string, field: string | null }
      | { __typename: 'ServiceRequestStatusRefused', code: string, message: string, field: string | null }
      | { __typename: 'SharesExceed100', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotClosed', code: string, message: string, field: string | null }
      | { __typename: 'ShiftNotOpen', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOpenElsewhere', code: string, message: string, field: string | null }
      | { __typename: 'ShiftOwnReconcile', code: string, message: string, field: string | null }
      | { __typename: 'SignOffRequired', code: string, message: string, field: string | null }
      | { __typename: 'StatusChangeRefused', code: string, message: string, field: string | null }
      | { __typename: 'StripeUnavailable', code: string, message: string, field: string | null }
      | { __typename: 'TenderedTooLow', code: string, message: string, field: string | null }
      | { __typename: 'UnitNumberTaken', code: string, message: string, field: string | null }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, message: string, field: string | null }
      | { __typename: 'VisitStatusRefused', code: string, message: string, field: string | null }
    > } };

export type PersonSummaryFragment = { id: string, name: string, phoneMasked: string, idNumberMasked: string | null };

export type UnitRowFieldsFragment = { id: string, number: string, floor: number, buildingArea: number | string, usage: UnitUsage, status: UnitStatus, building: { id: string, name: string }, estate: { id: string, name: string }, owners: Array<{ id: string, current: boolean, share: number | string, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }> };

export type UnitDetailFieldsFragment = { id: string, number: string, floor: number, buildingArea: number | string, usage: UnitUsage, status: UnitStatus, tenancies: Array<{ id: string, current: boolean, leaseStart: string, leaseEnd: string, endedOn: string | null, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }>, members: Array<{ id: string, relation: string, since: string, until: string | null, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }>, building: { id: string, name: string }, estate: { id: string, name: string }, owners: Array<{ id: string, current: boolean, share: number | string, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }> };

export type MyUnitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyUnitsQuery = { myUnits: Array<{ id: string, number: string, floor: number, buildingArea: number | string, usage: UnitUsage, status: UnitStatus, tenancies: Array<{ id: string, current: boolean, leaseStart: string, leaseEnd: string, endedOn: string | null, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }>, members: Array<{ id: string, relation: string, since: string, until: string | null, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }>, building: { id: string, name: string }, estate: { id: string, name: string }, owners: Array<{ id: string, current: boolean, share: number | string, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }> }> };

export type UnitSearchQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: UnitFilter | null | undefined;
}>;


export type UnitSearchQuery = { units: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, number: string, floor: number, buildingArea: number | string, usage: UnitUsage, status: UnitStatus, building: { id: string, name: string }, estate: { id: string, name: string }, owners: Array<{ id: string, current: boolean, share: number | string, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }> }> } };

export type UnitDetailQueryVariables = Exact<{
  id: string;
}>;


export type UnitDetailQuery = { unit: { id: string, number: string, floor: number, buildingArea: number | string, usage: UnitUsage, status: UnitStatus, owners: Array<{ startDate: string, endDate: string | null, id: string, current: boolean, share: number | string, person: { emergencyContactName: string | null, emergencyContactPhone: string | null, id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }>, tenancies: Array<{ id: string, current: boolean, leaseStart: string, leaseEnd: string, endedOn: string | null, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }>, members: Array<{ id: string, relation: string, since: string, until: string | null, person: { id: string, name: string, phoneMasked: string, idNumberMasked: string | null } }>, building: { id: string, name: string }, estate: { id: string, name: string } } | null };

export type IssueResidentInvitationMutationVariables = Exact<{
  unitId: string;
  personId: string;
}>;


export type IssueResidentInvitationMutation = { issueResidentInvitation: { invitation: { code: string, unitLabel: string, expiresAt: string } | null, errors: Array<
      | { __typename: 'AboveLimit', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyEnded', code: string, field: string | null, message: string }
      | { __typename: 'AlreadyStaff', code: string, field: string | null, message: string }
      | { __typename: 'AnomalyNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentEmpty', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentNotOfRequest', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentRequestClosed', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentTypeRefused', code: string, field: string | null, message: string }
      | { __typename: 'AttachmentUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchEmpty', code: string, field: string | null, message: string }
      | { __typename: 'BankBatchPending', code: string, field: string | null, message: string }
      | { __typename: 'BankLineAlreadyCollected', code: string, field: string | null, message: string }
      | { __typename: 'BillNotOfUnit', code: string, field: string | null, message: string }
      | { __typename: 'BuildingNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'CalendarDayAlreadyOverridden', code: string, field: string | null, message: string }
      | { __typename: 'CannotDemoteSelf', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'CheckoutOpenForBills', code: string, field: string | null, message: string }
      | { __typename: 'ClaimPaidOtherwise', code: string, field: string | null, message: string }
      | { __typename: 'ClaimStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'CompanySlugTaken', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintCategoryRequired', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintReportNotDue', code: string, field: string | null, message: string }
      | { __typename: 'ComplaintStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'Conflict', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineBindsHandler', code: string, field: string | null, message: string }
      | { __typename: 'DeadlineNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'DoorVisitTooSoon', code: string, field: string | null, message: string }
      | { __typename: 'EscalationStepsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'FeeItemNameTaken', code: string, field: string | null, message: string }
      | { __typename: 'FieldStepRefused', code: string, field: string | null, message: string }
      | { __typename: 'HouseholdOptedOutOfVisits', code: string, field: string | null, message: string }
      | { __typename: 'IdempotencyKeyReused', code: string, field: string | null, message: string }
      | { __typename: 'ImportConcurrentChange', code: string, field: string | null, message: string }
      | { __typename: 'ImportEmpty', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooLarge', code: string, field: string | null, message: string }
      | { __typename: 'ImportTooManyRows', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnreadable', code: string, field: string | null, message: string }
      | { __typename: 'ImportUnsupportedType', code: string, field: string | null, message: string }
      | { __typename: 'InvalidInput', code: string, field: string | null, message: string }
      | { __typename: 'InvalidNeedsOpinion', code: string, field: string | null, message: string }
      | { __typename: 'MandateNotActive', code: string, field: string | null, message: string }
      | { __typename: 'MonthlyReportAlreadySubmitted', code: string, field: string | null, message: string }
      | { __typename: 'NoArrears', code: string, field: string | null, message: string }
      | { __typename: 'NoRepairPrice', code: string, field: string | null, message: string }
      | { __typename: 'NotAComplaint', code: string, field: string | null, message: string }
      | { __typename: 'NotChargeable', code: string, field: string | null, message: string }
      | { __typename: 'NotFound', code: string, field: string | null, message: string }
      | { __typename: 'NotServiceRequestAssignee', code: string, field: string | null, message: string }
      | { __typename: 'NotesNotChecked', code: string, field: string | null, message: string }
      | { __typename: 'NothingToPay', code: string, field: string | null, message: string }
      | { __typename: 'OnlinePaymentOff', code: string, field: string | null, message: string }
      | { __typename: 'PaidRepairNeedsUnit', code: string, field: string | null, message: string }
      | { __typename: 'PublishedPhoneRequired', code: string, field: string | null, message: string }
      | { __typename: 'QuoteAfterWorkStarted', code: string, field: string | null, message: string }
      | { __typename: 'RateOverlaps', code: string, field: string | null, message: string }
      | { __typename: 'ReadingExists', code: string, field: string | null, message: string }
      | { __typename: 'RefundExceedsPayment', code: string, field: string | null, message: string }
      | { __typename: 'RefundFailed', code: string, field: string | null, message: string }
      | { __typename: 'RepairChargeStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'RepairFeeItemRequired', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceChanged', code: string, field: string | null, message: string }
      | { __typename: 'RepairPriceNotConfirmed', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitExemptionRequired', code: string, field: string | null, message: string }
      | { __typename: 'ReturnVisitRequired', code: string, field: string | null, message: string }
      | { __typename: 'ServiceRequestStatusRefused', code: string, field: string | null, message: string }
      | { __typename: 'SharesExceed100', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotClosed', code: string, field: string | null, message: string }
      | { __typename: 'ShiftNotOpen', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOpenElsewhere', code: string, field: string | null, message: string }
      | { __typename: 'ShiftOwnReconcile', code: string, field: string | null, message: string }
      | { __typename: 'SignOffRequired', code: string, field: string | null, message: string }
      | { __typename: 'StatusChangeRefused', code: string, field: string | null, message: string }
      | { __typename: 'StripeUnavailable', code: string, field: string | null, message: string }
      | { __typename: 'TenderedTooLow', code: string, field: string | null, message: string }
      | { __typename: 'UnitNumberTaken', code: string, field: string | null, message: string }
      | { __typename: 'UrgencyLimitsOutOfOrder', code: string, field: string | null, message: string }
      | { __typename: 'VisitStatusRefused', code: string, field: string | null, message: string }
    > } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { userId: string, name: string, roles: Array<string>, estateIds: Array<string>, personId: string | null, company: { slug: string, nameZh: string, nameEn: string } | null } };

export type EstateOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EstateOptionsQuery = { estates: { nodes: Array<{ id: string, name: string }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const BillingRunFieldsFragmentDoc = new TypedDocumentString(`
    fragment BillingRunFields on BillingRun {
  id
  estateId
  period
  status
  totalUnits
  processedUnits
  billsCreated
  error
  createdAt
  startedAt
  finishedAt
}
    `, {"fragmentName":"BillingRunFields"}) as unknown as TypedDocumentString<BillingRunFieldsFragment, unknown>;
export const BillUnitFragmentDoc = new TypedDocumentString(`
    fragment BillUnit on Unit {
  id
  number
  building {
    id
    name
  }
  estate {
    id
    name
  }
}
    `, {"fragmentName":"BillUnit"}) as unknown as TypedDocumentString<BillUnitFragment, unknown>;
export const WorkingCalendarFieldsFragmentDoc = new TypedDocumentString(`
    fragment WorkingCalendarFields on WorkingCalendar {
  estateId
  year
  timeZone
  workStart
  workEnd
  estateHours
  officialSchedule
  notice
  workingDays
  days {
    date
    working
    source
    name
    overrideId
  }
}
    `, {"fragmentName":"WorkingCalendarFields"}) as unknown as TypedDocumentString<WorkingCalendarFieldsFragment, unknown>;
export const CashierShiftFieldsFragmentDoc = new TypedDocumentString(`
    fragment CashierShiftFields on CashierShift {
  id
  estateId
  cashierId
  cashierName
  status
  openedAt
  closedAt
  expectedCash
  countedCash
  difference
  differenceReason
  totals {
    method
    count
    amount
  }
  firstReceipt
  lastReceipt
}
    `, {"fragmentName":"CashierShiftFields"}) as unknown as TypedDocumentString<CashierShiftFieldsFragment, unknown>;
export const FeeItemFieldsFragmentDoc = new TypedDocumentString(`
    fragment FeeItemFields on FeeItem {
  id
  estateId
  name
  kind
  appliesTo
  rates {
    id
    amount
    effectiveFrom
    effectiveTo
  }
}
    `, {"fragmentName":"FeeItemFields"}) as unknown as TypedDocumentString<FeeItemFieldsFragment, unknown>;
export const BillingSettingsFieldsFragmentDoc = new TypedDocumentString(`
    fragment BillingSettingsFields on BillingSettings {
  stripeAccountId
  currency
  collectionDay
  advanceMonths
  lateFeeEnabled
  lateFeeDailyRate
  lateFeeGraceDays
  lateFeeContractClause
  maxPaymentAmount
  maxRefundAmount
  maxAdjustmentAmount
}
    `, {"fragmentName":"BillingSettingsFields"}) as unknown as TypedDocumentString<BillingSettingsFieldsFragment, unknown>;
export const ServiceRequestRowFragmentDoc = new TypedDocumentString(`
    fragment ServiceRequestRow on ServiceRequest {
  id
  number
  type
  channel
  status
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  contactName
  contactPhone
  anonymous
  firstReceiverName
  assigneeName
  assignedDepartmentName
  assignedToMe
  sla
  difficult
  returnVisitSatisfied
  rating
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
}
    `, {"fragmentName":"ServiceRequestRow"}) as unknown as TypedDocumentString<ServiceRequestRowFragment, unknown>;
export const ServiceRequestDetailFragmentDoc = new TypedDocumentString(`
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}
    `, {"fragmentName":"ServiceRequestDetail"}) as unknown as TypedDocumentString<ServiceRequestDetailFragment, unknown>;
export const DeskLimitValuesFieldsFragmentDoc = new TypedDocumentString(`
    fragment DeskLimitValuesFields on DeskLimitValues {
  emergencyAcknowledgeMinutes
  emergencyOnSiteMinutes
  ordinaryAppointmentWorkingHours
  ordinaryOnSiteHours
  completionWorkingDays
}
    `, {"fragmentName":"DeskLimitValuesFields"}) as unknown as TypedDocumentString<DeskLimitValuesFieldsFragment, unknown>;
export const EscalationChainFieldsFragmentDoc = new TypedDocumentString(`
    fragment EscalationChainFields on EscalationChain {
  estateId
  csHeadStaffMemberId
  managerStaffMemberId
  effectiveCsHeadName
  effectiveManagerName
  csHeadAfterMinutes
  managerAfterMinutes
}
    `, {"fragmentName":"EscalationChainFields"}) as unknown as TypedDocumentString<EscalationChainFieldsFragment, unknown>;
export const PublishedChannelsFieldsFragmentDoc = new TypedDocumentString(`
    fragment PublishedChannelsFields on PublishedChannels {
  estateId
  phone
  hours
  email
  fax
  address
  contactPerson
  hqComplaintLine
}
    `, {"fragmentName":"PublishedChannelsFields"}) as unknown as TypedDocumentString<PublishedChannelsFieldsFragment, unknown>;
export const PersonSummaryFragmentDoc = new TypedDocumentString(`
    fragment PersonSummary on Person {
  id
  name
  phoneMasked
  idNumberMasked
}
    `, {"fragmentName":"PersonSummary"}) as unknown as TypedDocumentString<PersonSummaryFragment, unknown>;
export const UnitRowFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitRowFields on Unit {
  id
  number
  floor
  buildingArea
  usage
  status
  building {
    id
    name
  }
  estate {
    id
    name
  }
  owners {
    id
    current
    share
    person {
      ...PersonSummary
    }
  }
}
    fragment PersonSummary on Person {
  id
  name
  phoneMasked
  idNumberMasked
}`, {"fragmentName":"UnitRowFields"}) as unknown as TypedDocumentString<UnitRowFieldsFragment, unknown>;
export const UnitDetailFieldsFragmentDoc = new TypedDocumentString(`
    fragment UnitDetailFields on Unit {
  ...UnitRowFields
  tenancies {
    id
    current
    leaseStart
    leaseEnd
    endedOn
    person {
      ...PersonSummary
    }
  }
  members {
    id
    relation
    since
    until
    person {
      ...PersonSummary
    }
  }
}
    fragment PersonSummary on Person {
  id
  name
  phoneMasked
  idNumberMasked
}
fragment UnitRowFields on Unit {
  id
  number
  floor
  buildingArea
  usage
  status
  building {
    id
    name
  }
  estate {
    id
    name
  }
  owners {
    id
    current
    share
    person {
      ...PersonSummary
    }
  }
}`, {"fragmentName":"UnitDetailFields"}) as unknown as TypedDocumentString<UnitDetailFieldsFragment, unknown>;
export const ArrearsDocument = new TypedDocumentString(`
    query Arrears($estateId: ID!, $minDaysOverdue: Int, $search: String, $first: Int, $after: String) {
  arrears(
    estateId: $estateId
    minDaysOverdue: $minDaysOverdue
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      unit {
        id
        number
        building {
          id
          name
        }
      }
      ownerName
      current
      days30
      days60
      days90Plus
      overdue
      total
      daysOverdue
      stage
      lastReminderAt
    }
  }
}
    `) as unknown as TypedDocumentString<ArrearsQuery, ArrearsQueryVariables>;
export const SendArrearsRemindersDocument = new TypedDocumentString(`
    mutation SendArrearsReminders($input: SendArrearsRemindersInput!) {
  sendArrearsReminders(input: $input) {
    queued
    scheduledFor
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SendArrearsRemindersMutation, SendArrearsRemindersMutationVariables>;
export const ArrearsRemindersDocument = new TypedDocumentString(`
    query ArrearsReminders($unitId: ID!) {
  arrearsReminders(unitId: $unitId) {
    id
    channel
    status
    amount
    scheduledFor
    sentAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<ArrearsRemindersQuery, ArrearsRemindersQueryVariables>;
export const BillingRunsDocument = new TypedDocumentString(`
    query BillingRuns($estateId: ID!) {
  billingRuns(estateId: $estateId) {
    ...BillingRunFields
  }
}
    fragment BillingRunFields on BillingRun {
  id
  estateId
  period
  status
  totalUnits
  processedUnits
  billsCreated
  error
  createdAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<BillingRunsQuery, BillingRunsQueryVariables>;
export const StartBillingRunDocument = new TypedDocumentString(`
    mutation StartBillingRun($input: StartBillingRunInput!) {
  startBillingRun(input: $input) {
    run {
      ...BillingRunFields
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    fragment BillingRunFields on BillingRun {
  id
  estateId
  period
  status
  totalUnits
  processedUnits
  billsCreated
  error
  createdAt
  startedAt
  finishedAt
}`) as unknown as TypedDocumentString<StartBillingRunMutation, StartBillingRunMutationVariables>;
export const MyBillsDocument = new TypedDocumentString(`
    query MyBills {
  myBills {
    id
    unitId
    period
    total
    dueDate
    unit {
      ...BillUnit
    }
    lines {
      id
      description
      quantity
      unitRate
      amount
    }
  }
}
    fragment BillUnit on Unit {
  id
  number
  building {
    id
    name
  }
  estate {
    id
    name
  }
}`) as unknown as TypedDocumentString<MyBillsQuery, MyBillsQueryVariables>;
export const BillsUnitAccountDocument = new TypedDocumentString(`
    query BillsUnitAccount($unitId: ID!) {
  unitAccount(unitId: $unitId) {
    unitId
    balance
    due
    prepaid
    bills {
      open
      paid
      bill {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BillsUnitAccountQuery, BillsUnitAccountQueryVariables>;
export const MyPaymentsDocument = new TypedDocumentString(`
    query MyPayments {
  myPayments {
    id
    receiptNumber
    method
    amount
    currency
    receivedAt
    prepaid
    refunded
    receiptUrl
    unit {
      ...BillUnit
    }
    allocations {
      amount
      bill {
        id
        period
      }
    }
  }
}
    fragment BillUnit on Unit {
  id
  number
  building {
    id
    name
  }
  estate {
    id
    name
  }
}`) as unknown as TypedDocumentString<MyPaymentsQuery, MyPaymentsQueryVariables>;
export const CreateCheckoutSessionDocument = new TypedDocumentString(`
    mutation CreateCheckoutSession($input: CreateCheckoutSessionInput!) {
  createCheckoutSession(input: $input) {
    checkout {
      id
      url
      amount
      currency
      status
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCheckoutSessionMutation, CreateCheckoutSessionMutationVariables>;
export const OnlineCheckoutDocument = new TypedDocumentString(`
    query OnlineCheckout($id: ID!) {
  onlineCheckout(id: $id) {
    id
    status
    amount
    paymentId
    payment {
      id
      receiptNumber
      amount
      receivedAt
      receiptUrl
    }
  }
}
    `) as unknown as TypedDocumentString<OnlineCheckoutQuery, OnlineCheckoutQueryVariables>;
export const CalendarAdminYearDocument = new TypedDocumentString(`
    query CalendarAdminYear($estateId: ID, $year: Int!) {
  workingCalendar(estateId: $estateId, year: $year) {
    ...WorkingCalendarFields
  }
}
    fragment WorkingCalendarFields on WorkingCalendar {
  estateId
  year
  timeZone
  workStart
  workEnd
  estateHours
  officialSchedule
  notice
  workingDays
  days {
    date
    working
    source
    name
    overrideId
  }
}`) as unknown as TypedDocumentString<CalendarAdminYearQuery, CalendarAdminYearQueryVariables>;
export const CalendarAdminAddDayDocument = new TypedDocumentString(`
    mutation CalendarAdminAddDay($input: AddCalendarDayInput!) {
  addCalendarDay(input: $input) {
    day {
      id
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarAdminAddDayMutation, CalendarAdminAddDayMutationVariables>;
export const CalendarAdminRemoveDayDocument = new TypedDocumentString(`
    mutation CalendarAdminRemoveDay($input: RemoveCalendarDayInput!) {
  removeCalendarDay(input: $input) {
    day {
      id
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CalendarAdminRemoveDayMutation, CalendarAdminRemoveDayMutationVariables>;
export const CalendarAdminSetHoursDocument = new TypedDocumentString(`
    mutation CalendarAdminSetHours($input: SetWorkingHoursInput!) {
  setWorkingHours(input: $input) {
    calendar {
      ...WorkingCalendarFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment WorkingCalendarFields on WorkingCalendar {
  estateId
  year
  timeZone
  workStart
  workEnd
  estateHours
  officialSchedule
  notice
  workingDays
  days {
    date
    working
    source
    name
    overrideId
  }
}`) as unknown as TypedDocumentString<CalendarAdminSetHoursMutation, CalendarAdminSetHoursMutationVariables>;
export const CalendarAdminSetTimeZoneDocument = new TypedDocumentString(`
    mutation CalendarAdminSetTimeZone($input: SetCalendarTimeZoneInput!) {
  setCalendarTimeZone(input: $input) {
    calendar {
      ...WorkingCalendarFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment WorkingCalendarFields on WorkingCalendar {
  estateId
  year
  timeZone
  workStart
  workEnd
  estateHours
  officialSchedule
  notice
  workingDays
  days {
    date
    working
    source
    name
    overrideId
  }
}`) as unknown as TypedDocumentString<CalendarAdminSetTimeZoneMutation, CalendarAdminSetTimeZoneMutationVariables>;
export const CashierUnitSearchDocument = new TypedDocumentString(`
    query CashierUnitSearch($first: Int, $filter: UnitFilter) {
  units(first: $first, filter: $filter) {
    totalCount
    nodes {
      id
      number
      building {
        id
        name
      }
      owners {
        id
        current
        person {
          id
          name
          phoneMasked
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CashierUnitSearchQuery, CashierUnitSearchQueryVariables>;
export const CashierUnitAccountDocument = new TypedDocumentString(`
    query CashierUnitAccount($unitId: ID!) {
  unit(id: $unitId) {
    id
    number
    building {
      id
      name
    }
    estate {
      id
      name
    }
    owners {
      id
      current
      person {
        id
        name
      }
    }
  }
  unitAccount(unitId: $unitId) {
    unitId
    balance
    due
    prepaid
    ageing {
      current
      days30
      days60
      days90Plus
      overdue
      total
    }
    bills {
      open
      paid
      bill {
        id
        period
        total
        dueDate
        issuedAt
        lines {
          id
          description
          amount
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CashierUnitAccountQuery, CashierUnitAccountQueryVariables>;
export const AdvancePaymentQuoteDocument = new TypedDocumentString(`
    query AdvancePaymentQuote($unitId: ID!) {
  advancePaymentQuote(unitId: $unitId) {
    months
    monthlyAmount
    total
  }
}
    `) as unknown as TypedDocumentString<AdvancePaymentQuoteQuery, AdvancePaymentQuoteQueryVariables>;
export const RecordPaymentDocument = new TypedDocumentString(`
    mutation RecordPayment($input: RecordPaymentInput!) {
  recordPayment(input: $input) {
    payment {
      id
      receiptNumber
      method
      amount
      prepaid
      receiptUrl
      allocations {
        amount
        bill {
          id
          period
        }
      }
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const MyOpenShiftDocument = new TypedDocumentString(`
    query MyOpenShift($estateId: ID!) {
  myOpenShift(estateId: $estateId) {
    ...CashierShiftFields
  }
}
    fragment CashierShiftFields on CashierShift {
  id
  estateId
  cashierId
  cashierName
  status
  openedAt
  closedAt
  expectedCash
  countedCash
  difference
  differenceReason
  totals {
    method
    count
    amount
  }
  firstReceipt
  lastReceipt
}`) as unknown as TypedDocumentString<MyOpenShiftQuery, MyOpenShiftQueryVariables>;
export const CashierShiftsDocument = new TypedDocumentString(`
    query CashierShifts($estateId: ID!, $status: ShiftStatus) {
  cashierShifts(estateId: $estateId, status: $status) {
    ...CashierShiftFields
  }
}
    fragment CashierShiftFields on CashierShift {
  id
  estateId
  cashierId
  cashierName
  status
  openedAt
  closedAt
  expectedCash
  countedCash
  difference
  differenceReason
  totals {
    method
    count
    amount
  }
  firstReceipt
  lastReceipt
}`) as unknown as TypedDocumentString<CashierShiftsQuery, CashierShiftsQueryVariables>;
export const OpenShiftDocument = new TypedDocumentString(`
    mutation OpenShift($input: OpenShiftInput!) {
  openShift(input: $input) {
    shift {
      ...CashierShiftFields
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    fragment CashierShiftFields on CashierShift {
  id
  estateId
  cashierId
  cashierName
  status
  openedAt
  closedAt
  expectedCash
  countedCash
  difference
  differenceReason
  totals {
    method
    count
    amount
  }
  firstReceipt
  lastReceipt
}`) as unknown as TypedDocumentString<OpenShiftMutation, OpenShiftMutationVariables>;
export const CloseShiftDocument = new TypedDocumentString(`
    mutation CloseShift($input: CloseShiftInput!) {
  closeShift(input: $input) {
    shift {
      ...CashierShiftFields
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    fragment CashierShiftFields on CashierShift {
  id
  estateId
  cashierId
  cashierName
  status
  openedAt
  closedAt
  expectedCash
  countedCash
  difference
  differenceReason
  totals {
    method
    count
    amount
  }
  firstReceipt
  lastReceipt
}`) as unknown as TypedDocumentString<CloseShiftMutation, CloseShiftMutationVariables>;
export const ReconcileShiftDocument = new TypedDocumentString(`
    mutation ReconcileShift($input: ReconcileShiftInput!) {
  reconcileShift(input: $input) {
    shift {
      ...CashierShiftFields
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    fragment CashierShiftFields on CashierShift {
  id
  estateId
  cashierId
  cashierName
  status
  openedAt
  closedAt
  expectedCash
  countedCash
  difference
  differenceReason
  totals {
    method
    count
    amount
  }
  firstReceipt
  lastReceipt
}`) as unknown as TypedDocumentString<ReconcileShiftMutation, ReconcileShiftMutationVariables>;
export const CompaniesDocument = new TypedDocumentString(`
    query Companies($first: Int, $after: String) {
  companies(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      nameZh
      nameEn
      status
      statusReason
      provider
      server
      schemaVersion
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<CompaniesQuery, CompaniesQueryVariables>;
export const CreateCompanyDocument = new TypedDocumentString(`
    mutation CreateCompany($input: CreateCompanyInput!) {
  createCompany(input: $input) {
    company {
      id
      slug
      status
      statusReason
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<CreateCompanyMutation, CreateCompanyMutationVariables>;
export const EstatesDocument = new TypedDocumentString(`
    query Estates($first: Int, $after: String, $search: String) {
  estates(first: $first, after: $after, search: $search) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      name
      address
      city
      type
      totalFloorArea
      unitCount
    }
  }
}
    `) as unknown as TypedDocumentString<EstatesQuery, EstatesQueryVariables>;
export const FeesAdminFeeItemsDocument = new TypedDocumentString(`
    query FeesAdminFeeItems($estateId: ID!) {
  feeItems(estateId: $estateId) {
    ...FeeItemFields
  }
}
    fragment FeeItemFields on FeeItem {
  id
  estateId
  name
  kind
  appliesTo
  rates {
    id
    amount
    effectiveFrom
    effectiveTo
  }
}`) as unknown as TypedDocumentString<FeesAdminFeeItemsQuery, FeesAdminFeeItemsQueryVariables>;
export const FeesAdminCreateFeeItemDocument = new TypedDocumentString(`
    mutation FeesAdminCreateFeeItem($input: CreateFeeItemInput!) {
  createFeeItem(input: $input) {
    feeItem {
      ...FeeItemFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment FeeItemFields on FeeItem {
  id
  estateId
  name
  kind
  appliesTo
  rates {
    id
    amount
    effectiveFrom
    effectiveTo
  }
}`) as unknown as TypedDocumentString<FeesAdminCreateFeeItemMutation, FeesAdminCreateFeeItemMutationVariables>;
export const FeesAdminAddFeeRateDocument = new TypedDocumentString(`
    mutation FeesAdminAddFeeRate($input: AddFeeRateInput!) {
  addFeeRate(input: $input) {
    feeItem {
      ...FeeItemFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment FeeItemFields on FeeItem {
  id
  estateId
  name
  kind
  appliesTo
  rates {
    id
    amount
    effectiveFrom
    effectiveTo
  }
}`) as unknown as TypedDocumentString<FeesAdminAddFeeRateMutation, FeesAdminAddFeeRateMutationVariables>;
export const FeesAdminBillingSettingsDocument = new TypedDocumentString(`
    query FeesAdminBillingSettings {
  billingSettings {
    ...BillingSettingsFields
  }
}
    fragment BillingSettingsFields on BillingSettings {
  stripeAccountId
  currency
  collectionDay
  advanceMonths
  lateFeeEnabled
  lateFeeDailyRate
  lateFeeGraceDays
  lateFeeContractClause
  maxPaymentAmount
  maxRefundAmount
  maxAdjustmentAmount
}`) as unknown as TypedDocumentString<FeesAdminBillingSettingsQuery, FeesAdminBillingSettingsQueryVariables>;
export const FeesAdminUpdateBillingSettingsDocument = new TypedDocumentString(`
    mutation FeesAdminUpdateBillingSettings($input: UpdateBillingSettingsInput!) {
  updateBillingSettings(input: $input) {
    settings {
      ...BillingSettingsFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment BillingSettingsFields on BillingSettings {
  stripeAccountId
  currency
  collectionDay
  advanceMonths
  lateFeeEnabled
  lateFeeDailyRate
  lateFeeGraceDays
  lateFeeContractClause
  maxPaymentAmount
  maxRefundAmount
  maxAdjustmentAmount
}`) as unknown as TypedDocumentString<FeesAdminUpdateBillingSettingsMutation, FeesAdminUpdateBillingSettingsMutationVariables>;
export const FeesAdminCollectionRatesDocument = new TypedDocumentString(`
    query FeesAdminCollectionRates($period: String) {
  collectionRates(period: $period) {
    period
    billed
    collected
    rate
    arrears
    overdue
    estate {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<FeesAdminCollectionRatesQuery, FeesAdminCollectionRatesQueryVariables>;
export const HouseholdLedgerDocument = new TypedDocumentString(`
    query HouseholdLedger($unitId: ID!) {
  unit(id: $unitId) {
    id
    number
    building {
      id
      name
    }
    estate {
      id
      name
    }
  }
  unitLedger(unitId: $unitId) {
    unitId
    balance
    entries {
      id
      billId
      kind
      amount
      reason
      createdBy
      createdAt
    }
  }
  unitAccount(unitId: $unitId) {
    unitId
    balance
    due
    prepaid
    bills {
      open
      paid
      bill {
        id
        period
        total
        dueDate
      }
    }
  }
}
    `) as unknown as TypedDocumentString<HouseholdLedgerQuery, HouseholdLedgerQueryVariables>;
export const UnitPaymentsDocument = new TypedDocumentString(`
    query UnitPayments($unitId: ID, $first: Int, $after: String) {
  payments(unitId: $unitId, first: $first, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      receiptNumber
      method
      amount
      currency
      receivedAt
      receivedBy
      payerName
      prepaid
      refunded
      receiptUrl
      voidedReceipts {
        number
        reason
        voidedAt
      }
      allocations {
        amount
        bill {
          id
          period
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UnitPaymentsQuery, UnitPaymentsQueryVariables>;
export const AdjustBillDocument = new TypedDocumentString(`
    mutation AdjustBill($input: AdjustBillInput!) {
  adjustBill(input: $input) {
    entry {
      id
      kind
      amount
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AdjustBillMutation, AdjustBillMutationVariables>;
export const ReissueReceiptDocument = new TypedDocumentString(`
    mutation ReissueReceipt($input: ReissueReceiptInput!) {
  reissueReceipt(input: $input) {
    payment {
      id
      receiptNumber
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReissueReceiptMutation, ReissueReceiptMutationVariables>;
export const RefundPaymentDocument = new TypedDocumentString(`
    mutation RefundPayment($input: RefundPaymentInput!) {
  refundPayment(input: $input) {
    refund {
      id
      status
      amount
      reason
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RefundPaymentMutation, RefundPaymentMutationVariables>;
export const PaymentAnomaliesDocument = new TypedDocumentString(`
    query PaymentAnomalies {
  paymentAnomalies {
    id
    unitId
    paymentIntentId
    amount
    currency
    receivedAt
    status
    error
    reason
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<PaymentAnomaliesQuery, PaymentAnomaliesQueryVariables>;
export const RefundPaymentAnomalyDocument = new TypedDocumentString(`
    mutation RefundPaymentAnomaly($input: RefundPaymentAnomalyInput!) {
  refundPaymentAnomaly(input: $input) {
    anomaly {
      id
      status
      error
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RefundPaymentAnomalyMutation, RefundPaymentAnomalyMutationVariables>;
export const ServiceQueueDocument = new TypedDocumentString(`
    query ServiceQueue($estateId: ID!, $filter: ServiceRequestFilter, $orderBy: ServiceQueueOrder, $first: Int, $after: String) {
  serviceRequests(
    estateId: $estateId
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServiceRequestRow
    }
  }
}
    fragment ServiceRequestRow on ServiceRequest {
  id
  number
  type
  channel
  status
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  contactName
  contactPhone
  anonymous
  firstReceiverName
  assigneeName
  assignedDepartmentName
  assignedToMe
  sla
  difficult
  returnVisitSatisfied
  rating
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
}`) as unknown as TypedDocumentString<ServiceQueueQuery, ServiceQueueQueryVariables>;
export const ServiceRequestDetailDocument = new TypedDocumentString(`
    query ServiceRequestDetail($id: ID!) {
  serviceRequest(id: $id) {
    ...ServiceRequestRow
    estateId
    unitId
    appointmentAt
    assignedDepartmentId
    assignedStaffMemberId
    rejectReason
    completionNotes
    completedAt
    signedOffAt
    closedAt
    cancelReason
    timeline {
      at
      action
      actorName
      fromStatus
      toStatus
      note
    }
    attachments {
      id
      stage
      fileName
      contentType
      size
      uploadedAt
      url
    }
  }
}
    fragment ServiceRequestRow on ServiceRequest {
  id
  number
  type
  channel
  status
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  contactName
  contactPhone
  anonymous
  firstReceiverName
  assigneeName
  assignedDepartmentName
  assignedToMe
  sla
  difficult
  returnVisitSatisfied
  rating
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
}`) as unknown as TypedDocumentString<ServiceRequestDetailQuery, ServiceRequestDetailQueryVariables>;
export const ServiceStockTakeDocument = new TypedDocumentString(`
    query ServiceStockTake($estateId: ID!) {
  serviceStockTake(estateId: $estateId) {
    ...ServiceRequestRow
  }
}
    fragment ServiceRequestRow on ServiceRequest {
  id
  number
  type
  channel
  status
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  contactName
  contactPhone
  anonymous
  firstReceiverName
  assigneeName
  assignedDepartmentName
  assignedToMe
  sla
  difficult
  returnVisitSatisfied
  rating
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
}`) as unknown as TypedDocumentString<ServiceStockTakeQuery, ServiceStockTakeQueryVariables>;
export const ServiceHandlersDocument = new TypedDocumentString(`
    query ServiceHandlers($estateId: ID!) {
  serviceHandlers(estateId: $estateId) {
    id
    name
    position
    department {
      id
      name
      kind
    }
  }
  departments(estateId: $estateId) {
    id
    name
    kind
    estateId
  }
}
    `) as unknown as TypedDocumentString<ServiceHandlersQuery, ServiceHandlersQueryVariables>;
export const ServiceDeskUnitSearchDocument = new TypedDocumentString(`
    query ServiceDeskUnitSearch($filter: UnitFilter) {
  units(first: 20, filter: $filter) {
    nodes {
      id
      number
      building {
        id
        name
      }
      owners {
        id
        current
        person {
          id
          name
          phoneMasked
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceDeskUnitSearchQuery, ServiceDeskUnitSearchQueryVariables>;
export const RecordServiceRequestDocument = new TypedDocumentString(`
    mutation RecordServiceRequest($input: RecordServiceRequestInput!) {
  recordServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestRow
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    fragment ServiceRequestRow on ServiceRequest {
  id
  number
  type
  channel
  status
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  contactName
  contactPhone
  anonymous
  firstReceiverName
  assigneeName
  assignedDepartmentName
  assignedToMe
  sla
  difficult
  returnVisitSatisfied
  rating
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
}`) as unknown as TypedDocumentString<RecordServiceRequestMutation, RecordServiceRequestMutationVariables>;
export const DispatchServiceRequestDocument = new TypedDocumentString(`
    mutation DispatchServiceRequest($input: DispatchServiceRequestInput!) {
  dispatchServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<DispatchServiceRequestMutation, DispatchServiceRequestMutationVariables>;
export const ReassignServiceRequestDocument = new TypedDocumentString(`
    mutation ReassignServiceRequest($input: DispatchServiceRequestInput!) {
  reassignServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReassignServiceRequestMutation, ReassignServiceRequestMutationVariables>;
export const AcceptServiceRequestDocument = new TypedDocumentString(`
    mutation AcceptServiceRequest($input: ServiceRequestStepInput!) {
  acceptServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<AcceptServiceRequestMutation, AcceptServiceRequestMutationVariables>;
export const RejectServiceRequestDocument = new TypedDocumentString(`
    mutation RejectServiceRequest($input: ServiceRequestReasonInput!) {
  rejectServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RejectServiceRequestMutation, RejectServiceRequestMutationVariables>;
export const StartServiceWorkDocument = new TypedDocumentString(`
    mutation StartServiceWork($input: ServiceRequestStepInput!) {
  startServiceWork(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<StartServiceWorkMutation, StartServiceWorkMutationVariables>;
export const CompleteServiceRequestDocument = new TypedDocumentString(`
    mutation CompleteServiceRequest($input: CompleteServiceRequestInput!) {
  completeServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CompleteServiceRequestMutation, CompleteServiceRequestMutationVariables>;
export const SignOffServiceRequestDocument = new TypedDocumentString(`
    mutation SignOffServiceRequest($input: SignOffServiceRequestInput!) {
  signOffServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffServiceRequestMutation, SignOffServiceRequestMutationVariables>;
export const RecordReturnVisitDocument = new TypedDocumentString(`
    mutation RecordReturnVisit($input: RecordReturnVisitInput!) {
  recordReturnVisit(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<RecordReturnVisitMutation, RecordReturnVisitMutationVariables>;
export const CloseServiceRequestDocument = new TypedDocumentString(`
    mutation CloseServiceRequest($input: ServiceRequestStepInput!) {
  closeServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CloseServiceRequestMutation, CloseServiceRequestMutationVariables>;
export const ReopenServiceRequestDocument = new TypedDocumentString(`
    mutation ReopenServiceRequest($input: ServiceRequestReasonInput!) {
  reopenServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ReopenServiceRequestMutation, ReopenServiceRequestMutationVariables>;
export const CancelServiceRequestDocument = new TypedDocumentString(`
    mutation CancelServiceRequest($input: ServiceRequestReasonInput!) {
  cancelServiceRequest(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<CancelServiceRequestMutation, CancelServiceRequestMutationVariables>;
export const ChangeServiceDeadlineDocument = new TypedDocumentString(`
    mutation ChangeServiceDeadline($input: ChangeServiceDeadlineInput!) {
  changeServiceDeadline(input: $input) {
    serviceRequest {
      id
      status
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<ChangeServiceDeadlineMutation, ChangeServiceDeadlineMutationVariables>;
export const MyServiceRequestsDocument = new TypedDocumentString(`
    query MyServiceRequests {
  myServiceRequests {
    ...ServiceRequestDetail
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<MyServiceRequestsQuery, MyServiceRequestsQueryVariables>;
export const ServiceRequestOneDocument = new TypedDocumentString(`
    query ServiceRequestOne($id: ID!) {
  serviceRequest(id: $id) {
    ...ServiceRequestDetail
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<ServiceRequestOneQuery, ServiceRequestOneQueryVariables>;
export const MyJobsDocument = new TypedDocumentString(`
    query MyJobs($estateId: ID!, $after: String) {
  serviceRequests(
    estateId: $estateId
    first: 100
    after: $after
    filter: {mine: true, openOnly: true}
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServiceRequestDetail
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<MyJobsQuery, MyJobsQueryVariables>;
export const ServiceUnitOptionsDocument = new TypedDocumentString(`
    query ServiceUnitOptions {
  myUnits {
    id
    number
    building {
      id
      name
    }
    estate {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceUnitOptionsQuery, ServiceUnitOptionsQueryVariables>;
export const ReportServiceRequestDocument = new TypedDocumentString(`
    mutation ReportServiceRequest($input: ReportServiceRequestInput!) {
  reportServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<ReportServiceRequestMutation, ReportServiceRequestMutationVariables>;
export const AcceptJobDocument = new TypedDocumentString(`
    mutation AcceptJob($input: ServiceRequestStepInput!) {
  acceptServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<AcceptJobMutation, AcceptJobMutationVariables>;
export const RejectJobDocument = new TypedDocumentString(`
    mutation RejectJob($input: ServiceRequestReasonInput!) {
  rejectServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<RejectJobMutation, RejectJobMutationVariables>;
export const SetOffToJobDocument = new TypedDocumentString(`
    mutation SetOffToJob($input: ServiceRequestStepInput!) {
  setOffToServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<SetOffToJobMutation, SetOffToJobMutationVariables>;
export const ArriveAtJobDocument = new TypedDocumentString(`
    mutation ArriveAtJob($input: ServiceRequestStepInput!) {
  arriveAtServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<ArriveAtJobMutation, ArriveAtJobMutationVariables>;
export const StartJobDocument = new TypedDocumentString(`
    mutation StartJob($input: ServiceRequestStepInput!) {
  startServiceWork(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<StartJobMutation, StartJobMutationVariables>;
export const CompleteJobDocument = new TypedDocumentString(`
    mutation CompleteJob($input: CompleteServiceRequestInput!) {
  completeServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<CompleteJobMutation, CompleteJobMutationVariables>;
export const QuoteRepairPriceDocument = new TypedDocumentString(`
    mutation QuoteRepairPrice($input: QuoteRepairPriceInput!) {
  quoteRepairPrice(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<QuoteRepairPriceMutation, QuoteRepairPriceMutationVariables>;
export const ConfirmRepairPriceDocument = new TypedDocumentString(`
    mutation ConfirmRepairPrice($input: ConfirmRepairPriceInput!) {
  confirmRepairPrice(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<ConfirmRepairPriceMutation, ConfirmRepairPriceMutationVariables>;
export const RefuseRepairPriceDocument = new TypedDocumentString(`
    mutation RefuseRepairPrice($input: RefuseRepairPriceInput!) {
  refuseRepairPrice(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<RefuseRepairPriceMutation, RefuseRepairPriceMutationVariables>;
export const ResidentSignOffDocument = new TypedDocumentString(`
    mutation ResidentSignOff($input: SignOffServiceRequestInput!) {
  signOffServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<ResidentSignOffMutation, ResidentSignOffMutationVariables>;
export const ResidentReopenDocument = new TypedDocumentString(`
    mutation ResidentReopen($input: ServiceRequestReasonInput!) {
  reopenServiceRequest(input: $input) {
    serviceRequest {
      ...ServiceRequestDetail
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment ServiceRequestDetail on ServiceRequest {
  id
  number
  type
  status
  channel
  receivedAt
  unitLabel
  location
  description
  category
  urgency
  appointmentAt
  assigneeName
  assignedToMe
  rejectReason
  completionNotes
  completedAt
  signedOffAt
  signedOffBy
  rating
  sla
  timeZone
  contactName
  contactPhone
  chargeStatus
  chargeTotal
  chargeConfirmedBy
  chargeConfirmedAt
  chargeBillId
  chargeLines {
    kind
    description
    amount
  }
  deadlines {
    kind
    dueAt
    metAt
    voidedAt
    state
  }
  timeline {
    at
    action
    actorName
    fromStatus
    toStatus
    note
  }
  attachments {
    id
    stage
    fileName
    contentType
    size
    uploadedAt
    url
  }
}`) as unknown as TypedDocumentString<ResidentReopenMutation, ResidentReopenMutationVariables>;
export const ServiceSettingsCategoriesDocument = new TypedDocumentString(`
    query ServiceSettingsCategories($type: ServiceRequestType) {
  serviceCategories(type: $type, includeInactive: true) {
    type
    code
    name
    active
    sortOrder
    isDefault
  }
}
    `) as unknown as TypedDocumentString<ServiceSettingsCategoriesQuery, ServiceSettingsCategoriesQueryVariables>;
export const ServiceSettingsSaveCategoryDocument = new TypedDocumentString(`
    mutation ServiceSettingsSaveCategory($input: SaveServiceCategoryInput!) {
  saveServiceCategory(input: $input) {
    category {
      type
      code
      name
      active
      sortOrder
      isDefault
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<ServiceSettingsSaveCategoryMutation, ServiceSettingsSaveCategoryMutationVariables>;
export const ServiceSettingsLimitsDocument = new TypedDocumentString(`
    query ServiceSettingsLimits {
  deskLimits {
    current {
      ...DeskLimitValuesFields
    }
    defaults {
      ...DeskLimitValuesFields
    }
  }
}
    fragment DeskLimitValuesFields on DeskLimitValues {
  emergencyAcknowledgeMinutes
  emergencyOnSiteMinutes
  ordinaryAppointmentWorkingHours
  ordinaryOnSiteHours
  completionWorkingDays
}`) as unknown as TypedDocumentString<ServiceSettingsLimitsQuery, ServiceSettingsLimitsQueryVariables>;
export const ServiceSettingsSetLimitsDocument = new TypedDocumentString(`
    mutation ServiceSettingsSetLimits($input: SetDeskLimitsInput!) {
  setDeskLimits(input: $input) {
    limits {
      current {
        ...DeskLimitValuesFields
      }
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment DeskLimitValuesFields on DeskLimitValues {
  emergencyAcknowledgeMinutes
  emergencyOnSiteMinutes
  ordinaryAppointmentWorkingHours
  ordinaryOnSiteHours
  completionWorkingDays
}`) as unknown as TypedDocumentString<ServiceSettingsSetLimitsMutation, ServiceSettingsSetLimitsMutationVariables>;
export const ServiceSettingsChainDocument = new TypedDocumentString(`
    query ServiceSettingsChain($estateId: ID!) {
  escalationChain(estateId: $estateId) {
    ...EscalationChainFields
  }
  staff(estateId: $estateId, first: 200) {
    nodes {
      id
      name
    }
  }
}
    fragment EscalationChainFields on EscalationChain {
  estateId
  csHeadStaffMemberId
  managerStaffMemberId
  effectiveCsHeadName
  effectiveManagerName
  csHeadAfterMinutes
  managerAfterMinutes
}`) as unknown as TypedDocumentString<ServiceSettingsChainQuery, ServiceSettingsChainQueryVariables>;
export const ServiceSettingsSetChainDocument = new TypedDocumentString(`
    mutation ServiceSettingsSetChain($input: SetEscalationChainInput!) {
  setEscalationChain(input: $input) {
    chain {
      ...EscalationChainFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment EscalationChainFields on EscalationChain {
  estateId
  csHeadStaffMemberId
  managerStaffMemberId
  effectiveCsHeadName
  effectiveManagerName
  csHeadAfterMinutes
  managerAfterMinutes
}`) as unknown as TypedDocumentString<ServiceSettingsSetChainMutation, ServiceSettingsSetChainMutationVariables>;
export const PublishedChannelsDocument = new TypedDocumentString(`
    query PublishedChannels($estateId: ID!) {
  publishedChannels(estateId: $estateId) {
    ...PublishedChannelsFields
  }
}
    fragment PublishedChannelsFields on PublishedChannels {
  estateId
  phone
  hours
  email
  fax
  address
  contactPerson
  hqComplaintLine
}`) as unknown as TypedDocumentString<PublishedChannelsQuery, PublishedChannelsQueryVariables>;
export const ServiceSettingsSetChannelsDocument = new TypedDocumentString(`
    mutation ServiceSettingsSetChannels($input: SetPublishedChannelsInput!) {
  setPublishedChannels(input: $input) {
    channels {
      ...PublishedChannelsFields
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    fragment PublishedChannelsFields on PublishedChannels {
  estateId
  phone
  hours
  email
  fax
  address
  contactPerson
  hqComplaintLine
}`) as unknown as TypedDocumentString<ServiceSettingsSetChannelsMutation, ServiceSettingsSetChannelsMutationVariables>;
export const CompanyUsersDocument = new TypedDocumentString(`
    query CompanyUsers {
  companyUsers {
    userId
    userName
    displayName
    accountManaged
    email
    roles
    estateIds
    mustChangePassword
    twoFactorEnabled
    lockedOut
    disabled
  }
}
    `) as unknown as TypedDocumentString<CompanyUsersQuery, CompanyUsersQueryVariables>;
export const InviteStaffDocument = new TypedDocumentString(`
    mutation InviteStaff($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    invited {
      temporaryPassword
      user {
        userId
        userName
      }
      invitation {
        code
        url
        expiresAt
      }
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<InviteStaffMutation, InviteStaffMutationVariables>;
export const SetStaffRolesDocument = new TypedDocumentString(`
    mutation SetStaffRoles($input: SetStaffRolesInput!) {
  setStaffRoles(input: $input) {
    user {
      userId
      roles
      estateIds
    }
    errors {
      __typename
      code
      message
      field
    }
  }
}
    `) as unknown as TypedDocumentString<SetStaffRolesMutation, SetStaffRolesMutationVariables>;
export const MyUnitsDocument = new TypedDocumentString(`
    query MyUnits {
  myUnits {
    ...UnitDetailFields
  }
}
    fragment PersonSummary on Person {
  id
  name
  phoneMasked
  idNumberMasked
}
fragment UnitRowFields on Unit {
  id
  number
  floor
  buildingArea
  usage
  status
  building {
    id
    name
  }
  estate {
    id
    name
  }
  owners {
    id
    current
    share
    person {
      ...PersonSummary
    }
  }
}
fragment UnitDetailFields on Unit {
  ...UnitRowFields
  tenancies {
    id
    current
    leaseStart
    leaseEnd
    endedOn
    person {
      ...PersonSummary
    }
  }
  members {
    id
    relation
    since
    until
    person {
      ...PersonSummary
    }
  }
}`) as unknown as TypedDocumentString<MyUnitsQuery, MyUnitsQueryVariables>;
export const UnitSearchDocument = new TypedDocumentString(`
    query UnitSearch($first: Int, $after: String, $filter: UnitFilter) {
  units(first: $first, after: $after, filter: $filter) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...UnitRowFields
    }
  }
}
    fragment PersonSummary on Person {
  id
  name
  phoneMasked
  idNumberMasked
}
fragment UnitRowFields on Unit {
  id
  number
  floor
  buildingArea
  usage
  status
  building {
    id
    name
  }
  estate {
    id
    name
  }
  owners {
    id
    current
    share
    person {
      ...PersonSummary
    }
  }
}`) as unknown as TypedDocumentString<UnitSearchQuery, UnitSearchQueryVariables>;
export const UnitDetailDocument = new TypedDocumentString(`
    query UnitDetail($id: ID!) {
  unit(id: $id) {
    ...UnitDetailFields
    owners {
      startDate
      endDate
      person {
        emergencyContactName
        emergencyContactPhone
      }
    }
  }
}
    fragment PersonSummary on Person {
  id
  name
  phoneMasked
  idNumberMasked
}
fragment UnitRowFields on Unit {
  id
  number
  floor
  buildingArea
  usage
  status
  building {
    id
    name
  }
  estate {
    id
    name
  }
  owners {
    id
    current
    share
    person {
      ...PersonSummary
    }
  }
}
fragment UnitDetailFields on Unit {
  ...UnitRowFields
  tenancies {
    id
    current
    leaseStart
    leaseEnd
    endedOn
    person {
      ...PersonSummary
    }
  }
  members {
    id
    relation
    since
    until
    person {
      ...PersonSummary
    }
  }
}`) as unknown as TypedDocumentString<UnitDetailQuery, UnitDetailQueryVariables>;
export const IssueResidentInvitationDocument = new TypedDocumentString(`
    mutation IssueResidentInvitation($unitId: ID!, $personId: ID!) {
  issueResidentInvitation(unitId: $unitId, personId: $personId) {
    invitation {
      code
      unitLabel
      expiresAt
    }
    errors {
      __typename
      code
      field
      message
    }
  }
}
    `) as unknown as TypedDocumentString<IssueResidentInvitationMutation, IssueResidentInvitationMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  me {
    userId
    name
    roles
    estateIds
    personId
    company {
      slug
      nameZh
      nameEn
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const EstateOptionsDocument = new TypedDocumentString(`
    query EstateOptions {
  estates(first: 100) {
    nodes {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<EstateOptionsQuery, EstateOptionsQueryVariables>;