using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Notifications;

/// <summary>Who a message is for: a resident (contact windows apply) or a staff member (work alerts).</summary>
public enum NotificationAudience { Resident, Staff }

public enum OutboxStatus { Queued, Sending, Sent, Failed }

/// <summary>
/// 通知发件箱 — one individual message waiting for its time (communications.md §2.3, §2.8 notification record): a
/// non-urgent message to a resident is scheduled into the channel's next contact window; urgent ones (emergencies) and
/// staff alerts for emergencies go at once. <see cref="Reference"/> is unique: the same event never queues a message twice.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; } = Ids.New();
    /// <summary>What the message is about, unique ("sd:&lt;event id&gt;:resident", "timer:&lt;deadline&gt;:Warned").</summary>
    public required string Reference { get; set; }
    public NotificationAudience Audience { get; set; }
    public ContactChannel Channel { get; set; }
    /// <summary>Mobile number (SMS).</summary>
    public required string Recipient { get; set; }
    public required string TemplateCode { get; set; }
    public required string Text { get; set; }
    /// <summary>Lifts the contact window (emergencies, communications.md §2.3).</summary>
    public bool Urgent { get; set; }
    /// <summary>The estate the message is about, if any.</summary>
    public Guid? EstateId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ScheduledFor { get; set; }
    public OutboxStatus Status { get; set; }
    public DateTime? SentAt { get; set; }
    public string? Error { get; set; }
}

public static class OutboxTransitions
{
    public static readonly TransitionTable<OutboxStatus> Table = new(new Dictionary<OutboxStatus, OutboxStatus[]>
    {
        [OutboxStatus.Queued] = [OutboxStatus.Sending],
        [OutboxStatus.Sending] = [OutboxStatus.Sent, OutboxStatus.Failed],
        [OutboxStatus.Sent] = [],
        [OutboxStatus.Failed] = [],
    });

    /// <summary>The messages of <paramref name="rows"/> that may move to <paramref name="to"/> (set-based updates).</summary>
    public static IQueryable<OutboxMessage> Movable(IQueryable<OutboxMessage> rows, OutboxStatus to)
    {
        var from = Table.From(to);
        return rows.Where(x => from.Contains(x.Status));
    }
}

/// <summary>A message to queue: the recipient's phone, the approved template and its filled text.</summary>
public sealed record OutgoingMessage(string Reference, NotificationAudience Audience, string Recipient, NotificationTemplate Template, string Text,
    bool Urgent, Guid? EstateId, DateTime? NotBefore = null);

/// <summary>
/// The outbox of <see cref="INotificationSender"/>: features queue messages in their own transaction (so a message
/// exists exactly when what it tells happened), and <see cref="OutboxJob"/> sends what is due.
/// </summary>
public static class NotificationOutbox
{
    /// <summary>When a message may go: urgent ones at once; a resident's non-urgent one in the channel's next window; else at <paramref name="notBefore"/>.</summary>
    public static DateTime ScheduleFor(NotificationAudience audience, ContactChannel channel, bool urgent, DateTime now, DateTime? notBefore = null)
    {
        if (urgent) return now;
        var at = notBefore is { } nb && nb > now ? nb : now;
        return audience == NotificationAudience.Resident ? ContactWindows.NextAllowed(channel, at) : at;
    }

    /// <summary>Adds the messages to the context (saved with the caller's changes); references already queued are skipped.</summary>
    public static async Task<int> QueueAsync(TenantDbContext db, IReadOnlyCollection<OutgoingMessage> messages, DateTime now, CancellationToken ct)
    {
        var wanted = messages.Where(m => !string.IsNullOrWhiteSpace(m.Recipient)).ToList();
        if (wanted.Count == 0) return 0;
        var refs = wanted.Select(m => m.Reference).ToList();
        var known = (await db.Set<OutboxMessage>().AsNoTracking().Where(o => refs.Contains(o.Reference)).Select(o => o.Reference).ToListAsync(ct)).ToHashSet();
        known.UnionWith(db.ChangeTracker.Entries<OutboxMessage>().Select(e => e.Entity.Reference));
        var added = 0;
        foreach (var m in wanted.Where(m => known.Add(m.Reference)))
        {
            db.Add(new OutboxMessage
            {
                Reference = m.Reference, Audience = m.Audience, Channel = m.Template.Channel, Recipient = m.Recipient.Trim(),
                TemplateCode = m.Template.Code, Text = m.Text, Urgent = m.Urgent, EstateId = m.EstateId, CreatedAt = now,
                ScheduledFor = ScheduleFor(m.Audience, m.Template.Channel, m.Urgent, now, m.NotBefore), Status = OutboxStatus.Queued,
            });
            added++;
        }
        return added;
    }

    /// <summary>
    /// Sends every queued message that is due, each claimed by a conditional update first (two runs never send one
    /// twice). A resident's non-urgent message whose window closed meanwhile waits for the next window.
    /// </summary>
    public static async Task<int> SendDueAsync(TenantDbContext db, string tenantSlug, INotificationSender sender, DateTime now, CancellationToken ct)
    {
        var due = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Queued && m.ScheduledFor <= now)
            .OrderBy(m => m.ScheduledFor).ThenBy(m => m.Id).Take(500).ToListAsync(ct);
        var sent = 0;
        foreach (var m in due)
        {
            var set = db.Set<OutboxMessage>().Where(x => x.Id == m.Id);
            var at = ScheduleFor(m.Audience, m.Channel, m.Urgent, now);
            if (at > now)
            {
                await set.Where(x => x.Status == OutboxStatus.Queued).ExecuteUpdateAsync(s => s.SetProperty(x => x.ScheduledFor, at), ct);
                continue;
            }
            if (await OutboxTransitions.Movable(set, OutboxStatus.Sending).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, OutboxStatus.Sending), ct) == 0)
                continue; // another run has it
            try
            {
                await sender.SendAsync(new Notification(tenantSlug, m.Channel, m.Recipient, m.TemplateCode, m.Text, m.Reference), ct);
                await OutboxTransitions.Movable(set, OutboxStatus.Sent).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, OutboxStatus.Sent).SetProperty(x => x.SentAt, now), CancellationToken.None);
                sent++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var message = e.GetBaseException().Message;
                if (message.Length > 500) message = message[..500];
                await OutboxTransitions.Movable(set, OutboxStatus.Failed).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, OutboxStatus.Failed).SetProperty(x => x.Error, message), CancellationToken.None);
            }
        }
        return sent;
    }
}

/// <summary>Sends the company's due outbox messages through <see cref="INotificationSender"/> (every minute, NotificationsModule).</summary>
[Quartz.DisallowConcurrentExecution] // one at a time per company
public sealed class OutboxJob(TenantGate gate, TimeProvider clock, INotificationSender sender, ILogger<OutboxJob> log) : TenantJob(gate, log)
{
    protected override Task RunAsync(TenantJobContext context, CancellationToken ct) =>
        NotificationOutbox.SendDueAsync(context.Db, context.Tenant.Slug, sender, clock.GetUtcNow().UtcDateTime, ct);
}
