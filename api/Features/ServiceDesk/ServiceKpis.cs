using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>One estate-month of the desk in the estate's time zone (calendar month; T-100's cut-off is not set, so none).</summary>
public sealed record ServiceMonth(Guid EstateId, int Year, int Month, DateTime From, DateTime To)
{
    public bool Contains(DateTime? t) => t is { } x && x >= From && x < To;

    public static ServiceMonth Of(Guid estateId, int year, int month, WorkingCalendar calendar)
    {
        var first = new DateOnly(year, month, 1);
        return new(estateId, year, month, calendar.Instant(first, TimeOnly.MinValue).UtcDateTime, calendar.Instant(first.AddMonths(1), TimeOnly.MinValue).UtcDateTime);
    }
}

/// <summary>A count under one label (category code, channel).</summary>
public sealed record LabelledCount(string Code, string Label, int Count);

/// <summary>The monthly report's deadline and submission (T-100).</summary>
public sealed record MonthlyReportState(DateTime DueAt, DateTime? SubmittedAt, SlaState State);

/// <summary>月度投诉统计 (§7.6 R–S, F-111): the estate's complaints of a month under the counting rules.</summary>
public sealed record ComplaintStatistics(Guid EstateId, int Year, int Month, int Total, int Major, int Hot, int Closed, int Open, int Invalid,
    int Repeats, decimal ClaimedAmount, IReadOnlyList<LabelledCount> ByCategory, IReadOnlyList<LabelledCount> ByChannel, MonthlyReportState Report);

/// <summary>One staff member's visits against their monthly quota (K-53/K-54).</summary>
public sealed record VisitQuotaLine(Guid StaffMemberId, string Name, Staff.Position Position, int Quota, int Done, int Planned);

/// <summary>
/// One service KPI of kpis.md: value with numerator and denominator; <c>Available = false</c> (and no value) when the data
/// the formula needs is not there — never a zero standing in for "no data".
/// </summary>
public sealed record ServiceKpi(string Code, string Name, decimal? Value, int? Numerator, int? Denominator, string Unit)
{
    public bool Available => Value is not null;

    public static ServiceKpi Rate(string code, string name, int numerator, int denominator) =>
        new(code, name, denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero),
            numerator, denominator, "%");

    public static ServiceKpi Count(string code, string name, int count) => new(code, name, count, count, null, "count");
}

/// <summary>
/// The service statistics and KPIs (kpis.md §2, §3, §5, §6) as query functions over one estate-month — reused by the HQ
/// dashboards. Counting rules (§7.6 R): linked repeats and invalid complaints are not counted as complaints; a complaint
/// belongs to the month it was received in.
/// </summary>
public static class ServiceKpis
{
    private sealed record ComplaintRow(Guid Id, ServiceChannel Channel, DateTime ReceivedAt, ServiceRequestStatus RequestStatus, bool? ReturnVisitSatisfied,
        ComplaintStatus Status, ComplaintCategory? Category, bool? Valid, bool Major, bool Hot, ReturnVisitExemption? Exemption, DateTime? HandledAt,
        Guid? RepeatOf, decimal? ClaimedAmount);

    public static async Task<ServiceMonth?> MonthAsync(RequestContext rc, Guid estateId, int year, int month, CancellationToken ct)
    {
        if (year is < 2000 or > 2100 || month is < 1 or > 12) throw rc.Error(ErrorCodes.Validation, "CP_MONTH_RANGE");
        if (!await RegistryScope.EstateVisibleAsync(rc, estateId, ct)) return null;
        return ServiceMonth.Of(estateId, year, month, await ServiceDeskScope.CalendarAsync(rc, estateId, ct));
    }

    private static Task<List<ComplaintRow>> ComplaintsAsync(TenantDbContext db, ServiceMonth m, CancellationToken ct) =>
        (from c in db.Set<Complaint>().AsNoTracking()
         join r in db.Set<ServiceRequest>() on c.RequestId equals r.Id
         where c.EstateId == m.EstateId && r.ReceivedAt >= m.From && r.ReceivedAt < m.To && r.Status != ServiceRequestStatus.Cancelled
         select new ComplaintRow(r.Id, r.Channel, r.ReceivedAt, r.Status, r.ReturnVisitSatisfied, c.Status, c.Category, c.Valid, c.Major, c.Hot,
             c.Exemption, c.HandledAt, c.RepeatOfRequestId, c.ClaimedAmount)).ToListAsync(ct);

