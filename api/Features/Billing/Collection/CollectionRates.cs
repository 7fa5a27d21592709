using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>One estate's collection KPI for a billing month (收费率, billing.md §11).</summary>
public sealed record EstateCollectionRate(Estate Estate, string Period, decimal Billed, decimal Collected, decimal Rate, decimal Arrears, decimal Overdue);

/// <summary>
/// Collection rate = collected for the period ÷ billed for the period (billing.md §11 suggested definition).
/// Billed = the period's bills with their adjustments; collected = what of that is no longer open, however it was
/// settled (payment allocations, credits, prepaid balance drawn). Late fees are left out of both.
/// Arrears and overdue are the estate's whole unpaid and past-due amounts today, all periods.
/// Three queries (estates, bills, ledger entries) for all estates at once.
/// </summary>
public static class CollectionRates
{
    /// <summary>The rates of the caller's estates for a month given as yyyy-MM (default: the current local month).</summary>
    public static Task<List<EstateCollectionRate>> ForCallerAsync(RequestContext rc, string? periodText, CancellationToken ct)
    {
        var text = periodText?.Trim();
        var today = ArrearsList.Today(rc);
        var period = new BillingPeriod(today.Year, today.Month);
        if (!string.IsNullOrEmpty(text) && !BillingPeriod.TryParse(text, out period)) throw rc.Error(ErrorCodes.Validation, "INVALID_PERIOD");
        return ForPeriodAsync(rc.Db, rc.Viewer.EstateScope, period, today, ct);
    }

    public static async Task<List<EstateCollectionRate>> ForPeriodAsync(TenantDbContext db, IReadOnlySet<Guid>? estateScope, BillingPeriod period, DateOnly today, CancellationToken ct)
    {
        var scope = estateScope?.ToList();
        var estates = await db.Estates.AsNoTracking().Where(e => scope == null || scope.Contains(e.Id)).OrderBy(e => e.Name).ToListAsync(ct);
        var ids = estates.Select(e => e.Id).ToList();
        var bills = await db.Bills.AsNoTracking().Where(b => ids.Contains(b.EstateId))
            .Select(b => new { b.UnitId, b.EstateId, Row = new ArrearsService.BillRow(b.Id, b.Period, b.Total, b.DueDate) }).ToListAsync(ct);
        var entries = (await db.LedgerEntries.AsNoTracking().Where(e => db.Set<Registry.Unit>().Any(u => u.Id == e.UnitId && ids.Contains(u.EstateId)))
                .Select(e => new { e.UnitId, Row = new ArrearsService.EntryRow(e.BillId, e.Kind, e.Amount) }).ToListAsync(ct))
            .ToLookup(e => e.UnitId, e => e.Row);
        var key = period.ToString();
        var estateOfUnit = bills.GroupBy(b => b.UnitId).ToDictionary(g => g.Key, g => g.First().EstateId);
        var billsOfUnit = bills.ToLookup(b => b.UnitId, b => b.Row);

        var sums = ids.ToDictionary(id => id, _ => (Billed: 0m, Open: 0m, Arrears: 0m, Overdue: 0m));
        foreach (var (unitId, estateId) in estateOfUnit)
        {
            var all = entries[unitId].ToList();
            var ageing = ArrearsService.Ageing(ArrearsService.Account(unitId, billsOfUnit[unitId], all), today);
            var principal = ArrearsService.Account(unitId, billsOfUnit[unitId], all.Where(e => e.Kind != LedgerEntryKind.LateFee));
            var inPeriod = billsOfUnit[unitId].Where(b => b.Period == key).Select(b => b.Id).ToHashSet();
            var billed = billsOfUnit[unitId].Where(b => inPeriod.Contains(b.Id)).Sum(b => b.Total)
                + all.Where(e => e.Kind == LedgerEntryKind.Adjustment && e.BillId is { } id && inPeriod.Contains(id)).Sum(e => e.Amount);
            var open = principal.Bills.Where(b => inPeriod.Contains(b.BillId)).Sum(b => b.Open);
            var s = sums[estateId];
            sums[estateId] = (s.Billed + billed, s.Open + open, s.Arrears + ageing.Total, s.Overdue + ageing.Overdue);
        }
        return estates.Select(e =>
        {
            var s = sums[e.Id];
            var collected = Math.Max(0, s.Billed - s.Open);
            var rate = s.Billed > 0 ? decimal.Round(Math.Min(1, collected / s.Billed), 4, MidpointRounding.AwayFromZero) : 0;
            return new EstateCollectionRate(e, key, s.Billed, collected, rate, s.Arrears, s.Overdue);
        }).ToList();
    }
}
