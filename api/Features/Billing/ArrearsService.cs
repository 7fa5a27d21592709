using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>Unpaid bill amounts of a unit by age past the due date (欠费账龄).</summary>
public sealed record ArrearsAgeing(Guid UnitId, decimal Current, decimal Days30, decimal Days60, decimal Days90Plus)
{
    public decimal Total => Current + Days30 + Days60 + Days90Plus;
    /// <summary>Overdue = unpaid after the due date (billing.md §7.2 trigger).</summary>
    public decimal Overdue { get; init; }
    /// <summary>Prepaid balance (预收款) left after every open bill has drawn from it.</summary>
    public decimal Prepaid { get; init; }
}

/// <summary>What one bill still asks for after its own entries and the prepaid pool.</summary>
public sealed record BillBalance(Guid BillId, string Period, DateOnly DueDate, decimal Total, decimal Open)
{
    public bool Paid => Open <= 0;
}

/// <summary>A unit's account: each bill's open amount, charges not tied to a bill (late fees …), and prepaid money left.</summary>
public sealed record UnitAccount(Guid UnitId, IReadOnlyList<BillBalance> Bills, decimal UnbilledOwed, decimal Prepaid)
{
    /// <summary>Equals the sum of the unit's ledger entries.</summary>
    public decimal Balance => Bills.Sum(b => b.Open) + UnbilledOwed - Prepaid;
    public decimal Due => Bills.Sum(b => b.Open) + UnbilledOwed;
}

/// <summary>
/// The arrears check other features call (goods release, resale, key handover …), and the one place that says what a
/// bill still owes. A bill owes its charge and adjustments, less the payments, credits and refunds posted against it;
/// entries without a bill form a pool: negative (prepaid) settles the oldest open bills first, positive is owed now.
/// </summary>
public static class ArrearsService
{
    /// <summary>True when the unit has an amount unpaid after its bill's due date, as of <paramref name="asOf"/>.</summary>
    public static async Task<bool> OwesAsync(TenantDbContext db, Guid unitId, DateOnly asOf, CancellationToken ct = default) =>
        (await AgeingAsync(db, unitId, asOf, ct)).Overdue > 0;

    public static async Task<UnitAccount> AccountAsync(TenantDbContext db, Guid unitId, CancellationToken ct = default)
    {
        var bills = await db.Bills.AsNoTracking().Where(b => b.UnitId == unitId)
            .Select(b => new BillRow(b.Id, b.Period, b.Total, b.DueDate)).ToListAsync(ct);
        var entries = await db.LedgerEntries.AsNoTracking().Where(e => e.UnitId == unitId)
            .Select(e => new EntryRow(e.BillId, e.Kind, e.Amount)).ToListAsync(ct);
        return Account(unitId, bills, entries);
    }

    public sealed record BillRow(Guid Id, string Period, decimal Total, DateOnly DueDate);
    public sealed record EntryRow(Guid? BillId, LedgerEntryKind Kind, decimal Amount);

    /// <summary>Pure form of <see cref="AccountAsync"/>, for callers that loaded many units at once.</summary>
    public static UnitAccount Account(Guid unitId, IEnumerable<BillRow> bills, IEnumerable<EntryRow> entries)
    {
        var billList = bills.OrderBy(b => b.DueDate).ThenBy(b => b.Period).ThenBy(b => b.Id).ToList();
        var linked = new Dictionary<Guid, decimal>();
        decimal pool = 0; // sum of entries not tied to a known bill: < 0 prepaid, > 0 owed now
        var known = billList.Select(b => b.Id).ToHashSet();
        foreach (var e in entries)
        {
            if (e.BillId is { } id && known.Contains(id)) linked[id] = linked.GetValueOrDefault(id) + e.Amount;
            else pool += e.Amount;
        }
        // Bills whose own entries leave them in credit (over-adjusted, over-paid) feed the pool.
        var open = new List<(BillRow Bill, decimal Open)>();
        foreach (var b in billList)
        {
            var o = linked.GetValueOrDefault(b.Id);
            if (o < 0) { pool += o; o = 0; }
            open.Add((b, o));
        }
        var result = new List<BillBalance>(open.Count);
        foreach (var (b, o) in open)
        {
            var draw = pool < 0 ? Math.Min(-pool, o) : 0;
            pool += draw;
            result.Add(new BillBalance(b.Id, b.Period, b.DueDate, b.Total, o - draw));
        }
        return new UnitAccount(unitId, result, pool > 0 ? pool : 0, pool < 0 ? -pool : 0);
    }

    public static async Task<ArrearsAgeing> AgeingAsync(TenantDbContext db, Guid unitId, DateOnly asOf, CancellationToken ct = default) =>
        Ageing(await AccountAsync(db, unitId, ct), asOf);

    public static ArrearsAgeing Ageing(UnitAccount account, DateOnly asOf)
    {
        decimal current = account.UnbilledOwed, d30 = 0, d60 = 0, d90 = 0, overdue = 0;
        foreach (var b in account.Bills.Where(b => b.Open > 0))
        {
            var days = asOf.DayNumber - b.DueDate.DayNumber;
            if (days > 0) overdue += b.Open;
            if (days >= 90) d90 += b.Open;
            else if (days >= 60) d60 += b.Open;
            else if (days >= 30) d30 += b.Open;
            else current += b.Open;
        }
        return new ArrearsAgeing(account.UnitId, current, d30, d60, d90) { Overdue = overdue, Prepaid = account.Prepaid };
    }
}
