using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>The billing reads: fee items, runs, a unit's ledger and arrears, the resident's bills. Outside the caller's
/// estates (or households) a read answers as if there were nothing.</summary>
public static class BillingQueries
{
    public static async Task<List<FeeItem>> FeeItemsAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        !rc.Viewer.CanSeeEstate(estateId) ? []
            : await rc.Db.FeeItems.AsNoTracking().Include(f => f.Rates).Where(f => f.EstateId == estateId).OrderBy(f => f.Name).ToListAsync(ct);

    public static async Task<List<BillingRun>> BillingRunsAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        !rc.Viewer.CanSeeEstate(estateId) ? []
            : await rc.Db.BillingRuns.AsNoTracking().Where(r => r.EstateId == estateId).OrderByDescending(r => r.Period).ToListAsync(ct);

    public static async Task<UnitLedger?> UnitLedgerAsync(RequestContext rc, Guid unitId, CancellationToken ct)
    {
        if (!await BillingAccess.CanSeeUnitAsync(rc, unitId, ct)) return null;
        var entries = await rc.Db.LedgerEntries.AsNoTracking().Where(e => e.UnitId == unitId).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(ct);
        return new UnitLedger(unitId, entries.Sum(e => e.Amount), entries);
    }

    public static async Task<ArrearsAgeing?> UnitArrearsAsync(RequestContext rc, Guid unitId, CancellationToken ct) =>
        !await BillingAccess.CanSeeUnitAsync(rc, unitId, ct) ? null : await ArrearsService.AgeingAsync(rc.Db, unitId, rc.UtcToday, ct);

    /// <summary>Bills of the units the resident currently owns, rents or lives in; newest first.</summary>
    public static async Task<List<Bill>> MyBillsAsync(RequestContext rc, CancellationToken ct)
    {
        var units = rc.Db.Units.OfResident(rc.Db, rc.Viewer.PersonId).Select(u => u.Id);
        return await rc.Db.Bills.AsNoTracking().Include(b => b.Lines).Where(b => units.Contains(b.UnitId))
            .OrderByDescending(b => b.Period).ThenBy(b => b.UnitId).ToListAsync(ct);
    }
}
