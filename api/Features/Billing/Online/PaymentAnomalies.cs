using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Payments;
using Stripe;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>
/// Money Stripe took for a checkout that was already paid by another PaymentIntent. It is never credited to the
/// household; it is recorded once per PaymentIntent, listed for staff and in the reconciliation, and given back through
/// the same Stripe refund request as any refund (one click), or dismissed with a reason.
/// </summary>
public static class PaymentAnomalies
{
    /// <summary>Records the anomaly once (unique PaymentIntent): replays and concurrent deliveries add nothing.</summary>
    public static async Task RecordAsync(TenantDbContext db, OnlineCheckout checkout, string paymentIntentId, decimal amount, string currency,
        string eventId, DateTime now, CancellationToken ct)
    {
        if (await db.Set<PaymentAnomaly>().AnyAsync(a => a.PaymentIntentId == paymentIntentId, ct)) return;
        var estateId = await db.Units.Where(u => u.Id == checkout.UnitId).Select(u => u.EstateId).SingleAsync(ct);
        db.Add(new PaymentAnomaly
        {
            CheckoutId = checkout.Id, UnitId = checkout.UnitId, EstateId = estateId, PaymentIntentId = paymentIntentId, Amount = amount,
            Currency = currency.ToUpperInvariant(), StripeAccountId = checkout.StripeAccountId, EventId = eventId, ReceivedAt = now,
            Status = PaymentAnomalyStatus.Open,
        });
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // The same money announced twice at once: the other delivery recorded it (anything else is rethrown).
            db.ChangeTracker.Clear();
            if (!await db.Set<PaymentAnomaly>().AsNoTracking().AnyAsync(a => a.PaymentIntentId == paymentIntentId, CancellationToken.None)) throw;
        }
    }

    /// <summary>
    /// A succeeded refund of an anomaly's PaymentIntent (ours from the one click, or one made in the Stripe Dashboard)
    /// settles the anomaly when it gives back all of it. False when the PaymentIntent is no anomaly's.
    /// </summary>
    public static async Task<bool> RefundedAsync(TenantDbContext db, string paymentIntentId, string stripeRefundId, decimal amount, string status, DateTime now, CancellationToken ct)
    {
        var anomaly = await db.Set<PaymentAnomaly>().AsNoTracking().SingleOrDefaultAsync(a => a.PaymentIntentId == paymentIntentId, ct);
        if (anomaly is null) return false;
        if (status == "succeeded" && amount >= anomaly.Amount)
            await MoveAsync(db, anomaly.Id, PaymentAnomalyStatus.Refunded, ct, s => s
                .SetProperty(a => a.StripeRefundId, stripeRefundId).SetProperty(a => a.ResolvedAt, now).SetProperty(a => a.Error, (string?)null));
        else if (status is "failed" or "canceled" && anomaly.StripeRefundId == stripeRefundId)
            await MoveAsync(db, anomaly.Id, PaymentAnomalyStatus.Open, ct, s => s.SetProperty(a => a.Error, "Stripe: " + status));
        return true;
    }

    /// <summary>
    /// The one click: asks Stripe to give the whole amount back. The Stripe idempotency key is the anomaly's, so a
    /// second click or a retry after a lost answer never refunds twice. Stripe's refusal puts it back to Open.
    /// </summary>
    public static async Task<PaymentAnomaly> RefundAsync(TenantDbContext db, StripeGateway stripe, string tenant, Guid anomalyId, string userId,
        TimeProvider clock, CancellationToken ct)
    {
        var anomaly = await db.Set<PaymentAnomaly>().AsNoTracking().SingleAsync(a => a.Id == anomalyId, ct);
        var retry = anomaly is { Status: PaymentAnomalyStatus.Refunding, StripeRefundId: null };
        if (!retry && !await MoveAsync(db, anomalyId, PaymentAnomalyStatus.Refunding, ct, s => s.SetProperty(a => a.ResolvedBy, userId).SetProperty(a => a.Error, (string?)null)))
            throw new RuleException(OnlineErrors.AnomalyNotOpen, "anomalyId");
        if (stripe.Client is null) throw new RuleException(OnlineErrors.OnlinePaymentOff, "anomalyId");
        Refund refund;
        try
        {
            refund = await OnlineRefunds.AskStripeAsync(stripe, anomaly.StripeAccountId, anomaly.PaymentIntentId, anomaly.Amount,
                new Dictionary<string, string> { ["tenant"] = tenant, ["anomalyId"] = anomaly.Id.ToString() }, "anomaly-refund-" + anomaly.Id, ct);
        }
        catch (StripeException e) when (OnlineRefunds.IsRefusal(e))
        {
            var message = e.StripeError?.Message ?? e.Message;
            await MoveAsync(db, anomalyId, PaymentAnomalyStatus.Open, ct, s => s.SetProperty(a => a.Error, message.Length > 1000 ? message[..1000] : message));
            throw new RuleException(OnlineErrors.RefundFailed, "anomalyId", message);
        }
        catch (StripeException)
        {
            // No answer to trust: Stripe may have made the refund. It stays Refunding; a second click asks again under
            // the same key, and Stripe's refund events settle it.
            return await db.Set<PaymentAnomaly>().AsNoTracking().SingleAsync(a => a.Id == anomalyId, ct);
        }
        await db.Set<PaymentAnomaly>().Where(a => a.Id == anomalyId).ExecuteUpdateAsync(s => s.SetProperty(a => a.StripeRefundId, refund.Id), ct);
        await RefundedAsync(db, anomaly.PaymentIntentId, refund.Id, StripeGateway.FromMinor(refund.Amount), refund.Status, clock.GetUtcNow().UtcDateTime, ct);
        return await db.Set<PaymentAnomaly>().AsNoTracking().SingleAsync(a => a.Id == anomalyId, ct);
    }

    /// <summary>Staff decided the money stays with Stripe's records as it is (e.g. settled with the resident another way).</summary>
    public static async Task<PaymentAnomaly> DismissAsync(TenantDbContext db, Guid anomalyId, string reason, string userId, DateTime now, CancellationToken ct)
    {
        if (!await MoveAsync(db, anomalyId, PaymentAnomalyStatus.Dismissed, ct, s => s
                .SetProperty(a => a.Reason, reason).SetProperty(a => a.ResolvedBy, userId).SetProperty(a => a.ResolvedAt, now)))
            throw new RuleException(OnlineErrors.AnomalyNotOpen, "anomalyId");
        return await db.Set<PaymentAnomaly>().AsNoTracking().SingleAsync(a => a.Id == anomalyId, ct);
    }

    /// <summary>The only status change of an anomaly: conditional on the transition table, so concurrent clicks move it once.</summary>
    private static async Task<bool> MoveAsync(TenantDbContext db, Guid id, PaymentAnomalyStatus to, CancellationToken ct,
        Action<Microsoft.EntityFrameworkCore.Query.UpdateSettersBuilder<PaymentAnomaly>> more)
    {
        var from = PaymentAnomalyTransitions.Table.From(to);
        return await db.Set<PaymentAnomaly>().Where(a => a.Id == id && from.Contains(a.Status))
            .ExecuteUpdateAsync(s => { s.SetProperty(a => a.Status, to); more(s); }, ct) > 0;
    }
}
