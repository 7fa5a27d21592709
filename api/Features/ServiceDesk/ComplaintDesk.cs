using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Calendar;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// The complaint rules that need the database, each once (service-desk.md §7.3, §7.6 N, §7.7): opening a complaint at
/// intake with its limits, HOT detection, the class flags' report timers, linking a repeat, and the closure of complaints
/// exempt from the return visit one week after handling.
/// </summary>
public static class ComplaintDesk
{
    public static readonly Actor System = new("system", "系统");

    /// <summary>
    /// A complaint request was received: its complaint record (provisional category from the request's category code),
    /// the plan and handling-record limits, the exemption known at intake (anonymous, household opted out), and the HOT
    /// rule — all before the request is stored, so they are saved with it.
    /// </summary>
    public static async Task OpenAsync(TenantDbContext db, ServiceRequest r, Actor by, WorkingCalendar calendar, CancellationToken ct)
    {
        var c = new Complaint
        {
            RequestId = r.Id, EstateId = r.EstateId, Status = ComplaintStatus.Received,
            Category = Enum.TryParse<ComplaintCategory>(r.Category?.Trim(), ignoreCase: true, out var cat) && Enum.IsDefined(cat) ? cat : null,
        };
        if (r.Anonymous) c.Exemption = ReturnVisitExemption.Anonymous;
        else if (r.UnitId is { } unit && await db.Set<VisitOptOut>().AnyAsync(o => o.UnitId == unit, ct)) c.Exemption = ReturnVisitExemption.OptedOut;
        r.Complaint = c;
        foreach (var (kind, due) in ServiceDeadlines.ComplaintAtIntake(r.ReceivedAt, calendar))
            r.Deadlines.Add(ServiceDeadlines.Row(r, kind, r.ReceivedAt, due));
        await EvaluateHotAsync(db, r, c, calendar, r.RecordedAt, ct);
    }

    /// <summary>
    /// HOT (§7.3, T-97): three or more different complainants with the same problem (<see cref="ComplaintRules.PlaceKey"/>:
    /// estate + category + place) within one month up to this complaint, or a collective complaint of three or more.
    /// Invalid and cancelled complaints and linked repeats do not count. The report timer starts on the complaint that
    /// makes the event hot; a later one of the same event is flagged too but the event is reported once.
    /// </summary>
    public static async Task EvaluateHotAsync(TenantDbContext db, ServiceRequest r, Complaint c, WorkingCalendar calendar, DateTime now, CancellationToken ct)
    {
        if (c.Hot || c.HotSource == ClassSource.Manual) return;
        if (c.Complainants >= ComplaintRules.HotComplainants)
        {
            Raise(r, c, now, $"collective: {c.Complainants}", calendar, reported: false);
            return;
        }
        if (c.Category is not { } category) return;
        var day = DateOnly.FromDateTime(calendar.Local(Utc(r.ReceivedAt)));
        var since = r.ReceivedAt.AddDays(-32);
        var others = await (from o in db.Set<Complaint>().AsNoTracking()
                            join q in db.Set<ServiceRequest>() on o.RequestId equals q.Id
                            where o.EstateId == r.EstateId && o.Category == category && o.RequestId != r.Id && o.Valid != false
                                  && o.RepeatOfRequestId == null && q.Status != ServiceRequestStatus.Cancelled
                                  && q.ReceivedAt >= since && q.ReceivedAt <= r.ReceivedAt
                            select new { q.Id, q.Number, q.Location, q.ReceivedAt, q.ReporterPersonId, q.ContactPhone, o.Hot }).ToListAsync(ct);
        var place = ComplaintRules.PlaceKey(r.Location);
        var same = others.Where(o => ComplaintRules.PlaceKey(o.Location) == place
                                     && ComplaintRules.WithinOneMonth(DateOnly.FromDateTime(calendar.Local(Utc(o.ReceivedAt))), day)).ToList();
        var complainants = same.Select(o => ComplaintRules.ComplainantKey(o.Id, o.ReporterPersonId, o.ContactPhone))
            .Append(ComplaintRules.ComplainantKey(r.Id, r.ReporterPersonId, r.ContactPhone)).Distinct().Count();
        if (complainants < ComplaintRules.HotComplainants) return;
        Raise(r, c, now, $"{complainants} complainants: " + string.Join(", ", same.OrderBy(o => o.ReceivedAt).Select(o => o.Number)), calendar,
            reported: same.Any(o => o.Hot));
    }

