using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Jobs;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>
/// Enqueues the collection jobs of every active company: every half hour (on :00 and :30 local, so the 14:30 SMS
/// window opens on time) the reminder sender; once a day at 01:00 local the arrears escalation and the late fees.
/// Each job names its company in its payload. Several replicas may enqueue the same job: every job is idempotent.
/// </summary>
public sealed class CollectionScheduler(CatalogDatabase catalog, JobQueue queue, TimeProvider clock, ILogger<CollectionScheduler> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var next = NextTick(now);
            try { await Task.Delay(next - now, clock, stoppingToken); }
            catch (OperationCanceledException) { return; }
            try { await TickAsync(next, stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Collection scheduler tick failed"); }
        }
    }

    /// <summary>The next :00 or :30 (local and UTC agree on half hours for Asia/Shanghai).</summary>
    public static DateTime NextTick(DateTime utc)
    {
        var half = new DateTime(utc.Year, utc.Month, utc.Day, utc.Hour, utc.Minute >= 30 ? 30 : 0, 0, DateTimeKind.Utc);
        return half.AddMinutes(30);
    }

    public async Task TickAsync(DateTime tickUtc, CancellationToken ct)
    {
        await using var db = catalog.Open();
        var slugs = await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active).Select(t => t.Slug).ToListAsync(ct);
        var local = ContactWindows.ToLocal(tickUtc);
        var daily = local.Hour == 1 && local.Minute == 0;
        foreach (var slug in slugs)
        {
            await queue.EnqueueAsync(slug, ReminderJobHandler.JobKind, new CollectionJob(slug), ct);
            if (!daily) continue;
            await queue.EnqueueAsync(slug, LateFeeJobHandler.JobKind, new CollectionJob(slug), ct);
            await queue.EnqueueAsync(slug, EscalationJobHandler.JobKind, new CollectionJob(slug), ct);
        }
    }
}
