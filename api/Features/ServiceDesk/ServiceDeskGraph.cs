using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.GraphQL;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.ServiceDesk;

public sealed class ReportServiceRequestInput
{
    public Guid UnitId { get; set; }
    public ServiceRequestType Type { get; set; }
    public string Description { get; set; } = "";
    public string? Category { get; set; }
    public string? Location { get; set; }
    public RepairUrgency? Urgency { get; set; }
    public DateTime? AppointmentAt { get; set; }
    public string? ContactPhone { get; set; }
}

public sealed class RecordServiceRequestInput
{
    public Guid EstateId { get; set; }
    public Guid? UnitId { get; set; }
    public ServiceRequestType Type { get; set; }
    public ServiceChannel Channel { get; set; }
    public DateTime? ReceivedAt { get; set; }
    public string Description { get; set; } = "";
    public string? Category { get; set; }
    public string? Location { get; set; }
    public RepairUrgency? Urgency { get; set; }
    public DateTime? AppointmentAt { get; set; }
    public Guid? ReporterPersonId { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public bool Anonymous { get; set; }
}

public sealed class DispatchServiceRequestInput
{
    public Guid RequestId { get; set; }
    public Guid? DepartmentId { get; set; }
    public Guid? StaffMemberId { get; set; }
    public string? Note { get; set; }
}

public sealed class ServiceRequestStepInput
{
    public Guid RequestId { get; set; }
    public string? Note { get; set; }
}

public sealed class ServiceRequestReasonInput
{
    public Guid RequestId { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class CompleteServiceRequestInput
{
    public Guid RequestId { get; set; }
    public string Notes { get; set; } = "";
    public List<Guid>? PhotoIds { get; set; }
}

public sealed class SignOffServiceRequestInput
{
    public Guid RequestId { get; set; }
    public int? Rating { get; set; }
    public string? Comment { get; set; }
    public string? SignerName { get; set; }
    public bool Confirmed { get; set; }
}

public sealed class RecordReturnVisitInput
{
    public Guid RequestId { get; set; }
    public bool Satisfied { get; set; }
    public int? Rating { get; set; }
    public string? Notes { get; set; }
}

public sealed class ChangeServiceDeadlineInput
{
    public Guid RequestId { get; set; }
    public ServiceDeadlineKind Kind { get; set; }
    public DateTime DueAt { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class ServiceRequestTypeEnum : EnumerationGraphType<ServiceRequestType> { public ServiceRequestTypeEnum() { Name = "ServiceRequestType"; } }
public sealed class ServiceChannelEnum : EnumerationGraphType<ServiceChannel> { public ServiceChannelEnum() { Name = "ServiceChannel"; } }
public sealed class RepairUrgencyEnum : EnumerationGraphType<RepairUrgency> { public RepairUrgencyEnum() { Name = "RepairUrgency"; } }
public sealed class ServiceRequestStatusEnum : EnumerationGraphType<ServiceRequestStatus> { public ServiceRequestStatusEnum() { Name = "ServiceRequestStatus"; } }
public sealed class ServiceActionEnum : EnumerationGraphType<ServiceAction> { public ServiceActionEnum() { Name = "ServiceAction"; } }
public sealed class ServiceDeadlineKindEnum : EnumerationGraphType<ServiceDeadlineKind> { public ServiceDeadlineKindEnum() { Name = "ServiceDeadlineKind"; } }
public sealed class SlaStateEnum : EnumerationGraphType<SlaState> { public SlaStateEnum() { Name = "SlaState"; } }
public sealed class ServiceQueueOrderEnum : EnumerationGraphType<ServiceQueueOrder> { public ServiceQueueOrderEnum() { Name = "ServiceQueueOrder"; } }

public sealed class ReportServiceRequestInputType : InputObjectGraphType<ReportServiceRequestInput>
{
    public ReportServiceRequestInputType()
    {
        Name = "ReportServiceRequestInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>)).Description("A unit of the resident's household.");
        Field(x => x.Type, type: typeof(NonNullGraphType<ServiceRequestTypeEnum>));
        Field(x => x.Description);
        Field(x => x.Category, nullable: true);
        Field(x => x.Location, nullable: true).Description("Where, when not in the unit itself (a common area).");
        Field(x => x.Urgency, type: typeof(RepairUrgencyEnum)).Description("Repairs and home services; ORDINARY when left out.");
        Field(x => x.AppointmentAt, nullable: true).Description("The visit time the resident would like.");
        Field(x => x.ContactPhone, nullable: true).Description("Defaults to the resident's phone.");
    }
}

public sealed class RecordServiceRequestInputType : InputObjectGraphType<RecordServiceRequestInput>
{
    public RecordServiceRequestInputType()
    {
        Name = "RecordServiceRequestInput";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(IdGraphType)).Description("Optional: common areas and neighbour disputes need none.");
        Field(x => x.Type, type: typeof(NonNullGraphType<ServiceRequestTypeEnum>));
        Field(x => x.Channel, type: typeof(NonNullGraphType<ServiceChannelEnum>));
        Field(x => x.ReceivedAt, nullable: true).Description("When it reached us (written complaints: time of receipt); now when left out.");
        Field(x => x.Description);
        Field(x => x.Category, nullable: true);
        Field(x => x.Location, nullable: true);
        Field(x => x.Urgency, type: typeof(RepairUrgencyEnum));
        Field(x => x.AppointmentAt, nullable: true);
        Field(x => x.ReporterPersonId, type: typeof(IdGraphType));
        Field(x => x.ContactName, nullable: true);
        Field(x => x.ContactPhone, nullable: true);
        Field(x => x.Anonymous, type: typeof(BooleanGraphType)).DefaultValue(false);
    }
}

public sealed class DispatchServiceRequestInputType : InputObjectGraphType<DispatchServiceRequestInput>
{
    public DispatchServiceRequestInputType()
    {
        Name = "DispatchServiceRequestInput";
        Description = "To a department or a staff member of the request's estate (exactly one). For reassignment the note is the reason.";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.DepartmentId, type: typeof(IdGraphType));
        Field(x => x.StaffMemberId, type: typeof(IdGraphType));
        Field(x => x.Note, nullable: true);
    }
}

public sealed class ServiceRequestStepInputType : InputObjectGraphType<ServiceRequestStepInput>
{
    public ServiceRequestStepInputType()
    {
        Name = "ServiceRequestStepInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Note, nullable: true);
    }
}

public sealed class ServiceRequestReasonInputType : InputObjectGraphType<ServiceRequestReasonInput>
{
    public ServiceRequestReasonInputType()
    {
        Name = "ServiceRequestReasonInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason);
    }
}

public sealed class CompleteServiceRequestInputType : InputObjectGraphType<CompleteServiceRequestInput>
{
    public CompleteServiceRequestInputType()
    {
        Name = "CompleteServiceRequestInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Notes).Description("What was done (or the answer given).");
        Field(x => x.PhotoIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>))
            .Description("Photos of the finished work, uploaded to this request before (POST /service-requests/{id}/attachments); ids of another request are refused.");
    }
}

public sealed class SignOffServiceRequestInputType : InputObjectGraphType<SignOffServiceRequestInput>
{
    public SignOffServiceRequestInputType()
    {
        Name = "SignOffServiceRequestInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Rating, nullable: true).Description("1 (very dissatisfied) to 5 (very satisfied).");
        Field(x => x.Comment, nullable: true);
        Field(x => x.SignerName, nullable: true).Description("On the engineer's phone: the resident's name (required); in the portal the resident's own name by default.");
        Field(x => x.Confirmed, type: typeof(BooleanGraphType)).DefaultValue(false).Description("On the engineer's phone: the resident ticked the confirmation (required).");
    }
}

public sealed class RecordReturnVisitInputType : InputObjectGraphType<RecordReturnVisitInput>
{
    public RecordReturnVisitInputType()
    {
        Name = "RecordReturnVisitInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Satisfied).Description("Not satisfied reopens the request (notes required).");
        Field(x => x.Rating, nullable: true);
        Field(x => x.Notes, nullable: true);
    }
}

public sealed class ChangeServiceDeadlineInputType : InputObjectGraphType<ChangeServiceDeadlineInput>
{
    public ChangeServiceDeadlineInputType()
    {
        Name = "ChangeServiceDeadlineInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Kind, type: typeof(NonNullGraphType<ServiceDeadlineKindEnum>));
        Field(x => x.DueAt);
        Field(x => x.Reason);
    }
}

public sealed class ServiceRequestFilterInputType : InputObjectGraphType<ServiceRequestFilter>
{
    public ServiceRequestFilterInputType()
    {
        Name = "ServiceRequestFilter";
        Field(x => x.Status, type: typeof(ListGraphType<NonNullGraphType<ServiceRequestStatusEnum>>));
        Field(x => x.Type, type: typeof(ServiceRequestTypeEnum));
        Field(x => x.AssigneeStaffMemberId, type: typeof(IdGraphType));
        Field(x => x.Mine, nullable: true).Description("Only requests assigned to me.");
        Field(x => x.Sla, type: typeof(SlaStateEnum)).Description("Only requests whose worst running limit is in this state.");
        Field(x => x.OpenOnly, nullable: true).Description("Leave out closed and cancelled requests.");
        Field(x => x.Urgency, type: typeof(RepairUrgencyEnum));
        Field(x => x.Channel, type: typeof(ServiceChannelEnum));
        Field(x => x.ReceivedFrom, nullable: true).Description("Received at or after this instant.");
        Field(x => x.ReceivedTo, nullable: true).Description("Received before this instant.");
        Field(x => x.Search, nullable: true).Description("Part of the number, description, contact name or phone (at most 50 characters).");
        Field(x => x.Unassigned, nullable: true).Description("Open requests with no department and no staff member assigned (to dispatch).");
        Field(x => x.AwaitingReturnVisit, nullable: true).Description("Requests whose return-visit limit is running.");
        Field(x => x.Difficult, nullable: true).Description("Repairs past their completion limit (difficult jobs).");
    }
}

public sealed class ServiceDeadlineGraphType : ObjectGraphType<ServiceDeadline>
{
    public ServiceDeadlineGraphType()
    {
        Name = "ServiceDeadline";
        Description = "时限 — one time limit running on a service request.";
        Field(x => x.Kind, type: typeof(NonNullGraphType<ServiceDeadlineKindEnum>));
        Field(x => x.StartsAt);
        Field(x => x.DueAt);
        Field(x => x.MetAt, nullable: true);
        Field(x => x.VoidedAt, nullable: true);
        Field<NonNullGraphType<SlaStateEnum>>("state").Resolve(c => ServiceDeadlines.State(c.Source, Rc(c).Now));
    }
}

public sealed class ServiceRequestEventGraphType : ObjectGraphType<ServiceRequestEvent>
{
    public ServiceRequestEventGraphType()
    {
        Name = "ServiceRequestEvent";
        Description = "One timeline entry: who did what when.";
        Field(x => x.At);
        Field(x => x.Action, type: typeof(NonNullGraphType<ServiceActionEnum>));
        Field(x => x.ActorName, nullable: true);
        Field(x => x.FromStatus, type: typeof(ServiceRequestStatusEnum));
        Field(x => x.ToStatus, type: typeof(ServiceRequestStatusEnum));
        Field(x => x.Note, nullable: true);
        Field(x => x.ComplaintFrom, type: typeof(ComplaintStatusEnum)).Description("A complaint's sub-state move (§7.8): from.");
        Field(x => x.ComplaintTo, type: typeof(ComplaintStatusEnum));
    }
}

public sealed class ServiceRequestGraphType : ObjectGraphType<ServiceRequest>
{
    public ServiceRequestGraphType()
    {
        Name = "ServiceRequest";
        Description = "服务单 — an inquiry, repair, complaint, suggestion, praise, home service or other request (service-desk.md §3).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Number);
        Field(x => x.Type, type: typeof(NonNullGraphType<ServiceRequestTypeEnum>));
        Field(x => x.Channel, type: typeof(NonNullGraphType<ServiceChannelEnum>));
        Field(x => x.Status, type: typeof(NonNullGraphType<ServiceRequestStatusEnum>));
        Field(x => x.ReceivedAt);
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(IdGraphType));
        Field<StringGraphType>("unitLabel").Description("Building and unit number.").Resolve(c => c.Source.UnitId is { } u ? ServiceDeskLoaders.UnitLabel(c, u) : null);
        Field(x => x.Location, nullable: true);
        Field(x => x.Description);
        Field(x => x.Category, nullable: true);
        Field(x => x.Urgency, type: typeof(RepairUrgencyEnum));
        Field(x => x.AppointmentAt, nullable: true);
        Field(x => x.Anonymous);
        Field(x => x.ContactName, nullable: true);
        Field(x => x.ContactPhone, nullable: true);
        Field(x => x.FirstReceiverName, nullable: true).Description("首问责任人: owns the request until it closes.");
        Field(x => x.AssignedDepartmentId, type: typeof(IdGraphType));
        Field<StringGraphType>("assignedDepartmentName").Resolve(c => c.Source.AssignedDepartmentId is { } d ? ServiceDeskLoaders.DepartmentName(c, d) : null);
        Field(x => x.AssignedStaffMemberId, type: typeof(IdGraphType));
        Field<StringGraphType>("assigneeName").Resolve(c => c.Source.AssignedStaffMemberId is { } s ? ServiceDeskLoaders.StaffName(c, s) : null);
        Field<NonNullGraphType<BooleanGraphType>>("assignedToMe").Resolve(c => c.Source.AssignedUserId is { } u && u == Rc(c).Viewer.UserId);
        Field(x => x.RejectReason, nullable: true);
        Field(x => x.CompletionNotes, nullable: true);
        Field(x => x.CompletedAt, nullable: true);
        Field(x => x.SignedOffAt, nullable: true);
        Field(x => x.Rating, nullable: true);
        Field(x => x.ReturnVisitSatisfied, nullable: true);
        Field(x => x.ClosedAt, nullable: true);
        Field(x => x.CancelReason, nullable: true);
        Field<NonNullGraphType<SlaStateEnum>>("sla").Description("The worst of the running limits now: on time, due soon or overdue.")
            .Resolve(c => ServiceDeadlines.State(c.Source.Deadlines, Rc(c).Now));
        Field<NonNullGraphType<BooleanGraphType>>("difficult").Description("A repair past its completion limit (3 working days) counts as a difficult job (§6.5).")
            .Resolve(c => c.Source.Deadlines.Any(d => d.Kind == ServiceDeadlineKind.Completion && d.IsOpen && Rc(c).Now >= d.DueAt));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceDeadlineGraphType>>>>("deadlines")
            .Resolve(c => c.Source.Deadlines.OrderBy(d => d.DueAt).ThenBy(d => d.Kind).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceRequestEventGraphType>>>>("timeline").Description("Oldest first.")
            .Resolve(c => ServiceDeskLoaders.Timeline(c, c.Source.Id));
        Field<ComplaintGraphType>("complaint").Description("The complaint side (§7) of a complaint, for staff; null otherwise.")
            .Resolve(c => c.Source.Type != ServiceRequestType.Complaint || !Rc(c).Viewer.IsStaff ? null
                : Rc(c).Loaders.Load<Guid, Complaint?>("cp.complaint", c.Source.Id, async (ids, ct) =>
                    await Rc(c).Db.Complaints.AsNoTracking().Where(x => ids.Contains(x.RequestId)).ToDictionaryAsync(x => x.RequestId, x => (Complaint?)x, ct), null));
        Field(x => x.SignedOffBy, nullable: true).Description("The resident who signed the work off.");
        PaidRepairGraph.AddFields(this);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AttachmentGraphType>>>>("attachments").Description("Photos and documents, oldest first.")
            .Resolve(c => ServiceDeskLoaders.Attachments(c, c.Source.Id));
    }
}

public sealed class ServiceRequestPayloadType() : PayloadType<ServiceRequestGraphType, ServiceRequest>("ServiceRequestPayload", "serviceRequest");

/// <summary>Names shown with a request, batched per query level (the request itself was read through the scope).</summary>
internal static class ServiceDeskLoaders
{
    public static global::GraphQL.DataLoader.IDataLoaderResult<string?> UnitLabel(IResolveFieldContext c, Guid id) =>
        Rc(c).Loaders.Load<Guid, string?>("sd.unitLabel", id, async (ids, ct) =>
            await Rc(c).Db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, Label = u.Building!.Name + " " + u.Number })
                .ToDictionaryAsync(u => u.Id, u => (string?)u.Label, ct), null);

