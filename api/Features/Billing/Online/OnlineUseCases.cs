using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>A resident pays bills of their unit online: the Stripe Checkout to send the browser to (<see cref="OnlineCheckouts.CreateAsync"/>).</summary>
public static class CreateCheckoutSession
{
    public static readonly UseCase<CreateCheckoutSessionInput, OnlineCheckout> UseCase = new(Access.Residents, RunAsync);

    public static async Task<Payload<OnlineCheckout>> RunAsync(RequestContext rc, CreateCheckoutSessionInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        OnlineChecks.IdempotencyKey(check, i.IdempotencyKey);
        if (!await rc.Db.Units.OfResident(rc.Db, rc.Viewer.PersonId).AnyAsync(u => u.Id == i.UnitId, ct))
            check.Missing("unitId", "NOT_FOUND", "entity.unit");
        if (check.Failed) return Payload<OnlineCheckout>.Fail(check);
        return Payload<OnlineCheckout>.Ok(await OnlineCheckouts.CreateAsync(rc.Db, OnlineGraph.Gateway(rc), rc.Tenant!.Slug, i.UnitId, i.BillIds,
            i.IdempotencyKey.Trim(), rc.Viewer.UserId, rc.Clock, ct));
    }
}

/// <summary>Gives money back for a payment: online payments through Stripe, the others booked at once (<see cref="OnlineRefunds.RefundAsync"/>).</summary>
public static class RefundPayment
{
    public static readonly UseCase<RefundPaymentInput, PaymentRefund> UseCase = new(Access.Roles(OnlineGraph.RefundRoles), RunAsync);

    public static async Task<Payload<PaymentRefund>> RunAsync(RequestContext rc, RefundPaymentInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Positive(i.Amount, "amount").Required(i.Reason, "reason", 500);
        OnlineChecks.IdempotencyKey(check, i.IdempotencyKey);
        var payment = await rc.Db.Set<Payment>().AsNoTracking().SingleOrDefaultAsync(p => p.Id == i.PaymentId, ct);
        if (payment is null || !rc.Viewer.CanSeeEstate(payment.EstateId)) check.Missing("paymentId", "NOT_FOUND", "entity.payment");
        if (check.Failed) return Payload<PaymentRefund>.Fail(check);
        return Payload<PaymentRefund>.Ok(await OnlineRefunds.RefundAsync(rc.Db, OnlineGraph.Gateway(rc), rc.Tenant!.Slug, payment!, i.Amount, i.Reason.Trim(),
            i.IdempotencyKey.Trim(), rc.Viewer.UserId, rc.Clock, ct));
    }
}

/// <summary>One click: gives the whole amount of an anomaly back through Stripe (<see cref="PaymentAnomalies.RefundAsync"/>).</summary>
public static class RefundPaymentAnomaly
{
    public static readonly UseCase<RefundPaymentAnomalyInput, PaymentAnomaly> UseCase = new(Access.Roles(OnlineGraph.RefundRoles), RunAsync);

    public static async Task<Payload<PaymentAnomaly>> RunAsync(RequestContext rc, RefundPaymentAnomalyInput i, CancellationToken ct)
    {
        if (!await OnlineGraph.AnomalyVisibleAsync(rc, i.AnomalyId, ct))
            return Payload<PaymentAnomaly>.Fail(new Check(rc.Culture).Missing("anomalyId", "NOT_FOUND", "entity.paymentAnomaly"));
        return Payload<PaymentAnomaly>.Ok(await PaymentAnomalies.RefundAsync(rc.Db, OnlineGraph.Gateway(rc), rc.Tenant!.Slug, i.AnomalyId, rc.Viewer.UserId, rc.Clock, ct));
    }
}

/// <summary>Closes an open anomaly without a refund, with the reason (<see cref="PaymentAnomalies.DismissAsync"/>).</summary>
public static class DismissPaymentAnomaly
{
    public static readonly UseCase<DismissPaymentAnomalyInput, PaymentAnomaly> UseCase = new(Access.Roles(OnlineGraph.RefundRoles), RunAsync);

    public static async Task<Payload<PaymentAnomaly>> RunAsync(RequestContext rc, DismissPaymentAnomalyInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.Reason, "reason", 500);
        if (!await OnlineGraph.AnomalyVisibleAsync(rc, i.AnomalyId, ct)) return Payload<PaymentAnomaly>.Fail(check.Missing("anomalyId", "NOT_FOUND", "entity.paymentAnomaly"));
        if (check.Failed) return Payload<PaymentAnomaly>.Fail(check);
        return Payload<PaymentAnomaly>.Ok(await PaymentAnomalies.DismissAsync(rc.Db, i.AnomalyId, i.Reason.Trim(), rc.Viewer.UserId, rc.Now, ct));
    }
}

/// <summary>Compares the last 30 days of Stripe's paid checkouts with the ONLINE payments of the ledger and stores the result.</summary>
public static class RunStripeReconciliation
{
    public static readonly UseCase<object?, StripeReconciliation> UseCase = new(Access.Roles(OnlineGraph.ReconcileRoles), RunAsync);

    public static async Task<Payload<StripeReconciliation>> RunAsync(RequestContext rc, object? _, CancellationToken ct)
    {
        try { return Payload<StripeReconciliation>.Ok(await StripeReconciler.RunAsync(rc.Db, OnlineGraph.Gateway(rc), rc.Viewer.UserId, rc.Clock, ct)); }
        catch (Stripe.StripeException) { return Payload<StripeReconciliation>.Fail(new Check(rc.Culture).Fail(OnlineErrors.StripeUnavailable, "")); }
    }
}

internal static class OnlineChecks
{
    public static Check IdempotencyKey(Check check, string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) check.Invalid("idempotencyKey", "REQUIRED", "online.idempotencyKey");
        else if (key.Length > 100) check.Invalid("idempotencyKey", "TOO_LONG", "online.idempotencyKey", 100);
        return check;
    }
}
