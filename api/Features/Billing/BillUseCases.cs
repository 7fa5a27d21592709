using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>Posts an adjustment against an issued bill to the household ledger; the bill itself never changes.</summary>
public static class AdjustBill
{
    public static readonly UseCase<AdjustBillInput, LedgerEntry> UseCase = new(BillingAccess.Staff, RunAsync);

    public static async Task<Payload<LedgerEntry>> RunAsync(RequestContext rc, AdjustBillInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture).Required(i.Reason, "reason", 500);
        if (i.Amount == 0) check.Invalid("amount", "MUST_NOT_BE_ZERO", "field.amount");
        else if (Money.Round(i.Amount) != i.Amount) check.Invalid("amount", "TWO_DECIMALS", "field.amount");
        var bill = await db.Bills.AsNoTracking().SingleOrDefaultAsync(b => b.Id == i.BillId, ct);
        if (bill is null || !rc.Viewer.CanSeeEstate(bill.EstateId)) return Payload<LedgerEntry>.Fail(check.Missing("billId", "NOT_FOUND", "entity.bill"));
        await MoneyLimits.CheckAsync(check, db, MoneyLimit.Adjustment, i.Amount, "amount", "field.amount", ct);
        if (check.Failed) return Payload<LedgerEntry>.Fail(check);
        var entry = new LedgerEntry
        {
            UnitId = bill.UnitId, BillId = bill.Id, Kind = LedgerEntryKind.Adjustment, Amount = i.Amount,
            Reason = i.Reason.Trim(), CreatedBy = rc.Viewer.UserId, CreatedAt = rc.Now,
        };
        db.LedgerEntries.Add(entry);
        await db.SaveChangesAsync(ct);
        return Payload<LedgerEntry>.Ok(entry);
    }
}
