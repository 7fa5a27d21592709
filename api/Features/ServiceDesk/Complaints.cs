using PropertySaaS.Api.Features.Calendar;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// 投诉 — the complaint side of a service request of type Complaint (service-desk.md §7): its category (§7.2), the
/// valid/invalid decision, the special classes MAJOR and HOT (§7.3), the handling plan and handling record, and its own
/// sub-state of §7.8 (<see cref="ComplaintTransitions"/>). The request keeps the common lifecycle and the timeline; every
/// complaint transition is logged there too (<see cref="ServiceRequestEvent.ComplaintFrom"/>).
/// </summary>
public sealed class Complaint
{
    /// <summary>One complaint per request: the request's id is the key.</summary>
    public Guid RequestId { get; set; }
    public Guid EstateId { get; set; }
    public ComplaintStatus Status { get; set; }
    /// <summary>Provisional at registration; set to the final cause before closure (§7.2 "classify by final cause").</summary>
    public ComplaintCategory? Category { get; set; }
    /// <summary>How many people lodged it together (集体投诉): 3 or more makes it HOT by itself (§7.3).</summary>
    public int Complainants { get; set; } = 1;

    /// <summary>有效/无效: null until decided; invalid needs the department head's signed opinion (the reason) (§7.3, 001 五 4.3.3).</summary>
    public bool? Valid { get; set; }
    public string? ValidityReason { get; set; }
    public string? ValidityDecidedBy { get; set; }
    public DateTime? ValidityDecidedAt { get; set; }

    /// <summary>Caused by a property-service error (因物业服务工作失误) — with a claim ≥ 1,000 元 it is MAJOR.</summary>
    public bool ServiceFault { get; set; }
    /// <summary>The compensation the customer claims (CNY), from the complaint or its latest claim.</summary>
    public decimal? ClaimedAmount { get; set; }

    public bool Major { get; set; }
    public ClassSource? MajorSource { get; set; }
    public string? MajorReason { get; set; }
    public DateTime? MajorAt { get; set; }
    public bool Hot { get; set; }
    public ClassSource? HotSource { get; set; }
    public string? HotReason { get; set; }
    public DateTime? HotAt { get; set; }

    /// <summary>Handling plan and solution replied to the customer (001 五 4.3.2, within 2 working days).</summary>
    public string? Plan { get; set; }
    public DateTime? PlanAt { get; set; }
    /// <summary>顾客投诉处理记录表 for a complaint open more than 1 working day: responsible person, measures, feedback.</summary>
    public string? HandlingResponsible { get; set; }
    public string? HandlingMeasures { get; set; }
    public string? HandlingFeedback { get; set; }
    public DateTime? HandlingRecordAt { get; set; }

    /// <summary>Why no return visit is needed (§7.6 M exemptions); null = visited back.</summary>
    public ReturnVisitExemption? Exemption { get; set; }
    /// <summary>When handling was completed (HANDLED): the one week of "no repeat" counts from here (§7.6 N).</summary>
    public DateTime? HandledAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    public ComplaintClosure? ClosedBy { get; set; }
    /// <summary>On a repeat complaint: the original complaint it repeats (linked instead of counted twice).</summary>
    public Guid? RepeatOfRequestId { get; set; }

    /// <summary>Moves the complaint through its table and logs both states on the request's timeline.</summary>
    public ServiceRequestEvent Move(ServiceRequest r, ComplaintStatus to, ServiceAction action, Actor by, DateTime at, string? note = null)
    {
        ComplaintTransitions.Table.Ensure(Status, to);
        var e = r.Log(action, by, at, note);
        e.ComplaintFrom = Status;
        e.ComplaintTo = to;
        Status = to;
        if (to == ComplaintStatus.Closed) ClosedAt = at;
        return e;
    }

    public bool IsOpen => Status is not (ComplaintStatus.Closed or ComplaintStatus.Invalid);

    /// <summary>
    /// MAJOR by rule (§7.3, T-94): a property-service error AND a claim of 1,000 元 or more ("以上" is inclusive). Raised
    /// automatically unless staff decided the flag by hand; returns true when the flag was raised now.
    /// </summary>
    public bool EvaluateMajor(DateTime at)
    {
        if (Major || MajorSource == ClassSource.Manual || !MeetsMajorRule) return false;
        (Major, MajorSource, MajorAt, MajorReason) = (true, ClassSource.Automatic, at, null);
        return true;
    }

    public bool MeetsMajorRule => ServiceFault && ClaimedAmount >= ComplaintRules.MajorClaimThreshold;

    /// <summary>Raises HOT automatically (unless decided by hand); true when raised now.</summary>
    public bool RaiseHot(DateTime at, string reason)
    {
        if (Hot || HotSource == ClassSource.Manual) return false;
        (Hot, HotSource, HotAt, HotReason) = (true, ClassSource.Automatic, at, reason);
        return true;
    }
}

