namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// 服务请求 — one customer need received by the service desk (service-desk.md §3): an inquiry, repair, complaint,
/// suggestion, praise, home service or other application. It is owned by its first receiver until closure (首问负责,
/// organisation.md §6.1), moves only through <see cref="ServiceRequestTransitions"/>, and logs every step in its timeline.
/// </summary>
public sealed class ServiceRequest
{
    public Guid Id { get; set; } = Ids.New();
    /// <summary>Readable number, unique in the company: type prefix, month received, running number (BX-202612-0001).</summary>
    public required string Number { get; set; }
    public ServiceRequestType Type { get; set; }
    public ServiceChannel Channel { get; set; }
    /// <summary>When the customer's need reached us (for written complaints: the time of receipt, §7.6 A 3).</summary>
    public DateTime ReceivedAt { get; set; }
    /// <summary>When the record was entered.</summary>
    public DateTime RecordedAt { get; set; }
    public Guid EstateId { get; set; }
    /// <summary>The household's unit; null for common areas and for complaints where the unit must not be forced (§3.2).</summary>
    public Guid? UnitId { get; set; }
    /// <summary>Where exactly, when it is not the unit itself (e.g. "3栋大堂").</summary>
    public string? Location { get; set; }
    public Guid? ReporterPersonId { get; set; }
    public string? ContactName { get; set; }
    public string? ContactPhone { get; set; }
    public bool Anonymous { get; set; }
    public required string Description { get; set; }
    /// <summary>Category / problem type (问题类型); complaint categories of §7.2 are codes C1–C8.</summary>
    public string? Category { get; set; }
    /// <summary>Repairs and home services: the urgency class whose defaults set the deadlines (§6.5).</summary>
    public RepairUrgency? Urgency { get; set; }
    /// <summary>The visit time the customer chose (上门时间), if any.</summary>
    public DateTime? AppointmentAt { get; set; }

    /// <summary>首问责任人: the staff user who first received it; set once (for portal requests by the first staff action), never changed.</summary>
    public string? FirstReceiverId { get; set; }
    public string? FirstReceiverName { get; set; }
    public DateTime? FirstReceivedAt { get; set; }

    public Guid? AssignedDepartmentId { get; set; }
    public Guid? AssignedStaffMemberId { get; set; }
    /// <summary>The login of the assigned staff member, so "is this the handler?" needs no join.</summary>
    public string? AssignedUserId { get; set; }

    public ServiceRequestStatus Status { get; set; }
    public string? RejectReason { get; set; }
    public string? CompletionNotes { get; set; }
    public DateTime? CompletedAt { get; set; }
    public DateTime? SignedOffAt { get; set; }
    /// <summary>The resident's rating on sign-off or return visit, 1 (very dissatisfied) to 5 (very satisfied) (§10).</summary>
    public int? Rating { get; set; }
    public bool? ReturnVisitSatisfied { get; set; }
    public DateTime? ClosedAt { get; set; }
    public string? CancelReason { get; set; }

    /// <summary>How many timeline entries the request has: numbers the next one, so the timeline's order never depends on clock ties.</summary>
    public int EventCount { get; set; }

    /// <summary>The entries added by the current step (the stored timeline is read on its own).</summary>
    public List<ServiceRequestEvent> Timeline { get; set; } = [];
    public List<ServiceDeadline> Deadlines { get; set; } = [];
    /// <summary>The complaint side (§7) of a request of type Complaint; loaded on demand.</summary>
    public Complaint? Complaint { get; set; }

    /// <summary>Who signed the completed work off: the resident's name (in the portal, or typed on the engineer's phone).</summary>
    public string? SignedOffBy { get; set; }
    /// <summary>Paid repair (有偿维修, §6.7): null while the request is free; else where its price stands (<see cref="RepairChargeTransitions"/>).</summary>
    public RepairChargeStatus? ChargeStatus { get; set; }
    /// <summary>The quoted total (sum of <see cref="ChargeLines"/>), CNY.</summary>
    public decimal? ChargeTotal { get; set; }
    /// <summary>The estate's one-off fee item the charge is billed under.</summary>
    public Guid? ChargeFeeItemId { get; set; }
    public DateTime? ChargeConfirmedAt { get; set; }
    /// <summary>Who accepted the price: the resident's name.</summary>
    public string? ChargeConfirmedBy { get; set; }
    /// <summary>The one-off bill the confirmed price became on completion (at most one per request).</summary>
    public Guid? ChargeBillId { get; set; }
    /// <summary>The quote's labour and material lines (loaded by the paid-repair steps).</summary>
    public List<ServiceChargeLine> ChargeLines { get; set; } = [];

    /// <summary>Whether this type is visited back after completion before it may close (§6.4 8, §7.4 4).</summary>
    public bool NeedsReturnVisit => Type is ServiceRequestType.Repair or ServiceRequestType.Complaint or ServiceRequestType.HomeService;

