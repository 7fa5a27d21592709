using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.Registry;
using static PropertySaaS.Api.Features.ServiceDesk.ServiceDeskScope;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>Steps shared by the intake use cases: text checks, deadlines from the estate's calendar, storing with a number.</summary>
internal static class Intake
{
    public static void Text(Check check, string? value, string field, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value)) { if (required) check.Invalid(field, "REQUIRED", "sd.field." + field); }
        else if (value.Trim().Length > max) check.Invalid(field, "TOO_LONG", "sd.field." + field, max);
    }

    public static void Urgency(Check check, ServiceRequestType type, RepairUrgency? urgency)
    {
        if (urgency is not null && type is not (ServiceRequestType.Repair or ServiceRequestType.HomeService)) check.Invalid("urgency", "SR_URGENCY_REPAIRS_ONLY");
    }

    public static void Appointment(Check check, DateTime? appointmentAt, DateTime now)
    {
        if (appointmentAt is { } a && a < now) check.Invalid("appointmentAt", "SR_NOT_IN_PAST", "sd.field.appointmentAt");
    }

    /// <summary>Starts the request's limits on the estate's calendar, logs its receipt and stores it with its number.</summary>
    public static async Task SaveAsync(RequestContext rc, ServiceRequest r, Actor by, CancellationToken ct)
    {
        var calendar = await CalendarAsync(rc, r.EstateId, ct);
        // Ordinary repairs count from the desk's receipt; an urgency left open defaults to ordinary (§6.5).
        if (r.Type is ServiceRequestType.Repair or ServiceRequestType.HomeService) r.Urgency ??= RepairUrgency.Ordinary;
        foreach (var (kind, due) in ServiceDeadlines.AtIntake(r.Type, r.Channel, r.Urgency, r.ReceivedAt, r.AppointmentAt, calendar, await Settings.DeskLimits.ForCompanyAsync(rc.Db, ct)))
            r.Deadlines.Add(ServiceDeadlines.Row(r, kind, r.ReceivedAt, due));
        r.Status = ServiceRequestStatus.Received;
        var e = r.Log(ServiceAction.Received, by, r.RecordedAt, null);
        e.ToStatus = ServiceRequestStatus.Received;
        if (r.Type == ServiceRequestType.Complaint) await ComplaintDesk.OpenAsync(rc.Db, r, by, calendar, ct);
        await ServiceRequestNumbers.SaveNewAsync(rc.Db, r, calendar.Local(new DateTimeOffset(DateTime.SpecifyKind(r.ReceivedAt, DateTimeKind.Utc))), ct);
        if (r.Complaint is not null) await ComplaintDesk.LinkRepeatAsync(rc.Db, r, by, ct);
        // The receipt names the request's number, known once it is stored.
        if (await DeskNotifications.QueueAsync(rc.Db, r, [e], calendar, rc.Now, ct) > 0) await rc.Db.SaveChangesAsync(ct);
    }
}

/// <summary>A resident reports a need for a unit of their household through the portal (channel: resident portal).</summary>
public static class ReportServiceRequest
{
    public static readonly UseCase<ReportServiceRequestInput, ServiceRequest> UseCase = new(Access.Residents, RunAsync);

    public static async Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ReportServiceRequestInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Description, "description", 2000, required: true);
        Intake.Text(check, i.Category, "category", 50, required: false);
        Intake.Text(check, i.Location, "location", 200, required: false);
        Intake.Urgency(check, i.Type, i.Urgency);
        Intake.Appointment(check, i.AppointmentAt, rc.Now);
        if (i.ContactPhone is { Length: > 0 }) check.Phone(i.ContactPhone, "contactPhone");
        var unit = await RegistryScope.Units(rc).AsNoTracking().Where(u => u.Id == i.UnitId).Select(u => new { u.Id, u.EstateId }).SingleOrDefaultAsync(ct);
        if (unit is null) check.Missing("unitId", "NOT_FOUND", "entity.unit");
        if (check.Failed) return Payload<ServiceRequest>.Fail(check);
        var person = await rc.Db.People.AsNoTracking().Where(p => p.Id == rc.Viewer.PersonId).Select(p => new { p.Id, p.Name, p.Phone }).SingleOrDefaultAsync(ct);
        var r = new ServiceRequest
        {
            Number = "", Type = i.Type, Channel = ServiceChannel.ResidentPortal, ReceivedAt = rc.Now, RecordedAt = rc.Now,
            EstateId = unit!.EstateId, UnitId = unit.Id, Location = i.Location?.Trim(), ReporterPersonId = person?.Id,
            ContactName = person?.Name, ContactPhone = i.ContactPhone is { Length: > 0 } phone ? phone.Trim() : person?.Phone,
            Description = i.Description.Trim(), Category = i.Category?.Trim(), Urgency = i.Urgency, AppointmentAt = i.AppointmentAt,
        };
        // Portal requests have no first receiver yet: the first staff member to take them up becomes it (organisation.md §6.1).
        await Intake.SaveAsync(rc, r, Actor.Of(rc), ct);
        return Payload<ServiceRequest>.Ok(r);
    }
}

