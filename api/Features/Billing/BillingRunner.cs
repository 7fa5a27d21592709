using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Metering;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>
/// Runs a queued <see cref="BillingRun"/> on the database of the job's company (the run's id is its only data). One at a
/// time per company: the scheduler's retry of a failed attempt and a restart of the same period must never bill one run
/// twice at once (the second runner would fail on the first one's bills and mark the finished run failed).
/// </summary>
[Quartz.DisallowConcurrentExecution]
public sealed class BillingRunJob(TenantGate gate, TimeProvider clock, ILogger<BillingRunJob> log) : TenantJob(gate, log)
{
    public static Task EnqueueAsync(TenantJobs jobs, string tenant, Guid runId) =>
        jobs.EnqueueAsync<BillingRunJob>(tenant, new Dictionary<string, string> { ["runId"] = runId.ToString() });

    protected override Task RunAsync(TenantJobContext context, CancellationToken ct) =>
        BillingRunner.RunAsync(context.Db, Guid.Parse(context.Data("runId")), clock, ct);
}

/// <summary>
/// Creates each unit's bill for a period. Units are walked in id order in batches; each batch's bills, lines, ledger
/// charges and the run's progress are written in one transaction, so the staff portal sees progress per batch. Units
/// that already have the period's bill are skipped: a crashed run resumes where it stopped and a repeated run creates
/// nothing (the unique (UnitId, Period, Source) index is the last line of defence). On PostgreSQL a batch is written
/// with binary COPY (100,000 units must bill in under 30 s); other providers use plain EF inserts.
/// </summary>
public static class BillingRunner
{
    public const int BatchSize = 1000;