/// <summary>The eight categories of §7.2 (002, 客户投诉的分类), codes C1–C8.</summary>
public enum ComplaintCategory
{
    /// <summary>C1 房屋管理类 — building management.</summary>
    C1,
    /// <summary>C2 设备管理类 — equipment management.</summary>
    C2,
    /// <summary>C3 安全管理类 — security management.</summary>
    C3,
    /// <summary>C4 环境管理类 — environment management.</summary>
    C4,
    /// <summary>C5 综合服务类 — general services (incl. charging).</summary>
    C5,
    /// <summary>C6 业户纠纷类 — resident disputes.</summary>
    C6,
    /// <summary>C7 地产相关类 — developer-related.</summary>
    C7,
    /// <summary>C8 其它类 — other (municipal, public bodies).</summary>
    C8,
}

/// <summary>Whether a class flag was raised by the rule or decided by staff (who then owns it: the rule stops changing it).</summary>
public enum ClassSource { Automatic, Manual }

/// <summary>§7.6 M: the three exemptions from the return visit, and complaints beyond our capability (followed, then observed).</summary>
public enum ReturnVisitExemption { ResolvedOnSpot, Anonymous, Sensitive, External, OptedOut }

/// <summary>How a complaint was closed (§7.6 N / 客户投诉统计说明 7).</summary>
public enum ComplaintClosure { SatisfiedReturnVisit, NoRepeatInOneWeek, Invalid, Hq }

/// <summary>The complaint state machine of §7.8.</summary>
public enum ComplaintStatus
{
    Received, ResolvedOnSpot, Routed, Investigating, PlanReplied, Negotiating, PendingApproval, InHandling, Handled, Verified,
    ReturnVisitDue, Rework, Observation, EscalatedHq, ExternalTracking, InvalidProposed, Invalid, Closed, Reopened,
}

/// <summary>The one table of moves between <see cref="ComplaintStatus"/> values — §7.8's exit conditions, row by row.</summary>
public static class ComplaintTransitions
{
    public static readonly TransitionTable<ComplaintStatus> Table = new(new Dictionary<ComplaintStatus, ComplaintStatus[]>
    {
        [ComplaintStatus.Received] = [ComplaintStatus.ResolvedOnSpot, ComplaintStatus.Routed],
        // Closed one week later when no repeat came (§7.6 N); a repeat within the week reopens it (derived).
        [ComplaintStatus.ResolvedOnSpot] = [ComplaintStatus.Closed, ComplaintStatus.Reopened],
        [ComplaintStatus.Routed] = [ComplaintStatus.Investigating, ComplaintStatus.InvalidProposed],
        [ComplaintStatus.Investigating] = [ComplaintStatus.PlanReplied],
        [ComplaintStatus.PlanReplied] = [ComplaintStatus.Negotiating, ComplaintStatus.PendingApproval, ComplaintStatus.InHandling],
        [ComplaintStatus.Negotiating] = [ComplaintStatus.InHandling, ComplaintStatus.PendingApproval, ComplaintStatus.EscalatedHq],
        [ComplaintStatus.PendingApproval] = [ComplaintStatus.InHandling, ComplaintStatus.Negotiating],
        [ComplaintStatus.InHandling] = [ComplaintStatus.Handled],
        [ComplaintStatus.Handled] = [ComplaintStatus.Verified],
        // Cause with government / utility / developer: followed and the customer kept informed (§7.6 M item 4).
        [ComplaintStatus.Verified] = [ComplaintStatus.ReturnVisitDue, ComplaintStatus.Observation, ComplaintStatus.ExternalTracking],
        [ComplaintStatus.ReturnVisitDue] = [ComplaintStatus.Closed, ComplaintStatus.Rework],
        [ComplaintStatus.Rework] = [ComplaintStatus.Handled],
        // Exempt from the visit: closed after 7 days without a repeat; a repeat sends it back to rework.
        [ComplaintStatus.Observation] = [ComplaintStatus.Closed, ComplaintStatus.Rework],
        [ComplaintStatus.EscalatedHq] = [ComplaintStatus.Closed],
        [ComplaintStatus.ExternalTracking] = [ComplaintStatus.Observation],
        [ComplaintStatus.InvalidProposed] = [ComplaintStatus.Invalid, ComplaintStatus.Routed],
        [ComplaintStatus.Invalid] = [ComplaintStatus.Closed],
        [ComplaintStatus.Closed] = [ComplaintStatus.Reopened],
        [ComplaintStatus.Reopened] = [ComplaintStatus.Routed],
    }, refusal: ComplaintErrors.StatusRefused);

