using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Jobs;
using Stripe;
using Stripe.Checkout;
using PaymentMethod = PropertySaaS.Api.Features.Billing.Payments.PaymentMethod;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>
/// 对账: Stripe's paid checkouts on the company's connected account against the ONLINE payments of the ledger, per
/// PaymentIntent. Differences are stored, never corrected automatically — a person decides what happened.
/// </summary>
public static class StripeReconciler
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(30);

    public static async Task<StripeReconciliation> RunAsync(TenantDbContext db, StripeGateway stripe, string requestedBy, TimeProvider clock, CancellationToken ct)
    {
        var settings = await db.Set<BillingSettings>().AsNoTracking().SingleAsync(ct);
        if (stripe.Client is null || string.IsNullOrWhiteSpace(settings.StripeAccountId)) throw new RuleException(OnlineErrors.OnlinePaymentOff, "");
        var to = clock.GetUtcNow().UtcDateTime;
        var from = to - DefaultWindow;
        var result = new StripeReconciliation { From = from, To = to, RanAt = to, RequestedBy = requestedBy };

        // A session paid just after it was created may be booked a little later: Stripe is read one day wider.
        var inStripe = new Dictionary<string, decimal>();
        var stripeInWindow = new List<string>();
        var options = new SessionListOptions { Status = "complete", Limit = 100, Created = new DateRangeOptions { GreaterThanOrEqual = from.AddDays(-1) } };
        await foreach (var s in new SessionService(stripe.Client).ListAutoPagingAsync(options, StripeGateway.On(settings.StripeAccountId), ct))
        {
            if (s.PaymentStatus != "paid" || s.PaymentIntentId is not { } pi || s.AmountTotal is not { } total) continue;
            inStripe[pi] = StripeGateway.FromMinor(total);
            if (s.Created >= from) stripeInWindow.Add(pi);
        }

        var ledger = await db.Set<Payment>().AsNoTracking()
            .Where(p => p.Method == PaymentMethod.Online && p.ReceivedAt >= from && p.ReceivedAt <= to && p.ExternalReference != null)
            .Select(p => new { p.Id, p.Amount, Pi = p.ExternalReference! }).ToListAsync(ct);
        var differences = new List<ReconciliationDifference>();
        foreach (var p in ledger)
        {
            if (!inStripe.TryGetValue(p.Pi, out var amount)) differences.Add(new(ReconciliationDifferenceKind.MissingInStripe, p.Pi, null, p.Amount, p.Id));
            else if (amount != p.Amount) differences.Add(new(ReconciliationDifferenceKind.AmountMismatch, p.Pi, amount, p.Amount, p.Id));
        }
        var booked = ledger.Select(p => p.Pi).ToHashSet();
        // Money for a checkout already paid is not in the ledger on purpose: it is listed as an anomaly until it is
        // refunded or dismissed, whenever it arrived.
        var anomalies = await db.Set<PaymentAnomaly>().AsNoTracking().Select(a => new { a.PaymentIntentId, a.Amount, a.Status }).ToListAsync(ct);
        foreach (var a in anomalies.Where(a => a.Status is PaymentAnomalyStatus.Open or PaymentAnomalyStatus.Refunding).OrderBy(a => a.PaymentIntentId))
            differences.Add(new(ReconciliationDifferenceKind.OpenAnomaly, a.PaymentIntentId, a.Amount, null, null));
        booked.UnionWith(anomalies.Select(a => a.PaymentIntentId));
        foreach (var pi in stripeInWindow.Where(pi => !booked.Contains(pi)))
        {
            var payment = await PaymentBooking.FindAsync(db, "stripe:" + pi, ct); // booked, but outside the window
            if (payment is null) differences.Add(new(ReconciliationDifferenceKind.MissingInLedger, pi, inStripe[pi], null, null));
            else if (payment.Amount != inStripe[pi]) differences.Add(new(ReconciliationDifferenceKind.AmountMismatch, pi, inStripe[pi], payment.Amount, payment.Id));
        }
        result.StripeCount = stripeInWindow.Count;
        result.StripeTotal = stripeInWindow.Sum(pi => inStripe[pi]);
        result.LedgerCount = ledger.Count;
        result.LedgerTotal = ledger.Sum(p => p.Amount);
        result.DifferencesJson = JsonSerializer.Serialize(differences);
        db.Add(result);
        await db.SaveChangesAsync(ct);
        return result;
    }

    public static IReadOnlyList<ReconciliationDifference> Differences(StripeReconciliation r) =>
        JsonSerializer.Deserialize<List<ReconciliationDifference>>(r.DifferencesJson) ?? [];
}

/// <summary>
/// The nightly reconciliation of a company that takes online payment (OnlineModule), plus a retry of inbox events a
/// crash left unprocessed. A company without online payment has nothing to reconcile.
/// </summary>
[Quartz.DisallowConcurrentExecution] // one at a time per company
public sealed class StripeReconcileJob(TenantGate gate, StripeGateway stripe, TimeProvider clock, ILogger<StripeReconcileJob> log) : TenantJob(gate, log)
{
    protected override async Task RunAsync(TenantJobContext context, CancellationToken ct)
    {
        var account = await context.Db.Set<BillingSettings>().AsNoTracking().Select(s => s.StripeAccountId).SingleOrDefaultAsync(ct);
        if (stripe.Client is null || string.IsNullOrWhiteSpace(account)) return;
        // Events left unprocessed by a crash whose retry job was never stored are picked up here.
        var stuckBefore = clock.GetUtcNow().UtcDateTime.AddMinutes(-5);
        var stuck = await context.Db.Set<StripeEventRecord>().AsNoTracking().Where(e => e.ProcessedAt == null && e.ReceivedAt < stuckBefore)
            .OrderBy(e => e.ReceivedAt).Select(e => e.Id).Take(100).ToListAsync(ct);
        foreach (var id in stuck)
            try { await StripeEvents.ProcessAsync(context.Db, stripe, id, clock, ct); }
            catch (InvalidOperationException) { /* still not applicable; recorded on the event */ }
        await StripeReconciler.RunAsync(context.Db, stripe, "system", clock, ct);
    }
}
