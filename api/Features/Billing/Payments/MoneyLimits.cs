using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing.Payments;

public enum MoneyLimit { Payment, Refund, Adjustment }

/// <summary>
/// The company's upper bounds (BillingSettings) on money a person types in: a desk payment, a refund, a bill
/// adjustment (either sign), a one-off charge (payment limit). Money an outside system already moved — what Stripe
/// took, what the bank collected for a line we issued, a refund made in the Stripe Dashboard — is booked as it is.
/// </summary>
public static class MoneyLimits
{
    public static async Task<decimal> OfAsync(TenantDbContext db, MoneyLimit kind, CancellationToken ct)
    {
        var s = await db.BillingSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new BillingSettings();
        return kind switch
        {
            MoneyLimit.Payment => s.MaxPaymentAmount,
            MoneyLimit.Refund => s.MaxRefundAmount,
            _ => s.MaxAdjustmentAmount,
        };
    }

    /// <summary>The limit <paramref name="amount"/> goes over (by its size, either sign); null when within it.</summary>
    public static async Task<decimal?> ExceededAsync(TenantDbContext db, MoneyLimit kind, decimal amount, CancellationToken ct)
    {
        var limit = await OfAsync(db, kind, ct);
        return Math.Abs(amount) > limit ? limit : null;
    }

    /// <summary>For the services: refuses an amount above the limit (AboveLimit, naming the limit).</summary>
    public static async Task EnforceAsync(TenantDbContext db, MoneyLimit kind, decimal amount, string field, string label, CancellationToken ct)
    {
        if (await ExceededAsync(db, kind, amount, ct) is { } limit) throw new RuleException(PaymentErrors.AboveLimit, field, label, limit);
    }

    /// <summary>For the use cases: adds the typed error naming the limit, before anything is written.</summary>
    public static async Task<Check> CheckAsync(Check check, TenantDbContext db, MoneyLimit kind, decimal amount, string field, string label, CancellationToken ct) =>
        await ExceededAsync(db, kind, amount, ct) is { } limit ? check.Fail(PaymentErrors.AboveLimit, field, label, limit) : check;
}
