using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing.Payments;

public sealed class UpdateBillingSettingsInput
{
    public string? StripeAccountId { get; set; }
    public string? Currency { get; set; }
    public int CollectionDay { get; set; }
    public int AdvanceMonths { get; set; }
    public bool LateFeeEnabled { get; set; }
    public decimal LateFeeDailyRate { get; set; }
    public int LateFeeGraceDays { get; set; }
    public string? LateFeeContractClause { get; set; }
    public decimal? MaxPaymentAmount { get; set; }
    public decimal? MaxRefundAmount { get; set; }
    public decimal? MaxAdjustmentAmount { get; set; }
}

public sealed class UpdateBillingSettingsInputType : InputObjectGraphType<UpdateBillingSettingsInput>
{
    public UpdateBillingSettingsInputType()
    {
        Name = "UpdateBillingSettingsInput";
        Description = "Replaces the company's billing settings.";
        Field(x => x.StripeAccountId, nullable: true).Description("acct_…; null or empty switches online payment off.");
        Field(x => x.Currency, nullable: true).Description("Only CNY.");
        Field(x => x.CollectionDay).Description("1–28.");
        Field(x => x.AdvanceMonths).Description("0–12.");
        Field(x => x.LateFeeEnabled).Description("Needs the contract clause and 0 < daily rate ≤ 0.005 (billing.md §10).");
        Field(x => x.LateFeeDailyRate);
        Field(x => x.LateFeeGraceDays).Description("0–365.");
        Field(x => x.LateFeeContractClause, nullable: true);
        Field(x => x.MaxPaymentAmount, nullable: true).Description("Largest single desk payment or one-off charge, CNY; null keeps the current limit.");
        Field(x => x.MaxRefundAmount, nullable: true).Description("Largest single refund, CNY; null keeps the current limit.");
        Field(x => x.MaxAdjustmentAmount, nullable: true).Description("Largest single bill adjustment either way, CNY; null keeps the current limit.");
    }
}

/// <summary>Company billing settings (one row): company administrators only.</summary>
public static partial class SettingsGraph
{
    public const decimal MaxLateFeeDailyRate = 0.005m;
    /// <summary>Ceiling of the configurable money limits: what decimal(18,2) holds with room to spare.</summary>
    public const decimal MaxLimit = 1_000_000_000m;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<BillingSettingsGraphType>("billingSettings")
            .Reads(Access.Roles(AppRoles.CompanyAdmin), async (rc, c) =>
                await rc.Db.BillingSettings.AsNoTracking().SingleOrDefaultAsync(c.CancellationToken) ?? new BillingSettings());
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<BillingSettingsPayloadType>>("updateBillingSettings")
            .Argument<NonNullGraphType<UpdateBillingSettingsInputType>>("input")
            .RunsUseCase(UpdateBillingSettings.UseCase);
    }

    [GeneratedRegex("^acct_[A-Za-z0-9]{1,60}$")]
    internal static partial Regex StripeAccount();
}

/// <summary>Replaces the company's billing settings (company administrators only).</summary>
public static class UpdateBillingSettings
{
    public static readonly UseCase<UpdateBillingSettingsInput, BillingSettings> UseCase = new(Access.Roles(AppRoles.CompanyAdmin), RunAsync);

    public static async Task<Payload<BillingSettings>> RunAsync(RequestContext rc, UpdateBillingSettingsInput i, CancellationToken ct)
    {
        var stripe = string.IsNullOrWhiteSpace(i.StripeAccountId) ? null : i.StripeAccountId.Trim();
        var clause = string.IsNullOrWhiteSpace(i.LateFeeContractClause) ? null : i.LateFeeContractClause.Trim();
        var check = PaymentAccess.Text(new Check(rc.Culture), clause, "lateFeeContractClause", 200);
        if (stripe is not null && !SettingsGraph.StripeAccount().IsMatch(stripe)) check.Invalid("stripeAccountId", "INVALID_STRIPE_ACCOUNT");
        if (i.Currency is { } cur && cur.Trim() != Money.Currency) check.Invalid("currency", "CURRENCY_CNY_ONLY");
        if (i.CollectionDay is < 1 or > 28) check.Invalid("collectionDay", "OUT_OF_RANGE", PaymentAccess.Label("collectionDay"));
        if (i.AdvanceMonths is < 0 or > 12) check.Invalid("advanceMonths", "OUT_OF_RANGE", PaymentAccess.Label("advanceMonths"));
        if (i.LateFeeGraceDays is < 0 or > 365) check.Invalid("lateFeeGraceDays", "OUT_OF_RANGE", PaymentAccess.Label("lateFeeGraceDays"));
        if (i.LateFeeDailyRate < 0 || i.LateFeeDailyRate > SettingsGraph.MaxLateFeeDailyRate || decimal.Round(i.LateFeeDailyRate, 6) != i.LateFeeDailyRate)
            check.Invalid("lateFeeDailyRate", "LATE_FEE_RATE_RANGE");
        if (i.LateFeeEnabled)
        {
            // billing.md §10: late fees only with the service-contract clause that authorises them.
            if (clause is null) check.Invalid("lateFeeContractClause", "LATE_FEE_NEEDS_CLAUSE");
            if (i.LateFeeDailyRate <= 0) check.Invalid("lateFeeDailyRate", "LATE_FEE_RATE_RANGE");
        }
        foreach (var (field, value) in new[] { ("maxPaymentAmount", i.MaxPaymentAmount), ("maxRefundAmount", i.MaxRefundAmount), ("maxAdjustmentAmount", i.MaxAdjustmentAmount) })
            if (value is { } v && (v <= 0 || v > SettingsGraph.MaxLimit || Money.Round(v) != v)) check.Invalid(field, "LIMIT_RANGE", PaymentAccess.Label(field), SettingsGraph.MaxLimit);
        if (check.Failed) return Payload<BillingSettings>.Fail(check.Errors.DistinctBy(e => (e.Field, e.Rule)));

        var db = rc.Db;
        var s = await db.BillingSettings.SingleOrDefaultAsync(ct);
        if (s is null) db.BillingSettings.Add(s = new BillingSettings());
        s.StripeAccountId = stripe;
        s.CollectionDay = i.CollectionDay;
        s.AdvanceMonths = i.AdvanceMonths;
        s.LateFeeEnabled = i.LateFeeEnabled;
        s.LateFeeDailyRate = i.LateFeeDailyRate;
        s.LateFeeGraceDays = i.LateFeeGraceDays;
        s.LateFeeContractClause = clause;
        s.MaxPaymentAmount = i.MaxPaymentAmount ?? s.MaxPaymentAmount;
        s.MaxRefundAmount = i.MaxRefundAmount ?? s.MaxRefundAmount;
        s.MaxAdjustmentAmount = i.MaxAdjustmentAmount ?? s.MaxAdjustmentAmount;
        s.UpdatedAt = rc.Now;
        s.UpdatedBy = rc.Viewer.UserId;
        await db.SaveChangesAsync(ct);
        return Payload<BillingSettings>.Ok(s);
    }
}