    /// <summary>Complaints counted under §7.6 R: not a linked repeat, not invalid.</summary>
    private static List<ComplaintRow> Counted(List<ComplaintRow> rows) => rows.Where(x => x.RepeatOf is null && x.Valid != false).ToList();

    public static async Task<ComplaintStatistics?> StatisticsAsync(RequestContext rc, Guid estateId, int year, int month, CancellationToken ct)
    {
        if (await MonthAsync(rc, estateId, year, month, ct) is not { } m) return null;
        var rows = await ComplaintsAsync(rc.Db, m, ct);
        var counted = Counted(rows);
        var culture = rc.Culture;
        var byCategory = Enum.GetValues<ComplaintCategory>().Select(c => new LabelledCount(c.ToString(), Localization.Messages.Get(culture, "complaint.category." + c),
            counted.Count(x => x.Category == c))).ToList();
        var unclassified = counted.Count(x => x.Category is null);
        if (unclassified > 0) byCategory.Add(new LabelledCount("UNCLASSIFIED", "—", unclassified));
        var byChannel = counted.GroupBy(x => x.Channel).OrderBy(g => g.Key).Select(g => new LabelledCount(g.Key.ToString(), g.Key.ToString(), g.Count())).ToList();
        var report = await rc.Db.ComplaintMonthlyReports.AsNoTracking().SingleOrDefaultAsync(x => x.EstateId == estateId && x.Year == year && x.Month == month, ct);
        var due = report?.DueAt ?? ServiceDeadlines.MonthlyReportDue(year, month, await ServiceDeskScope.CalendarAsync(rc, estateId, ct));
        var submitted = report?.SubmittedAt;
        var state = submitted is { } s ? (s <= due ? SlaState.OnTime : SlaState.Overdue) : rc.Now >= due ? SlaState.Overdue
            : rc.Now >= ServiceDeadlines.WarnAt(m.From, due) ? SlaState.DueSoon : SlaState.OnTime;
        return new ComplaintStatistics(estateId, year, month, counted.Count, counted.Count(x => x.Major), counted.Count(x => x.Hot),
            counted.Count(x => x.Status == ComplaintStatus.Closed), counted.Count(x => x.Status != ComplaintStatus.Closed),
            rows.Count(x => x.Valid == false), rows.Count(x => x.RepeatOf is not null), counted.Sum(x => x.ClaimedAmount ?? 0m),
            byCategory, byChannel, new MonthlyReportState(due, submitted, state));
    }

    public static async Task<List<VisitQuotaLine>?> QuotasAsync(RequestContext rc, Guid estateId, int year, int month, CancellationToken ct)
    {
        if (await MonthAsync(rc, estateId, year, month, ct) is not { } m) return null;
        return await QuotaLinesAsync(rc.Db, m, ct);
    }

