namespace PropertySaaS.Api.Features.Billing;

/// <summary>
/// One-off charges (IC cards, deposits, parking, paid repairs): a bill of its own for a unit, due today, with its Charge
/// ledger entry — the one place such a bill is built, so the amounts are rounded and booked the same way for every caller.
/// </summary>
public static class OneOffBills
{
    /// <summary>One line of a one-off bill: quantity × rate under a fee item of the unit's estate.</summary>
    public sealed record Line(Guid FeeItemId, string Description, decimal Quantity, decimal UnitRate);

    /// <summary>
    /// The bill's source: "oneoff:&lt;id&gt;" of what it charges (the bill itself, or e.g. a paid repair), so a second
    /// charge of the same thing in the same month is refused by the unique (unit, period, source) index.
    /// </summary>
    public static string SourceOf(Guid id) => "oneoff:" + id;

    /// <summary>Adds the bill and its Charge entry to the context (the caller saves); <paramref name="chargeOf"/> defaults to the bill's own id.</summary>
    public static Bill Issue(TenantDbContext db, Guid unitId, Guid estateId, IReadOnlyList<Line> lines, string reason, string createdBy, DateTime now, Guid? chargeOf = null)
    {
        var today = DateOnly.FromDateTime(now);
        var bill = new Bill { UnitId = unitId, EstateId = estateId, Period = new BillingPeriod(today.Year, today.Month).ToString(), IssuedAt = now, DueDate = today };
        bill.Source = SourceOf(chargeOf ?? bill.Id);
        foreach (var l in lines)
        {
            var description = l.Description.Length > 100 ? l.Description[..100] : l.Description;
            bill.Lines.Add(new BillLine { BillId = bill.Id, FeeItemId = l.FeeItemId, Description = description, Quantity = l.Quantity, UnitRate = l.UnitRate, Amount = Money.Round(l.Quantity * l.UnitRate) });
        }
        bill.Total = bill.Lines.Sum(l => l.Amount);
        db.Bills.Add(bill);
        db.LedgerEntries.Add(new LedgerEntry { UnitId = unitId, BillId = bill.Id, Kind = LedgerEntryKind.Charge, Amount = bill.Total, Reason = reason.Length > 500 ? reason[..500] : reason, CreatedBy = createdBy, CreatedAt = now });
        return bill;
    }
}
