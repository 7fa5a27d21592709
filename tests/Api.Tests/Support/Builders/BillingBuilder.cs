using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>What the API shows of a fee item (fields a query did not select stay default).</summary>
public sealed record FeeItemView(Guid Id, string Name, string Kind, string? Meter, IReadOnlyList<FeeRateView> Rates);
public sealed record FeeRateView(decimal Amount, DateOnly EffectiveFrom, DateOnly? EffectiveTo);
public sealed record BillingRunView(Guid Id, string Status, string Period, int TotalUnits, int ProcessedUnits, int BillsCreated, string? Error);
public sealed record BillView(Guid Id, Guid UnitId, string Period, decimal Total, DateOnly DueDate, IReadOnlyList<BillLineView> Lines);
public sealed record BillLineView(string Description, decimal Quantity, decimal UnitRate, decimal Amount);
public sealed record LedgerEntryView(Guid Id, string Kind, decimal Amount, string? Reason, string CreatedBy);
public sealed record LedgerView(decimal Balance, IReadOnlyList<LedgerEntryView> Entries);
public sealed record MeterReadingView(Guid Id, string Meter, string Period, decimal Previous, decimal Current, decimal Consumption, string RecordedBy);
public sealed record BillingSettingsView(string? StripeAccountId, string Currency, int CollectionDay, int AdvanceMonths, bool LateFeeEnabled, decimal LateFeeDailyRate,
    int LateFeeGraceDays, string? LateFeeContractClause, decimal MaxPaymentAmount, decimal MaxRefundAmount, decimal MaxAdjustmentAmount);

/// <summary>A bill seeded into the database.</summary>
public sealed record BillRef(Guid Id, Guid UnitId, Guid EstateId, string Period, decimal Total, DateOnly DueDate);

/// <summary>
/// Billing test data. Fee items, rates, runs, adjustments and meter readings go through the API as the given client
/// (a real user's way in); issued bills go straight into the database, as the billing run would leave them.
/// </summary>
public static class BillingBuilder
{
    private const string Errors = "errors { __typename code field message }";
    private const string FeeItemFields = "id name kind meter rates { amount effectiveFrom effectiveTo }";

    public const string CreateFeeItem = $"mutation($i: CreateFeeItemInput!) {{ createFeeItem(input: $i) {{ feeItem {{ {FeeItemFields} }} {Errors} }} }}";
    public const string AddFeeRate = $"mutation($i: AddFeeRateInput!) {{ addFeeRate(input: $i) {{ feeItem {{ {FeeItemFields} }} {Errors} }} }}";
    public const string StartBillingRun = $"mutation($e: ID!, $p: String!) {{ startBillingRun(input: {{estateId: $e, period: $p}}) {{ run {{ id status period }} {Errors} }} }}";
    public const string BillingRuns = "query($e: ID!) { billingRuns(estateId: $e) { id status period totalUnits processedUnits billsCreated error } }";
    public const string AdjustBill = $"mutation($b: ID!, $a: Decimal!, $r: String!) {{ adjustBill(input: {{billId: $b, amount: $a, reason: $r}}) {{ entry {{ id kind amount reason createdBy }} {Errors} }} }}";
    public const string UnitLedger = "query($u: ID!) { unitLedger(unitId: $u) { balance entries { id kind amount reason createdBy } } }";
    public const string RecordMeterReading = $"mutation($u: ID!, $m: MeterKind!, $p: String!, $prev: Decimal, $cur: Decimal!) {{ recordMeterReading(input: {{unitId: $u, meter: $m, period: $p, previous: $prev, current: $cur}}) {{ reading {{ id meter period previous current consumption recordedBy }} {Errors} }} }}";

    private const string SettingsFields = "stripeAccountId currency collectionDay advanceMonths lateFeeEnabled lateFeeDailyRate lateFeeGraceDays lateFeeContractClause maxPaymentAmount maxRefundAmount maxAdjustmentAmount";
    public const string BillingSettings = $"{{ billingSettings {{ {SettingsFields} }} }}";
    public const string UpdateBillingSettings = $"mutation($i: UpdateBillingSettingsInput!) {{ updateBillingSettings(input: $i) {{ settings {{ {SettingsFields} }} {Errors} }} }}";

    public static Task<BillingSettingsView> BillingSettingsAsync(this GraphQLClient c) => c.QueryAsync<BillingSettingsView>(BillingSettings);

    /// <summary>updateBillingSettings with <paramref name="input"/> as the whole UpdateBillingSettingsInput.</summary>
    public static Task<Payload<BillingSettingsView>> UpdateBillingSettingsAsync(this GraphQLClient c, object input) =>
        c.MutateAsync<Payload<BillingSettingsView>>(UpdateBillingSettings, new { i = input });

    /// <summary>createFeeItem; <paramref name="meter"/> and <paramref name="appliesTo"/> are left out when null.</summary>
    public static Task<Payload<FeeItemView>> CreateFeeItemAsync(this GraphQLClient c, Guid estateId, string name, string kind, string? meter = null, string[]? appliesTo = null)
    {
        var input = new Dictionary<string, object?> { ["estateId"] = estateId, ["name"] = name, ["kind"] = kind };
        if (meter is not null) input["meter"] = meter;
        if (appliesTo is not null) input["appliesTo"] = appliesTo;
        return c.MutateAsync<Payload<FeeItemView>>(CreateFeeItem, new { i = input });
    }