    private static async Task<List<VisitQuotaLine>> QuotaLinesAsync(TenantDbContext db, ServiceMonth m, CancellationToken ct)
    {
        var lastDay = DateOnly.FromDateTime(m.To).AddDays(-1);
        var firstDay = DateOnly.FromDateTime(m.From);
        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => s.Active && s.Assignments.Any(a => a.EstateId == m.EstateId && a.From <= lastDay && (a.To == null || a.To >= firstDay)))
            .Select(s => new { s.Id, s.Name, s.Position }).ToListAsync(ct);
        var visits = await db.CustomerVisits.AsNoTracking().Where(v => v.EstateId == m.EstateId && v.PlannedFor >= m.From && v.PlannedFor < m.To)
            .Select(v => new { v.StaffMemberId, v.Status }).ToListAsync(ct);
        return staff.Where(s => VisitQuotas.For(s.Position) is not null).OrderBy(s => s.Position).ThenBy(s => s.Name)
            .Select(s => new VisitQuotaLine(s.Id, s.Name, s.Position, VisitQuotas.For(s.Position)!.Value,
                visits.Count(v => v.StaffMemberId == s.Id && v.Status is VisitStatus.Done or VisitStatus.Reviewed),
                visits.Count(v => v.StaffMemberId == s.Id))).ToList();
    }

    /// <summary>The service KPIs the desk's data allows for one estate-month (kpis.md K-12 … K-64).</summary>
    public static async Task<List<ServiceKpi>?> KpisAsync(RequestContext rc, Guid estateId, int year, int month, CancellationToken ct)
    {
        if (await MonthAsync(rc, estateId, year, month, ct) is not { } m) return null;
        var db = rc.Db;
        var now = rc.Now;
        var rows = await ComplaintsAsync(db, m, ct);
        var counted = Counted(rows);
        var ids = rows.Select(x => x.Id).ToList();
        var limits = await db.ServiceDeadlines.AsNoTracking().Where(d => d.EstateId == estateId && (ids.Contains(d.RequestId)
                || (d.Kind == ServiceDeadlineKind.OnSite && d.StartsAt >= m.From && d.StartsAt < m.To)))
            .Select(d => new { d.RequestId, d.Kind, d.DueAt, d.MetAt, d.VoidedAt }).ToListAsync(ct);
        var households = await db.Units.CountAsync(u => u.EstateId == estateId, ct);
        var repairs = await db.ServiceRequests.AsNoTracking()
            .Where(r => r.EstateId == estateId && (r.Type == ServiceRequestType.Repair || r.Type == ServiceRequestType.HomeService) && r.CompletedAt >= m.From && r.CompletedAt < m.To)
            .Select(r => new { r.ReturnVisitSatisfied }).ToListAsync(ct);
        var rated = await db.ServiceRequests.AsNoTracking()
            .Where(r => r.EstateId == estateId && r.Rating != null && r.CompletedAt >= m.From && r.CompletedAt < m.To).Select(r => r.Rating!.Value).ToListAsync(ct);
        var visits = await db.CustomerVisits.AsNoTracking().Where(v => v.EstateId == estateId && v.DoneAt >= m.From && v.DoneAt < m.To)
            .Select(v => new { v.Rating }).ToListAsync(ct);
        var quotas = await QuotaLinesAsync(db, m, ct);
        var handledInMonth = await db.Complaints.AsNoTracking().CountAsync(c => c.EstateId == estateId && c.HandledAt >= m.From && c.HandledAt < m.To, ct);

        // A limit counts for timeliness once it was met or ran out; one still running (or voided) says nothing yet.
        bool Decided(DateTime due, DateTime? met, DateTime? voided) => met is not null || (voided is null && due <= now);
        var replies = limits.Where(d => d.Kind == ServiceDeadlineKind.Reply && counted.Any(c => c.Id == d.RequestId) && Decided(d.DueAt, d.MetAt, d.VoidedAt)).ToList();
        var onSite = limits.Where(d => d.Kind == ServiceDeadlineKind.OnSite && Decided(d.DueAt, d.MetAt, d.VoidedAt)).ToList();
        var beyondOneDay = counted.Count(c => limits.Any(d => d.RequestId == c.Id && d.Kind == ServiceDeadlineKind.HandlingRecord && (c.HandledAt ?? now) > d.DueAt));
        var needVisit = counted.Where(c => c.HandledAt is not null && c.Exemption is null).ToList();
        var complaintVisits = counted.Where(c => c.ReturnVisitSatisfied is not null).ToList();
        var heads = quotas.Where(q => q.Position == Staff.Position.EstateHead).ToList();

        return
        [
            ServiceKpi.Count("K-12", "投诉总件数 — complaint count", counted.Count),
            households == 0 ? new ServiceKpi("K-13", "投诉率 — complaints per 100 households", null, counted.Count, null, "per 100 households")
                : new ServiceKpi("K-13", "投诉率 — complaints per 100 households", Math.Round(100m * counted.Count / households, 2, MidpointRounding.AwayFromZero), counted.Count, households, "per 100 households"),
            ServiceKpi.Count("K-16", "重大投诉数 — major complaints", counted.Count(c => c.Major)),
            ServiceKpi.Count("K-18", "热点投诉数 — hot complaints", counted.Count(c => c.Hot)),
            ServiceKpi.Rate("K-20", "投诉回复及时率 — complaint reply timeliness", replies.Count(d => d.MetAt is { } met && met <= d.DueAt), replies.Count),
            ServiceKpi.Rate("K-22", "投诉关闭率 — complaint closure rate", counted.Count(c => c.Status == ComplaintStatus.Closed), counted.Count),
            ServiceKpi.Rate("K-24", "超一个工作日投诉占比 — complaints open beyond one working day", beyondOneDay, counted.Count),
            ServiceKpi.Rate("K-26", "投诉回访率 — complaint return-visit coverage", needVisit.Count(c => c.ReturnVisitSatisfied is not null), needVisit.Count),
            ServiceKpi.Rate("K-27", "投诉处理满意率 — complaint-handling satisfaction", complaintVisits.Count(c => c.ReturnVisitSatisfied == true), complaintVisits.Count),
            ServiceKpi.Rate("K-28", "重复投诉率 — repeat complaints", rows.Count(c => c.RepeatOf is not null), handledInMonth),
            ServiceKpi.Rate("K-39", "24小时到场率 — on site in time", onSite.Count(d => d.MetAt is { } met && met <= d.DueAt), onSite.Count),
            ServiceKpi.Rate("K-43", "维修回访率 — repair return-visit coverage", repairs.Count(r => r.ReturnVisitSatisfied is not null), repairs.Count),
            ServiceKpi.Rate("K-44", "维修满意率 — repair satisfaction", repairs.Count(r => r.ReturnVisitSatisfied == true), repairs.Count(r => r.ReturnVisitSatisfied is not null)),
            heads.Count == 0 ? new ServiceKpi("K-53", "经理访谈数 — estate head's visits", null, null, null, "households")
                : new ServiceKpi("K-53", "经理访谈数 — estate head's visits", heads.Sum(h => h.Done), heads.Sum(h => h.Done), heads.Sum(h => h.Quota), "households"),
            ServiceKpi.Rate("K-54", "员工访谈定额完成率 — visit-quota attainment", quotas.Sum(q => Math.Min(q.Done, q.Quota)), quotas.Sum(q => q.Quota)),
            ServiceKpi.Rate("K-60", "访谈总体满意度 — satisfaction stated in visits", visits.Count(v => v.Rating is { } r && Satisfaction.IsSatisfied(r)), visits.Count(v => v.Rating is not null)),
            ServiceKpi.Rate("K-64", "客户满意率 — satisfaction of post-case ratings", rated.Count(Satisfaction.IsSatisfied), rated.Count),
        ];
    }
}

