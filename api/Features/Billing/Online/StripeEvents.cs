using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Payments;
using Stripe;
using PaymentMethod = PropertySaaS.Api.Features.Billing.Payments.PaymentMethod;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>
/// Processes stored Stripe events. Every effect is idempotent (payments by "stripe:&lt;payment_intent&gt;", refunds by
/// their key, status changes only forward), so replays, concurrent deliveries and any order give one booking.
/// An event that cannot be applied yet (a refund of a payment not booked) throws and stays unprocessed for a retry.
/// </summary>
public static class StripeEvents
{
    public const string ReceivedBy = "stripe";

    /// <summary>Applies a stored event once; true when it is (now or already) processed.</summary>
    public static async Task ProcessAsync(TenantDbContext db, StripeGateway stripe, string eventId, TimeProvider clock, CancellationToken ct)
    {
        var record = await db.Set<StripeEventRecord>().AsNoTracking().SingleOrDefaultAsync(e => e.Id == eventId, ct)
            ?? throw new InvalidOperationException($"Stripe event {eventId} is not in the inbox.");
        if (record.ProcessedAt is not null) return;
        await db.Set<StripeEventRecord>().Where(e => e.Id == eventId).ExecuteUpdateAsync(s => s.SetProperty(e => e.Attempts, e => e.Attempts + 1), ct);
        try
        {
            using var doc = JsonDocument.Parse(record.PayloadJson);
            var obj = doc.RootElement.GetProperty("data").GetProperty("object");
            switch (record.Type)
            {
                case "checkout.session.completed" when Str(obj, "payment_status") == "paid":
                case "checkout.session.async_payment_succeeded":
                    await BookCheckoutAsync(db, obj, eventId, clock, ct);
                    break;
                case "checkout.session.async_payment_failed":
                    await SetStatusAsync(db, obj, OnlineCheckoutStatus.Failed, clock, ct);
                    break;
                case "checkout.session.expired":
                    await SetStatusAsync(db, obj, OnlineCheckoutStatus.Expired, clock, ct);
                    break;
                case "refund.created" or "refund.updated" or "charge.refund.updated":
                    await RefundAsync(db, obj, null, clock, ct);
                    break;
                case "charge.refunded":
                    await ChargeRefundedAsync(db, stripe, record.Account, obj, clock, ct);
                    break;
                // checkout.session.completed still unpaid (async methods): the async_payment_* event follows.
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            var message = e.GetBaseException().Message;
            await db.Set<StripeEventRecord>().Where(x => x.Id == eventId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.Error, message.Length > 1000 ? message[..1000] : message), CancellationToken.None);
            throw;
        }
        await db.Set<StripeEventRecord>().Where(e => e.Id == eventId)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ProcessedAt, clock.GetUtcNow().UtcDateTime).SetProperty(e => e.Error, (string?)null), ct);
    }

    /// <summary>
    /// Books what Stripe took for a checkout, once. The checkout row is claimed first, inside the booking's transaction:
    /// only a checkout not yet paid (or paid by this very PaymentIntent, a replay) takes the money. A paid checkout that
    /// receives another PaymentIntent books nothing: that money is recorded as a <see cref="PaymentAnomaly"/>.
    /// </summary>
    private static async Task BookCheckoutAsync(TenantDbContext db, JsonElement session, string eventId, TimeProvider clock, CancellationToken ct)
    {
        var checkout = await FindCheckoutAsync(db, session, ct);
        var pi = Str(session, "payment_intent") ?? throw new InvalidOperationException("Paid session without payment_intent.");
        // What Stripe took is what is booked: more than the bills → prepaid; less → oldest chosen bills first.
        var amount = StripeGateway.FromMinor(session.GetProperty("amount_total").GetInt64());
        var currency = Str(session, "currency") ?? checkout.Currency;
        var payable = OnlineCheckoutTransitions.Table.From(OnlineCheckoutStatus.Paid);
        var strategy = db.Database.CreateExecutionStrategy();
        var anomaly = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            // The UPDATE takes the checkout's row lock (SQLite: the write lock): deliveries of two PaymentIntents queue
            // here, and the second sees the first's.
            var claimed = await db.Set<OnlineCheckout>().Where(c => c.Id == checkout.Id && (payable.Contains(c.Status) || c.PaymentIntentId == pi))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.PaymentIntentId, pi), ct);
            if (claimed == 0) { await tx.CommitAsync(ct); return true; }
            var booked = await PaymentBooking.BookAsync(db, new PaymentRequest(checkout.UnitId, amount, PaymentMethod.Online, "stripe:" + pi, ReceivedBy,
                checkout.Bills, ExternalReference: pi, Note: "Stripe Checkout " + Str(session, "id")), clock, ct);
            db.ChangeTracker.Clear();
            await OnlineCheckouts.MoveAsync(db, checkout.Id, OnlineCheckoutStatus.Paid, clock.GetUtcNow().UtcDateTime, ct, pi, booked.Payment.Id);
            await tx.CommitAsync(ct);
            return false;
        });
        if (anomaly) await PaymentAnomalies.RecordAsync(db, checkout, pi, amount, currency, eventId, clock.GetUtcNow().UtcDateTime, ct);
    }

    private static async Task SetStatusAsync(TenantDbContext db, JsonElement session, OnlineCheckoutStatus status, TimeProvider clock, CancellationToken ct)
    {
        var checkout = await FindCheckoutAsync(db, session, ct);
        // Only an open checkout ends this way (the transition table): a paid one stays paid whatever arrives after.
        if (checkout.Status == OnlineCheckoutStatus.Open)
            await OnlineCheckouts.MoveAsync(db, checkout.Id, status, clock.GetUtcNow().UtcDateTime, ct);
    }

    /// <summary>
    /// One refund object: ours (found by its Stripe id or our metadata refundId) is completed or failed through
    /// OnlineRefunds; any other succeeded refund was made outside our system (Stripe Dashboard) and is booked once,
    /// keyed "stripe:&lt;refund id&gt;", against <paramref name="payment"/> or the payment of its PaymentIntent.
    /// </summary>
    private static async Task RefundAsync(TenantDbContext db, JsonElement refund, Payment? payment, TimeProvider clock, CancellationToken ct)
    {
        var status = Str(refund, "status");
        var id = Str(refund, "id")!;
        var ours = await db.Set<PaymentRefund>().AsNoTracking().FirstOrDefaultAsync(r => r.ExternalReference == id, ct);
        if (ours is null && Meta(refund, "refundId") is { } rid && Guid.TryParse(rid, out var g))
            ours = await db.Set<PaymentRefund>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == g, ct);
        if (ours is not null)
        {
            if (status == "succeeded") await OnlineRefunds.CompleteAsync(db, ours.Id, id, clock, ct);
            else if (status is "failed" or "canceled") await OnlineRefunds.FailAsync(db, ours.Id, "Stripe: " + status, ct);
            return;
        }
        var refundPi = Str(refund, "payment_intent");
        // A refund of money recorded as an anomaly (the one click, or the Dashboard) settles the anomaly; no booking.
        if (refundPi is not null && await PaymentAnomalies.RefundedAsync(db, refundPi, id, StripeGateway.FromMinor(refund.GetProperty("amount").GetInt64()),
                status ?? "", clock.GetUtcNow().UtcDateTime, ct))
            return;
        if (status != "succeeded") return;
        if (payment is null)
        {
            var pi = refundPi ?? throw new InvalidOperationException("Refund without payment_intent.");
            payment = await PaymentBooking.FindAsync(db, "stripe:" + pi, ct)
                ?? throw new InvalidOperationException($"Refund {id}: payment {pi} is not booked yet.");
        }
        await PaymentBooking.BookRefundAsync(db, payment.Id, StripeGateway.FromMinor(refund.GetProperty("amount").GetInt64()),
            "Stripe " + id, "stripe:" + id, ReceivedBy, id, clock, ct);
    }

    /// <summary>
    /// charge.refunded: every refund of the charge so far, oldest first, each through <see cref="RefundAsync"/> — so
    /// a Dashboard refund is booked once whichever of charge.refunded and refund.* comes first, and ours never twice.
    /// </summary>
    private static async Task ChargeRefundedAsync(TenantDbContext db, StripeGateway stripe, string? account, JsonElement charge, TimeProvider clock, CancellationToken ct)
    {
        var chargeId = Str(charge, "id") ?? throw new InvalidOperationException("Charge without id.");
        var pi = Str(charge, "payment_intent");
        if (pi is not null && await db.Set<PaymentAnomaly>().AnyAsync(a => a.PaymentIntentId == pi, ct))
        {
            foreach (var r in await ChargeRefundsAsync(stripe, account, charge, chargeId, ct)) await RefundAsync(db, r, null, clock, ct);
            return;
        }
        var payment = (pi is null ? null : await PaymentBooking.FindAsync(db, "stripe:" + pi, ct))
            ?? await db.Set<Payment>().AsNoTracking().FirstOrDefaultAsync(p => p.Method == PaymentMethod.Online && p.ExternalReference == chargeId, ct)
            ?? throw new InvalidOperationException($"Charge {chargeId}: payment {pi} is not booked yet.");
        foreach (var refund in (await ChargeRefundsAsync(stripe, account, charge, chargeId, ct)).OrderBy(r => r.TryGetProperty("created", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt64() : 0))
            await RefundAsync(db, refund, payment, clock, ct);
    }

    /// <summary>The charge's refunds list from the event; API versions since 2022-11-15 leave it out (or it may be cut
    /// short), and then Stripe is asked for the charge's refunds on the connected account.</summary>
    private static async Task<List<JsonElement>> ChargeRefundsAsync(StripeGateway stripe, string? account, JsonElement charge, string chargeId, CancellationToken ct)
    {
        if (charge.TryGetProperty("refunds", out var list) && list.ValueKind == JsonValueKind.Object
            && list.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
            && !(list.TryGetProperty("has_more", out var more) && more.ValueKind == JsonValueKind.True))
            return data.EnumerateArray().ToList();
        if (stripe.Client is null || string.IsNullOrEmpty(account)) throw new InvalidOperationException($"Charge {chargeId}: refunds not in the event and Stripe is not configured.");
        var refunds = new List<JsonElement>();
        await foreach (var r in new RefundService(stripe.Client).ListAutoPagingAsync(new RefundListOptions { Charge = chargeId, Limit = 100 }, StripeGateway.On(account), ct))
            refunds.Add(JsonSerializer.Deserialize<JsonElement>(r.ToJson()));
        return refunds;
    }

    private static async Task<OnlineCheckout> FindCheckoutAsync(TenantDbContext db, JsonElement session, CancellationToken ct)
    {
        var sessionId = Str(session, "id");
        OnlineCheckout? c = null;
        if (Meta(session, "checkoutId") is { } cid && Guid.TryParse(cid, out var g))
            c = await db.Set<OnlineCheckout>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == g, ct);
        c ??= await db.Set<OnlineCheckout>().AsNoTracking().FirstOrDefaultAsync(x => x.SessionId == sessionId, ct);
        return c ?? throw new InvalidOperationException($"No checkout for Stripe session {sessionId}.");
    }

    public static string? Str(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string? Meta(JsonElement o, string name) =>
        o.ValueKind == JsonValueKind.Object && o.TryGetProperty("metadata", out var m) ? Str(m, name) : null;
}
