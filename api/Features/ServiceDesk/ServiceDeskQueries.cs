using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>Staff queue filter: any combination narrows the list.</summary>
public sealed class ServiceRequestFilter
{
    public List<ServiceRequestStatus>? Status { get; set; }
    public ServiceRequestType? Type { get; set; }
    public Guid? AssigneeStaffMemberId { get; set; }
    /// <summary>Only requests assigned to the caller (their staff record).</summary>
    public bool? Mine { get; set; }
    /// <summary>Only requests in this SLA state (their worst running limit).</summary>
    public SlaState? Sla { get; set; }
    /// <summary>Open requests only (not closed or cancelled).</summary>
    public bool? OpenOnly { get; set; }
    public RepairUrgency? Urgency { get; set; }
    public ServiceChannel? Channel { get; set; }
    /// <summary>Received at or after this instant.</summary>
    public DateTime? ReceivedFrom { get; set; }
    /// <summary>Received before this instant.</summary>
    public DateTime? ReceivedTo { get; set; }
    /// <summary>Part of the number, description, contact name or phone.</summary>
    public string? Search { get; set; }
    /// <summary>Open requests with neither a department nor a staff member assigned (待派单: received, rejected).</summary>
    public bool? Unassigned { get; set; }
    /// <summary>Requests whose return-visit limit is running (回访待办).</summary>
    public bool? AwaitingReturnVisit { get; set; }
    /// <summary>Repairs past their completion limit (difficult jobs, §6.5).</summary>
    public bool? Difficult { get; set; }
}

/// <summary>Order of the staff queue.</summary>
public enum ServiceQueueOrder
{
    /// <summary>Newest received first.</summary>
    Newest,
    /// <summary>The earliest running limit first; requests without one last (newest first among them).</summary>
    Deadline,
}

/// <summary>The service desk's reads; each opens with the caller's scope (<see cref="ServiceDeskScope.Requests"/>).</summary>
public static class ServiceDeskQueries
{
    private static readonly ServiceRequestStatus[] Finished = [ServiceRequestStatus.Closed, ServiceRequestStatus.Cancelled];

    /// <summary>One request with its limits (its timeline is a field of its own); null when not the caller's.</summary>
    public static Task<ServiceRequest?> OneAsync(RequestContext rc, Guid id, CancellationToken ct) =>
        ServiceDeskScope.Requests(rc).AsNoTracking().Include(r => r.Deadlines)
            .SingleOrDefaultAsync(r => r.Id == id, ct);

