namespace PropertySaaS.Api.Features.Timers;

/// <summary>The steps a running time limit goes through once it is due soon and once it runs out (issue 15 §5).</summary>
public enum TimerStage
{
    /// <summary>The limit entered its warning window: the handler is told it is due soon.</summary>
    Warned,
    /// <summary>The limit ran out: escalated to the CS head (客服主管) of the estate.</summary>
    EscalatedToCsHead,
    /// <summary>Still open one step of the chain later: escalated to the estate manager (管理处经理).</summary>
    EscalatedToManager,
}

/// <summary>
/// 时限提醒记录 — that one stage of one item of one timer source has fired. Unique per (source, item, stage): a stage is
/// recorded once, whatever the number of sweeps, replicas or restarts; the row is written in the same transaction as
/// what the firing did (timeline entry, notifications).
/// </summary>
public sealed class TimerMark
{
    public Guid Id { get; set; } = Ids.New();
    /// <summary>The plugged-in source (<see cref="ITimerSource.Name"/>), e.g. "service-desk".</summary>
    public required string Source { get; set; }
    /// <summary>The source's item (for the service desk: the ServiceDeadline row).</summary>
    public Guid ItemId { get; set; }
    /// <summary>What the item belongs to (for the service desk: the request).</summary>
    public Guid SubjectId { get; set; }
    public Guid EstateId { get; set; }
    public TimerStage Stage { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime FiredAt { get; set; }
    /// <summary>Who was told (staff member), when one was found.</summary>
    public Guid? RecipientStaffMemberId { get; set; }
}

/// <summary>
/// 升级链 — who is escalated to in an estate, and after how long: the CS head when a limit runs out, the estate manager
/// one step later. No row, or an empty role, falls back to the estate's staff in that position (客服中心经理 / 管理处经理).
/// </summary>
public sealed class EscalationChain
{
    /// <summary>Suggested default: the CS head at the limit, the estate manager 4 hours later (service-desk.md §7.13, organisation.md §6).</summary>
    public const int DefaultCsHeadAfterMinutes = 0, DefaultManagerAfterMinutes = 240;

    public Guid EstateId { get; set; }
    public Guid? CsHeadStaffMemberId { get; set; }
    public Guid? ManagerStaffMemberId { get; set; }
    /// <summary>Minutes after the limit ran out before the CS head is told (0 = at once).</summary>
    public int CsHeadAfterMinutes { get; set; } = DefaultCsHeadAfterMinutes;
    /// <summary>Minutes after the limit ran out before the estate manager is told (the next step of the chain).</summary>
    public int ManagerAfterMinutes { get; set; } = DefaultManagerAfterMinutes;
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}