    public static async Task RunAsync(TenantDbContext db, Guid runId, TimeProvider clock, CancellationToken ct)
    {
        var run = await db.BillingRuns.SingleOrDefaultAsync(r => r.Id == runId, ct)
            ?? throw new InvalidOperationException($"Billing run {runId} does not exist.");
        if (run.Status == BillingRunStatus.Completed) return;
        try
        {
            await RunCoreAsync(db, run, clock, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            var message = BillingRun.ErrorText(e.GetBaseException().Message);
            var from = BillingRunTransitions.Table.From(BillingRunStatus.Failed);
            await db.BillingRuns.Where(r => r.Id == runId && from.Contains(r.Status)).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, BillingRunStatus.Failed)
                .SetProperty(r => r.Error, message), CancellationToken.None);
            throw; // the scheduler retries (JobsHosting.Retries); the retry resumes the run
        }
    }

    /// <summary>A fee item with the rate in effect on the first day of the period.</summary>
    private sealed record PricedItem(FeeItem Item, decimal Rate);

    private static async Task RunCoreAsync(TenantDbContext db, BillingRun run, TimeProvider clock, CancellationToken ct)
    {
        if (!BillingPeriod.TryParse(run.Period, out var period)) throw new InvalidOperationException($"Bad period '{run.Period}'.");
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await db.FeeItems.AsNoTracking().Include(f => f.Rates)
            .Where(f => f.EstateId == run.EstateId && MonthlyFees.Kinds.Contains(f.Kind))
            .OrderBy(f => f.Name).ToListAsync(ct);
        // The rate in effect on the first day of the period; a unit without an approved rate is not billed for it.
        var priced = items.Where(i => i.Kind != FeeKind.Metered || i.Meter is not null)
            .Select(i => i.RateOn(period.FirstDay) is { } r ? new PricedItem(i, r.Amount) : null).OfType<PricedItem>().ToList();
        var itemsByUsage = Enum.GetValues<UnitUsage>().ToDictionary(u => u, u => priced.Where(p => MonthlyFees.Bills(p.Item, u)).ToArray());
        var metered = priced.Any(p => p.Item.Kind == FeeKind.Metered);

        run.Start();
        run.StartedAt ??= now;
        run.TotalUnits = await db.Units.CountAsync(u => u.EstateId == run.EstateId, ct);
        run.ProcessedUnits = 0;
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var processed = 0;
        Guid? after = null;
        while (true)
        {
            var q = db.Units.AsNoTracking().Where(u => u.EstateId == run.EstateId);
            if (after is { } a) q = q.Where(u => u.Id.CompareTo(a) > 0);
            var batch = await q.OrderBy(u => u.Id).Take(BatchSize).Select(u => new { u.Id, u.Usage, u.BuildingArea }).ToListAsync(ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;
            var ids = batch.Select(u => u.Id).ToList();

            // Set-based look-ups for the batch's units, both served by unique indexes led by UnitId (an estate-wide
            // filter would rescan the estate's growing bills for every batch): bills already made, and meter readings.
            var billed = (await db.Bills.AsNoTracking()
                .Where(b => ids.Contains(b.UnitId) && b.Period == run.Period && b.Source == Bill.MonthlySource && b.EstateId == run.EstateId)
                .Select(b => b.UnitId).ToListAsync(ct)).ToHashSet();
            var consumption = metered
                ? await db.Set<MeterReading>().AsNoTracking()
                    .Where(m => ids.Contains(m.UnitId) && m.Period == run.Period)
                    .ToDictionaryAsync(m => (m.UnitId, m.Meter), m => m.Current - m.Previous, ct)
                : [];

            var bills = new List<Bill>();
            var charges = new List<LedgerEntry>();
            foreach (var unit in batch)
            {
                if (billed.Contains(unit.Id)) continue;
                var lines = new List<BillLine>();
                foreach (var (item, rate) in itemsByUsage[unit.Usage])
                {
                    var read = item.Kind == FeeKind.Metered && consumption.TryGetValue((unit.Id, item.Meter!.Value), out var used) ? used : (decimal?)null;
                    if (MonthlyFees.Quantity(item, unit.BuildingArea, read) is not { } quantity) continue;
                    lines.Add(new BillLine { FeeItemId = item.Id, Description = item.Name, Quantity = quantity, UnitRate = rate, Amount = MonthlyFees.LineAmount(quantity, rate) });
                }
                if (lines.Count == 0) continue;
                var bill = new Bill
                {
                    UnitId = unit.Id, EstateId = run.EstateId, Period = run.Period, BillingRunId = run.Id,
                    Total = Money.Round(lines.Sum(l => l.Amount)), IssuedAt = now, DueDate = period.DueDate, Lines = lines,
                };
                foreach (var line in lines) line.BillId = bill.Id;
                bills.Add(bill);
                charges.Add(new LedgerEntry { UnitId = unit.Id, BillId = bill.Id, Kind = LedgerEntryKind.Charge, Amount = bill.Total, Reason = run.Period, CreatedBy = "system", CreatedAt = now });
            }
            processed += batch.Count;
            await SaveBatchAsync(db, run.Id, bills, charges, processed, ct);
        }

        var created = await db.Bills.CountAsync(b => b.EstateId == run.EstateId && b.Period == run.Period && b.Source == Bill.MonthlySource, ct);
        var finished = clock.GetUtcNow().UtcDateTime;
        var running = BillingRunTransitions.Table.From(BillingRunStatus.Completed);
        await db.BillingRuns.Where(r => r.Id == run.Id && running.Contains(r.Status)).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.BillsCreated, created)
            .SetProperty(r => r.Status, BillingRunStatus.Completed)
            .SetProperty(r => r.FinishedAt, finished), ct);
    }

    /// <summary>One transaction per batch: bills, their lines, their charges and the run's progress commit together.</summary>
    private static async Task SaveBatchAsync(TenantDbContext db, Guid runId, List<Bill> bills, List<LedgerEntry> charges, int processed, CancellationToken ct)
    {
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
            {
                await PgCopy.CopyAsync(db, bills, ct);
                await PgCopy.CopyAsync(db, bills.SelectMany(b => b.Lines).ToList(), ct);
                await PgCopy.CopyAsync(db, charges, ct);
            }
            else
            {
                // Nothing is changed after Add, so change detection over thousands of entities is wasted work.
                db.ChangeTracker.Clear();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                try
                {
                    db.Bills.AddRange(bills);
                    db.LedgerEntries.AddRange(charges);
                    await db.SaveChangesAsync(ct);
                }
                finally
                {
                    db.ChangeTracker.Clear();
                    db.ChangeTracker.AutoDetectChangesEnabled = true;
                }
            }
            await db.BillingRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.ProcessedUnits, processed), ct);
            await tx.CommitAsync(ct);
        });
    }
}
