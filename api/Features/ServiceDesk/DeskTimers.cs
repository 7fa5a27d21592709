using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Features.Timers;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// The service desk plugged into the shared timer engine: its open <see cref="ServiceDeadline"/> rows of open requests
/// are the items; a warning tells the handler, an escalation is logged on the request's timeline and tells the CS head
/// (then the estate manager).
/// </summary>
public sealed class DeskTimerSource(IWorkingCalendars calendars) : ITimerSource
{
    public const string SourceName = "service-desk";
    public static readonly Actor SystemActor = new("system", "系统");

    public string Name => SourceName;

    public IQueryable<TimerItem> Due(TenantDbContext db, DateTime now) =>
        from d in db.Set<ServiceDeadline>()
        join r in db.Set<ServiceRequest>() on d.RequestId equals r.Id
        where d.MetAt == null && d.VoidedAt == null && d.WarnAt <= now
              && r.Status != ServiceRequestStatus.Closed && r.Status != ServiceRequestStatus.Cancelled
        select new TimerItem
        {
            ItemId = d.Id, SubjectId = r.Id, EstateId = d.EstateId, WarnAt = d.WarnAt, DueAt = d.DueAt,
            HandlerUserId = r.AssignedUserId ?? r.FirstReceiverId, Urgent = r.Urgency == RepairUrgency.Emergency,
        };

    public async Task OnFiredAsync(TenantDbContext db, TimerFiring f, CancellationToken ct)
    {
        var r = await db.Set<ServiceRequest>().SingleAsync(x => x.Id == f.Item.SubjectId, ct);
        var kind = await db.Set<ServiceDeadline>().AsNoTracking().Where(d => d.Id == f.Item.ItemId).Select(d => d.Kind).SingleAsync(ct);
        if (f.Stage != TimerStage.Warned)
        {
            var to = f.Stage == TimerStage.EscalatedToCsHead ? "客服主管" : "管理处经理";
            var e = r.Log(ServiceAction.Escalated, SystemActor, f.Now, $"{kind} {f.Item.DueAt:yyyy-MM-ddTHH:mm}Z → {to}{(f.Recipient is { } who ? " " + who.Name : "")}");
            db.Add(e);
        }
        if (f.Recipient is not { } recipient) return;
        var calendar = await calendars.ForEstateAsync(db, r.EstateId, ct);
        var estate = await db.Estates.AsNoTracking().Where(x => x.Id == r.EstateId).Select(x => x.Name).SingleAsync(ct);
        var template = f.Stage == TimerStage.Warned ? DeskTemplates.DueSoon : DeskTemplates.Escalated;
        var local = calendar.Local(new DateTimeOffset(DateTime.SpecifyKind(f.Item.DueAt, DateTimeKind.Utc)));
        var text = DeskTemplates.Fill(template, estate, r.Number, DeskTemplates.KindName(kind), local.ToString("M月d日HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        await NotificationOutbox.QueueAsync(db, [DeskNotifications.StaffAlert($"timer:{f.Item.ItemId:N}:{f.Stage}:{f.Item.DueAt:yyyyMMddHHmm}", recipient.Phone, template, text,
            f.Item.Urgent, r.EstateId, calendar, f.Now)], f.Now, ct);
    }
}