/// <summary>
/// Any staff member records a need received by phone, at the desk, by letter, in the field or from HQ (§1.3: every
/// employee is an entry point); the recorder is the first receiver and owns it until closure.
/// </summary>
public static class RecordServiceRequest
{
    public static readonly UseCase<RecordServiceRequestInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static async Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, RecordServiceRequestInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Description, "description", 2000, required: true);
        Intake.Text(check, i.Category, "category", 50, required: false);
        Intake.Text(check, i.Location, "location", 200, required: false);
        Intake.Text(check, i.ContactName, "contactName", 100, required: false);
        Intake.Urgency(check, i.Type, i.Urgency);
        Intake.Appointment(check, i.AppointmentAt, rc.Now);
        if (i.Channel == ServiceChannel.ResidentPortal) check.Invalid("channel", "SR_PORTAL_CHANNEL");
        if (i.ReceivedAt is { } received && received > rc.Now) check.Invalid("receivedAt", "SR_NOT_IN_FUTURE", "sd.field.receivedAt");
        if (i.ContactPhone is { Length: > 0 }) check.Phone(i.ContactPhone, "contactPhone");
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct)) check.Missing("estateId", "NOT_FOUND", "entity.estate");
        if (i.UnitId is { } unitId)
        {
            var estate = await RegistryScope.Units(rc).Where(u => u.Id == unitId).Select(u => (Guid?)u.EstateId).SingleOrDefaultAsync(ct);
            if (estate is null) check.Missing("unitId", "NOT_FOUND", "entity.unit");
            else if (estate != i.EstateId) check.Invalid("unitId", "SR_UNIT_NOT_OF_ESTATE");
        }
        (string Name, string Phone)? reporter = null;
        if (i.ReporterPersonId is { } personId)
        {
            var p = await RegistryScope.People(rc).Where(x => x.Id == personId).Select(x => new { x.Name, x.Phone }).SingleOrDefaultAsync(ct);
            if (p is null) check.Missing("reporterPersonId", "NOT_FOUND", "entity.person");
            else reporter = (p.Name, p.Phone);
        }
        var contactName = i.ContactName is { Length: > 0 } n ? n.Trim() : reporter?.Name;
        var contactPhone = i.ContactPhone is { Length: > 0 } ph ? ph.Trim() : reporter?.Phone;
        if (!i.Anonymous && !check.Failed && (contactName is null || contactPhone is null)) check.Invalid("contactPhone", "SR_CONTACT_REQUIRED");
        if (check.Failed) return Payload<ServiceRequest>.Fail(check);
        var by = Actor.Of(rc);
        var r = new ServiceRequest
        {
            Number = "", Type = i.Type, Channel = i.Channel, ReceivedAt = i.ReceivedAt ?? rc.Now, RecordedAt = rc.Now,
            EstateId = i.EstateId, UnitId = i.UnitId, Location = i.Location?.Trim(), ReporterPersonId = i.ReporterPersonId,
            ContactName = i.Anonymous ? null : contactName, ContactPhone = i.Anonymous ? null : contactPhone, Anonymous = i.Anonymous,
            Description = i.Description.Trim(), Category = i.Category?.Trim(), Urgency = i.Urgency, AppointmentAt = i.AppointmentAt,
        };
        r.ReceivedBy(by, rc.Now);
        await Intake.SaveAsync(rc, r, by, ct);
        return Payload<ServiceRequest>.Ok(r);
    }
}

