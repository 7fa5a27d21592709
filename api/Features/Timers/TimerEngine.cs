using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Timers;

/// <summary>
/// One running limit a feature hands to the engine: its id, what it belongs to, the estate (for the escalation chain)
/// and when it warns and runs out. A class with settable members so sources can project to it in one EF query.
/// </summary>
public sealed class TimerItem
{
    public Guid ItemId { get; set; }
    public Guid SubjectId { get; set; }
    public Guid EstateId { get; set; }
    public DateTime WarnAt { get; set; }
    public DateTime DueAt { get; set; }
    /// <summary>The login of the one the limit binds (warned when it is due soon), if any.</summary>
    public string? HandlerUserId { get; set; }
    /// <summary>An emergency: alerts are not held for working hours.</summary>
    public bool Urgent { get; set; }
}

/// <summary>What fired: the item, the stage, and the staff member told (null when the estate has nobody in that role).</summary>
public sealed record TimerFiring(string Source, TimerItem Item, TimerStage Stage, StaffMember? Recipient, DateTime Now);

/// <summary>
/// How a feature plugs into the shared timer engine (docs/architecture/scheduled-work.md, "Timers"): name itself, give
/// its open items in one set-based query, and say what a firing does in its own records. Registered with
/// <see cref="TimerRegistration.AddTimerSource{TSource}"/>.
/// </summary>
public interface ITimerSource
{
    /// <summary>Stable name, stored with each mark (max 40 characters).</summary>
    string Name { get; }

    /// <summary>The open items whose warning time has come (<c>WarnAt &lt;= now</c>): one query, composable (not yet run).</summary>
    IQueryable<TimerItem> Due(TenantDbContext db, DateTime now);

    /// <summary>
    /// What a firing adds to the feature's records (e.g. a timeline entry) and whom else it tells; changes are added to
    /// <paramref name="db"/> and saved by the engine with the firing's mark, in one transaction.
    /// </summary>
    Task OnFiredAsync(TenantDbContext db, TimerFiring firing, CancellationToken ct);
}

public static class TimerRegistration
{
    public static IServiceCollection AddTimerSource<TSource>(this IServiceCollection services) where TSource : class, ITimerSource =>
        services.AddSingleton<ITimerSource, TSource>();
}

/// <summary>
/// The sweep: for each source, one query for its due items and one for the stages already fired; every stage that is
/// due and not yet marked fires once — warning in the window before the limit, the CS head at the limit (after the
/// chain's first step), the estate manager after the chain's next step — each saved with its mark in its own
/// transaction, so a crash between firings loses nothing and a repeat (second sweep, other replica, restart) fires nothing twice.
/// </summary>
public static class TimerSweep
{
    public sealed record Result(int Warned, int EscalatedToCsHead, int EscalatedToManager)
    {
        public int Total => Warned + EscalatedToCsHead + EscalatedToManager;
    }

    /// <summary>The stages of an item due at <paramref name="now"/> (in order), given the estate's chain.</summary>
    public static IEnumerable<TimerStage> StagesDue(TimerItem item, EscalationChain chain, DateTime now)
    {
        if (now < item.DueAt)
        {
            if (now >= item.WarnAt) yield return TimerStage.Warned;
            yield break;
        }
        if (now >= item.DueAt.AddMinutes(chain.CsHeadAfterMinutes)) yield return TimerStage.EscalatedToCsHead;
        if (now >= item.DueAt.AddMinutes(Math.Max(chain.ManagerAfterMinutes, chain.CsHeadAfterMinutes))) yield return TimerStage.EscalatedToManager;
    }

    public static async Task<Result> RunAsync(TenantDbContext db, IEnumerable<ITimerSource> sources, DateTime now, CancellationToken ct)
    {
        int warned = 0, cs = 0, manager = 0;
        foreach (var source in sources)
        {
            var items = await source.Due(db, now).AsNoTracking().ToListAsync(ct);
            if (items.Count == 0) continue;
            var ids = source.Due(db, now).Select(i => i.ItemId);
            var marked = (await db.Set<TimerMark>().AsNoTracking().Where(m => m.Source == source.Name && ids.Contains(m.ItemId))
                    .Select(m => new { m.ItemId, m.Stage, m.DueAt }).ToListAsync(ct))
                .Select(m => (m.ItemId, m.Stage, m.DueAt)).ToHashSet();
            var chains = await EscalationChains.ForEstatesAsync(db, items.Select(i => i.EstateId).Distinct().ToList(), ct);
            var todo = items.SelectMany(i => StagesDue(i, chains[i.EstateId], now).Where(s => !marked.Contains((i.ItemId, s, i.DueAt))).Select(s => (Item: i, Stage: s))).ToList();
            if (todo.Count == 0) continue;
            var heads = await EscalationChains.RecipientsAsync(db, todo.Where(t => t.Stage != TimerStage.Warned).Select(t => chains[t.Item.EstateId]).Distinct().ToList(), now, ct);
            var handlers = await EscalationChains.HandlersAsync(db, todo.Where(t => t.Stage == TimerStage.Warned).Select(t => t.Item.HandlerUserId).OfType<string>().Distinct().ToList(), ct);
            foreach (var (item, stage) in todo)
            {
                var to = stage switch
                {
                    TimerStage.Warned => item.HandlerUserId is { } u ? handlers.GetValueOrDefault(u) : null,
                    TimerStage.EscalatedToCsHead => heads.GetValueOrDefault(item.EstateId).CsHead,
                    _ => heads.GetValueOrDefault(item.EstateId).Manager,
                };
                if (!await FireAsync(db, source, new TimerFiring(source.Name, item, stage, to, now), ct)) continue;
                switch (stage)
                {
                    case TimerStage.Warned: warned++; break;
                    case TimerStage.EscalatedToCsHead: cs++; break;
                    default: manager++; break;
                }
            }
        }
        return new Result(warned, cs, manager);
    }

    /// <summary>Marks and applies one firing in one transaction; false when it was already recorded (a concurrent sweep won).</summary>
    private static async Task<bool> FireAsync(TenantDbContext db, ITimerSource source, TimerFiring f, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        db.Add(new TimerMark
        {
            Source = source.Name, ItemId = f.Item.ItemId, SubjectId = f.Item.SubjectId, EstateId = f.Item.EstateId, Stage = f.Stage,
            DueAt = f.Item.DueAt, FiredAt = f.Now, RecipientStaffMemberId = f.Recipient?.Id,
        });
        await source.OnFiredAsync(db, f, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // The unique mark (or the subject's own record) was written by another sweep meanwhile: nothing fired here.
            db.ChangeTracker.Clear();
            return false;
        }
    }
}

/// <summary>Runs every plugged-in timer source for one company (every 5 minutes, TimersModule).</summary>
[Quartz.DisallowConcurrentExecution] // one sweep at a time per company
public sealed class TimerSweepJob(TenantGate gate, TimeProvider clock, IEnumerable<ITimerSource> sources, ILogger<TimerSweepJob> log) : TenantJob(gate, log)
{
    protected override async Task RunAsync(TenantJobContext context, CancellationToken ct)
    {
        var result = await TimerSweep.RunAsync(context.Db, sources, clock.GetUtcNow().UtcDateTime, ct);
        if (result.Total > 0)
            log.LogInformation("Timers for {Tenant}: {Warned} warned, {CsHead} escalated to the CS head, {Manager} to the estate manager",
                context.Tenant.Slug, result.Warned, result.EscalatedToCsHead, result.EscalatedToManager);
    }
}
