/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Arrears($estateId: ID!, $minDaysOverdue: Int, $search: String, $first: Int, $after: String) {\n    arrears(estateId: $estateId, minDaysOverdue: $minDaysOverdue, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        unit { id number building { id name } }\n        ownerName current days30 days60 days90Plus overdue total daysOverdue stage lastReminderAt\n      }\n    }\n  }\n": typeof types.ArrearsDocument,
    "\n  mutation SendArrearsReminders($input: SendArrearsRemindersInput!) {\n    sendArrearsReminders(input: $input) {\n      queued scheduledFor\n      errors { __typename code field message }\n    }\n  }\n": typeof types.SendArrearsRemindersDocument,
    "\n  query ArrearsReminders($unitId: ID!) {\n    arrearsReminders(unitId: $unitId) { id channel status amount scheduledFor sentAt createdAt }\n  }\n": typeof types.ArrearsRemindersDocument,
    "\n  fragment BillingRunFields on BillingRun {\n    id estateId period status totalUnits processedUnits billsCreated error createdAt startedAt finishedAt\n  }\n": typeof types.BillingRunFieldsFragmentDoc,
    "\n  query BillingRuns($estateId: ID!) {\n    billingRuns(estateId: $estateId) { ...BillingRunFields }\n  }\n": typeof types.BillingRunsDocument,
    "\n  mutation StartBillingRun($input: StartBillingRunInput!) {\n    startBillingRun(input: $input) {\n      run { ...BillingRunFields }\n      errors { __typename code field message }\n    }\n  }\n": typeof types.StartBillingRunDocument,
    "\n  fragment BillUnit on Unit {\n    id number building { id name } estate { id name }\n  }\n": typeof types.BillUnitFragmentDoc,
    "\n  query MyBills {\n    myBills {\n      id unitId period total dueDate\n      unit { ...BillUnit }\n      lines { id description quantity unitRate amount }\n    }\n  }\n": typeof types.MyBillsDocument,
    "\n  query BillsUnitAccount($unitId: ID!) {\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      bills { open paid bill { id } }\n    }\n  }\n": typeof types.BillsUnitAccountDocument,
    "\n  query MyPayments {\n    myPayments {\n      id receiptNumber method amount currency receivedAt prepaid refunded receiptUrl\n      unit { ...BillUnit }\n      allocations { amount bill { id period } }\n    }\n  }\n": typeof types.MyPaymentsDocument,
    "\n  mutation CreateCheckoutSession($input: CreateCheckoutSessionInput!) {\n    createCheckoutSession(input: $input) {\n      checkout { id url amount currency status }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.CreateCheckoutSessionDocument,
    "\n  query OnlineCheckout($id: ID!) {\n    onlineCheckout(id: $id) {\n      id status amount paymentId\n      payment { id receiptNumber amount receivedAt receiptUrl }\n    }\n  }\n": typeof types.OnlineCheckoutDocument,
    "\n  fragment WorkingCalendarFields on WorkingCalendar {\n    estateId year timeZone workStart workEnd estateHours officialSchedule notice workingDays\n    days { date working source name overrideId }\n  }\n": typeof types.WorkingCalendarFieldsFragmentDoc,
    "\n  query CalendarAdminYear($estateId: ID, $year: Int!) {\n    workingCalendar(estateId: $estateId, year: $year) { ...WorkingCalendarFields }\n  }\n": typeof types.CalendarAdminYearDocument,
    "\n  mutation CalendarAdminAddDay($input: AddCalendarDayInput!) {\n    addCalendarDay(input: $input) {\n      day { id }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.CalendarAdminAddDayDocument,
    "\n  mutation CalendarAdminRemoveDay($input: RemoveCalendarDayInput!) {\n    removeCalendarDay(input: $input) {\n      day { id }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.CalendarAdminRemoveDayDocument,
    "\n  mutation CalendarAdminSetHours($input: SetWorkingHoursInput!) {\n    setWorkingHours(input: $input) {\n      calendar { ...WorkingCalendarFields }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.CalendarAdminSetHoursDocument,
    "\n  mutation CalendarAdminSetTimeZone($input: SetCalendarTimeZoneInput!) {\n    setCalendarTimeZone(input: $input) {\n      calendar { ...WorkingCalendarFields }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.CalendarAdminSetTimeZoneDocument,
    "\n  query CashierUnitSearch($first: Int, $filter: UnitFilter) {\n    units(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id number\n        building { id name }\n        owners { id current person { id name phoneMasked } }\n      }\n    }\n  }\n": typeof types.CashierUnitSearchDocument,
    "\n  query CashierUnitAccount($unitId: ID!) {\n    unit(id: $unitId) {\n      id number\n      building { id name }\n      estate { id name }\n      owners { id current person { id name } }\n    }\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      ageing { current days30 days60 days90Plus overdue total }\n      bills { open paid bill { id period total dueDate issuedAt lines { id description amount } } }\n    }\n  }\n": typeof types.CashierUnitAccountDocument,
    "\n  query AdvancePaymentQuote($unitId: ID!) {\n    advancePaymentQuote(unitId: $unitId) { months monthlyAmount total }\n  }\n": typeof types.AdvancePaymentQuoteDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id receiptNumber method amount prepaid receiptUrl allocations { amount bill { id period } } }\n      errors { __typename code field message }\n    }\n  }\n": typeof types.RecordPaymentDocument,
    "\n  fragment CashierShiftFields on CashierShift {\n    id estateId cashierId cashierName status openedAt closedAt expectedCash countedCash difference differenceReason\n    totals { method count amount }\n    firstReceipt lastReceipt\n  }\n": typeof types.CashierShiftFieldsFragmentDoc,
    "\n  query MyOpenShift($estateId: ID!) {\n    myOpenShift(estateId: $estateId) { ...CashierShiftFields }\n  }\n": typeof types.MyOpenShiftDocument,
    "\n  query CashierShifts($estateId: ID!, $status: ShiftStatus) {\n    cashierShifts(estateId: $estateId, status: $status) { ...CashierShiftFields }\n  }\n": typeof types.CashierShiftsDocument,
    "\n  mutation OpenShift($input: OpenShiftInput!) {\n    openShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n": typeof types.OpenShiftDocument,
    "\n  mutation CloseShift($input: CloseShiftInput!) {\n    closeShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n": typeof types.CloseShiftDocument,
    "\n  mutation ReconcileShift($input: ReconcileShiftInput!) {\n    reconcileShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n": typeof types.ReconcileShiftDocument,
    "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id slug nameZh nameEn status statusReason provider server schemaVersion createdAt }\n    }\n  }\n": typeof types.CompaniesDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      company { id slug status statusReason }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.CreateCompanyDocument,
    "\n  query Estates($first: Int, $after: String, $search: String) {\n    estates(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name address city type totalFloorArea unitCount }\n    }\n  }\n": typeof types.EstatesDocument,
    "\n  fragment FeeItemFields on FeeItem {\n    id estateId name kind appliesTo rates { id amount effectiveFrom effectiveTo }\n  }\n": typeof types.FeeItemFieldsFragmentDoc,
    "\n  fragment BillingSettingsFields on BillingSettings {\n    stripeAccountId currency collectionDay advanceMonths\n    lateFeeEnabled lateFeeDailyRate lateFeeGraceDays lateFeeContractClause\n    maxPaymentAmount maxRefundAmount maxAdjustmentAmount\n  }\n": typeof types.BillingSettingsFieldsFragmentDoc,
    "\n  query FeesAdminFeeItems($estateId: ID!) {\n    feeItems(estateId: $estateId) { ...FeeItemFields }\n  }\n": typeof types.FeesAdminFeeItemsDocument,
    "\n  mutation FeesAdminCreateFeeItem($input: CreateFeeItemInput!) {\n    createFeeItem(input: $input) {\n      feeItem { ...FeeItemFields }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.FeesAdminCreateFeeItemDocument,
    "\n  mutation FeesAdminAddFeeRate($input: AddFeeRateInput!) {\n    addFeeRate(input: $input) {\n      feeItem { ...FeeItemFields }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.FeesAdminAddFeeRateDocument,
    "\n  query FeesAdminBillingSettings {\n    billingSettings { ...BillingSettingsFields }\n  }\n": typeof types.FeesAdminBillingSettingsDocument,
    "\n  mutation FeesAdminUpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      settings { ...BillingSettingsFields }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.FeesAdminUpdateBillingSettingsDocument,
    "\n  query FeesAdminCollectionRates($period: String) {\n    collectionRates(period: $period) {\n      period billed collected rate arrears overdue\n      estate { id name }\n    }\n  }\n": typeof types.FeesAdminCollectionRatesDocument,
    "\n  query HouseholdLedger($unitId: ID!) {\n    unit(id: $unitId) { id number building { id name } estate { id name } }\n    unitLedger(unitId: $unitId) {\n      unitId balance\n      entries { id billId kind amount reason createdBy createdAt }\n    }\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      bills { open paid bill { id period total dueDate } }\n    }\n  }\n": typeof types.HouseholdLedgerDocument,
    "\n  query UnitPayments($unitId: ID, $first: Int, $after: String) {\n    payments(unitId: $unitId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id receiptNumber method amount currency receivedAt receivedBy payerName prepaid refunded receiptUrl\n        voidedReceipts { number reason voidedAt }\n        allocations { amount bill { id period } }\n      }\n    }\n  }\n": typeof types.UnitPaymentsDocument,
    "\n  mutation AdjustBill($input: AdjustBillInput!) {\n    adjustBill(input: $input) { entry { id kind amount } errors { __typename code field message } }\n  }\n": typeof types.AdjustBillDocument,
    "\n  mutation ReissueReceipt($input: ReissueReceiptInput!) {\n    reissueReceipt(input: $input) { payment { id receiptNumber } errors { __typename code field message } }\n  }\n": typeof types.ReissueReceiptDocument,
    "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) { refund { id status amount reason } errors { __typename code field message } }\n  }\n": typeof types.RefundPaymentDocument,
    "\n  query PaymentAnomalies {\n    paymentAnomalies { id unitId paymentIntentId amount currency receivedAt status error reason resolvedAt }\n  }\n": typeof types.PaymentAnomaliesDocument,
    "\n  mutation RefundPaymentAnomaly($input: RefundPaymentAnomalyInput!) {\n    refundPaymentAnomaly(input: $input) {\n      anomaly { id status error }\n      errors { __typename code field message }\n    }\n  }\n": typeof types.RefundPaymentAnomalyDocument,
    "\n  fragment ServiceRequestRow on ServiceRequest {\n    id number type channel status receivedAt unitLabel location description category urgency\n    contactName contactPhone anonymous firstReceiverName assigneeName assignedDepartmentName assignedToMe\n    sla difficult returnVisitSatisfied rating\n    deadlines { kind dueAt metAt voidedAt state }\n  }\n": typeof types.ServiceRequestRowFragmentDoc,
    "\n  query ServiceQueue($estateId: ID!, $filter: ServiceRequestFilter, $orderBy: ServiceQueueOrder, $first: Int, $after: String) {\n    serviceRequests(estateId: $estateId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ServiceRequestRow }\n    }\n  }\n": typeof types.ServiceQueueDocument,
    "\n  query ServiceRequestDetail($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestRow\n      estateId unitId appointmentAt assignedDepartmentId assignedStaffMemberId\n      rejectReason completionNotes completedAt signedOffAt closedAt cancelReason\n      timeline { at action actorName fromStatus toStatus note }\n      attachments { id stage fileName contentType size uploadedAt url }\n    }\n  }\n": typeof types.ServiceRequestDetailDocument,
    "\n  query ServiceStockTake($estateId: ID!) {\n    serviceStockTake(estateId: $estateId) { ...ServiceRequestRow }\n  }\n": typeof types.ServiceStockTakeDocument,
    "\n  query ServiceHandlers($estateId: ID!) {\n    serviceHandlers(estateId: $estateId) { id name position department { id name kind } }\n    departments(estateId: $estateId) { id name kind estateId }\n  }\n": typeof types.ServiceHandlersDocument,
    "\n  query ServiceDeskUnitSearch($filter: UnitFilter) {\n    units(first: 20, filter: $filter) {\n      nodes {\n        id number\n        building { id name }\n        owners { id current person { id name phoneMasked } }\n      }\n    }\n  }\n": typeof types.ServiceDeskUnitSearchDocument,
    "\n  mutation RecordServiceRequest($input: RecordServiceRequestInput!) {\n    recordServiceRequest(input: $input) { serviceRequest { ...ServiceRequestRow } errors { __typename code field message } }\n  }\n": typeof types.RecordServiceRequestDocument,
    "\n  mutation DispatchServiceRequest($input: DispatchServiceRequestInput!) {\n    dispatchServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.DispatchServiceRequestDocument,
    "\n  mutation ReassignServiceRequest($input: DispatchServiceRequestInput!) {\n    reassignServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.ReassignServiceRequestDocument,
    "\n  mutation AcceptServiceRequest($input: ServiceRequestStepInput!) {\n    acceptServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.AcceptServiceRequestDocument,
    "\n  mutation RejectServiceRequest($input: ServiceRequestReasonInput!) {\n    rejectServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.RejectServiceRequestDocument,
    "\n  mutation StartServiceWork($input: ServiceRequestStepInput!) {\n    startServiceWork(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.StartServiceWorkDocument,
    "\n  mutation CompleteServiceRequest($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.CompleteServiceRequestDocument,
    "\n  mutation SignOffServiceRequest($input: SignOffServiceRequestInput!) {\n    signOffServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.SignOffServiceRequestDocument,
    "\n  mutation RecordReturnVisit($input: RecordReturnVisitInput!) {\n    recordReturnVisit(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.RecordReturnVisitDocument,
    "\n  mutation CloseServiceRequest($input: ServiceRequestStepInput!) {\n    closeServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.CloseServiceRequestDocument,
    "\n  mutation ReopenServiceRequest($input: ServiceRequestReasonInput!) {\n    reopenServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.ReopenServiceRequestDocument,
    "\n  mutation CancelServiceRequest($input: ServiceRequestReasonInput!) {\n    cancelServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.CancelServiceRequestDocument,
    "\n  mutation ChangeServiceDeadline($input: ChangeServiceDeadlineInput!) {\n    changeServiceDeadline(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": typeof types.ChangeServiceDeadlineDocument,
    "\n  fragment ServiceRequestDetail on ServiceRequest {\n    id number type status channel receivedAt unitLabel location description category urgency appointmentAt\n    assigneeName assignedToMe rejectReason completionNotes completedAt signedOffAt signedOffBy rating sla timeZone\n    contactName contactPhone\n    chargeStatus chargeTotal chargeConfirmedBy chargeConfirmedAt chargeBillId\n    chargeLines { kind description amount }\n    deadlines { kind dueAt metAt voidedAt state }\n    timeline { at action actorName fromStatus toStatus note }\n    attachments { id stage fileName contentType size uploadedAt url }\n  }\n": typeof types.ServiceRequestDetailFragmentDoc,
    "\n  query MyServiceRequests {\n    myServiceRequests { ...ServiceRequestDetail }\n  }\n": typeof types.MyServiceRequestsDocument,
    "\n  query ServiceRequestOne($id: ID!) {\n    serviceRequest(id: $id) { ...ServiceRequestDetail }\n  }\n": typeof types.ServiceRequestOneDocument,
    "\n  query MyJobs($estateId: ID!, $after: String) {\n    serviceRequests(estateId: $estateId, first: 100, after: $after, filter: { mine: true, openOnly: true }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ServiceRequestDetail }\n    }\n  }\n": typeof types.MyJobsDocument,
    "\n  query ServiceUnitOptions {\n    myUnits { id number building { id name } estate { id name } }\n  }\n": typeof types.ServiceUnitOptionsDocument,
    "\n  mutation ReportServiceRequest($input: ReportServiceRequestInput!) {\n    reportServiceRequest(input: $input) {\n      serviceRequest { ...ServiceRequestDetail }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.ReportServiceRequestDocument,
    "\n  mutation AcceptJob($input: ServiceRequestStepInput!) {\n    acceptServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.AcceptJobDocument,
    "\n  mutation RejectJob($input: ServiceRequestReasonInput!) {\n    rejectServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.RejectJobDocument,
    "\n  mutation SetOffToJob($input: ServiceRequestStepInput!) {\n    setOffToServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.SetOffToJobDocument,
    "\n  mutation ArriveAtJob($input: ServiceRequestStepInput!) {\n    arriveAtServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.ArriveAtJobDocument,
    "\n  mutation StartJob($input: ServiceRequestStepInput!) {\n    startServiceWork(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.StartJobDocument,
    "\n  mutation CompleteJob($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.CompleteJobDocument,
    "\n  mutation QuoteRepairPrice($input: QuoteRepairPriceInput!) {\n    quoteRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.QuoteRepairPriceDocument,
    "\n  mutation ConfirmRepairPrice($input: ConfirmRepairPriceInput!) {\n    confirmRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.ConfirmRepairPriceDocument,
    "\n  mutation RefuseRepairPrice($input: RefuseRepairPriceInput!) {\n    refuseRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.RefuseRepairPriceDocument,
    "\n  mutation ResidentSignOff($input: SignOffServiceRequestInput!) {\n    signOffServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.ResidentSignOffDocument,
    "\n  mutation ResidentReopen($input: ServiceRequestReasonInput!) {\n    reopenServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": typeof types.ResidentReopenDocument,
    "\n  query ServiceSettingsCategories($type: ServiceRequestType) {\n    serviceCategories(type: $type, includeInactive: true) { type code name active sortOrder isDefault }\n  }\n": typeof types.ServiceSettingsCategoriesDocument,
    "\n  mutation ServiceSettingsSaveCategory($input: SaveServiceCategoryInput!) {\n    saveServiceCategory(input: $input) {\n      category { type code name active sortOrder isDefault }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.ServiceSettingsSaveCategoryDocument,
    "\n  fragment DeskLimitValuesFields on DeskLimitValues {\n    emergencyAcknowledgeMinutes emergencyOnSiteMinutes ordinaryAppointmentWorkingHours ordinaryOnSiteHours completionWorkingDays\n  }\n": typeof types.DeskLimitValuesFieldsFragmentDoc,
    "\n  query ServiceSettingsLimits {\n    deskLimits { current { ...DeskLimitValuesFields } defaults { ...DeskLimitValuesFields } }\n  }\n": typeof types.ServiceSettingsLimitsDocument,
    "\n  mutation ServiceSettingsSetLimits($input: SetDeskLimitsInput!) {\n    setDeskLimits(input: $input) {\n      limits { current { ...DeskLimitValuesFields } }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.ServiceSettingsSetLimitsDocument,
    "\n  fragment EscalationChainFields on EscalationChain {\n    estateId csHeadStaffMemberId managerStaffMemberId effectiveCsHeadName effectiveManagerName csHeadAfterMinutes managerAfterMinutes\n  }\n": typeof types.EscalationChainFieldsFragmentDoc,
    "\n  query ServiceSettingsChain($estateId: ID!) {\n    escalationChain(estateId: $estateId) { ...EscalationChainFields }\n    staff(estateId: $estateId, first: 200) { nodes { id name } }\n  }\n": typeof types.ServiceSettingsChainDocument,
    "\n  mutation ServiceSettingsSetChain($input: SetEscalationChainInput!) {\n    setEscalationChain(input: $input) {\n      chain { ...EscalationChainFields }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.ServiceSettingsSetChainDocument,
    "\n  fragment PublishedChannelsFields on PublishedChannels {\n    estateId phone hours email fax address contactPerson hqComplaintLine\n  }\n": typeof types.PublishedChannelsFieldsFragmentDoc,
    "\n  query PublishedChannels($estateId: ID!) {\n    publishedChannels(estateId: $estateId) { ...PublishedChannelsFields }\n  }\n": typeof types.PublishedChannelsDocument,
    "\n  mutation ServiceSettingsSetChannels($input: SetPublishedChannelsInput!) {\n    setPublishedChannels(input: $input) {\n      channels { ...PublishedChannelsFields }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.ServiceSettingsSetChannelsDocument,
    "\n  query CompanyUsers {\n    companyUsers {\n      userId userName displayName accountManaged email roles estateIds mustChangePassword twoFactorEnabled lockedOut disabled\n    }\n  }\n": typeof types.CompanyUsersDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invited { temporaryPassword user { userId userName } invitation { code url expiresAt } }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.InviteStaffDocument,
    "\n  mutation SetStaffRoles($input: SetStaffRolesInput!) {\n    setStaffRoles(input: $input) {\n      user { userId roles estateIds }\n      errors { __typename code message field }\n    }\n  }\n": typeof types.SetStaffRolesDocument,
    "\n  fragment PersonSummary on Person { id name phoneMasked idNumberMasked }\n": typeof types.PersonSummaryFragmentDoc,
    "\n  fragment UnitRowFields on Unit {\n    id number floor buildingArea usage status\n    building { id name }\n    estate { id name }\n    owners { id current share person { ...PersonSummary } }\n  }\n": typeof types.UnitRowFieldsFragmentDoc,
    "\n  fragment UnitDetailFields on Unit {\n    ...UnitRowFields\n    tenancies { id current leaseStart leaseEnd endedOn person { ...PersonSummary } }\n    members { id relation since until person { ...PersonSummary } }\n  }\n": typeof types.UnitDetailFieldsFragmentDoc,
    "\n  query MyUnits {\n    myUnits { ...UnitDetailFields }\n  }\n": typeof types.MyUnitsDocument,
    "\n  query UnitSearch($first: Int, $after: String, $filter: UnitFilter) {\n    units(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...UnitRowFields }\n    }\n  }\n": typeof types.UnitSearchDocument,
    "\n  query UnitDetail($id: ID!) {\n    unit(id: $id) {\n      ...UnitDetailFields\n      owners { startDate endDate person { emergencyContactName emergencyContactPhone } }\n    }\n  }\n": typeof types.UnitDetailDocument,
    "\n  mutation IssueResidentInvitation($unitId: ID!, $personId: ID!) {\n    issueResidentInvitation(unitId: $unitId, personId: $personId) {\n      invitation { code unitLabel expiresAt }\n      errors { __typename code field message }\n    }\n  }\n": typeof types.IssueResidentInvitationDocument,
    "\n  query Viewer {\n    me {\n      userId\n      name\n      roles\n      estateIds\n      personId\n      company {\n        slug\n        nameZh\n        nameEn\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query EstateOptions {\n    estates(first: 100) { nodes { id name } }\n  }\n": typeof types.EstateOptionsDocument,
};
const documents: Documents = {
    "\n  query Arrears($estateId: ID!, $minDaysOverdue: Int, $search: String, $first: Int, $after: String) {\n    arrears(estateId: $estateId, minDaysOverdue: $minDaysOverdue, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        unit { id number building { id name } }\n        ownerName current days30 days60 days90Plus overdue total daysOverdue stage lastReminderAt\n      }\n    }\n  }\n": types.ArrearsDocument,
    "\n  mutation SendArrearsReminders($input: SendArrearsRemindersInput!) {\n    sendArrearsReminders(input: $input) {\n      queued scheduledFor\n      errors { __typename code field message }\n    }\n  }\n": types.SendArrearsRemindersDocument,
    "\n  query ArrearsReminders($unitId: ID!) {\n    arrearsReminders(unitId: $unitId) { id channel status amount scheduledFor sentAt createdAt }\n  }\n": types.ArrearsRemindersDocument,
    "\n  fragment BillingRunFields on BillingRun {\n    id estateId period status totalUnits processedUnits billsCreated error createdAt startedAt finishedAt\n  }\n": types.BillingRunFieldsFragmentDoc,
    "\n  query BillingRuns($estateId: ID!) {\n    billingRuns(estateId: $estateId) { ...BillingRunFields }\n  }\n": types.BillingRunsDocument,
    "\n  mutation StartBillingRun($input: StartBillingRunInput!) {\n    startBillingRun(input: $input) {\n      run { ...BillingRunFields }\n      errors { __typename code field message }\n    }\n  }\n": types.StartBillingRunDocument,
    "\n  fragment BillUnit on Unit {\n    id number building { id name } estate { id name }\n  }\n": types.BillUnitFragmentDoc,
    "\n  query MyBills {\n    myBills {\n      id unitId period total dueDate\n      unit { ...BillUnit }\n      lines { id description quantity unitRate amount }\n    }\n  }\n": types.MyBillsDocument,
    "\n  query BillsUnitAccount($unitId: ID!) {\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      bills { open paid bill { id } }\n    }\n  }\n": types.BillsUnitAccountDocument,
    "\n  query MyPayments {\n    myPayments {\n      id receiptNumber method amount currency receivedAt prepaid refunded receiptUrl\n      unit { ...BillUnit }\n      allocations { amount bill { id period } }\n    }\n  }\n": types.MyPaymentsDocument,
    "\n  mutation CreateCheckoutSession($input: CreateCheckoutSessionInput!) {\n    createCheckoutSession(input: $input) {\n      checkout { id url amount currency status }\n      errors { __typename code message field }\n    }\n  }\n": types.CreateCheckoutSessionDocument,
    "\n  query OnlineCheckout($id: ID!) {\n    onlineCheckout(id: $id) {\n      id status amount paymentId\n      payment { id receiptNumber amount receivedAt receiptUrl }\n    }\n  }\n": types.OnlineCheckoutDocument,
    "\n  fragment WorkingCalendarFields on WorkingCalendar {\n    estateId year timeZone workStart workEnd estateHours officialSchedule notice workingDays\n    days { date working source name overrideId }\n  }\n": types.WorkingCalendarFieldsFragmentDoc,
    "\n  query CalendarAdminYear($estateId: ID, $year: Int!) {\n    workingCalendar(estateId: $estateId, year: $year) { ...WorkingCalendarFields }\n  }\n": types.CalendarAdminYearDocument,
    "\n  mutation CalendarAdminAddDay($input: AddCalendarDayInput!) {\n    addCalendarDay(input: $input) {\n      day { id }\n      errors { __typename code message field }\n    }\n  }\n": types.CalendarAdminAddDayDocument,
    "\n  mutation CalendarAdminRemoveDay($input: RemoveCalendarDayInput!) {\n    removeCalendarDay(input: $input) {\n      day { id }\n      errors { __typename code message field }\n    }\n  }\n": types.CalendarAdminRemoveDayDocument,
    "\n  mutation CalendarAdminSetHours($input: SetWorkingHoursInput!) {\n    setWorkingHours(input: $input) {\n      calendar { ...WorkingCalendarFields }\n      errors { __typename code message field }\n    }\n  }\n": types.CalendarAdminSetHoursDocument,
    "\n  mutation CalendarAdminSetTimeZone($input: SetCalendarTimeZoneInput!) {\n    setCalendarTimeZone(input: $input) {\n      calendar { ...WorkingCalendarFields }\n      errors { __typename code message field }\n    }\n  }\n": types.CalendarAdminSetTimeZoneDocument,
    "\n  query CashierUnitSearch($first: Int, $filter: UnitFilter) {\n    units(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id number\n        building { id name }\n        owners { id current person { id name phoneMasked } }\n      }\n    }\n  }\n": types.CashierUnitSearchDocument,
    "\n  query CashierUnitAccount($unitId: ID!) {\n    unit(id: $unitId) {\n      id number\n      building { id name }\n      estate { id name }\n      owners { id current person { id name } }\n    }\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      ageing { current days30 days60 days90Plus overdue total }\n      bills { open paid bill { id period total dueDate issuedAt lines { id description amount } } }\n    }\n  }\n": types.CashierUnitAccountDocument,
    "\n  query AdvancePaymentQuote($unitId: ID!) {\n    advancePaymentQuote(unitId: $unitId) { months monthlyAmount total }\n  }\n": types.AdvancePaymentQuoteDocument,
    "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id receiptNumber method amount prepaid receiptUrl allocations { amount bill { id period } } }\n      errors { __typename code field message }\n    }\n  }\n": types.RecordPaymentDocument,
    "\n  fragment CashierShiftFields on CashierShift {\n    id estateId cashierId cashierName status openedAt closedAt expectedCash countedCash difference differenceReason\n    totals { method count amount }\n    firstReceipt lastReceipt\n  }\n": types.CashierShiftFieldsFragmentDoc,
    "\n  query MyOpenShift($estateId: ID!) {\n    myOpenShift(estateId: $estateId) { ...CashierShiftFields }\n  }\n": types.MyOpenShiftDocument,
    "\n  query CashierShifts($estateId: ID!, $status: ShiftStatus) {\n    cashierShifts(estateId: $estateId, status: $status) { ...CashierShiftFields }\n  }\n": types.CashierShiftsDocument,
    "\n  mutation OpenShift($input: OpenShiftInput!) {\n    openShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n": types.OpenShiftDocument,
    "\n  mutation CloseShift($input: CloseShiftInput!) {\n    closeShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n": types.CloseShiftDocument,
    "\n  mutation ReconcileShift($input: ReconcileShiftInput!) {\n    reconcileShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n": types.ReconcileShiftDocument,
    "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id slug nameZh nameEn status statusReason provider server schemaVersion createdAt }\n    }\n  }\n": types.CompaniesDocument,
    "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      company { id slug status statusReason }\n      errors { __typename code message field }\n    }\n  }\n": types.CreateCompanyDocument,
    "\n  query Estates($first: Int, $after: String, $search: String) {\n    estates(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name address city type totalFloorArea unitCount }\n    }\n  }\n": types.EstatesDocument,
    "\n  fragment FeeItemFields on FeeItem {\n    id estateId name kind appliesTo rates { id amount effectiveFrom effectiveTo }\n  }\n": types.FeeItemFieldsFragmentDoc,
    "\n  fragment BillingSettingsFields on BillingSettings {\n    stripeAccountId currency collectionDay advanceMonths\n    lateFeeEnabled lateFeeDailyRate lateFeeGraceDays lateFeeContractClause\n    maxPaymentAmount maxRefundAmount maxAdjustmentAmount\n  }\n": types.BillingSettingsFieldsFragmentDoc,
    "\n  query FeesAdminFeeItems($estateId: ID!) {\n    feeItems(estateId: $estateId) { ...FeeItemFields }\n  }\n": types.FeesAdminFeeItemsDocument,
    "\n  mutation FeesAdminCreateFeeItem($input: CreateFeeItemInput!) {\n    createFeeItem(input: $input) {\n      feeItem { ...FeeItemFields }\n      errors { __typename code message field }\n    }\n  }\n": types.FeesAdminCreateFeeItemDocument,
    "\n  mutation FeesAdminAddFeeRate($input: AddFeeRateInput!) {\n    addFeeRate(input: $input) {\n      feeItem { ...FeeItemFields }\n      errors { __typename code message field }\n    }\n  }\n": types.FeesAdminAddFeeRateDocument,
    "\n  query FeesAdminBillingSettings {\n    billingSettings { ...BillingSettingsFields }\n  }\n": types.FeesAdminBillingSettingsDocument,
    "\n  mutation FeesAdminUpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      settings { ...BillingSettingsFields }\n      errors { __typename code message field }\n    }\n  }\n": types.FeesAdminUpdateBillingSettingsDocument,
    "\n  query FeesAdminCollectionRates($period: String) {\n    collectionRates(period: $period) {\n      period billed collected rate arrears overdue\n      estate { id name }\n    }\n  }\n": types.FeesAdminCollectionRatesDocument,
    "\n  query HouseholdLedger($unitId: ID!) {\n    unit(id: $unitId) { id number building { id name } estate { id name } }\n    unitLedger(unitId: $unitId) {\n      unitId balance\n      entries { id billId kind amount reason createdBy createdAt }\n    }\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      bills { open paid bill { id period total dueDate } }\n    }\n  }\n": types.HouseholdLedgerDocument,
    "\n  query UnitPayments($unitId: ID, $first: Int, $after: String) {\n    payments(unitId: $unitId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id receiptNumber method amount currency receivedAt receivedBy payerName prepaid refunded receiptUrl\n        voidedReceipts { number reason voidedAt }\n        allocations { amount bill { id period } }\n      }\n    }\n  }\n": types.UnitPaymentsDocument,
    "\n  mutation AdjustBill($input: AdjustBillInput!) {\n    adjustBill(input: $input) { entry { id kind amount } errors { __typename code field message } }\n  }\n": types.AdjustBillDocument,
    "\n  mutation ReissueReceipt($input: ReissueReceiptInput!) {\n    reissueReceipt(input: $input) { payment { id receiptNumber } errors { __typename code field message } }\n  }\n": types.ReissueReceiptDocument,
    "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) { refund { id status amount reason } errors { __typename code field message } }\n  }\n": types.RefundPaymentDocument,
    "\n  query PaymentAnomalies {\n    paymentAnomalies { id unitId paymentIntentId amount currency receivedAt status error reason resolvedAt }\n  }\n": types.PaymentAnomaliesDocument,
    "\n  mutation RefundPaymentAnomaly($input: RefundPaymentAnomalyInput!) {\n    refundPaymentAnomaly(input: $input) {\n      anomaly { id status error }\n      errors { __typename code field message }\n    }\n  }\n": types.RefundPaymentAnomalyDocument,
    "\n  fragment ServiceRequestRow on ServiceRequest {\n    id number type channel status receivedAt unitLabel location description category urgency\n    contactName contactPhone anonymous firstReceiverName assigneeName assignedDepartmentName assignedToMe\n    sla difficult returnVisitSatisfied rating\n    deadlines { kind dueAt metAt voidedAt state }\n  }\n": types.ServiceRequestRowFragmentDoc,
    "\n  query ServiceQueue($estateId: ID!, $filter: ServiceRequestFilter, $orderBy: ServiceQueueOrder, $first: Int, $after: String) {\n    serviceRequests(estateId: $estateId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ServiceRequestRow }\n    }\n  }\n": types.ServiceQueueDocument,
    "\n  query ServiceRequestDetail($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestRow\n      estateId unitId appointmentAt assignedDepartmentId assignedStaffMemberId\n      rejectReason completionNotes completedAt signedOffAt closedAt cancelReason\n      timeline { at action actorName fromStatus toStatus note }\n      attachments { id stage fileName contentType size uploadedAt url }\n    }\n  }\n": types.ServiceRequestDetailDocument,
    "\n  query ServiceStockTake($estateId: ID!) {\n    serviceStockTake(estateId: $estateId) { ...ServiceRequestRow }\n  }\n": types.ServiceStockTakeDocument,
    "\n  query ServiceHandlers($estateId: ID!) {\n    serviceHandlers(estateId: $estateId) { id name position department { id name kind } }\n    departments(estateId: $estateId) { id name kind estateId }\n  }\n": types.ServiceHandlersDocument,
    "\n  query ServiceDeskUnitSearch($filter: UnitFilter) {\n    units(first: 20, filter: $filter) {\n      nodes {\n        id number\n        building { id name }\n        owners { id current person { id name phoneMasked } }\n      }\n    }\n  }\n": types.ServiceDeskUnitSearchDocument,
    "\n  mutation RecordServiceRequest($input: RecordServiceRequestInput!) {\n    recordServiceRequest(input: $input) { serviceRequest { ...ServiceRequestRow } errors { __typename code field message } }\n  }\n": types.RecordServiceRequestDocument,
    "\n  mutation DispatchServiceRequest($input: DispatchServiceRequestInput!) {\n    dispatchServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.DispatchServiceRequestDocument,
    "\n  mutation ReassignServiceRequest($input: DispatchServiceRequestInput!) {\n    reassignServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.ReassignServiceRequestDocument,
    "\n  mutation AcceptServiceRequest($input: ServiceRequestStepInput!) {\n    acceptServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.AcceptServiceRequestDocument,
    "\n  mutation RejectServiceRequest($input: ServiceRequestReasonInput!) {\n    rejectServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.RejectServiceRequestDocument,
    "\n  mutation StartServiceWork($input: ServiceRequestStepInput!) {\n    startServiceWork(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.StartServiceWorkDocument,
    "\n  mutation CompleteServiceRequest($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.CompleteServiceRequestDocument,
    "\n  mutation SignOffServiceRequest($input: SignOffServiceRequestInput!) {\n    signOffServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.SignOffServiceRequestDocument,
    "\n  mutation RecordReturnVisit($input: RecordReturnVisitInput!) {\n    recordReturnVisit(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.RecordReturnVisitDocument,
    "\n  mutation CloseServiceRequest($input: ServiceRequestStepInput!) {\n    closeServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.CloseServiceRequestDocument,
    "\n  mutation ReopenServiceRequest($input: ServiceRequestReasonInput!) {\n    reopenServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.ReopenServiceRequestDocument,
    "\n  mutation CancelServiceRequest($input: ServiceRequestReasonInput!) {\n    cancelServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.CancelServiceRequestDocument,
    "\n  mutation ChangeServiceDeadline($input: ChangeServiceDeadlineInput!) {\n    changeServiceDeadline(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n": types.ChangeServiceDeadlineDocument,
    "\n  fragment ServiceRequestDetail on ServiceRequest {\n    id number type status channel receivedAt unitLabel location description category urgency appointmentAt\n    assigneeName assignedToMe rejectReason completionNotes completedAt signedOffAt signedOffBy rating sla timeZone\n    contactName contactPhone\n    chargeStatus chargeTotal chargeConfirmedBy chargeConfirmedAt chargeBillId\n    chargeLines { kind description amount }\n    deadlines { kind dueAt metAt voidedAt state }\n    timeline { at action actorName fromStatus toStatus note }\n    attachments { id stage fileName contentType size uploadedAt url }\n  }\n": types.ServiceRequestDetailFragmentDoc,
    "\n  query MyServiceRequests {\n    myServiceRequests { ...ServiceRequestDetail }\n  }\n": types.MyServiceRequestsDocument,
    "\n  query ServiceRequestOne($id: ID!) {\n    serviceRequest(id: $id) { ...ServiceRequestDetail }\n  }\n": types.ServiceRequestOneDocument,
    "\n  query MyJobs($estateId: ID!, $after: String) {\n    serviceRequests(estateId: $estateId, first: 100, after: $after, filter: { mine: true, openOnly: true }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ServiceRequestDetail }\n    }\n  }\n": types.MyJobsDocument,
    "\n  query ServiceUnitOptions {\n    myUnits { id number building { id name } estate { id name } }\n  }\n": types.ServiceUnitOptionsDocument,
    "\n  mutation ReportServiceRequest($input: ReportServiceRequestInput!) {\n    reportServiceRequest(input: $input) {\n      serviceRequest { ...ServiceRequestDetail }\n      errors { __typename code message field }\n    }\n  }\n": types.ReportServiceRequestDocument,
    "\n  mutation AcceptJob($input: ServiceRequestStepInput!) {\n    acceptServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.AcceptJobDocument,
    "\n  mutation RejectJob($input: ServiceRequestReasonInput!) {\n    rejectServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.RejectJobDocument,
    "\n  mutation SetOffToJob($input: ServiceRequestStepInput!) {\n    setOffToServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.SetOffToJobDocument,
    "\n  mutation ArriveAtJob($input: ServiceRequestStepInput!) {\n    arriveAtServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.ArriveAtJobDocument,
    "\n  mutation StartJob($input: ServiceRequestStepInput!) {\n    startServiceWork(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.StartJobDocument,
    "\n  mutation CompleteJob($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.CompleteJobDocument,
    "\n  mutation QuoteRepairPrice($input: QuoteRepairPriceInput!) {\n    quoteRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.QuoteRepairPriceDocument,
    "\n  mutation ConfirmRepairPrice($input: ConfirmRepairPriceInput!) {\n    confirmRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.ConfirmRepairPriceDocument,
    "\n  mutation RefuseRepairPrice($input: RefuseRepairPriceInput!) {\n    refuseRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.RefuseRepairPriceDocument,
    "\n  mutation ResidentSignOff($input: SignOffServiceRequestInput!) {\n    signOffServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.ResidentSignOffDocument,
    "\n  mutation ResidentReopen($input: ServiceRequestReasonInput!) {\n    reopenServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n": types.ResidentReopenDocument,
    "\n  query ServiceSettingsCategories($type: ServiceRequestType) {\n    serviceCategories(type: $type, includeInactive: true) { type code name active sortOrder isDefault }\n  }\n": types.ServiceSettingsCategoriesDocument,
    "\n  mutation ServiceSettingsSaveCategory($input: SaveServiceCategoryInput!) {\n    saveServiceCategory(input: $input) {\n      category { type code name active sortOrder isDefault }\n      errors { __typename code message field }\n    }\n  }\n": types.ServiceSettingsSaveCategoryDocument,
    "\n  fragment DeskLimitValuesFields on DeskLimitValues {\n    emergencyAcknowledgeMinutes emergencyOnSiteMinutes ordinaryAppointmentWorkingHours ordinaryOnSiteHours completionWorkingDays\n  }\n": types.DeskLimitValuesFieldsFragmentDoc,
    "\n  query ServiceSettingsLimits {\n    deskLimits { current { ...DeskLimitValuesFields } defaults { ...DeskLimitValuesFields } }\n  }\n": types.ServiceSettingsLimitsDocument,
    "\n  mutation ServiceSettingsSetLimits($input: SetDeskLimitsInput!) {\n    setDeskLimits(input: $input) {\n      limits { current { ...DeskLimitValuesFields } }\n      errors { __typename code message field }\n    }\n  }\n": types.ServiceSettingsSetLimitsDocument,
    "\n  fragment EscalationChainFields on EscalationChain {\n    estateId csHeadStaffMemberId managerStaffMemberId effectiveCsHeadName effectiveManagerName csHeadAfterMinutes managerAfterMinutes\n  }\n": types.EscalationChainFieldsFragmentDoc,
    "\n  query ServiceSettingsChain($estateId: ID!) {\n    escalationChain(estateId: $estateId) { ...EscalationChainFields }\n    staff(estateId: $estateId, first: 200) { nodes { id name } }\n  }\n": types.ServiceSettingsChainDocument,
    "\n  mutation ServiceSettingsSetChain($input: SetEscalationChainInput!) {\n    setEscalationChain(input: $input) {\n      chain { ...EscalationChainFields }\n      errors { __typename code message field }\n    }\n  }\n": types.ServiceSettingsSetChainDocument,
    "\n  fragment PublishedChannelsFields on PublishedChannels {\n    estateId phone hours email fax address contactPerson hqComplaintLine\n  }\n": types.PublishedChannelsFieldsFragmentDoc,
    "\n  query PublishedChannels($estateId: ID!) {\n    publishedChannels(estateId: $estateId) { ...PublishedChannelsFields }\n  }\n": types.PublishedChannelsDocument,
    "\n  mutation ServiceSettingsSetChannels($input: SetPublishedChannelsInput!) {\n    setPublishedChannels(input: $input) {\n      channels { ...PublishedChannelsFields }\n      errors { __typename code message field }\n    }\n  }\n": types.ServiceSettingsSetChannelsDocument,
    "\n  query CompanyUsers {\n    companyUsers {\n      userId userName displayName accountManaged email roles estateIds mustChangePassword twoFactorEnabled lockedOut disabled\n    }\n  }\n": types.CompanyUsersDocument,
    "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invited { temporaryPassword user { userId userName } invitation { code url expiresAt } }\n      errors { __typename code message field }\n    }\n  }\n": types.InviteStaffDocument,
    "\n  mutation SetStaffRoles($input: SetStaffRolesInput!) {\n    setStaffRoles(input: $input) {\n      user { userId roles estateIds }\n      errors { __typename code message field }\n    }\n  }\n": types.SetStaffRolesDocument,
    "\n  fragment PersonSummary on Person { id name phoneMasked idNumberMasked }\n": types.PersonSummaryFragmentDoc,
    "\n  fragment UnitRowFields on Unit {\n    id number floor buildingArea usage status\n    building { id name }\n    estate { id name }\n    owners { id current share person { ...PersonSummary } }\n  }\n": types.UnitRowFieldsFragmentDoc,
    "\n  fragment UnitDetailFields on Unit {\n    ...UnitRowFields\n    tenancies { id current leaseStart leaseEnd endedOn person { ...PersonSummary } }\n    members { id relation since until person { ...PersonSummary } }\n  }\n": types.UnitDetailFieldsFragmentDoc,
    "\n  query MyUnits {\n    myUnits { ...UnitDetailFields }\n  }\n": types.MyUnitsDocument,
    "\n  query UnitSearch($first: Int, $after: String, $filter: UnitFilter) {\n    units(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...UnitRowFields }\n    }\n  }\n": types.UnitSearchDocument,
    "\n  query UnitDetail($id: ID!) {\n    unit(id: $id) {\n      ...UnitDetailFields\n      owners { startDate endDate person { emergencyContactName emergencyContactPhone } }\n    }\n  }\n": types.UnitDetailDocument,
    "\n  mutation IssueResidentInvitation($unitId: ID!, $personId: ID!) {\n    issueResidentInvitation(unitId: $unitId, personId: $personId) {\n      invitation { code unitLabel expiresAt }\n      errors { __typename code field message }\n    }\n  }\n": types.IssueResidentInvitationDocument,
    "\n  query Viewer {\n    me {\n      userId\n      name\n      roles\n      estateIds\n      personId\n      company {\n        slug\n        nameZh\n        nameEn\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query EstateOptions {\n    estates(first: 100) { nodes { id name } }\n  }\n": types.EstateOptionsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Arrears($estateId: ID!, $minDaysOverdue: Int, $search: String, $first: Int, $after: String) {\n    arrears(estateId: $estateId, minDaysOverdue: $minDaysOverdue, search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        unit { id number building { id name } }\n        ownerName current days30 days60 days90Plus overdue total daysOverdue stage lastReminderAt\n      }\n    }\n  }\n"): typeof import('./graphql').ArrearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendArrearsReminders($input: SendArrearsRemindersInput!) {\n    sendArrearsReminders(input: $input) {\n      queued scheduledFor\n      errors { __typename code field message }\n    }\n  }\n"): typeof import('./graphql').SendArrearsRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ArrearsReminders($unitId: ID!) {\n    arrearsReminders(unitId: $unitId) { id channel status amount scheduledFor sentAt createdAt }\n  }\n"): typeof import('./graphql').ArrearsRemindersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingRunFields on BillingRun {\n    id estateId period status totalUnits processedUnits billsCreated error createdAt startedAt finishedAt\n  }\n"): typeof import('./graphql').BillingRunFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingRuns($estateId: ID!) {\n    billingRuns(estateId: $estateId) { ...BillingRunFields }\n  }\n"): typeof import('./graphql').BillingRunsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartBillingRun($input: StartBillingRunInput!) {\n    startBillingRun(input: $input) {\n      run { ...BillingRunFields }\n      errors { __typename code field message }\n    }\n  }\n"): typeof import('./graphql').StartBillingRunDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillUnit on Unit {\n    id number building { id name } estate { id name }\n  }\n"): typeof import('./graphql').BillUnitFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBills {\n    myBills {\n      id unitId period total dueDate\n      unit { ...BillUnit }\n      lines { id description quantity unitRate amount }\n    }\n  }\n"): typeof import('./graphql').MyBillsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillsUnitAccount($unitId: ID!) {\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      bills { open paid bill { id } }\n    }\n  }\n"): typeof import('./graphql').BillsUnitAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPayments {\n    myPayments {\n      id receiptNumber method amount currency receivedAt prepaid refunded receiptUrl\n      unit { ...BillUnit }\n      allocations { amount bill { id period } }\n    }\n  }\n"): typeof import('./graphql').MyPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCheckoutSession($input: CreateCheckoutSessionInput!) {\n    createCheckoutSession(input: $input) {\n      checkout { id url amount currency status }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').CreateCheckoutSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnlineCheckout($id: ID!) {\n    onlineCheckout(id: $id) {\n      id status amount paymentId\n      payment { id receiptNumber amount receivedAt receiptUrl }\n    }\n  }\n"): typeof import('./graphql').OnlineCheckoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkingCalendarFields on WorkingCalendar {\n    estateId year timeZone workStart workEnd estateHours officialSchedule notice workingDays\n    days { date working source name overrideId }\n  }\n"): typeof import('./graphql').WorkingCalendarFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CalendarAdminYear($estateId: ID, $year: Int!) {\n    workingCalendar(estateId: $estateId, year: $year) { ...WorkingCalendarFields }\n  }\n"): typeof import('./graphql').CalendarAdminYearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarAdminAddDay($input: AddCalendarDayInput!) {\n    addCalendarDay(input: $input) {\n      day { id }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').CalendarAdminAddDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarAdminRemoveDay($input: RemoveCalendarDayInput!) {\n    removeCalendarDay(input: $input) {\n      day { id }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').CalendarAdminRemoveDayDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarAdminSetHours($input: SetWorkingHoursInput!) {\n    setWorkingHours(input: $input) {\n      calendar { ...WorkingCalendarFields }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').CalendarAdminSetHoursDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CalendarAdminSetTimeZone($input: SetCalendarTimeZoneInput!) {\n    setCalendarTimeZone(input: $input) {\n      calendar { ...WorkingCalendarFields }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').CalendarAdminSetTimeZoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CashierUnitSearch($first: Int, $filter: UnitFilter) {\n    units(first: $first, filter: $filter) {\n      totalCount\n      nodes {\n        id number\n        building { id name }\n        owners { id current person { id name phoneMasked } }\n      }\n    }\n  }\n"): typeof import('./graphql').CashierUnitSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CashierUnitAccount($unitId: ID!) {\n    unit(id: $unitId) {\n      id number\n      building { id name }\n      estate { id name }\n      owners { id current person { id name } }\n    }\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      ageing { current days30 days60 days90Plus overdue total }\n      bills { open paid bill { id period total dueDate issuedAt lines { id description amount } } }\n    }\n  }\n"): typeof import('./graphql').CashierUnitAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdvancePaymentQuote($unitId: ID!) {\n    advancePaymentQuote(unitId: $unitId) { months monthlyAmount total }\n  }\n"): typeof import('./graphql').AdvancePaymentQuoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordPayment($input: RecordPaymentInput!) {\n    recordPayment(input: $input) {\n      payment { id receiptNumber method amount prepaid receiptUrl allocations { amount bill { id period } } }\n      errors { __typename code field message }\n    }\n  }\n"): typeof import('./graphql').RecordPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CashierShiftFields on CashierShift {\n    id estateId cashierId cashierName status openedAt closedAt expectedCash countedCash difference differenceReason\n    totals { method count amount }\n    firstReceipt lastReceipt\n  }\n"): typeof import('./graphql').CashierShiftFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOpenShift($estateId: ID!) {\n    myOpenShift(estateId: $estateId) { ...CashierShiftFields }\n  }\n"): typeof import('./graphql').MyOpenShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CashierShifts($estateId: ID!, $status: ShiftStatus) {\n    cashierShifts(estateId: $estateId, status: $status) { ...CashierShiftFields }\n  }\n"): typeof import('./graphql').CashierShiftsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenShift($input: OpenShiftInput!) {\n    openShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').OpenShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseShift($input: CloseShiftInput!) {\n    closeShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').CloseShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReconcileShift($input: ReconcileShiftInput!) {\n    reconcileShift(input: $input) { shift { ...CashierShiftFields } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').ReconcileShiftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Companies($first: Int, $after: String) {\n    companies(first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id slug nameZh nameEn status statusReason provider server schemaVersion createdAt }\n    }\n  }\n"): typeof import('./graphql').CompaniesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompany($input: CreateCompanyInput!) {\n    createCompany(input: $input) {\n      company { id slug status statusReason }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').CreateCompanyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Estates($first: Int, $after: String, $search: String) {\n    estates(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id name address city type totalFloorArea unitCount }\n    }\n  }\n"): typeof import('./graphql').EstatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeeItemFields on FeeItem {\n    id estateId name kind appliesTo rates { id amount effectiveFrom effectiveTo }\n  }\n"): typeof import('./graphql').FeeItemFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BillingSettingsFields on BillingSettings {\n    stripeAccountId currency collectionDay advanceMonths\n    lateFeeEnabled lateFeeDailyRate lateFeeGraceDays lateFeeContractClause\n    maxPaymentAmount maxRefundAmount maxAdjustmentAmount\n  }\n"): typeof import('./graphql').BillingSettingsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeesAdminFeeItems($estateId: ID!) {\n    feeItems(estateId: $estateId) { ...FeeItemFields }\n  }\n"): typeof import('./graphql').FeesAdminFeeItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeesAdminCreateFeeItem($input: CreateFeeItemInput!) {\n    createFeeItem(input: $input) {\n      feeItem { ...FeeItemFields }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').FeesAdminCreateFeeItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeesAdminAddFeeRate($input: AddFeeRateInput!) {\n    addFeeRate(input: $input) {\n      feeItem { ...FeeItemFields }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').FeesAdminAddFeeRateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeesAdminBillingSettings {\n    billingSettings { ...BillingSettingsFields }\n  }\n"): typeof import('./graphql').FeesAdminBillingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FeesAdminUpdateBillingSettings($input: UpdateBillingSettingsInput!) {\n    updateBillingSettings(input: $input) {\n      settings { ...BillingSettingsFields }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').FeesAdminUpdateBillingSettingsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FeesAdminCollectionRates($period: String) {\n    collectionRates(period: $period) {\n      period billed collected rate arrears overdue\n      estate { id name }\n    }\n  }\n"): typeof import('./graphql').FeesAdminCollectionRatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HouseholdLedger($unitId: ID!) {\n    unit(id: $unitId) { id number building { id name } estate { id name } }\n    unitLedger(unitId: $unitId) {\n      unitId balance\n      entries { id billId kind amount reason createdBy createdAt }\n    }\n    unitAccount(unitId: $unitId) {\n      unitId balance due prepaid\n      bills { open paid bill { id period total dueDate } }\n    }\n  }\n"): typeof import('./graphql').HouseholdLedgerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitPayments($unitId: ID, $first: Int, $after: String) {\n    payments(unitId: $unitId, first: $first, after: $after) {\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id receiptNumber method amount currency receivedAt receivedBy payerName prepaid refunded receiptUrl\n        voidedReceipts { number reason voidedAt }\n        allocations { amount bill { id period } }\n      }\n    }\n  }\n"): typeof import('./graphql').UnitPaymentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdjustBill($input: AdjustBillInput!) {\n    adjustBill(input: $input) { entry { id kind amount } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').AdjustBillDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReissueReceipt($input: ReissueReceiptInput!) {\n    reissueReceipt(input: $input) { payment { id receiptNumber } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').ReissueReceiptDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPayment($input: RefundPaymentInput!) {\n    refundPayment(input: $input) { refund { id status amount reason } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').RefundPaymentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaymentAnomalies {\n    paymentAnomalies { id unitId paymentIntentId amount currency receivedAt status error reason resolvedAt }\n  }\n"): typeof import('./graphql').PaymentAnomaliesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefundPaymentAnomaly($input: RefundPaymentAnomalyInput!) {\n    refundPaymentAnomaly(input: $input) {\n      anomaly { id status error }\n      errors { __typename code field message }\n    }\n  }\n"): typeof import('./graphql').RefundPaymentAnomalyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestRow on ServiceRequest {\n    id number type channel status receivedAt unitLabel location description category urgency\n    contactName contactPhone anonymous firstReceiverName assigneeName assignedDepartmentName assignedToMe\n    sla difficult returnVisitSatisfied rating\n    deadlines { kind dueAt metAt voidedAt state }\n  }\n"): typeof import('./graphql').ServiceRequestRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceQueue($estateId: ID!, $filter: ServiceRequestFilter, $orderBy: ServiceQueueOrder, $first: Int, $after: String) {\n    serviceRequests(estateId: $estateId, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ServiceRequestRow }\n    }\n  }\n"): typeof import('./graphql').ServiceQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestDetail($id: ID!) {\n    serviceRequest(id: $id) {\n      ...ServiceRequestRow\n      estateId unitId appointmentAt assignedDepartmentId assignedStaffMemberId\n      rejectReason completionNotes completedAt signedOffAt closedAt cancelReason\n      timeline { at action actorName fromStatus toStatus note }\n      attachments { id stage fileName contentType size uploadedAt url }\n    }\n  }\n"): typeof import('./graphql').ServiceRequestDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceStockTake($estateId: ID!) {\n    serviceStockTake(estateId: $estateId) { ...ServiceRequestRow }\n  }\n"): typeof import('./graphql').ServiceStockTakeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceHandlers($estateId: ID!) {\n    serviceHandlers(estateId: $estateId) { id name position department { id name kind } }\n    departments(estateId: $estateId) { id name kind estateId }\n  }\n"): typeof import('./graphql').ServiceHandlersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceDeskUnitSearch($filter: UnitFilter) {\n    units(first: 20, filter: $filter) {\n      nodes {\n        id number\n        building { id name }\n        owners { id current person { id name phoneMasked } }\n      }\n    }\n  }\n"): typeof import('./graphql').ServiceDeskUnitSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordServiceRequest($input: RecordServiceRequestInput!) {\n    recordServiceRequest(input: $input) { serviceRequest { ...ServiceRequestRow } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').RecordServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchServiceRequest($input: DispatchServiceRequestInput!) {\n    dispatchServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').DispatchServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignServiceRequest($input: DispatchServiceRequestInput!) {\n    reassignServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').ReassignServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptServiceRequest($input: ServiceRequestStepInput!) {\n    acceptServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').AcceptServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectServiceRequest($input: ServiceRequestReasonInput!) {\n    rejectServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').RejectServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartServiceWork($input: ServiceRequestStepInput!) {\n    startServiceWork(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').StartServiceWorkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteServiceRequest($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').CompleteServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOffServiceRequest($input: SignOffServiceRequestInput!) {\n    signOffServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').SignOffServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordReturnVisit($input: RecordReturnVisitInput!) {\n    recordReturnVisit(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').RecordReturnVisitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseServiceRequest($input: ServiceRequestStepInput!) {\n    closeServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').CloseServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReopenServiceRequest($input: ServiceRequestReasonInput!) {\n    reopenServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').ReopenServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelServiceRequest($input: ServiceRequestReasonInput!) {\n    cancelServiceRequest(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').CancelServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeServiceDeadline($input: ChangeServiceDeadlineInput!) {\n    changeServiceDeadline(input: $input) { serviceRequest { id status } errors { __typename code field message } }\n  }\n"): typeof import('./graphql').ChangeServiceDeadlineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRequestDetail on ServiceRequest {\n    id number type status channel receivedAt unitLabel location description category urgency appointmentAt\n    assigneeName assignedToMe rejectReason completionNotes completedAt signedOffAt signedOffBy rating sla timeZone\n    contactName contactPhone\n    chargeStatus chargeTotal chargeConfirmedBy chargeConfirmedAt chargeBillId\n    chargeLines { kind description amount }\n    deadlines { kind dueAt metAt voidedAt state }\n    timeline { at action actorName fromStatus toStatus note }\n    attachments { id stage fileName contentType size uploadedAt url }\n  }\n"): typeof import('./graphql').ServiceRequestDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyServiceRequests {\n    myServiceRequests { ...ServiceRequestDetail }\n  }\n"): typeof import('./graphql').MyServiceRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestOne($id: ID!) {\n    serviceRequest(id: $id) { ...ServiceRequestDetail }\n  }\n"): typeof import('./graphql').ServiceRequestOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyJobs($estateId: ID!, $after: String) {\n    serviceRequests(estateId: $estateId, first: 100, after: $after, filter: { mine: true, openOnly: true }) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ServiceRequestDetail }\n    }\n  }\n"): typeof import('./graphql').MyJobsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceUnitOptions {\n    myUnits { id number building { id name } estate { id name } }\n  }\n"): typeof import('./graphql').ServiceUnitOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportServiceRequest($input: ReportServiceRequestInput!) {\n    reportServiceRequest(input: $input) {\n      serviceRequest { ...ServiceRequestDetail }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').ReportServiceRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptJob($input: ServiceRequestStepInput!) {\n    acceptServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').AcceptJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectJob($input: ServiceRequestReasonInput!) {\n    rejectServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').RejectJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOffToJob($input: ServiceRequestStepInput!) {\n    setOffToServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').SetOffToJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArriveAtJob($input: ServiceRequestStepInput!) {\n    arriveAtServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').ArriveAtJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartJob($input: ServiceRequestStepInput!) {\n    startServiceWork(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').StartJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteJob($input: CompleteServiceRequestInput!) {\n    completeServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').CompleteJobDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation QuoteRepairPrice($input: QuoteRepairPriceInput!) {\n    quoteRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').QuoteRepairPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmRepairPrice($input: ConfirmRepairPriceInput!) {\n    confirmRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').ConfirmRepairPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefuseRepairPrice($input: RefuseRepairPriceInput!) {\n    refuseRepairPrice(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').RefuseRepairPriceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentSignOff($input: SignOffServiceRequestInput!) {\n    signOffServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').ResidentSignOffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResidentReopen($input: ServiceRequestReasonInput!) {\n    reopenServiceRequest(input: $input) { serviceRequest { ...ServiceRequestDetail } errors { __typename code message field } }\n  }\n"): typeof import('./graphql').ResidentReopenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSettingsCategories($type: ServiceRequestType) {\n    serviceCategories(type: $type, includeInactive: true) { type code name active sortOrder isDefault }\n  }\n"): typeof import('./graphql').ServiceSettingsCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceSettingsSaveCategory($input: SaveServiceCategoryInput!) {\n    saveServiceCategory(input: $input) {\n      category { type code name active sortOrder isDefault }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').ServiceSettingsSaveCategoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeskLimitValuesFields on DeskLimitValues {\n    emergencyAcknowledgeMinutes emergencyOnSiteMinutes ordinaryAppointmentWorkingHours ordinaryOnSiteHours completionWorkingDays\n  }\n"): typeof import('./graphql').DeskLimitValuesFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSettingsLimits {\n    deskLimits { current { ...DeskLimitValuesFields } defaults { ...DeskLimitValuesFields } }\n  }\n"): typeof import('./graphql').ServiceSettingsLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceSettingsSetLimits($input: SetDeskLimitsInput!) {\n    setDeskLimits(input: $input) {\n      limits { current { ...DeskLimitValuesFields } }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').ServiceSettingsSetLimitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationChainFields on EscalationChain {\n    estateId csHeadStaffMemberId managerStaffMemberId effectiveCsHeadName effectiveManagerName csHeadAfterMinutes managerAfterMinutes\n  }\n"): typeof import('./graphql').EscalationChainFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceSettingsChain($estateId: ID!) {\n    escalationChain(estateId: $estateId) { ...EscalationChainFields }\n    staff(estateId: $estateId, first: 200) { nodes { id name } }\n  }\n"): typeof import('./graphql').ServiceSettingsChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceSettingsSetChain($input: SetEscalationChainInput!) {\n    setEscalationChain(input: $input) {\n      chain { ...EscalationChainFields }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').ServiceSettingsSetChainDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishedChannelsFields on PublishedChannels {\n    estateId phone hours email fax address contactPerson hqComplaintLine\n  }\n"): typeof import('./graphql').PublishedChannelsFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedChannels($estateId: ID!) {\n    publishedChannels(estateId: $estateId) { ...PublishedChannelsFields }\n  }\n"): typeof import('./graphql').PublishedChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ServiceSettingsSetChannels($input: SetPublishedChannelsInput!) {\n    setPublishedChannels(input: $input) {\n      channels { ...PublishedChannelsFields }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').ServiceSettingsSetChannelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyUsers {\n    companyUsers {\n      userId userName displayName accountManaged email roles estateIds mustChangePassword twoFactorEnabled lockedOut disabled\n    }\n  }\n"): typeof import('./graphql').CompanyUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteStaff($input: InviteStaffInput!) {\n    inviteStaff(input: $input) {\n      invited { temporaryPassword user { userId userName } invitation { code url expiresAt } }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').InviteStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetStaffRoles($input: SetStaffRolesInput!) {\n    setStaffRoles(input: $input) {\n      user { userId roles estateIds }\n      errors { __typename code message field }\n    }\n  }\n"): typeof import('./graphql').SetStaffRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary on Person { id name phoneMasked idNumberMasked }\n"): typeof import('./graphql').PersonSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitRowFields on Unit {\n    id number floor buildingArea usage status\n    building { id name }\n    estate { id name }\n    owners { id current share person { ...PersonSummary } }\n  }\n"): typeof import('./graphql').UnitRowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitDetailFields on Unit {\n    ...UnitRowFields\n    tenancies { id current leaseStart leaseEnd endedOn person { ...PersonSummary } }\n    members { id relation since until person { ...PersonSummary } }\n  }\n"): typeof import('./graphql').UnitDetailFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyUnits {\n    myUnits { ...UnitDetailFields }\n  }\n"): typeof import('./graphql').MyUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitSearch($first: Int, $after: String, $filter: UnitFilter) {\n    units(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...UnitRowFields }\n    }\n  }\n"): typeof import('./graphql').UnitSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitDetail($id: ID!) {\n    unit(id: $id) {\n      ...UnitDetailFields\n      owners { startDate endDate person { emergencyContactName emergencyContactPhone } }\n    }\n  }\n"): typeof import('./graphql').UnitDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueResidentInvitation($unitId: ID!, $personId: ID!) {\n    issueResidentInvitation(unitId: $unitId, personId: $personId) {\n      invitation { code unitLabel expiresAt }\n      errors { __typename code field message }\n    }\n  }\n"): typeof import('./graphql').IssueResidentInvitationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      userId\n      name\n      roles\n      estateIds\n      personId\n      company {\n        slug\n        nameZh\n        nameEn\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EstateOptions {\n    estates(first: 100) { nodes { id name } }\n  }\n"): typeof import('./graphql').EstateOptionsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