/// <summary>
/// The desk's steps on an existing request: find it in the caller's scope (else NotFound), check, let the domain move
/// it (refusals are typed), record the timeline and the limits met, save.
/// </summary>
internal static class Step
{
    public static async Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, Guid requestId, Check check,
        Func<ServiceRequest, Actor, Task> act, CancellationToken ct)
    {
        var r = await FindAsync(rc, requestId, ct);
        if (r is null) return Payload<ServiceRequest>.Fail(check.Missing("requestId", "NOT_FOUND", "entity.serviceRequest"));
        if (check.Failed) return Payload<ServiceRequest>.Fail(check);
        var events = r.Timeline.Count;
        var deadlines = r.Deadlines.Count;
        await act(r, Actor.Of(rc));
        // Timeline entries and new limits are added explicitly: their ids are set client-side.
        rc.Db.AddRange(r.Timeline.Skip(events));
        rc.Db.AddRange(r.Deadlines.Skip(deadlines));
        if (r.Timeline.Count > events) await DeskNotifications.QueueAsync(rc.Db, r, r.Timeline.Skip(events).ToList(), await CalendarAsync(rc, r.EstateId, ct), rc.Now, ct);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<ServiceRequest>.Ok(r);
    }

    public static void Meet(ServiceRequest r, DateTime now, params ServiceDeadlineKind[] kinds)
    {
        foreach (var d in r.Deadlines.Where(d => d.IsOpen && (kinds.Length == 0 || kinds.Contains(d.Kind)))) d.MetAt = now;
    }

    public static void VoidOpen(ServiceRequest r, DateTime now, params ServiceDeadlineKind[] kinds)
    {
        foreach (var d in r.Deadlines.Where(d => d.IsOpen && (kinds.Length == 0 || kinds.Contains(d.Kind)))) d.VoidedAt = now;
    }

    public static void Reason(Check check, string? reason, string field = "reason") => Intake.Text(check, reason, field, 500, required: true);
}

/// <summary>
/// 派单 (§3.5): the desk sends a request to a department or a staff member of its estate; a portal request's first
/// receiver is the one who dispatches it. Reassignment is the same step with a reason (<see cref="ReassignServiceRequest"/>).
/// </summary>
public static class DispatchServiceRequest
{
    public static readonly Access Who = Access.Roles(DeskRoles);
    public static readonly UseCase<DispatchServiceRequestInput, ServiceRequest> UseCase = new(Who, (rc, i, ct) => RunAsync(rc, i, ServiceAction.Dispatched, ct));

    public static async Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, DispatchServiceRequestInput i, ServiceAction action, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        if (action == ServiceAction.Reassigned) Step.Reason(check, i.Note);
        else Intake.Text(check, i.Note, "reason", 500, required: false);
        if ((i.DepartmentId is null) == (i.StaffMemberId is null)) check.Invalid("departmentId", "SR_ONE_ASSIGNEE");
        var r = await FindAsync(rc, i.RequestId, ct);
        if (r is null) return Payload<ServiceRequest>.Fail(check.Missing("requestId", "NOT_FOUND", "entity.serviceRequest"));
        Staff.StaffMember? member = null;
        if (i.DepartmentId is { } departmentId && !await rc.Db.Departments.AnyAsync(d => d.Id == departmentId && (d.EstateId == r.EstateId || d.EstateId == null), ct))
            check.Missing("departmentId", "NOT_FOUND", "entity.department");
        if (i.StaffMemberId is { } staffId)
        {
            member = await Handlers(rc, r.EstateId).AsNoTracking().SingleOrDefaultAsync(s => s.Id == staffId, ct);
            if (member is null) check.Missing("staffMemberId", "NOT_FOUND", "entity.staff");
        }
        return await Step.RunAsync(rc, i.RequestId, check, (r, by) =>
        {
            r.ReceivedBy(by, rc.Now);
            r.AssignedDepartmentId = member?.DepartmentId ?? i.DepartmentId;
            r.AssignedStaffMemberId = member?.Id;
            r.AssignedUserId = member?.UserId;
            r.RejectReason = null;
            r.Move(ServiceRequestStatus.Dispatched, action, by, rc.Now, i.Note?.Trim());
            return Task.CompletedTask;
        }, ct);
    }
}