    public static Task<Payload<FeeItemView>> AddFeeRateAsync(this GraphQLClient c, Guid feeItemId, decimal amount, string effectiveFrom = "2026-01-01") =>
        c.MutateAsync<Payload<FeeItemView>>(AddFeeRate, new { i = new { feeItemId, amount, effectiveFrom } });

    /// <summary>A fee item with one rate from <paramref name="effectiveFrom"/>; both steps must succeed.</summary>
    public static async Task<Guid> FeeItemAsync(this GraphQLClient c, Guid estateId, string name, string kind, decimal rate, string effectiveFrom = "2026-01-01",
        string[]? appliesTo = null, string? meter = null)
    {
        var item = (await c.CreateFeeItemAsync(estateId, name, kind, meter, appliesTo)).Ok();
        (await c.AddFeeRateAsync(item.Id, rate, effectiveFrom)).Ok();
        return item.Id;
    }

    /// <summary>
    /// The fee items most billing tests use: management fee 2.13 CNY/㎡ for all usages, and 30 CNY/month for residential
    /// units only (垃圾清运费).
    /// </summary>
    public static async Task StandardFeesAsync(this GraphQLClient c, Guid estateId)
    {
        await c.FeeItemAsync(estateId, "物业服务费", "MANAGEMENT_PER_AREA", 2.13m);
        await c.FeeItemAsync(estateId, "垃圾清运费", "FIXED_MONTHLY", 30m, appliesTo: ["RESIDENTIAL"]);
    }

    public static Task<Payload<BillingRunView>> StartBillingRunAsync(this GraphQLClient c, Guid estateId, string period) =>
        c.MutateAsync<Payload<BillingRunView>>(StartBillingRun, new { e = estateId, p = period });

    public static Task<List<BillingRunView>> BillingRunsAsync(this GraphQLClient c, Guid estateId) =>
        c.QueryAsync<List<BillingRunView>>(BillingRuns, new { e = estateId });

    public static Task<Payload<LedgerEntryView>> AdjustBillAsync(this GraphQLClient c, Guid billId, decimal amount, string reason) =>
        c.MutateAsync<Payload<LedgerEntryView>>(AdjustBill, new { b = billId, a = amount, r = reason });

    /// <summary>The unit's ledger; null when the caller may not see the unit.</summary>
    public static Task<LedgerView?> UnitLedgerAsync(this GraphQLClient c, Guid unitId) => c.QueryAsync<LedgerView?>(UnitLedger, new { u = unitId });

    public static Task<Payload<MeterReadingView>> RecordMeterReadingAsync(this GraphQLClient c, Guid unitId, string meter, string period, decimal? previous, decimal current) =>
        c.MutateAsync<Payload<MeterReadingView>>(RecordMeterReading, new { u = unitId, m = meter, p = period, prev = previous, cur = current });

    /// <summary>
    /// A bill as the billing run issues it: the bill, one line and its Charge entry, due on the 15th of the period unless
    /// told otherwise. The line points at <paramref name="feeItemId"/>, or at a fee item made for it.
    /// </summary>
    public static async Task<BillRef> BillAsync(this TenantDbContext db, Guid unitId, string period, decimal total, DateOnly? due = null, Guid? feeItemId = null)
    {
        var now = DateTime.UtcNow;
        var estateId = await db.Units.Where(u => u.Id == unitId).Select(u => u.EstateId).SingleAsync();
        var bill = new Bill { UnitId = unitId, EstateId = estateId, Period = period, Total = total, IssuedAt = now,
            DueDate = due ?? (BillingPeriod.TryParse(period, out var p) ? p.DueDate : throw new ArgumentException("Not a billing period: " + period)) };
        if (feeItemId is null)
        {
            var item = new FeeItem { EstateId = estateId, Name = "物业服务费-" + bill.Id.ToString("N"), CreatedAt = now };
            db.FeeItems.Add(item);
            feeItemId = item.Id;
        }
        bill.Lines.Add(new BillLine { BillId = bill.Id, FeeItemId = feeItemId.Value, Description = "物业服务费", Quantity = 1, UnitRate = total, Amount = total });
        db.Bills.Add(bill);
        db.LedgerEntries.Add(new LedgerEntry { UnitId = unitId, BillId = bill.Id, Kind = LedgerEntryKind.Charge, Amount = total, CreatedBy = "system", CreatedAt = now });
        await db.SaveChangesAsync();
        return new BillRef(bill.Id, unitId, estateId, period, total, bill.DueDate);
    }

    /// <inheritdoc cref="BillAsync(TenantDbContext, Guid, string, decimal, DateOnly?, Guid?)"/>
    public static async Task<BillRef> BillAsync(this TestCompany company, Guid unitId, string period, decimal total, DateOnly? due = null)
    {
        await using var db = company.Open();
        return await db.BillAsync(unitId, period, total, due);
    }
}
