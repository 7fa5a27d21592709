using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Billing.Collection;

public sealed record QueuedReminders(int Queued, DateTime? ScheduledFor);

/// <summary>Creates arrears reminders from the approved templates, scheduled inside the channel's contact window.</summary>
public static class ArrearsReminders
{
    /// <summary>A visible household's reminders, newest first; none for a unit outside the caller's scope.</summary>
    public static Task<List<ArrearsReminder>> OfUnitAsync(RequestContext rc, Guid unitId, CancellationToken ct)
    {
        var visible = RegistryScope.Units(rc).Where(u => u.Id == unitId);
        return rc.Db.Set<ArrearsReminder>().AsNoTracking()
            .Where(r => r.UnitId == unitId && visible.Any())
            .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(ct);
    }

    /// <summary>
    /// One reminder per household that has an overdue amount; households already waiting for a reminder of the
    /// channel get no second one, so pressing "send" twice reminds nobody twice.
    /// </summary>
    public static async Task<QueuedReminders> QueueAsync(TenantDbContext db, IEnumerable<ArrearsRow> rows, Func<ArrearsRow, ContactChannel?> channelOf,
        string company, string createdBy, DateTime now, CancellationToken ct)
    {
        var candidates = rows.Where(r => r.Ageing.Overdue > 0).Select(r => (Row: r, Channel: channelOf(r))).Where(x => x.Channel is not null).ToList();
        if (candidates.Count == 0) return new QueuedReminders(0, null);
        var ids = candidates.Select(c => c.Row.Unit.Id).ToList();
        var waiting = (await db.Set<ArrearsReminder>().AsNoTracking()
                .Where(r => ids.Contains(r.UnitId) && (r.Status == ReminderStatus.Scheduled || r.Status == ReminderStatus.Sending))
                .Select(r => new { r.UnitId, r.Channel }).ToListAsync(ct))
            .Select(r => (r.UnitId, r.Channel)).ToHashSet();
        var today = ContactWindows.LocalDate(now);
        var queued = 0;
        DateTime? first = null;
        foreach (var (row, ch) in candidates)
        {
            var channel = ch!.Value;
            if (waiting.Contains((row.Unit.Id, channel))) continue;
            var template = NotificationTemplates.ForArrears(channel);
            var at = ContactWindows.NextAllowed(channel, now);
            db.Add(new ArrearsReminder
            {
                UnitId = row.Unit.Id, EstateId = row.Unit.EstateId, Channel = channel, TemplateCode = template.Code,
                Text = NotificationTemplates.Fill(template, company, row.UnitLabel, today, row.Ageing.Overdue),
                Amount = row.Ageing.Overdue, ScheduledFor = at, CreatedBy = createdBy, CreatedAt = now,
            });
            queued++;
            if (first is null || at < first) first = at;
        }
        await db.SaveChangesAsync(ct);
        return new QueuedReminders(queued, first);
    }

    /// <summary>
    /// Sends every reminder that is due: each is claimed by a conditional update first, so two job runs never send
    /// the same reminder. A reminder whose window closed meanwhile waits for the next window; one whose household
    /// has paid is cancelled.
    /// </summary>
    public static async Task<int> SendDueAsync(TenantDbContext db, string tenantSlug, INotificationSender sender, DateTime now, CancellationToken ct)
    {
        var due = await db.Set<ArrearsReminder>().AsNoTracking()
            .Where(r => r.Status == ReminderStatus.Scheduled && r.ScheduledFor <= now)
            .OrderBy(r => r.ScheduledFor).Take(500).ToListAsync(ct);
        if (due.Count == 0) return 0;
        var unitIds = due.Select(r => r.UnitId).Distinct().ToList();
        var today = ContactWindows.LocalDate(now);
        var owners = await ArrearsList.CurrentOwnersAsync(db, null, today, ct, unitIds);
        var sent = 0;
        foreach (var r in due)
        {
            var set = db.Set<ArrearsReminder>().Where(x => x.Id == r.Id);
            if (!ContactWindows.IsAllowed(r.Channel, now))
            {
                var next = ContactWindows.NextAllowed(r.Channel, now);
                await set.Where(x => x.Status == ReminderStatus.Scheduled).ExecuteUpdateAsync(s => s.SetProperty(x => x.ScheduledFor, next), ct);
                continue;
            }
            if (await ReminderTransitions.Movable(set, ReminderStatus.Sending).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ReminderStatus.Sending), ct) == 0)
                continue; // another run has it
            if (!await ArrearsService.OwesAsync(db, r.UnitId, today, ct))
            {
                await ReminderTransitions.Movable(set, ReminderStatus.Cancelled).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ReminderStatus.Cancelled), ct);
                continue;
            }
            var recipient = r.Channel == ContactChannel.Letter
                ? r.UnitId.ToString()
                : owners.GetValueOrDefault(r.UnitId)?.Phone;
            if (string.IsNullOrWhiteSpace(recipient))
            {
                await ReminderTransitions.Movable(set, ReminderStatus.Failed).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ReminderStatus.Failed).SetProperty(x => x.Error, "no current owner with a phone"), ct);
                continue;
            }
            try
            {
                await sender.SendAsync(new Notification(tenantSlug, r.Channel, recipient, r.TemplateCode, r.Text, "reminder:" + r.Id), ct);
                await ReminderTransitions.Movable(set, ReminderStatus.Sent).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ReminderStatus.Sent).SetProperty(x => x.SentAt, now), CancellationToken.None);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var message = e.GetBaseException().Message;
                if (message.Length > 500) message = message[..500];
                await ReminderTransitions.Movable(set, ReminderStatus.Failed).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, ReminderStatus.Failed).SetProperty(x => x.Error, message), CancellationToken.None);
            }
        }
        return sent;
    }

    /// <summary>The daily escalation: every household whose next contact step is due gets that reminder queued.</summary>
    public static async Task<int> EscalateAsync(TenantDbContext db, string company, DateTime now, CancellationToken ct)
    {
        var today = ContactWindows.LocalDate(now);
        var total = 0;
        foreach (var estateId in await db.Estates.AsNoTracking().Select(e => e.Id).ToListAsync(ct))
        {
            var rows = await ArrearsList.ForEstateAsync(db, estateId, today, ct);
            total += (await QueueAsync(db, rows.Where(r => r.ActionDue), r => ArrearsStages.ChannelOf(r.Stage), company, "system", now, ct)).Queued;
        }
        return total;
    }
}

/// <summary>Sends the company's reminders that are due, through <see cref="INotificationSender"/> (every half hour, CollectionModule).</summary>
[Quartz.DisallowConcurrentExecution] // one at a time per company
public sealed class ReminderJob(TenantGate gate, TimeProvider clock, INotificationSender sender, ILogger<ReminderJob> log) : TenantJob(gate, log)
{
    protected override Task RunAsync(TenantJobContext context, CancellationToken ct) =>
        ArrearsReminders.SendDueAsync(context.Db, context.Tenant.Slug, sender, clock.GetUtcNow().UtcDateTime, ct);
}

/// <summary>Queues the next due contact step of every household in arrears (daily, CollectionModule).</summary>
[Quartz.DisallowConcurrentExecution] // one at a time per company
public sealed class EscalationJob(TenantGate gate, TimeProvider clock, ILogger<EscalationJob> log) : TenantJob(gate, log)
{
    protected override Task RunAsync(TenantJobContext context, CancellationToken ct) =>
        ArrearsReminders.EscalateAsync(context.Db, context.Tenant.NameZh, clock.GetUtcNow().UtcDateTime, ct);
}
