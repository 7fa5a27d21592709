using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>Unpaid bill amounts of a unit by age past the due date (欠费账龄).</summary>
public sealed record ArrearsAgeing(Guid UnitId, decimal Current, decimal Days30, decimal Days60, decimal Days90Plus)
{
    public decimal Total => Current + Days30 + Days60 + Days90Plus;
    /// <summary>Overdue = unpaid after the due date (billing.md §7.2 trigger).</summary>
    public decimal Overdue { get; init; }
}

/// <summary>
/// The arrears check other features call (goods release, key handover …). Each bill owes its total plus the
/// adjustments posted against it; payments, credits and unlinked entries settle the oldest bills first.
/// </summary>
public static class ArrearsService
{
    /// <summary>True when the unit has an amount unpaid after its bill's due date, as of <paramref name="asOf"/>.</summary>
    public static async Task<bool> OwesAsync(TenantDbContext db, Guid unitId, DateOnly asOf, CancellationToken ct = default) =>
        (await AgeingAsync(db, unitId, asOf, ct)).Overdue > 0;

    public static async Task<ArrearsAgeing> AgeingAsync(TenantDbContext db, Guid unitId, DateOnly asOf, CancellationToken ct = default)
    {
        var bills = await db.Bills.AsNoTracking().Where(b => b.UnitId == unitId)
            .Select(b => new { b.Id, b.Total, b.DueDate }).ToListAsync(ct);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.UnitId == unitId)
            .Select(e => new { e.BillId, e.Kind, e.Amount }).ToListAsync(ct);
        var billIds = bills.Select(b => b.Id).ToHashSet();

        // Amount each bill asks for: its charge plus adjustments against it.
        var owed = bills.OrderBy(b => b.DueDate).ThenBy(b => b.Id).Select(b => (b.DueDate, Amount: b.Total + entries
            .Where(e => e.BillId == b.Id && e.Kind == LedgerEntryKind.Adjustment).Sum(e => e.Amount))).ToList();
        // Everything else (payments, credits, refunds, unlinked adjustments and charges) moves the pool that settles bills.
        var settled = -entries.Where(e => !(e.BillId is { } id && billIds.Contains(id) && e.Kind is LedgerEntryKind.Charge or LedgerEntryKind.Adjustment)).Sum(e => e.Amount);

        decimal current = 0, d30 = 0, d60 = 0, d90 = 0, overdue = 0;
        foreach (var (due, amount) in owed)
        {
            // A bill adjusted below zero is a credit that settles the bills after it.
            if (amount <= 0) { settled -= amount; continue; }
            var paid = Math.Clamp(settled, 0, amount);
            settled -= paid;
            var open = amount - paid;
            if (open <= 0) continue;
            var days = asOf.DayNumber - due.DayNumber;
            if (days > 0) overdue += open;
            if (days >= 90) d90 += open;
            else if (days >= 60) d60 += open;
            else if (days >= 30) d30 += open;
            else current += open;
        }
        return new ArrearsAgeing(unitId, current, d30, d60, d90) { Overdue = overdue };
    }
}
