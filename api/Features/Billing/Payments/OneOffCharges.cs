using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing.Payments;

public sealed class ChargeOneOffInput
{
    public Guid UnitId { get; set; }
    public Guid FeeItemId { get; set; }
    public decimal Quantity { get; set; }
    public string? Note { get; set; }
}

public sealed class ChargeOneOffInputType : InputObjectGraphType<ChargeOneOffInput>
{
    public ChargeOneOffInputType()
    {
        Name = "ChargeOneOffInput";
        Description = "A charge outside the monthly run (IC card, deposit, parking …) at the fee item's rate today.";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.FeeItemId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Quantity).Description("Cards, months, persons …; at most four decimals.");
        Field(x => x.Note, nullable: true);
    }
}

/// <summary>One-off charges: a bill of one line due today, with its Charge ledger entry, ready to be paid at the desk.</summary>
public static class OneOffCharges
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BillPayloadType>>("chargeOneOff")
            .Description("Bills a unit once for a ONE_OFF, DEPOSIT or PARKING fee item: quantity × today's rate, due today.")
            .Argument<NonNullGraphType<ChargeOneOffInputType>>("input")
            .RunsUseCase(ChargeOneOff.UseCase);
    }
}

/// <summary>Bills a unit once for a ONE_OFF, DEPOSIT or PARKING fee item: quantity × today's rate, due today.</summary>
public static class ChargeOneOff
{
    private static readonly FeeKind[] Kinds = [FeeKind.OneOff, FeeKind.Deposit, FeeKind.Parking];

    public static readonly UseCase<ChargeOneOffInput, Bill> UseCase = new(BillingAccess.Staff, RunAsync);

    public static async Task<Payload<Bill>> RunAsync(RequestContext rc, ChargeOneOffInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = PaymentAccess.Text(new Check(rc.Culture), i.Note, "note", 60);
        if (i.Quantity <= 0) check.Invalid("quantity", "MUST_BE_POSITIVE", PaymentAccess.Label("quantity"));
        else if (decimal.Round(i.Quantity, 4) != i.Quantity) check.Invalid("quantity", "FOUR_DECIMALS", PaymentAccess.Label("quantity"));
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == i.UnitId, ct);
        if (unit is null || !rc.Viewer.CanSeeEstate(unit.EstateId)) return Payload<Bill>.Fail(check.Missing("unitId", "NOT_FOUND", "entity.unit"));
        var item = await db.FeeItems.AsNoTracking().Include(f => f.Rates).SingleOrDefaultAsync(f => f.Id == i.FeeItemId && f.EstateId == unit.EstateId, ct);
        if (item is null) return Payload<Bill>.Fail(check.Missing("feeItemId", "NOT_FOUND", "entity.feeItem"));
        var today = rc.UtcToday;
        if (!Kinds.Contains(item.Kind)) check.Invalid("feeItemId", "NOT_ONE_OFF_FEE");
        else if (item.RateOn(today) is null) check.Invalid("feeItemId", "NO_RATE_TODAY");
        if (check.Failed) return Payload<Bill>.Fail(check);

        var rate = item.RateOn(today)!.Amount;
        var amount = Money.Round(i.Quantity * rate);
        if (amount <= 0) return Payload<Bill>.Fail(check.Invalid("quantity", "MUST_BE_POSITIVE", "field.amount"));
        if ((await MoneyLimits.CheckAsync(check, db, MoneyLimit.Payment, amount, "quantity", "field.amount", ct)).Failed) return Payload<Bill>.Fail(check);
        var description = string.IsNullOrWhiteSpace(i.Note) ? item.Name : $"{item.Name}（{i.Note.Trim()}）";
        var bill = OneOffBills.Issue(db, unit.Id, unit.EstateId, [new OneOffBills.Line(item.Id, description, i.Quantity, rate)], item.Name, rc.Viewer.UserId, rc.Now);
        await db.SaveChangesAsync(ct);
        return Payload<Bill>.Ok(bill);
    }
}
