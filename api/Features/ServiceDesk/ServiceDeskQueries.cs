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

    /// <summary>An estate's queue, newest first; empty for an estate that is not the caller's.</summary>
    public static IQueryable<ServiceRequest> Queue(RequestContext rc, Guid estateId, ServiceRequestFilter? f)
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
        return q.Include(r => r.Deadlines).OrderByDescending(r => r.ReceivedAt).ThenBy(r => r.Id);
    }

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