    /// <summary>The resident's requests (their household's units, and what they reported without one), newest first.</summary>
    public static Task<List<ServiceRequest>> MineAsync(RequestContext rc, CancellationToken ct) =>
        ServiceDeskScope.Requests(rc).AsNoTracking().Include(r => r.Deadlines)
            .OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id).Take(200).ToListAsync(ct);

    /// <summary>Longest text the queue search takes.</summary>
    public const int SearchMaxLength = 50;

    /// <summary>An estate's queue, newest first or by deadline; empty for an estate that is not the caller's.</summary>
    public static IQueryable<ServiceRequest> Queue(RequestContext rc, Guid estateId, ServiceRequestFilter? f, ServiceQueueOrder order = ServiceQueueOrder.Newest)
    {
        var q = ServiceDeskScope.Requests(rc).AsNoTracking().Where(r => r.EstateId == estateId);
        if (f?.Status is { Count: > 0 } statuses) q = q.Where(r => statuses.Contains(r.Status));
        if (f?.OpenOnly == true) q = q.Where(r => !Finished.Contains(r.Status));
        if (f?.Type is { } type) q = q.Where(r => r.Type == type);
        if (f?.AssigneeStaffMemberId is { } staffId) q = q.Where(r => r.AssignedStaffMemberId == staffId);
        if (f?.Mine == true)
        {
            var user = rc.Viewer.UserId;
            q = q.Where(r => r.AssignedUserId == user);
        }
        if (f?.Sla is { } sla) q = q.Where(BySla(sla, rc.Now));
        if (f?.Urgency is { } urgency) q = q.Where(r => r.Urgency == urgency);
        if (f?.Channel is { } channel) q = q.Where(r => r.Channel == channel);
        if (f?.ReceivedFrom is { } from) q = q.Where(r => r.ReceivedAt >= from);
        if (f?.ReceivedTo is { } to) q = q.Where(r => r.ReceivedAt < to);
        if (f?.Search?.Trim() is { Length: > 0 } search)
        {
            if (search.Length > SearchMaxLength) throw rc.Error(ErrorCodes.Validation, "SR_SEARCH_TOO_LONG", SearchMaxLength);
            q = q.Where(r => r.Number.Contains(search) || r.Description.Contains(search)
                || (r.ContactName != null && r.ContactName.Contains(search)) || (r.ContactPhone != null && r.ContactPhone.Contains(search)));
        }
        if (f?.Unassigned == true)
            q = q.Where(r => r.AssignedDepartmentId == null && r.AssignedStaffMemberId == null && !Finished.Contains(r.Status));
        if (f?.AwaitingReturnVisit == true)
            q = q.Where(r => r.Deadlines.Any(d => d.Kind == ServiceDeadlineKind.ReturnVisit && d.MetAt == null && d.VoidedAt == null));
        if (f?.Difficult == true)
        {
            var now = rc.Now;
            q = q.Where(r => r.Deadlines.Any(d => d.Kind == ServiceDeadlineKind.Completion && d.MetAt == null && d.VoidedAt == null && d.DueAt <= now));
        }
        q = q.Include(r => r.Deadlines);
        return order == ServiceQueueOrder.Deadline
            ? q.OrderBy(r => r.Deadlines.Any(d => d.MetAt == null && d.VoidedAt == null) ? 0 : 1)
                .ThenBy(r => r.Deadlines.Where(d => d.MetAt == null && d.VoidedAt == null).Min(d => (DateTime?)d.DueAt))
                .ThenByDescending(r => r.ReceivedAt).ThenBy(r => r.Id)
            : q.OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id);
    }

    /// <summary>Staff a request of the estate may be dispatched to, with their department, by name; empty for an estate that is not the caller's.</summary>
    public static async Task<List<Staff.StaffMember>> HandlersAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        await RegistryScope.EstateVisibleAsync(rc, estateId, ct)
            ? await ServiceDeskScope.Handlers(rc, estateId).AsNoTracking().Include(s => s.Department).Include(s => s.Assignments).OrderBy(s => s.Name).ThenBy(s => s.Id).Take(500).ToListAsync(ct)
            : [];

    /// <summary>
    /// 每日盘点 (§3.4 3): every request of the estate still open, oldest first, so the front desk follows each until it
    /// closes; the SLA state on each row highlights what is past its time.
    /// </summary>
    public static Task<List<ServiceRequest>> StockTakeAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        ServiceDeskScope.Requests(rc).AsNoTracking().Where(r => r.EstateId == estateId && !Finished.Contains(r.Status))
            .Include(r => r.Deadlines).OrderBy(r => r.ReceivedAt).ThenBy(r => r.Id).Take(500).ToListAsync(ct);

    /// <summary>The SQL form of <see cref="ServiceDeadlines.State(IEnumerable{ServiceDeadline}, DateTime)"/>: a request's worst running limit.</summary>
    private static System.Linq.Expressions.Expression<Func<ServiceRequest, bool>> BySla(SlaState sla, DateTime now) => sla switch
    {
        SlaState.Overdue => r => r.Deadlines.Any(d => d.MetAt == null && d.VoidedAt == null && d.DueAt <= now),
        SlaState.DueSoon => r => r.Deadlines.Any(d => d.MetAt == null && d.VoidedAt == null && d.WarnAt <= now)
                                 && !r.Deadlines.Any(d => d.MetAt == null && d.VoidedAt == null && d.DueAt <= now),
        _ => r => !r.Deadlines.Any(d => d.MetAt == null && d.VoidedAt == null && d.WarnAt <= now),
    };
}