/// <summary>Hands a dispatched, accepted or started request to someone else; the reason is logged.</summary>
public static class ReassignServiceRequest
{
    public static readonly UseCase<DispatchServiceRequestInput, ServiceRequest> UseCase =
        new(DispatchServiceRequest.Who, (rc, i, ct) => DispatchServiceRequest.RunAsync(rc, i, ServiceAction.Reassigned, ct));
}

/// <summary>The handler accepts a dispatched request (接单); a department's member who accepts becomes its handler.</summary>
public static class AcceptServiceRequest
{
    public static readonly UseCase<ServiceRequestStepInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ServiceRequestStepInput i, CancellationToken ct) =>
        Step.RunAsync(rc, i.RequestId, new Check(rc.Culture), async (r, by) =>
        {
            await EnsureHandlerAsync(rc, r, ct);
            if (r.AssignedStaffMemberId is null && await StaffRecordAsync(rc, ct) is { } me && me.DepartmentId == r.AssignedDepartmentId)
            {
                r.AssignedStaffMemberId = me.Id;
                r.AssignedUserId = me.UserId;
            }
            r.Move(ServiceRequestStatus.Accepted, ServiceAction.Accepted, by, rc.Now, i.Note?.Trim());
            Step.Meet(r, rc.Now, ServiceDeadlineKind.Acknowledge, ServiceDeadlineKind.Appointment);
        }, ct);
}

/// <summary>The handler sends a dispatched request back to the desk with a reason (退单); the desk dispatches again.</summary>
public static class RejectServiceRequest
{
    public static readonly UseCase<ServiceRequestReasonInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ServiceRequestReasonInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Step.Reason(check, i.Reason);
        return Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
        {
            await EnsureHandlerAsync(rc, r, ct);
            r.Move(ServiceRequestStatus.Rejected, ServiceAction.Rejected, by, rc.Now, i.Reason.Trim());
            r.RejectReason = i.Reason.Trim();
            r.AssignedDepartmentId = null;
            r.AssignedStaffMemberId = null;
            r.AssignedUserId = null;
        }, ct);
    }
}

/// <summary>The handler is on site / starts handling (the customer has been replied to).</summary>
public static class StartServiceWork
{
    public static readonly UseCase<ServiceRequestStepInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ServiceRequestStepInput i, CancellationToken ct) =>
        Step.RunAsync(rc, i.RequestId, new Check(rc.Culture), async (r, by) =>
        {
            await EnsureHandlerAsync(rc, r, ct);
            r.Move(ServiceRequestStatus.InProgress, ServiceAction.Started, by, rc.Now, i.Note?.Trim());
            Step.Meet(r, rc.Now, ServiceDeadlineKind.Acknowledge, ServiceDeadlineKind.Appointment, ServiceDeadlineKind.OnSite, ServiceDeadlineKind.Reply);
        }, ct);
}

/// <summary>
/// The work is done (or, straight from receipt, the question answered on the spot by the desk): notes are required;
/// types that are visited back start their return-visit limit.
/// </summary>
public static class CompleteServiceRequest
{
    public static readonly UseCase<CompleteServiceRequestInput, ServiceRequest> UseCase = new(Access.Staff, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, CompleteServiceRequestInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Notes, "notes", 2000, required: true);
        return Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
        {
            await ServiceRequestAttachmentQueries.EnsureOfRequestAsync(rc, r.Id, i.PhotoIds, "photoIds", ct);
            // On the spot: the desk that received it answers; afterwards only the handler (or a supervisor).
            if (r.Status == ServiceRequestStatus.Received)
            {
                if (!rc.Viewer.HasAny(DeskRoles)) throw new RuleException(ServiceDeskErrors.NotAssignee, "requestId");
                r.ReceivedBy(by, rc.Now);
            }
            else await EnsureHandlerAsync(rc, r, ct);
            r.Move(ServiceRequestStatus.Completed, ServiceAction.Completed, by, rc.Now, i.Notes.Trim());
            r.CompletionNotes = i.Notes.Trim();
            r.CompletedAt = rc.Now;
            Step.Meet(r, rc.Now);
            if (r.ChargeStatus == RepairChargeStatus.Confirmed)
            {
                await rc.Db.Entry(r).Collection(x => x.ChargeLines).LoadAsync(ct);
                var item = await rc.Db.FeeItems.AsNoTracking().Where(f => f.Id == r.ChargeFeeItemId).Select(f => f.Name).SingleAsync(ct);
                PaidRepair.BillOnCompletion(rc.Db, r, item, by, rc.Now);
            }
            var calendar = await CalendarAsync(rc, r.EstateId, ct);
            if (ServiceDeadlines.ReturnVisitDue(r.Type, rc.Now, calendar) is { } due)
                r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.ReturnVisit, rc.Now, due));
        }, ct);
    }
}

