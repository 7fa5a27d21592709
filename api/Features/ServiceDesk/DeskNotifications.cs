using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.Notifications;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// The desk's approved message texts (communications.md §2.4: fixed in code, versioned by code; SMS texts are approved
/// by the general manager). {0} is the estate's name, {1} the request's number.
/// </summary>
public static class DeskTemplates
{
    private const string Gm = "general_manager";
    public static readonly NotificationTemplate Received = new("sd.received.sms.v1", ContactChannel.Sms, "【{0}】您的服务单{1}已受理，我们会尽快为您处理。", Gm);
    public static readonly NotificationTemplate Dispatched = new("sd.dispatched.sms.v1", ContactChannel.Sms, "【{0}】您的服务单{1}已派给工作人员处理，稍后会与您联系确认上门时间。", Gm);
    public static readonly NotificationTemplate OnTheWay = new("sd.on-the-way.sms.v1", ContactChannel.Sms, "【{0}】维修人员已前往处理您的服务单{1}。", Gm);
    /// <summary>Paid repairs: the resident confirms the price in the portal before work starts (§6.7). Queued by the quote step with <see cref="DeskNotifications.PriceToConfirm"/>.</summary>
    public static readonly NotificationTemplate PriceToConfirm = new("sd.price.sms.v1", ContactChannel.Sms, "【{0}】您的服务单{1}有维修费用待确认，请登录业主端查看并确认后我们再开始施工。", Gm);
    public static readonly NotificationTemplate Completed = new("sd.completed.sms.v1", ContactChannel.Sms, "【{0}】您的服务单{1}已处理完成，请在业主端确认签字并评价。", Gm);
    public static readonly NotificationTemplate Answered = new("sd.answered.sms.v1", ContactChannel.Sms, "【{0}】您的服务单{1}已处理完毕，感谢您的反馈。", Gm);
    public static readonly NotificationTemplate Closed = new("sd.closed.sms.v1", ContactChannel.Sms, "【{0}】您的服务单{1}已关闭，感谢您的支持与理解。", Gm);
    /// <summary>Staff: a request was assigned to you (派单).</summary>
    public static readonly NotificationTemplate Assigned = new("sd.assigned.staff.v1", ContactChannel.Sms, "【{0}】新派单{1}：{2}，请及时接单处理。", Gm);
    /// <summary>Staff: a limit is due soon ({2} the limit, {3} when it runs out, local time).</summary>
    public static readonly NotificationTemplate DueSoon = new("sd.due-soon.staff.v1", ContactChannel.Sms, "【{0}】服务单{1}的{2}时限将于{3}到期，请及时处理。", Gm);
    /// <summary>Staff: a limit ran out and is escalated to you.</summary>
    public static readonly NotificationTemplate Escalated = new("sd.escalated.staff.v1", ContactChannel.Sms, "【{0}】服务单{1}的{2}时限已于{3}超时，现升级至您督办。", Gm);

    public static string Fill(NotificationTemplate t, params object[] args) => string.Format(CultureInfo.InvariantCulture, t.Text, args);

    /// <summary>The limit's name in messages.</summary>
    public static string KindName(ServiceDeadlineKind kind) => kind switch
    {
        ServiceDeadlineKind.Acknowledge => "接单",
        ServiceDeadlineKind.Appointment => "预约",
        ServiceDeadlineKind.OnSite => "到场",
        ServiceDeadlineKind.Completion => "完成",
        ServiceDeadlineKind.Reply => "答复",
        _ => "回访",
    };
}