    private static void Raise(ServiceRequest r, Complaint c, DateTime now, string reason, WorkingCalendar calendar, bool reported)
    {
        if (!c.RaiseHot(now, reason)) return;
        r.Log(ServiceAction.Classified, System, now, "HOT: " + reason);
        if (!reported) r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.HotReport, now, ServiceDeadlines.WeekAfter(now, calendar)));
    }

    /// <summary>MAJOR by rule, with its 1-working-day report timer (T-94/T-95).</summary>
    public static void EvaluateMajor(ServiceRequest r, Complaint c, DateTime now, WorkingCalendar calendar)
    {
        if (!c.EvaluateMajor(now)) return;
        r.Log(ServiceAction.Classified, System, now, $"MAJOR: service fault, claim {c.ClaimedAmount:0.00} CNY");
        StartMajorReport(r, now, calendar);
    }

    public static void StartMajorReport(ServiceRequest r, DateTime now, WorkingCalendar calendar)
    {
        if (r.Deadlines.Any(d => d.Kind == ServiceDeadlineKind.MajorReport)) return;
        r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.MajorReport, now, ServiceDeadlines.MajorReportDue(now, calendar)));
    }

    public static void StartHotReport(ServiceRequest r, DateTime now, WorkingCalendar calendar)
    {
        if (r.Deadlines.Any(d => d.Kind == ServiceDeadlineKind.HotReport)) return;
        r.Deadlines.Add(ServiceDeadlines.Row(r, ServiceDeadlineKind.HotReport, now, ServiceDeadlines.WeekAfter(now, calendar)));
    }

    /// <summary>
    /// A repeat (§7.6 N, 客户投诉统计说明 7): the same complainant, estate, category and place as a complaint handled less
    /// than one week ago that is still watched (observation, or closed on the spot / after its visit within the week). The
    /// new complaint is linked to it (and not counted again); the original goes back to rework, or is reopened.
    /// Runs after the new request is stored; saves the link.
    /// </summary>
    public static async Task LinkRepeatAsync(TenantDbContext db, ServiceRequest r, Actor by, CancellationToken ct)
    {
        var c = r.Complaint!;
        if (c.Category is not { } category) return;
        var who = ComplaintRules.ComplainantKey(r.Id, r.ReporterPersonId, r.ContactPhone);
        var since = r.ReceivedAt.AddDays(-ServiceDeadlines.OneWeekDays);
        var candidates = await (from o in db.Set<Complaint>()
                                join q in db.Set<ServiceRequest>() on o.RequestId equals q.Id
                                where o.EstateId == r.EstateId && o.Category == category && o.RequestId != r.Id && o.RepeatOfRequestId == null
                                      && o.HandledAt != null && o.HandledAt >= since && o.HandledAt <= r.ReceivedAt
                                      && (o.Status == ComplaintStatus.Observation || o.Status == ComplaintStatus.Closed || o.Status == ComplaintStatus.ResolvedOnSpot)
                                orderby o.HandledAt descending
                                select new { c = o, q.Id, q.Location, q.ReporterPersonId, q.ContactPhone }).ToListAsync(ct);
        var original = candidates.FirstOrDefault(x => ComplaintRules.ComplainantKey(x.Id, x.ReporterPersonId, x.ContactPhone) == who
                                                      && ComplaintRules.PlaceKey(x.Location) == ComplaintRules.PlaceKey(r.Location));
        if (original is null) return;
        var orig = await db.Set<ServiceRequest>().Include(x => x.Deadlines).SingleAsync(x => x.Id == original.Id, ct);
        var oc = original.c;
        c.RepeatOfRequestId = orig.Id;
        var events = orig.Timeline.Count;
        oc.Move(orig, oc.Status == ComplaintStatus.Observation ? ComplaintStatus.Rework : ComplaintStatus.Reopened, ServiceAction.RepeatLinked, by, r.RecordedAt, r.Number);
        oc.ClosedAt = null;
        oc.ClosedBy = null;
        foreach (var d in orig.Deadlines.Where(d => d.IsOpen && d.Kind == ServiceDeadlineKind.Observation)) d.VoidedAt = r.RecordedAt;
        if (ServiceRequestTransitions.Table.CanMove(orig.Status, ServiceRequestStatus.Reopened))
        {
            orig.Move(ServiceRequestStatus.Reopened, ServiceAction.Reopened, by, r.RecordedAt, r.Number);
            orig.ClosedAt = null;
        }
        r.Log(ServiceAction.RepeatLinked, by, r.RecordedAt, orig.Number);
        db.AddRange(orig.Timeline.Skip(events));
        db.Add(r.Timeline[^1]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Closes every complaint exempt from the return visit whose week passed without a repeat (T-93): observation and
    /// on-the-spot complaints whose Observation limit is due. A repeat voided that limit (<see cref="LinkRepeatAsync"/>),
    /// so it is not closed. The request closes with it when its own table allows. Returns the numbers closed.
    /// </summary>
    public static async Task<List<string>> CloseObservedAsync(TenantDbContext db, DateTime now, CancellationToken ct)
    {
        var due = await db.Set<ServiceDeadline>().AsNoTracking()
            .Where(d => d.Kind == ServiceDeadlineKind.Observation && d.MetAt == null && d.VoidedAt == null && d.DueAt <= now)
            .Select(d => d.RequestId).Distinct().ToListAsync(ct);
        var closed = new List<string>();
        foreach (var id in due)
        {
            var r = await db.Set<ServiceRequest>().Include(x => x.Deadlines).Include(x => x.Complaint).SingleAsync(x => x.Id == id, ct);
            var c = r.Complaint!;
            if (c.Status is not (ComplaintStatus.Observation or ComplaintStatus.ResolvedOnSpot)) continue;
            var events = r.Timeline.Count;
            c.Move(r, ComplaintStatus.Closed, ServiceAction.ComplaintMoved, System, now, "no repeat within one week");
            c.ClosedBy = ComplaintClosure.NoRepeatInOneWeek;
            CloseRequest(r, now);
            db.AddRange(r.Timeline.Skip(events));
            await db.SaveChangesAsync(ct);
            closed.Add(r.Number);
        }
        return closed;
    }

    /// <summary>
    /// The return visit's verdict on a complaint awaiting it (§7.8): satisfied closes it (once its final category is set —
    /// else the desk closes it after classifying); not satisfied sends it to rework.
    /// </summary>
    public static void AfterReturnVisit(ServiceRequest r, Complaint c, bool satisfied, Actor by, DateTime now)
    {
        if (c.Status != ComplaintStatus.ReturnVisitDue) return;
        if (!satisfied) c.Move(r, ComplaintStatus.Rework, ServiceAction.ComplaintMoved, by, now);
        else if (c.Category is not null)
        {
            c.Move(r, ComplaintStatus.Closed, ServiceAction.ComplaintMoved, by, now);
            c.ClosedBy = ComplaintClosure.SatisfiedReturnVisit;
            CloseRequest(r, now);
        }
    }

    /// <summary>The request closes with its complaint when its own table allows; every running limit stops counting.</summary>
    public static void CloseRequest(ServiceRequest r, DateTime now)
    {
        foreach (var d in r.Deadlines.Where(d => d.IsOpen))
        {
            if (d.Kind == ServiceDeadlineKind.Observation) d.MetAt = now;
            else d.VoidedAt = now;
        }
        if (!ServiceRequestTransitions.Table.CanMove(r.Status, ServiceRequestStatus.Closed)) return;
        r.Move(ServiceRequestStatus.Closed, ServiceAction.Closed, System, now, "complaint closed");
        r.ClosedAt = now;
    }

    /// <summary>The estate's monthly report rows (T-100) for the month of <paramref name="now"/>, created once per estate.</summary>
    public static async Task EnsureMonthlyReportsAsync(TenantDbContext db, IWorkingCalendars calendars, DateTime now, CancellationToken ct)
    {
        var estates = await db.Set<Registry.Estate>().AsNoTracking().Select(e => e.Id).ToListAsync(ct);
        foreach (var estate in estates)
        {
            var calendar = await calendars.ForEstateAsync(db, estate, ct);
            var local = calendar.Local(Utc(now));
            if (await db.Set<ComplaintMonthlyReport>().AnyAsync(x => x.EstateId == estate && x.Year == local.Year && x.Month == local.Month, ct)) continue;
            db.Add(new ComplaintMonthlyReport { EstateId = estate, Year = local.Year, Month = local.Month, DueAt = ServiceDeadlines.MonthlyReportDue(local.Year, local.Month, calendar) });
        }
        await db.SaveChangesAsync(ct);
    }

    internal static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}

/// <summary>
/// The complaint sweep (hourly, and at each complaint's own closure instant via TenantJobs.ScheduleAt): closes the
/// complaints whose week of observation passed without a repeat and keeps the month's report rows.
/// </summary>
[Quartz.DisallowConcurrentExecution]
public sealed class ComplaintSweepJob(TenantGate gate, TimeProvider clock, IWorkingCalendars calendars, ILogger<ComplaintSweepJob> log) : Jobs.TenantJob(gate, log)
{
    protected override async Task RunAsync(Jobs.TenantJobContext context, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await ComplaintDesk.CloseObservedAsync(context.Db, now, ct);
        await ComplaintDesk.EnsureMonthlyReportsAsync(context.Db, calendars, now, ct);
    }
}