/// <summary>
/// The customer confirms the completed work (业主签字确认, §6.4 6), with an optional rating 1–5 (§10): a resident of the
/// household in the portal, or staff recording the signature on the paper form or the engineer's phone (the resident's
/// name and their tick of the confirmation, see <see cref="Signer"/>).
/// </summary>
public static class SignOffServiceRequest
{
    public static readonly UseCase<SignOffServiceRequestInput, ServiceRequest> UseCase = new(Access.CompanyMembers, RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, SignOffServiceRequestInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        if (i.Rating is { } rating && rating is < 1 or > 5) check.Invalid("rating", "SR_RATING_RANGE");
        Intake.Text(check, i.Comment, "notes", 2000, required: false);
        Signer.Check(rc, check, i.SignerName, i.Confirmed);
        return Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
        {
            var signer = await Signer.NameAsync(rc, r, i.SignerName, ct);
            r.Move(ServiceRequestStatus.SignedOff, ServiceAction.SignedOff, by, rc.Now, string.IsNullOrWhiteSpace(i.Comment) ? signer : $"{signer}: {i.Comment.Trim()}");
            r.SignedOffAt = rc.Now;
            r.SignedOffBy = signer;
            if (i.Rating is not null) r.Rating = i.Rating;
        }, ct);
    }
}

/// <summary>
/// 回访 (§6.4 8, §7.6 M): the desk records the customer's verdict. Satisfied → return-visited (then closed); not satisfied
/// → reopened, and the work continues. Repairs and home services are visited back only after the customer's sign-off.
/// </summary>
public static class RecordReturnVisit
{
    public static readonly UseCase<RecordReturnVisitInput, ServiceRequest> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, RecordReturnVisitInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        if (i.Rating is { } rating && rating is < 1 or > 5) check.Invalid("rating", "SR_RATING_RANGE");
        Intake.Text(check, i.Notes, "notes", 2000, required: !i.Satisfied);
        return Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
        {
            if (r.Status == ServiceRequestStatus.Completed && r.Type is ServiceRequestType.Repair or ServiceRequestType.HomeService)
                throw new RuleException(ServiceDeskErrors.SignOffRequired, "requestId");
            r.ReturnVisitSatisfied = i.Satisfied;
            if (i.Rating is not null) r.Rating = i.Rating;
            if (i.Satisfied)
            {
                r.Move(ServiceRequestStatus.ReturnVisited, ServiceAction.ReturnVisited, by, rc.Now, i.Notes?.Trim());
                Step.Meet(r, rc.Now, ServiceDeadlineKind.ReturnVisit);
            }
            else await Reopen.RunAsync(rc, r, by, ServiceAction.ReturnVisited, i.Notes!.Trim(), ct);
            await rc.Db.Entry(r).Reference(x => x.Complaint).LoadAsync(ct);
            if (r.Complaint is { } complaint) ComplaintDesk.AfterReturnVisit(r, complaint, i.Satisfied, by, rc.Now);
        }, ct);
    }
}

/// <summary>Closes a request (§7.6 N): visited-back types only after a satisfied return visit; open limits stop counting.</summary>
public static class CloseServiceRequest
{
    public static readonly UseCase<ServiceRequestStepInput, ServiceRequest> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ServiceRequestStepInput i, CancellationToken ct) =>
        Step.RunAsync(rc, i.RequestId, new Check(rc.Culture), (r, by) =>
        {
            r.Move(ServiceRequestStatus.Closed, ServiceAction.Closed, by, rc.Now, i.Note?.Trim());
            if (r.NeedsReturnVisit && r.ReturnVisitSatisfied != true) throw new RuleException(ServiceDeskErrors.ReturnVisitRequired, "requestId");
            r.ClosedAt = rc.Now;
            Step.VoidOpen(r, rc.Now);
            return Task.CompletedTask;
        }, ct);
}

