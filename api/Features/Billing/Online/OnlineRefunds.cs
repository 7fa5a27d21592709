using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Payments;
using Stripe;
using PaymentMethod = PropertySaaS.Api.Features.Billing.Payments.PaymentMethod;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>Refunds: online payments through Stripe on the connected account, the others booked at once.</summary>
public static class OnlineRefunds
{
    public static async Task<PaymentRefund> RefundAsync(TenantDbContext db, StripeGateway stripe, string tenant, Payment payment,
        decimal amount, string reason, string key, string userId, TimeProvider clock, CancellationToken ct)
    {
        var idem = "refund:" + key;
        var existing = await db.Set<PaymentRefund>().AsNoTracking().SingleOrDefaultAsync(r => r.IdempotencyKey == idem, ct);
        // A retry of an online refund whose Stripe call never got an answer asks Stripe again with the same Stripe
        // idempotency key: Stripe returns the refund it made, or makes it now. Anything else is answered as it stands.
        var unanswered = existing is { Status: RefundStatus.Pending, ExternalReference: null } && payment.Method == PaymentMethod.Online;
        if (existing is not null && !unanswered) return existing;
        if (existing is null)
        {
            var pending = await db.Set<PaymentRefund>().Where(r => r.PaymentId == payment.Id && r.Status == RefundStatus.Pending).SumAsync(r => r.Amount, ct);
            if (amount > payment.Amount - payment.Refunded - pending) throw new RuleException(PaymentErrors.RefundExceedsPayment, "amount", "field.amount");
            await MoneyLimits.EnforceAsync(db, MoneyLimit.Refund, amount, "amount", "field.amount", ct);
            if (payment.Method != PaymentMethod.Online)
                return await PaymentBooking.BookRefundAsync(db, payment.Id, amount, reason, idem, userId, null, clock, ct);
        }

        var settings = await db.Set<BillingSettings>().AsNoTracking().SingleAsync(ct);
        if (stripe.Client is null || string.IsNullOrWhiteSpace(settings.StripeAccountId) || payment.ExternalReference is null)
            throw new RuleException(OnlineErrors.OnlinePaymentOff, "paymentId");
        var refund = existing;
        if (refund is null)
        {
            // Stored pending before Stripe is asked, so the refund webhook finds it whichever arrives first.
            refund = new PaymentRefund
            {
                PaymentId = payment.Id, Amount = amount, Reason = reason, Status = RefundStatus.Pending, IdempotencyKey = idem,
                RequestedBy = userId, RequestedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(refund);
            await db.SaveChangesAsync(ct);
        }
        Refund stripeRefund;
        try
        {
            stripeRefund = await AskStripeAsync(stripe, settings.StripeAccountId, payment.ExternalReference, refund.Amount,
                new Dictionary<string, string> { ["tenant"] = tenant, ["refundId"] = refund.Id.ToString(), ["paymentId"] = payment.Id.ToString() },
                "refund-" + refund.Id, ct);
        }
        catch (StripeException e) when (IsRefusal(e))
        {
            await FailAsync(db, refund.Id, e.StripeError?.Message ?? e.Message, ct);
            throw new RuleException(OnlineErrors.RefundFailed, "amount", e.StripeError?.Message ?? e.Message);
        }
        catch (StripeException)
        {
            // No answer to trust (network failure, Stripe's own error): Stripe may have made the refund. Marking it failed
            // would lose a refund that happened, so it stays pending; Stripe's refund events or a retry settle it.
            return await db.Set<PaymentRefund>().AsNoTracking().SingleAsync(r => r.Id == refund.Id, ct);
        }
        await db.Set<PaymentRefund>().Where(r => r.Id == refund.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.ExternalReference, stripeRefund.Id), ct);
        if (stripeRefund.Status == "succeeded") return await CompleteAsync(db, refund.Id, stripeRefund.Id, clock, ct);
        if (stripeRefund.Status is "failed" or "canceled") await FailAsync(db, refund.Id, "Stripe: " + stripeRefund.Status, ct);
        return await db.Set<PaymentRefund>().AsNoTracking().SingleAsync(r => r.Id == refund.Id, ct);
    }

    /// <summary>
    /// Books a pending refund that Stripe says succeeded — from the API answer or the webhook, whichever comes first.
    /// The conditional update claims the row inside the transaction, so the second caller waits and then books nothing.
    /// </summary>
    public static async Task<PaymentRefund> CompleteAsync(TenantDbContext db, Guid refundId, string stripeRefundId, TimeProvider clock, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var claimed = await db.Set<PaymentRefund>().Where(r => r.Id == refundId && r.Status == RefundStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ExternalReference, stripeRefundId), ct);
            var refund = await db.Set<PaymentRefund>().AsNoTracking().SingleAsync(r => r.Id == refundId, ct);
            if (claimed == 0) { await tx.CommitAsync(ct); return refund; }
            var booked = await PaymentBooking.BookRefundAsync(db, refund.PaymentId, refund.Amount, refund.Reason, refund.IdempotencyKey,
                refund.RequestedBy, stripeRefundId, clock, ct);
            await tx.CommitAsync(ct);
            return booked;
        });
    }

    /// <summary>
    /// The one refund request to Stripe, on the connected account. The Stripe idempotency key is derived from our own
    /// record, so a retry after a lost answer gets the refund Stripe made instead of a second one.
    /// </summary>
    internal static Task<Refund> AskStripeAsync(StripeGateway stripe, string account, string paymentIntent, decimal amount,
        Dictionary<string, string> metadata, string idempotencyKey, CancellationToken ct) =>
        new RefundService(stripe.Client!).CreateAsync(new RefundCreateOptions
        {
            PaymentIntent = paymentIntent, Amount = StripeGateway.ToMinor(amount), Reason = "requested_by_customer", Metadata = metadata,
        }, StripeGateway.On(account, idempotencyKey), ct);

    /// <summary>Stripe looked at the request and said no (a 4xx with an error body): the refund certainly did not happen.</summary>
    internal static bool IsRefusal(StripeException e) =>
        e.StripeError is not null && (int)e.HttpStatusCode is >= 400 and < 500 and not 409 and not 429;

    public static Task FailAsync(TenantDbContext db, Guid refundId, string error, CancellationToken ct)
    {
        var from = RefundTransitions.Table.From(RefundStatus.Failed);
        return db.Set<PaymentRefund>().Where(r => r.Id == refundId && from.Contains(r.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RefundStatus.Failed).SetProperty(r => r.Error, error.Length > 1000 ? error[..1000] : error), ct);
    }
}