    /// <summary>Moves the request through its transition table and logs the step (every transition is in the timeline).</summary>
    public ServiceRequestEvent Move(ServiceRequestStatus to, ServiceAction action, Actor by, DateTime at, string? note = null)
    {
        ServiceRequestTransitions.Table.Ensure(Status, to);
        PaidRepair.EnsureWorkMayStart(this, to);
        var e = Log(action, by, at, note);
        e.FromStatus = Status;
        e.ToStatus = to;
        Status = to;
        return e;
    }

    /// <summary>A timeline entry without a status change (reassignment to the same state, deadline changes, notes).</summary>
    public ServiceRequestEvent Log(ServiceAction action, Actor by, DateTime at, string? note = null)
    {
        var e = new ServiceRequestEvent { RequestId = Id, Sequence = ++EventCount, Action = action, ActorId = by.UserId, ActorName = by.Name, At = at, Note = note };
        Timeline.Add(e);
        return e;
    }

    /// <summary>The first staff member to receive it becomes its owner for good (organisation.md §6.1).</summary>
    public void ReceivedBy(Actor staff, DateTime at)
    {
        if (FirstReceiverId is not null) return;
        FirstReceiverId = staff.UserId;
        FirstReceiverName = staff.Name;
        FirstReceivedAt = at;
    }

    public bool IsOpen => Status is not (ServiceRequestStatus.Closed or ServiceRequestStatus.Cancelled);
}

/// <summary>Who did something: a user id and display name from the token.</summary>
public sealed record Actor(string UserId, string Name)
{
    public static Actor Of(RequestContext rc) => new(rc.Viewer.UserId, rc.Viewer.Name);
}

/// <summary>Request types of §3.1.</summary>
public enum ServiceRequestType { Inquiry, Repair, Complaint, Suggestion, Praise, HomeService, Other }

/// <summary>Intake channels of §2 (the ones the desk records today).</summary>
public enum ServiceChannel { ResidentPortal, Phone, WalkIn, Email, Letter, FieldStaff, ForwardedByHq, Online }

/// <summary>Urgency classes of repairs (§6.5): emergency — on site within 30 minutes around the clock; ordinary — appointment within 2 working hours.</summary>
public enum RepairUrgency { Emergency, Ordinary }

/// <summary>The common lifecycle (§3.3 with the repair and complaint flows of §6.6 / §7.8 folded in).</summary>
public enum ServiceRequestStatus { Received, Dispatched, Accepted, Rejected, InProgress, Completed, SignedOff, ReturnVisited, Closed, Reopened, Cancelled }

/// <summary>What a timeline entry records.</summary>
public enum ServiceAction
{
    Received, Dispatched, Reassigned, Accepted, Rejected, Started, Completed, SignedOff, ReturnVisited, Closed, Reopened, Cancelled, DeadlineChanged,
    // Complaints (§7): classification, validity, plan, handling record, sub-state moves, claims, repeats, reports.
    Classified, ValidityDecided, PlanReplied, HandlingRecorded, ComplaintMoved, ClaimRecorded, ClaimDecided, ClaimPaid, RepeatLinked, ReportSubmitted,
    /// <summary>A limit ran out and the timer engine escalated it (to the CS head, then the estate manager).</summary>
    Escalated,
    /// <summary>出发: the handler set off to the site.</summary>
    OnTheWay,
    /// <summary>到达: the handler is on site (meets the on-site limit).</summary>
    Arrived,
    PriceQuoted, PriceConfirmed, PriceRefused,
    /// <summary>The confirmed price became a one-off bill on the household's account.</summary>
    Charged,
}

/// <summary>The one table of moves between <see cref="ServiceRequestStatus"/> values.</summary>
public static class ServiceRequestTransitions
{
    public static readonly TransitionTable<ServiceRequestStatus> Table = new(new Dictionary<ServiceRequestStatus, ServiceRequestStatus[]>
    {
        // Answered or solved on the spot (§3.3 REGISTERED → RESOLVED), dispatched, or withdrawn.
        [ServiceRequestStatus.Received] = [ServiceRequestStatus.Dispatched, ServiceRequestStatus.Completed, ServiceRequestStatus.Cancelled],
        // Dispatched → dispatched is a reassignment before anyone accepted.
        [ServiceRequestStatus.Dispatched] = [ServiceRequestStatus.Accepted, ServiceRequestStatus.Rejected, ServiceRequestStatus.Dispatched, ServiceRequestStatus.Cancelled],
        // A rejection goes back to the desk, which dispatches again.
        [ServiceRequestStatus.Rejected] = [ServiceRequestStatus.Dispatched, ServiceRequestStatus.Cancelled],
        [ServiceRequestStatus.Accepted] = [ServiceRequestStatus.InProgress, ServiceRequestStatus.Dispatched, ServiceRequestStatus.Cancelled],
        // Once work started nothing is cancelled: it is completed, or handed to someone else.
        [ServiceRequestStatus.InProgress] = [ServiceRequestStatus.Completed, ServiceRequestStatus.Dispatched],
        // Complaints and the like are visited back without a sign-off; repairs need it first (RecordReturnVisit).
        [ServiceRequestStatus.Completed] = [ServiceRequestStatus.SignedOff, ServiceRequestStatus.ReturnVisited, ServiceRequestStatus.Closed, ServiceRequestStatus.Reopened],
        [ServiceRequestStatus.SignedOff] = [ServiceRequestStatus.ReturnVisited, ServiceRequestStatus.Closed, ServiceRequestStatus.Reopened],
        [ServiceRequestStatus.ReturnVisited] = [ServiceRequestStatus.Closed, ServiceRequestStatus.Reopened],
        // A closed request can only be reopened (a repeat of the same matter, §3.3).
        [ServiceRequestStatus.Closed] = [ServiceRequestStatus.Reopened],
        [ServiceRequestStatus.Reopened] = [ServiceRequestStatus.Dispatched, ServiceRequestStatus.InProgress],
        [ServiceRequestStatus.Cancelled] = [],
    }, refusal: ServiceDeskErrors.StatusRefused);
}