/// <summary>
/// Reopens a completed or closed request (a repeat of the same matter, or dissatisfaction); the reason is logged. The
/// desk reopens any request of its estates; a resident reopens their household's own when not satisfied (§6.4 8).
/// </summary>
public static class ReopenServiceRequest
{
    public static readonly UseCase<ServiceRequestReasonInput, ServiceRequest> UseCase = new(Access.Roles([.. DeskRoles, AppRoles.Resident]), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ServiceRequestReasonInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Step.Reason(check, i.Reason);
        return Step.RunAsync(rc, i.RequestId, check, (r, by) => Reopen.RunAsync(rc, r, by, ServiceAction.Reopened, i.Reason.Trim(), ct), ct);
    }
}

/// <summary>The one reopening rule: back to the handler with a fresh completion limit; the return visit starts again later.</summary>
internal static class Reopen
{
    public static async Task RunAsync(RequestContext rc, ServiceRequest r, Actor by, ServiceAction action, string reason, CancellationToken ct)
    {
        r.Move(ServiceRequestStatus.Reopened, action, by, rc.Now, reason);
        r.ClosedAt = null;
        r.CompletedAt = null;
        r.SignedOffAt = null;
        r.ReturnVisitSatisfied = null;
        Step.VoidOpen(r, rc.Now, ServiceDeadlineKind.ReturnVisit);
        if (r.Type is ServiceRequestType.Repair or ServiceRequestType.HomeService)
            r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.Completion, rc.Now,
                ServiceDeadlines.CompletionAfterReopen(rc.Now, await CalendarAsync(rc, r.EstateId, ct), await Settings.DeskLimits.ForCompanyAsync(rc.Db, ct))));
    }
}

/// <summary>Cancels a request that is not yet being worked on (duplicate, withdrawn); the reason is mandatory (§3.3).</summary>
public static class CancelServiceRequest
{
    public static readonly UseCase<ServiceRequestReasonInput, ServiceRequest> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ServiceRequestReasonInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Step.Reason(check, i.Reason);
        return Step.RunAsync(rc, i.RequestId, check, (r, by) =>
        {
            r.Move(ServiceRequestStatus.Cancelled, ServiceAction.Cancelled, by, rc.Now, i.Reason.Trim());
            r.CancelReason = i.Reason.Trim();
            Step.VoidOpen(r, rc.Now);
            return Task.CompletedTask;
        }, ct);
    }
}

/// <summary>
/// Moves a running limit (e.g. the customer asked for a later visit). A deadline cannot be changed by the handler it
/// binds (issue 15 §8): supervisors and the desk do it, with a reason in the timeline.
/// </summary>
public static class ChangeServiceDeadline
{
    public static readonly UseCase<ChangeServiceDeadlineInput, ServiceRequest> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<ServiceRequest>> RunAsync(RequestContext rc, ChangeServiceDeadlineInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Step.Reason(check, i.Reason);
        if (i.DueAt <= rc.Now) check.Invalid("dueAt", "SR_NOT_IN_PAST", "sd.field.dueAt");
        return Step.RunAsync(rc, i.RequestId, check, async (r, by) =>
        {
            if (await IsBoundHandlerAsync(rc, r, ct)) throw new RuleException(ServiceDeskErrors.DeadlineBindsHandler, "kind");
            var d = r.Deadlines.Where(x => x.IsOpen && x.Kind == i.Kind).OrderBy(x => x.DueAt).FirstOrDefault()
                ?? throw new RuleException(ServiceDeskErrors.DeadlineNotOpen, "kind");
            var was = d.DueAt;
            d.DueAt = i.DueAt;
            d.WarnAt = ServiceDeadlines.WarnAt(d.StartsAt, i.DueAt);
            r.Log(ServiceAction.DeadlineChanged, by, rc.Now, $"{i.Kind}: {was:yyyy-MM-ddTHH:mm}Z → {i.DueAt:yyyy-MM-ddTHH:mm}Z; {i.Reason.Trim()}");
        }, ct);
    }
}
