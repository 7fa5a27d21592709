using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>Creates a fee item of an estate (docs/architecture.md: the worked example of a use case).</summary>
public static class CreateFeeItem
{
    /// <summary>Fee items and their rates are set by the estate's manager or the company's administrator.</summary>
    public static readonly Access Who = Access.Roles(AppRoles.CompanyAdmin, AppRoles.EstateManager);
    public static readonly UseCase<CreateFeeItemInput, FeeItem> UseCase = new(Who, RunAsync);

    public static async Task<Payload<FeeItem>> RunAsync(RequestContext rc, CreateFeeItemInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture).Required(i.Name, "name", 100);
        if (i.Kind == FeeKind.Metered && i.Meter is null) check.Invalid("meter", "METER_REQUIRED");
        if (i.Kind != FeeKind.Metered && i.Meter is not null) check.Invalid("meter", "METER_NOT_METERED");
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct)) check.Missing("estateId", "NOT_FOUND", "entity.estate");
        else if (!check.Failed && await db.FeeItems.AnyAsync(f => f.EstateId == i.EstateId && f.Name == i.Name.Trim(), ct))
            check.Fail(BillingErrors.FeeItemNameTaken, "name", i.Name.Trim());
        if (check.Failed) return Payload<FeeItem>.Fail(check);
        var item = new FeeItem
        {
            EstateId = i.EstateId, Name = i.Name.Trim(), Kind = i.Kind, Meter = i.Meter, CreatedAt = rc.Now,
            AppliesTo = string.Join(',', (i.AppliesTo ?? []).Distinct().Order()),
        };
        db.FeeItems.Add(item);
        await db.SaveChangesAsync(ct);
        return Payload<FeeItem>.Ok(item);
    }
}

/// <summary>Adds a rate to a fee item from a date; the rule of rate changes is <see cref="FeeItem.AddRate"/>.</summary>
public static class AddFeeRate
{
    public static readonly UseCase<AddFeeRateInput, FeeItem> UseCase = new(CreateFeeItem.Who, RunAsync);

    public static async Task<Payload<FeeItem>> RunAsync(RequestContext rc, AddFeeRateInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture).Ordered(i.EffectiveFrom, i.EffectiveTo, "effectiveFrom", "effectiveTo");
        if (i.Amount <= 0) check.Invalid("amount", "MUST_BE_POSITIVE", "field.rateAmount");
        else if (decimal.Round(i.Amount, 4) != i.Amount) check.Invalid("amount", "FOUR_DECIMALS", "field.rateAmount");
        var item = await db.FeeItems.Include(f => f.Rates).SingleOrDefaultAsync(f => f.Id == i.FeeItemId, ct);
        if (item is null || !rc.Viewer.CanSeeEstate(item.EstateId)) return Payload<FeeItem>.Fail(check.Missing("feeItemId", "NOT_FOUND", "entity.feeItem"));
        if (check.Failed) return Payload<FeeItem>.Fail(check);
        db.FeeRates.Add(item.AddRate(i.Amount, i.EffectiveFrom, i.EffectiveTo));
        await db.SaveChangesAsync(ct);
        return Payload<FeeItem>.Ok(item);
    }
}