    /// <summary>The table's refusal for a move a rule forbids although the table knows it (e.g. closing by hand what the sweep closes).</summary>
    public static RuleException Refused(ComplaintStatus from, ComplaintStatus to, string field) =>
        new(ComplaintErrors.StatusRefused, field, TransitionTable<ComplaintStatus>.Label(from), TransitionTable<ComplaintStatus>.Label(to));
}

/// <summary>
/// 索赔 / 赔偿 — a customer's compensation claim on a complaint (§7.11): amount in CNY (decimal, two places), liability,
/// legal review (律师意见), the leader in charge's approval (主管领导批复, organisation.md A12), paid through finance.
/// </summary>
public sealed class ComplaintClaim
{
    public Guid Id { get; set; } = Ids.New();
    public Guid RequestId { get; set; }
    public Guid EstateId { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "CNY";
    /// <summary>Where liability lies (the plan must say so, §7.11 step 3).</summary>
    public required string Liability { get; set; }
    public ClaimStatus Status { get; set; }
    public DateTime ReceivedAt { get; set; }
    public string? LegalOpinion { get; set; }
    public DateTime? LegalReviewedAt { get; set; }
    public string? LegalReviewedBy { get; set; }
    public string? DecisionNote { get; set; }
    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    /// <summary>Finance's payment reference; the same reference again is the same payment (idempotent).</summary>
    public string? PaymentReference { get; set; }
    public DateTime? PaidAt { get; set; }

    public void Move(ClaimStatus to) { ClaimTransitions.Table.Ensure(Status, to); Status = to; }
}

/// <summary>Claim states (§7.11, condensed to the decisions the software records).</summary>
public enum ClaimStatus { Received, LegalReviewed, Approved, Declined, Paid }

/// <summary>
/// The one table of a claim's moves: no approval without legal review, no payment without approval (§7.11 Enforce);
/// a declined claim is final — a revised plan is a new claim.
/// </summary>
public static class ClaimTransitions
{
    public static readonly TransitionTable<ClaimStatus> Table = new(new Dictionary<ClaimStatus, ClaimStatus[]>
    {
        [ClaimStatus.Received] = [ClaimStatus.LegalReviewed, ClaimStatus.Declined],
        [ClaimStatus.LegalReviewed] = [ClaimStatus.Approved, ClaimStatus.Declined],
        [ClaimStatus.Approved] = [ClaimStatus.Paid],
        [ClaimStatus.Declined] = [],
        [ClaimStatus.Paid] = [],
    }, refusal: ComplaintErrors.ClaimStatusRefused);
}

/// <summary>
/// 月投诉分析报告 — one estate's monthly complaint statistics and analysis report to HQ quality, due before the 28th
/// (T-100); the row is the report's deadline and its submission record.
/// </summary>
public sealed class ComplaintMonthlyReport
{
    public Guid Id { get; set; } = Ids.New();
    public Guid EstateId { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? SubmittedAt { get; set; }
    public string? SubmittedBy { get; set; }
    public string? Analysis { get; set; }
}

/// <summary>The numbers of §7 in one place.</summary>
public static class ComplaintRules
{
    /// <summary>重大投诉: claim of 1,000 元 or more ("1000元以上", inclusive) with a service error (T-94).</summary>
    public const decimal MajorClaimThreshold = 1000m;
    /// <summary>热点投诉: three or more different complainants within one month, or a collective complaint of three or more (T-97).</summary>
    public const int HotComplainants = 3;

    /// <summary>
    /// "The same problem" for HOT (§7.3 open point; derived default): the same estate, the same category and the same place —
    /// the request's location text compared trimmed and case-insensitively, or both without a location (an estate-wide problem).
    /// The unit is deliberately not part of it: different households complaining about the same thing is the point.
    /// </summary>
    public static string? PlaceKey(string? location) => string.IsNullOrWhiteSpace(location) ? null : location.Trim().ToLowerInvariant();

    /// <summary>
    /// "Within one month" (一个月内, T-97; time-limits.md: the fee-month rule as a rolling window): an earlier complaint
    /// received on day E counts for one received on day D when D is no later than the last day of E's month
    /// (<see cref="WorkingCalendar.MonthLastDay"/>: 1 Oct → 31 Oct; 31 days later falls outside).
    /// </summary>
    public static bool WithinOneMonth(DateOnly earlier, DateOnly later) => later >= earlier && later <= WorkingCalendar.MonthLastDay(earlier);

    /// <summary>
    /// Who a complainant is, for counting different complainants: the registered person, else the contact phone; an
    /// anonymous complaint counts as its own complainant.
    /// </summary>
    public static string ComplainantKey(Guid requestId, Guid? personId, string? phone) =>
        personId is { } p ? "p:" + p : !string.IsNullOrWhiteSpace(phone) ? "t:" + phone.Trim() : "r:" + requestId;
}
