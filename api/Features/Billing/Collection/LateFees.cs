using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>
/// 滞纳金 (billing.md §10): no source provides for late fees, so they are off unless the company enables them with the
/// service-contract clause that authorises them. Each day a bill is overdue beyond the grace days it is charged
/// overdue principal × daily rate, rounded to the fen, as a LateFee ledger entry on that bill.
/// </summary>
public static class LateFees
{
    /// <summary>Assesses one day's late fees; running it again for the same day charges nothing twice.</summary>
    public static async Task<int> AssessAsync(TenantDbContext db, DateOnly day, DateTime now, CancellationToken ct)
    {
        var s = await db.BillingSettings.AsNoTracking().SingleOrDefaultAsync(x => x.Id == 1, ct);
        if (s is not { LateFeeEnabled: true } || s.LateFeeDailyRate <= 0 || string.IsNullOrWhiteSpace(s.LateFeeContractClause)) return 0;

        var lastDue = day.AddDays(-s.LateFeeGraceDays - 1);
        // Only households with a bill past the grace period are loaded.
        var unitIds = await db.Bills.Where(b => b.DueDate <= lastDue).Select(b => b.UnitId).Distinct().ToListAsync(ct);
        var created = 0;
        foreach (var chunk in unitIds.Chunk(500))
        {
            var bills = (await db.Bills.AsNoTracking().Where(b => chunk.Contains(b.UnitId))
                    .Select(b => new { b.UnitId, Row = new ArrearsService.BillRow(b.Id, b.Period, b.Total, b.DueDate) }).ToListAsync(ct))
                .ToLookup(b => b.UnitId, b => b.Row);
            var entries = (await db.LedgerEntries.AsNoTracking().Where(e => chunk.Contains(e.UnitId))
                    .Select(e => new { e.UnitId, Row = new ArrearsService.EntryRow(e.BillId, e.Kind, e.Amount) }).ToListAsync(ct))
                .ToLookup(e => e.UnitId, e => e.Row);
            var done = (await db.Set<LateFeeAssessment>().Where(a => a.Day == day && db.Set<Bill>().Any(b => b.Id == a.BillId && chunk.Contains(b.UnitId)))
                .Select(a => a.BillId).ToListAsync(ct)).ToHashSet();

            foreach (var unitId in chunk)
            {
                var all = entries[unitId].ToList();
                // Principal leaves earlier late fees out: no late fee on late fees.
                var principal = ArrearsService.Account(unitId, bills[unitId], all.Where(e => e.Kind != LedgerEntryKind.LateFee));
                var owing = ArrearsService.Account(unitId, bills[unitId], all).Bills.ToDictionary(b => b.BillId, b => b.Open);
                foreach (var b in principal.Bills)
                {
                    if (b.DueDate > lastDue || b.Open <= 0 || owing.GetValueOrDefault(b.BillId) <= 0 || done.Contains(b.BillId)) continue;
                    var amount = Money.Round(b.Open * s.LateFeeDailyRate);
                    if (amount <= 0) continue;
                    var entry = new LedgerEntry
                    {
                        UnitId = unitId, BillId = b.BillId, Kind = LedgerEntryKind.LateFee, Amount = amount,
                        Reason = $"滞纳金 {day:yyyy-MM-dd} ({s.LateFeeContractClause})", CreatedBy = "system", CreatedAt = now,
                    };
                    db.LedgerEntries.Add(entry);
                    db.Add(new LateFeeAssessment { BillId = b.BillId, Day = day, Principal = b.Open, Amount = amount, LedgerEntryId = entry.Id, CreatedAt = now });
                    created++;
                }
            }
            // One transaction per chunk; the unique (BillId, Day) index stops a concurrent second run.
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        return created;
    }
}

/// <summary>The day's late fees, in the company's local date (daily, CollectionModule).</summary>
[Quartz.DisallowConcurrentExecution] // one at a time per company
public sealed class LateFeeJob(TenantGate gate, TimeProvider clock, ILogger<LateFeeJob> log) : TenantJob(gate, log)
{
    protected override Task RunAsync(TenantJobContext context, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return LateFees.AssessAsync(context.Db, ContactWindows.LocalDate(now), now, ct);
    }
}
