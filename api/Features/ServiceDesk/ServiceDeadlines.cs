using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.ServiceDesk.Settings;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// The service desk's time limits in one place, computed on the estate's working calendar (time-limits.md counting
/// conventions; service-desk.md §5.5, §6.5, §7.6 E suggested defaults). Pure: instants in, instants out.
/// </summary>
public static class ServiceDeadlines
{
    /// <summary>Emergency repairs: acknowledged within 10 minutes, on site within 30, around the clock (§6.5).</summary>
    public static readonly TimeSpan EmergencyAcknowledge = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan EmergencyOnSite = TimeSpan.FromMinutes(30);
    /// <summary>Ordinary repairs: appointment confirmed within 2 working hours; on site within 24 hours unless the customer chose a time.</summary>
    public const double OrdinaryAppointmentWorkingHours = 2;
    public static readonly TimeSpan OrdinaryOnSite = TimeSpan.FromHours(24);
    /// <summary>A repair not completed after 3 working days is a difficult job (§6.5, step 5 of §6.4).</summary>
    public const int CompletionWorkingDays = 3;
    /// <summary>Written and e-mailed complaints are answered within 2 working days (T-77); others the same day (T-76, T-78/79).</summary>
    public const int WrittenReplyWorkingDays = 2;
    /// <summary>Referred inquiries and suggestions: answered by the end of the next working day (§5.5 suggested default) / acknowledged within 2 (§8.1).</summary>
    public const int InquiryReplyWorkingDays = 1;
    public const int SuggestionReplyWorkingDays = 2;
    /// <summary>Return visit: repairs within 24 hours of completion (§6.5), complaints within 3 working days (T-91).</summary>
    public static readonly TimeSpan RepairReturnVisit = TimeSpan.FromHours(24);
    public const int ComplaintReturnVisitWorkingDays = 3;

    /// <summary>The limits that start when a request is received; <paramref name="settings"/>: the company's urgency limits (default: the suggested ones).</summary>
    public static List<(ServiceDeadlineKind Kind, DateTime Due)> AtIntake(ServiceRequestType type, ServiceChannel channel, RepairUrgency? urgency,
        DateTime receivedAt, DateTime? appointmentAt, WorkingCalendar calendar, DeskLimits? settings = null)
    {
        var company = settings ?? DeskLimits.Defaults;
        var at = Utc(receivedAt);
        var limits = new List<(ServiceDeadlineKind, DateTime)>();
        switch (type)
        {
            case ServiceRequestType.Repair or ServiceRequestType.HomeService when urgency == RepairUrgency.Emergency:
                limits.Add((ServiceDeadlineKind.Acknowledge, receivedAt + company.EmergencyAcknowledge));
                limits.Add((ServiceDeadlineKind.OnSite, receivedAt + company.EmergencyOnSite));
                limits.Add((ServiceDeadlineKind.Completion, calendar.AddWorkingDays(at, company.CompletionWorkingDays).UtcDateTime));
                break;
            case ServiceRequestType.Repair or ServiceRequestType.HomeService:
                limits.Add((ServiceDeadlineKind.Appointment, calendar.AddWorkingHours(at, company.OrdinaryAppointmentWorkingHours).UtcDateTime));
                limits.Add((ServiceDeadlineKind.OnSite, appointmentAt ?? receivedAt + company.OrdinaryOnSite));
                limits.Add((ServiceDeadlineKind.Completion, calendar.AddWorkingDays(at, company.CompletionWorkingDays).UtcDateTime));
                break;
            case ServiceRequestType.Complaint:
                limits.Add((ServiceDeadlineKind.Reply, channel is ServiceChannel.Email or ServiceChannel.Letter
                    ? calendar.AddWorkingDays(at, WrittenReplyWorkingDays).UtcDateTime
                    : SameDay(at, calendar).UtcDateTime));
                break;
            case ServiceRequestType.Inquiry:
                limits.Add((ServiceDeadlineKind.Reply, calendar.AddWorkingDays(at, InquiryReplyWorkingDays).UtcDateTime));
                break;
            case ServiceRequestType.Suggestion:
                limits.Add((ServiceDeadlineKind.Reply, calendar.AddWorkingDays(at, SuggestionReplyWorkingDays).UtcDateTime));
                break;
        }
        return limits;
    }

    /// <summary>The return visit that starts when the work is completed; null for types not visited back.</summary>
    public static DateTime? ReturnVisitDue(ServiceRequestType type, DateTime completedAt, WorkingCalendar calendar) => type switch
    {
        ServiceRequestType.Repair or ServiceRequestType.HomeService => completedAt + RepairReturnVisit,
        ServiceRequestType.Complaint => calendar.AddWorkingDays(Utc(completedAt), ComplaintReturnVisitWorkingDays).UtcDateTime,
        _ => null,
    };

    /// <summary>Complaints: the handling department replies with its plan within 2 working days (T-81, 001 五 4.3.2).</summary>
    public const int ComplaintPlanWorkingDays = 2;
    /// <summary>A complaint open longer than 1 working day gets its handling record (T-60).</summary>
    public const int ComplaintHandlingRecordWorkingDays = 1;
    /// <summary>Major complaint report within 1 working day (T-95).</summary>
    public const int MajorReportWorkingDays = 1;
    /// <summary>"One week" (一周) = 7 calendar days (time-limits.md counting rules): hot report, hot case report, closure watch.</summary>
    public const int OneWeekDays = 7;
    /// <summary>The monthly complaint report is due before the 28th (T-100).</summary>
    public const int MonthlyReportDay = 28;