/// <summary>
/// Notifications of the service desk (issue 15 §6), made in one place from the timeline entries a step adds: residents
/// hear of receipt, dispatch, the engineer on the way, completion (please sign off) and closure; the assigned staff
/// member hears of the assignment. Messages go through <see cref="NotificationOutbox"/>: a resident's non-urgent message
/// waits for the contact window; emergencies are not held; a staff alert outside an emergency waits for working hours.
/// </summary>
public static class DeskNotifications
{
    /// <summary>Queues the messages of the new timeline entries of <paramref name="r"/> (saved with the caller's changes).</summary>
    public static async Task<int> QueueAsync(TenantDbContext db, ServiceRequest r, IReadOnlyList<ServiceRequestEvent> events, WorkingCalendar calendar,
        DateTime now, CancellationToken ct)
    {
        var messages = new List<OutgoingMessage>();
        string? estate = null;
        async Task<string> EstateAsync() => estate ??= await db.Estates.AsNoTracking().Where(e => e.Id == r.EstateId).Select(e => e.Name).SingleAsync(ct);
        var emergency = r.Urgency == RepairUrgency.Emergency;
        foreach (var e in events)
        {
            if (ResidentTemplate(r, e.Action) is { } template && ResidentPhone(r) is { } phone)
            {
                var urgent = emergency && e.Action is ServiceAction.Received or ServiceAction.Dispatched or ServiceAction.Started;
                messages.Add(new OutgoingMessage($"sd:{e.Id:N}:resident", NotificationAudience.Resident, phone, template,
                    DeskTemplates.Fill(template, await EstateAsync(), r.Number), urgent, r.EstateId));
            }
            if (e.Action is ServiceAction.Dispatched or ServiceAction.Reassigned && r.AssignedStaffMemberId is { } staffId)
            {
                var to = await db.StaffMembers.AsNoTracking().Where(s => s.Id == staffId && s.Active).Select(s => s.Phone).SingleOrDefaultAsync(ct);
                if (to is not null)
                    messages.Add(StaffAlert($"sd:{e.Id:N}:staff", to, DeskTemplates.Assigned,
                        DeskTemplates.Fill(DeskTemplates.Assigned, await EstateAsync(), r.Number, Short(r.Description)), emergency, r.EstateId, calendar, now));
            }
        }
        return await NotificationOutbox.QueueAsync(db, messages, now, ct);
    }

    /// <summary>The resident's "price to confirm" message, for the quote step of paid repairs (§6.7).</summary>
    public static async Task<int> PriceToConfirmAsync(TenantDbContext db, ServiceRequest r, string reference, DateTime now, CancellationToken ct)
    {
        if (ResidentPhone(r) is not { } phone) return 0;
        var estate = await db.Estates.AsNoTracking().Where(e => e.Id == r.EstateId).Select(e => e.Name).SingleAsync(ct);
        return await NotificationOutbox.QueueAsync(db, [new OutgoingMessage($"sd:{reference}:price", NotificationAudience.Resident, phone, DeskTemplates.PriceToConfirm,
            DeskTemplates.Fill(DeskTemplates.PriceToConfirm, estate, r.Number), false, r.EstateId)], now, ct);
    }

    /// <summary>
    /// A staff alert: at once for emergencies (never held, communications.md §2.3 exemption); otherwise from the next
    /// working time of the estate's calendar.
    /// </summary>
    public static OutgoingMessage StaffAlert(string reference, string phone, NotificationTemplate template, string text, bool emergency, Guid estateId,
        WorkingCalendar calendar, DateTime now) =>
        new(reference, NotificationAudience.Staff, phone, template, text, emergency, estateId, emergency ? null : NextWorkingTime(calendar, now));

    /// <summary>The instant itself in working hours, else the start of the next working time of the calendar.</summary>
    public static DateTime NextWorkingTime(WorkingCalendar calendar, DateTime now)
    {
        var at = new DateTimeOffset(DateTime.SpecifyKind(now, DateTimeKind.Utc));
        if (calendar.IsWorkingTime(at)) return now;
        var start = calendar.Instant(calendar.DayZero(at), calendar.WorkStart).UtcDateTime;
        return start > now ? start : calendar.Instant(calendar.NextWorkingDay(calendar.DayZero(at)), calendar.WorkStart).UtcDateTime;
    }

    private static NotificationTemplate? ResidentTemplate(ServiceRequest r, ServiceAction action) => action switch
    {
        ServiceAction.Received => DeskTemplates.Received,
        ServiceAction.Dispatched => DeskTemplates.Dispatched,
        ServiceAction.Started when r.Type is ServiceRequestType.Repair or ServiceRequestType.HomeService => DeskTemplates.OnTheWay,
        ServiceAction.Completed => r.Type is ServiceRequestType.Repair or ServiceRequestType.HomeService ? DeskTemplates.Completed : DeskTemplates.Answered,
        ServiceAction.Closed => DeskTemplates.Closed,
        _ => null,
    };

    /// <summary>Anonymous requests are never answered by message; others at the contact phone given.</summary>
    private static string? ResidentPhone(ServiceRequest r) => r.Anonymous || string.IsNullOrWhiteSpace(r.ContactPhone) ? null : r.ContactPhone;

    private static string Short(string text) => text.Length <= 30 ? text : text[..30] + "…";
}
