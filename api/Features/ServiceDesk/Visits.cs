using PropertySaaS.Api.Features.Staff;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// 走访 / 访谈 — a planned customer visit or interview of a household (service-desk.md §9.2–§9.3) by a staff member:
/// planned, booked (door visits at least one day ahead, T-110), done with its record and the customer's satisfaction
/// (§10 scale), reviewed by a supervisor. Return visits of repairs and complaints stay on their request.
/// </summary>
public sealed class CustomerVisit
{
    public Guid Id { get; set; } = Ids.New();
    public Guid EstateId { get; set; }
    /// <summary>The household (its unit).</summary>
    public Guid UnitId { get; set; }
    public VisitKind Kind { get; set; }
    public VisitMode Mode { get; set; }
    /// <summary>The visitor, whose monthly quota it counts for.</summary>
    public Guid StaffMemberId { get; set; }
    public DateTime PlannedFor { get; set; }
    public DateTime PlannedAt { get; set; }
    public DateTime? BookedAt { get; set; }
    public DateTime? DoneAt { get; set; }
    public VisitStatus Status { get; set; }
    /// <summary>Customer needs and opinions (客户需求) and the measures taken (处理措施).</summary>
    public string? Notes { get; set; }
    /// <summary>Overall satisfaction on the §10 scale, 1 (very dissatisfied) … 5 (very satisfied); null when not asked.</summary>
    public int? Rating { get; set; }
    /// <summary>Why a visit was planned for a household that opted out (§9.4 manual override).</summary>
    public string? OverrideReason { get; set; }

    public void Move(VisitStatus to) { VisitTransitions.Table.Ensure(Status, to); Status = to; }
}

public enum VisitKind { PlannedVisit, Interview }
public enum VisitMode { Door, Phone }

/// <summary>§9.6 planned visit states (archiving is the reviewed record).</summary>
public enum VisitStatus { Planned, Booked, Done, Reviewed, Missed, Skipped }

/// <summary>The one table of a visit's moves (§9.6): a missed visit is planned again by a new visit.</summary>
public static class VisitTransitions
{
    public static readonly TransitionTable<VisitStatus> Table = new(new Dictionary<VisitStatus, VisitStatus[]>
    {
        // Phone visits need no booking: planned → done.
        [VisitStatus.Planned] = [VisitStatus.Booked, VisitStatus.Done, VisitStatus.Missed, VisitStatus.Skipped],
        [VisitStatus.Booked] = [VisitStatus.Done, VisitStatus.Missed],
        [VisitStatus.Done] = [VisitStatus.Reviewed],
        [VisitStatus.Reviewed] = [],
        [VisitStatus.Missed] = [],
        [VisitStatus.Skipped] = [],
    }, refusal: ComplaintErrors.VisitStatusRefused);
}

/// <summary>
/// 拒绝回访 — a household that strongly rejects return visits and interviews (§9.4, 002 客户投诉回访 6): no visit is
/// planned for it and its complaints are exempt from the return visit. One row per household; removing it ends the opt-out.
/// </summary>
public sealed class VisitOptOut
{
    public Guid UnitId { get; set; }
    public Guid EstateId { get; set; }
    public required string Reason { get; set; }
    public DateTime At { get; set; }
    public required string ByUserId { get; set; }
}

/// <summary>
/// Monthly visit quotas per staff member (§9.3 具体操作方式, T-113/T-114): the estate head at least 2 households (source);
/// supervisors 4 and CS staff / zone butlers 8 (suggested defaults — the sources only say a quota must be set).
/// </summary>
public static class VisitQuotas
{
    public static int? For(Position position) => position switch
    {
        Position.EstateHead => 2,
        Position.CsCentreManager or Position.CsSupervisor or Position.FrontDeskLead or Position.EngineeringHead => 4,
        Position.CsSpecialist or Position.ZoneButler => 8,
        _ => null,
    };
}

/// <summary>The §10 five-point scale: 5 very satisfied, 4 satisfied, 3 neutral, 2 dissatisfied, 1 very dissatisfied.</summary>
public static class Satisfaction
{
    public const int Min = 1, Max = 5;
    /// <summary>Satisfaction rate = (very satisfied + satisfied) ÷ valid responses (§10 suggested default 3).</summary>
    public static bool IsSatisfied(int rating) => rating >= 4;
    public static bool InRange(int rating) => rating is >= Min and <= Max;
}