    /// <summary>
    /// The limits a complaint starts at intake besides its reply (T-76/T-77 in <see cref="AtIntake"/>): the handling plan
    /// within 2 working days and, for a complaint still open after 1 working day, the handling record — both counted with
    /// the received time as the trigger (written complaints: the time of receipt).
    /// </summary>
    public static List<(ServiceDeadlineKind Kind, DateTime Due)> ComplaintAtIntake(DateTime receivedAt, WorkingCalendar calendar)
    {
        var at = Utc(receivedAt);
        return
        [
            (ServiceDeadlineKind.HandlingPlan, calendar.AddWorkingDays(at, ComplaintPlanWorkingDays).UtcDateTime),
            (ServiceDeadlineKind.HandlingRecord, calendar.AddWorkingDays(at, ComplaintHandlingRecordWorkingDays).UtcDateTime),
        ];
    }

    /// <summary>The report a class flag starts when it is raised: MAJOR within 1 working day, HOT within one week.</summary>
    public static DateTime MajorReportDue(DateTime flaggedAt, WorkingCalendar calendar) =>
        calendar.AddWorkingDays(Utc(flaggedAt), MajorReportWorkingDays).UtcDateTime;

    public static DateTime WeekAfter(DateTime trigger, WorkingCalendar calendar) =>
        calendar.AddCalendarDays(Utc(trigger), OneWeekDays).UtcDateTime;

    /// <summary>Before the 28th of the month: the end of the 28th, or of the working day before it when it is not one.</summary>
    public static DateTime MonthlyReportDue(int year, int month, WorkingCalendar calendar) =>
        calendar.DueByDayOfMonth(year, month, MonthlyReportDay).UtcDateTime;

    /// <summary>A reopened repair gets a new completion limit counted from the reopening.</summary>
    public static DateTime CompletionAfterReopen(DateTime reopenedAt, WorkingCalendar calendar, DeskLimits? settings = null) =>
        calendar.AddWorkingDays(Utc(reopenedAt), (settings ?? DeskLimits.Defaults).CompletionWorkingDays).UtcDateTime;

    /// <summary>
    /// "Same day" (当日): the end of the calendar day of the trigger when it came on a working day before closing time;
    /// otherwise the end of the next working day (time-limits.md T-76 suggested default, T-79).
    /// </summary>
    public static DateTimeOffset SameDay(DateTimeOffset trigger, WorkingCalendar calendar)
    {
        var local = calendar.Local(trigger);
        var day = DateOnly.FromDateTime(local);
        return calendar.IsWorkingDay(day) && TimeOnly.FromDateTime(local) < calendar.WorkEnd
            ? calendar.Instant(day.AddDays(1), TimeOnly.MinValue)
            : calendar.AddWorkingDays(trigger, 0);
    }

    /// <summary>The row of a limit: it warns in the last quarter of its span.</summary>
    public static ServiceDeadline Row(ServiceRequest r, ServiceDeadlineKind kind, DateTime startsAt, DateTime dueAt) => new()
    {
        RequestId = r.Id, EstateId = r.EstateId, Kind = kind, StartsAt = startsAt, DueAt = dueAt,
        WarnAt = WarnAt(startsAt, dueAt),
    };

    public static DateTime WarnAt(DateTime startsAt, DateTime dueAt) => dueAt <= startsAt ? dueAt : dueAt - (dueAt - startsAt) / 4;

    /// <summary>The SLA state of one limit at <paramref name="now"/>; met and voided limits are on time.</summary>
    public static SlaState State(ServiceDeadline d, DateTime now) =>
        !d.IsOpen ? SlaState.OnTime : now >= d.DueAt ? SlaState.Overdue : now >= d.WarnAt ? SlaState.DueSoon : SlaState.OnTime;

    /// <summary>A request's SLA state: the worst of its open limits.</summary>
    public static SlaState State(IEnumerable<ServiceDeadline> deadlines, DateTime now) =>
        deadlines.Select(d => State(d, now)).DefaultIfEmpty(SlaState.OnTime).Max();

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}

/// <summary>On time / due soon / overdue (ordered: a larger value is worse).</summary>
public enum SlaState { OnTime, DueSoon, Overdue }

/// <summary>
/// What is due soon or overdue now, for the recurring job that warns and escalates (issue 15 §5): open limits whose
/// warning time has come, earliest due first. Runs on one company database; the job loops over companies.
/// </summary>
public static class ServiceDeskSweep
{
    public sealed record DueLimit(Guid DeadlineId, Guid RequestId, string Number, Guid EstateId, ServiceDeadlineKind Kind, DateTime DueAt, SlaState State,
        string? AssignedUserId, string? FirstReceiverId);

    public static async Task<List<DueLimit>> DueAsync(TenantDbContext db, DateTime now, CancellationToken ct)
    {
        var rows = await (from d in db.Set<ServiceDeadline>().AsNoTracking()
                          join r in db.Set<ServiceRequest>() on d.RequestId equals r.Id
                          where d.MetAt == null && d.VoidedAt == null && d.WarnAt <= now
                          orderby d.DueAt, d.Id
                          select new { d, r.Number, r.AssignedUserId, r.FirstReceiverId }).ToListAsync(ct);
        return rows.Select(x => new DueLimit(x.d.Id, x.d.RequestId, x.Number, x.d.EstateId, x.d.Kind, x.d.DueAt, ServiceDeadlines.State(x.d, now),
            x.AssignedUserId, x.FirstReceiverId)).ToList();
    }
}