/// <summary>One entry of a request's timeline: who did what when (§3.2; every transition is logged).</summary>
public sealed class ServiceRequestEvent
{
    public Guid Id { get; set; } = Ids.New();
    public Guid RequestId { get; set; }
    /// <summary>1, 2, 3 … within the request.</summary>
    public int Sequence { get; set; }
    public DateTime At { get; set; }
    public ServiceAction Action { get; set; }
    public required string ActorId { get; set; }
    public string? ActorName { get; set; }
    public ServiceRequestStatus? FromStatus { get; set; }
    public ServiceRequestStatus? ToStatus { get; set; }
    public string? Note { get; set; }
    /// <summary>A complaint's sub-state move (§7.8), logged on the same timeline.</summary>
    public ComplaintStatus? ComplaintFrom { get; set; }
    public ComplaintStatus? ComplaintTo { get; set; }
}

/// <summary>
/// One time limit running on a request (time-limits.md "SLA timer"): due instant, when it starts warning, and when it was
/// met or voided. Stored on rows so a recurring job can sweep them (<see cref="ServiceDeskSweep"/>) and they survive restarts.
/// </summary>
public sealed class ServiceDeadline
{
    public Guid Id { get; set; } = Ids.New();
    public Guid RequestId { get; set; }
    /// <summary>Copied from the request so a sweep can scope by estate without a join.</summary>
    public Guid EstateId { get; set; }
    public ServiceDeadlineKind Kind { get; set; }
    public DateTime StartsAt { get; set; }
    public DateTime DueAt { get; set; }
    /// <summary>From when the limit counts as due soon (a quarter of its span before it runs out).</summary>
    public DateTime WarnAt { get; set; }
    public DateTime? MetAt { get; set; }
    /// <summary>Set when the request closed or was cancelled before the limit was met: no longer counts.</summary>
    public DateTime? VoidedAt { get; set; }

    public bool IsOpen => MetAt is null && VoidedAt is null;
}

/// <summary>The limits the desk tracks (time-limits.md T-63…T-91, service-desk.md §5.5, §6.5, §7.6 E).</summary>
public enum ServiceDeadlineKind
{
    /// <summary>Emergency repair acknowledged by the handler (10 minutes).</summary>
    Acknowledge,
    /// <summary>Ordinary repair: customer contacted and visit time confirmed (2 working hours).</summary>
    Appointment,
    /// <summary>Technician on site (emergency 30 minutes; ordinary 24 hours or the chosen visit time).</summary>
    OnSite,
    /// <summary>Repair completed; past it the job counts as difficult (3 working days).</summary>
    Completion,
    /// <summary>Reply to the customer (complaints: same day / 2 working days for written; inquiries: next working day).</summary>
    Reply,
    /// <summary>Return visit after completion (repairs 24 hours; complaints 3 working days).</summary>
    ReturnVisit,
    /// <summary>Complaint: handling plan replied to the customer within 2 working days (T-81).</summary>
    HandlingPlan,
    /// <summary>Complaint still open after 1 working day: its handling record is due (T-60).</summary>
    HandlingRecord,
    /// <summary>Major complaint reported to HQ quality and the leader in charge within 1 working day (T-95).</summary>
    MajorReport,
    /// <summary>Hot complaint reported within one week (T-98).</summary>
    HotReport,
    /// <summary>Hot complaint's special case report within one week after handling (T-99).</summary>
    HotCaseReport,
    /// <summary>Exempt from the return visit: closes one week after handling when no repeat came (T-93).</summary>
    Observation,
}

/// <summary>When in the request's life a file was added (the photo steps of §6.4: reported, before and after the work).</summary>
public enum AttachmentStage { Report, Before, After, Other }

/// <summary>
/// 附件 — a photo or PDF of a service request. The row says what it is and who added it; the bytes live in the file store
/// (Attachments feature) under the company's key, and are served only through the request's scope.
/// </summary>
public sealed class ServiceRequestAttachment
{
    public Guid Id { get; set; } = Ids.New();
    public Guid RequestId { get; set; }
    public AttachmentStage Stage { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    /// <summary>Bytes as stored (after re-encoding).</summary>
    public long Size { get; set; }
    public DateTime UploadedAt { get; set; }
    public required string UploadedBy { get; set; }
    public string? UploadedByName { get; set; }
}