/// <summary>The estate's monthly complaint statistics and analysis report, submitted to HQ quality (T-100).</summary>
public static class SubmitComplaintMonthlyReport
{
    public static readonly UseCase<SubmitComplaintMonthlyReportInput, ComplaintMonthlyReport> UseCase = new(Access.Roles(ServiceDeskScope.DeskRoles), RunAsync);

    public static async Task<Payload<ComplaintMonthlyReport>> RunAsync(RequestContext rc, SubmitComplaintMonthlyReportInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Analysis, "summary", 8000, required: true);
        if (i.Year is < 2000 or > 2100 || i.Month is < 1 or > 12) check.Invalid("month", "CP_MONTH_RANGE");
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct)) check.Missing("estateId", "NOT_FOUND", "entity.estate");
        if (check.Failed) return Payload<ComplaintMonthlyReport>.Fail(check);
        var row = await rc.Db.ComplaintMonthlyReports.SingleOrDefaultAsync(x => x.EstateId == i.EstateId && x.Year == i.Year && x.Month == i.Month, ct);
        if (row?.SubmittedAt is not null) return Payload<ComplaintMonthlyReport>.Fail(check.Fail(ComplaintErrors.MonthlyReportSubmitted, "month"));
        if (row is null)
        {
            var calendar = await ServiceDeskScope.CalendarAsync(rc, i.EstateId, ct);
            rc.Db.ComplaintMonthlyReports.Add(row = new ComplaintMonthlyReport { EstateId = i.EstateId, Year = i.Year, Month = i.Month, DueAt = ServiceDeadlines.MonthlyReportDue(i.Year, i.Month, calendar) });
        }
        (row.SubmittedAt, row.SubmittedBy, row.Analysis) = (rc.Now, rc.Viewer.UserId, i.Analysis.Trim());
        await rc.Db.SaveChangesAsync(ct);
        return Payload<ComplaintMonthlyReport>.Ok(row);
    }
}