    /// <summary>Read after the step that changed the request was saved, so it is the whole timeline.</summary>
    public static global::GraphQL.DataLoader.IDataLoaderResult<List<ServiceRequestEvent>> Timeline(IResolveFieldContext c, Guid requestId) =>
        Rc(c).Loaders.Load<Guid, List<ServiceRequestEvent>>("sd.timeline", requestId, async (ids, ct) =>
            (await Rc(c).Db.ServiceRequestEvents.AsNoTracking().Where(e => ids.Contains(e.RequestId)).ToListAsync(ct))
                .GroupBy(e => e.RequestId).ToDictionary(g => g.Key, g => g.OrderBy(e => e.Sequence).ToList()), []);

    /// <summary>The request was read through the scope, so its attachments are the caller's to see.</summary>
    public static global::GraphQL.DataLoader.IDataLoaderResult<List<ServiceRequestAttachment>> Attachments(IResolveFieldContext c, Guid requestId) =>
        Rc(c).Loaders.Load<Guid, List<ServiceRequestAttachment>>("sd.attachments", requestId, async (ids, ct) =>
            (await Rc(c).Db.ServiceRequestAttachments.AsNoTracking().Where(a => ids.Contains(a.RequestId)).ToListAsync(ct))
                .GroupBy(a => a.RequestId).ToDictionary(g => g.Key, g => g.OrderBy(a => a.UploadedAt).ThenBy(a => a.Id).ToList()), []);

