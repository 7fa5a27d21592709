using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>What a "billing.run" job carries: the company it belongs to, and the run.</summary>
public sealed record BillingRunJob(string Tenant, Guid RunId);

/// <summary>Runs a queued <see cref="BillingRun"/> on the company database the job names.</summary>
public sealed class BillingRunJobHandler(TimeProvider clock) : IJobHandler
{
    public const string JobKind = "billing.run";
    public string Kind => JobKind;

    public async Task RunAsync(JobContext context, CancellationToken ct)
    {
        var payload = context.Payload<BillingRunJob>();
        if (payload.Tenant != context.Tenant.Slug)
            throw new InvalidOperationException($"Billing job for '{payload.Tenant}' was handed company '{context.Tenant.Slug}'.");
        await BillingRunner.RunAsync(context.Db, payload.RunId, clock, ct);
    }
}

/// <summary>
/// Creates each unit's bill for a period. Units are walked in id order in batches, each batch saved with its ledger
/// charges in one transaction; units that already have a bill for the period are skipped, so a crashed run resumes
/// where it stopped and a repeated run creates nothing (the unique (UnitId, Period) index is the last line of defence).
/// </summary>
public static class BillingRunner
{
    public const int BatchSize = 200;

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
            var message = e.GetBaseException().Message;
            await db.BillingRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, BillingRunStatus.Failed)
                .SetProperty(r => r.Error, message.Length > 1000 ? message[..1000] : message), CancellationToken.None);
            throw; // the job queue retries; the retry resumes the run
        }
    }

    private static async Task RunCoreAsync(TenantDbContext db, BillingRun run, TimeProvider clock, CancellationToken ct)
    {
        if (!BillingPeriod.TryParse(run.Period, out var period)) throw new InvalidOperationException($"Bad period '{run.Period}'.");
        var now = clock.GetUtcNow().UtcDateTime;
        var items = await db.FeeItems.AsNoTracking().Include(f => f.Rates)
            .Where(f => f.EstateId == run.EstateId && (f.Kind == FeeKind.ManagementPerArea || f.Kind == FeeKind.FixedMonthly))
            .OrderBy(f => f.Name).ToListAsync(ct);

        run.Status = BillingRunStatus.Running;
        run.Error = null;
        run.StartedAt ??= now;
        run.TotalUnits = await db.Units.CountAsync(u => u.EstateId == run.EstateId, ct);
        run.ProcessedUnits = 0;
        await db.SaveChangesAsync(ct);

        Guid? after = null;
        while (true)
        {
            var q = db.Units.AsNoTracking().Where(u => u.EstateId == run.EstateId);
            if (after is { } a) q = q.Where(u => u.Id.CompareTo(a) > 0);
            var batch = await q.OrderBy(u => u.Id).Take(BatchSize).Select(u => new { u.Id, u.Usage, u.BuildingArea }).ToListAsync(ct);
            if (batch.Count == 0) break;
            after = batch[^1].Id;

            var ids = batch.Select(u => u.Id).ToList();
            var billed = (await db.Bills.Where(b => ids.Contains(b.UnitId) && b.Period == run.Period && b.Source == Bill.MonthlySource).Select(b => b.UnitId).ToListAsync(ct)).ToHashSet();
            foreach (var unit in batch.Where(u => !billed.Contains(u.Id)))
            {
                var lines = new List<BillLine>();
                foreach (var item in items.Where(i => i.AppliesToUsage(unit.Usage)))
                {
                    // The rate in effect on the first day of the period; a unit without an approved rate is not billed for it.
                    if (item.RateOn(period.FirstDay) is not { } rate) continue;
                    var quantity = item.Kind == FeeKind.ManagementPerArea ? unit.BuildingArea : 1m;
                    lines.Add(new BillLine { FeeItemId = item.Id, Description = item.Name, Quantity = quantity, UnitRate = rate.Amount, Amount = Money.Round(quantity * rate.Amount) });
                }
                if (lines.Count == 0) continue;
                var bill = new Bill
                {
                    UnitId = unit.Id, EstateId = run.EstateId, Period = run.Period, BillingRunId = run.Id,
                    Total = Money.Round(lines.Sum(l => l.Amount)), IssuedAt = now, DueDate = period.DueDate, Lines = lines,
                };
                db.Bills.Add(bill);
                db.LedgerEntries.Add(new LedgerEntry { UnitId = unit.Id, BillId = bill.Id, Kind = LedgerEntryKind.Charge, Amount = bill.Total, Reason = run.Period, CreatedBy = "system", CreatedAt = now });
            }
            run.ProcessedUnits += batch.Count;
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            db.Attach(run);
        }

        run.BillsCreated = await db.Bills.CountAsync(b => b.EstateId == run.EstateId && b.Period == run.Period && b.Source == Bill.MonthlySource, ct);
        run.Status = BillingRunStatus.Completed;
        run.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }
}