    public static global::GraphQL.DataLoader.IDataLoaderResult<string?> DepartmentName(IResolveFieldContext c, Guid id) =>
        Rc(c).Loaders.Load<Guid, string?>("sd.department", id, async (ids, ct) =>
            await Rc(c).Db.Departments.AsNoTracking().Where(d => ids.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => (string?)d.Name, ct), null);

    public static global::GraphQL.DataLoader.IDataLoaderResult<string?> StaffName(IResolveFieldContext c, Guid id) =>
        Rc(c).Loaders.Load<Guid, string?>("sd.staff", id, async (ids, ct) =>
            await Rc(c).Db.StaffMembers.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => (string?)s.Name, ct), null);
}

public static class ServiceDeskGraph
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceRequestGraphType>>>>("myServiceRequests")
            .Description("The resident's requests: their household's units, newest first.")
            .Reads(Access.Residents, (rc, c) => ServiceDeskQueries.MineAsync(rc, c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<ServiceRequestGraphType, ServiceRequest>>>("serviceRequests")
            .Description("An estate's service queue, newest first, with each request's SLA state. Empty for an estate that is not the caller's.")
            .Arguments(Paging.Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" }, new QueryArgument<ServiceRequestFilterInputType> { Name = "filter" },
                new QueryArgument<ServiceQueueOrderEnum> { Name = "orderBy", Description = "NEWEST (default) or DEADLINE: the earliest running limit first." }))
            .Reads(Access.Staff, (rc, c) => ServiceDeskQueries.Queue(rc, c.GetArgument<Guid>("estateId"), c.GetArgument<ServiceRequestFilter?>("filter"),
                c.GetArgument("orderBy", ServiceQueueOrder.Newest)).ToConnectionAsync(c));

        query.Field<ServiceRequestGraphType>("serviceRequest")
            .Description("One request with its timeline and limits: staff of its estate, or a resident of its household. Null otherwise.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id" })
            .Reads(Access.CompanyMembers, (rc, c) => ServiceDeskQueries.OneAsync(rc, c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<Staff.StaffMemberGraphType>>>>("serviceHandlers")
            .Description("Staff a request of the estate may be dispatched to (active, assigned to it today), by name. Empty for an estate that is not the caller's.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .Reads(Access.Roles(ServiceDeskScope.DeskRoles), (rc, c) => ServiceDeskQueries.HandlersAsync(rc, c.GetArgument<Guid>("estateId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceRequestGraphType>>>>("serviceStockTake")
            .Description("每日盘点: every request of the estate still open, oldest first (service-desk.md §3.4).")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .Reads(Access.Staff, (rc, c) => ServiceDeskQueries.StockTakeAsync(rc, c.GetArgument<Guid>("estateId"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        Add<ReportServiceRequestInputType, ReportServiceRequestInput>(mutation, "reportServiceRequest", ReportServiceRequest.UseCase,
            "A resident reports a repair, complaint, inquiry … for a unit of their household (resident portal channel).");
        Add<RecordServiceRequestInputType, RecordServiceRequestInput>(mutation, "recordServiceRequest", RecordServiceRequest.UseCase,
            "Staff record a request received by phone, at the desk, by e-mail or letter, in the field or from HQ; the recorder is its first receiver.");
        Add<DispatchServiceRequestInputType, DispatchServiceRequestInput>(mutation, "dispatchServiceRequest", DispatchServiceRequest.UseCase, "派单 to a department or staff member.");
        Add<DispatchServiceRequestInputType, DispatchServiceRequestInput>(mutation, "reassignServiceRequest", ReassignServiceRequest.UseCase, "Hand to someone else; the note (reason) is required.");
        Add<ServiceRequestStepInputType, ServiceRequestStepInput>(mutation, "acceptServiceRequest", AcceptServiceRequest.UseCase, "The handler accepts (接单).");
        Add<ServiceRequestReasonInputType, ServiceRequestReasonInput>(mutation, "rejectServiceRequest", RejectServiceRequest.UseCase, "The handler sends it back to the desk with a reason.");
        Add<ServiceRequestStepInputType, ServiceRequestStepInput>(mutation, "startServiceWork", StartServiceWork.UseCase, "The handler is on site / starts handling.");
        Add<CompleteServiceRequestInputType, CompleteServiceRequestInput>(mutation, "completeServiceRequest", CompleteServiceRequest.UseCase, "Work done, or answered on the spot.");
        Add<SignOffServiceRequestInputType, SignOffServiceRequestInput>(mutation, "signOffServiceRequest", SignOffServiceRequest.UseCase, "The customer confirms the completed work, optionally rating it 1–5.");
        Add<RecordReturnVisitInputType, RecordReturnVisitInput>(mutation, "recordReturnVisit", RecordReturnVisit.UseCase, "回访: satisfied, or not (which reopens the request).");
        Add<ServiceRequestStepInputType, ServiceRequestStepInput>(mutation, "closeServiceRequest", CloseServiceRequest.UseCase, "Close; repairs, complaints and home services after a satisfied return visit.");
        Add<ServiceRequestReasonInputType, ServiceRequestReasonInput>(mutation, "reopenServiceRequest", ReopenServiceRequest.UseCase, "Reopen a completed or closed request.");
        Add<ServiceRequestReasonInputType, ServiceRequestReasonInput>(mutation, "cancelServiceRequest", CancelServiceRequest.UseCase, "Cancel before work starts (duplicate, withdrawn).");
        Add<ChangeServiceDeadlineInputType, ChangeServiceDeadlineInput>(mutation, "changeServiceDeadline", ChangeServiceDeadline.UseCase, "Move a running limit; never by the handler it binds.");
        Add<ServiceRequestStepInputType, ServiceRequestStepInput>(mutation, "setOffToServiceRequest", SetOffToServiceRequest.UseCase, "出发: the handler set off to the site (a timeline step).");
        Add<ServiceRequestStepInputType, ServiceRequestStepInput>(mutation, "arriveAtServiceRequest", ArriveAtServiceRequest.UseCase, "到达: the handler is on site; meets the on-site limit.");
        Add<QuoteRepairPriceInputType, QuoteRepairPriceInput>(mutation, "quoteRepairPrice", QuoteRepairPrice.UseCase, "Quote a paid repair's labour and material lines before work starts.");
        Add<ConfirmRepairPriceInputType, ConfirmRepairPriceInput>(mutation, "confirmRepairPrice", ConfirmRepairPrice.UseCase, "The resident accepts the quoted price (portal or engineer's phone).");
        Add<RefuseRepairPriceInputType, RefuseRepairPriceInput>(mutation, "refuseRepairPrice", RefuseRepairPrice.UseCase, "The resident refuses the price: back to the desk.");
    }

    /// <summary>A mutation on one request: its input, its use case, the request payload (complaint steps use it too).</summary>
    internal static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, UseCase<TInput, ServiceRequest> useCase, string description)
        where TInputType : IInputObjectGraphType =>
        mutation.Field<NonNullGraphType<ServiceRequestPayloadType>>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input").RunsUseCase(useCase);
}
