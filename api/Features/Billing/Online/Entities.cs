using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing.Online;

/// 在线缴费 — a resident's Stripe Checkout for some bills of one unit. Booked through PaymentBooking when Stripe
/// says it was paid; the payment's idempotency key "stripe:&lt;payment_intent&gt;" makes that happen once.
public sealed class OnlineCheckout
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    /// <summary>The bills chosen, comma-separated; the payment is allocated among them oldest first.</summary>
    public string BillIds { get; set; } = "";
    public decimal Amount { get; set; }
    public string Currency { get; set; } = Money.Currency;
    public OnlineCheckoutStatus Status { get; set; }
    /// <summary>Unique: "&lt;unitId&gt;:&lt;client key&gt;", so a repeated request returns the same checkout.</summary>
    public required string IdempotencyKey { get; set; }
    /// <summary>Stripe Checkout Session (cs_…); null until Stripe answered.</summary>
    public string? SessionId { get; set; }
    public string? Url { get; set; }
    /// <summary>The connected account the session was created on (acct_…).</summary>
    public required string StripeAccountId { get; set; }
    public string? PaymentIntentId { get; set; }
    public Guid? PaymentId { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }

    public IReadOnlyList<Guid> Bills => BillIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}

public enum OnlineCheckoutStatus { Open, Paid, Expired, Failed }

/// <summary>
/// The checkout's states. Money Stripe took is booked whatever the checkout thought before (an expired or failed one
/// included); a paid checkout never changes again: money that arrives for it is a <see cref="PaymentAnomaly"/>.
/// </summary>
public static class OnlineCheckoutTransitions
{
    public static readonly TransitionTable<OnlineCheckoutStatus> Table = new(new Dictionary<OnlineCheckoutStatus, OnlineCheckoutStatus[]>
    {
        [OnlineCheckoutStatus.Open] = [OnlineCheckoutStatus.Paid, OnlineCheckoutStatus.Expired, OnlineCheckoutStatus.Failed],
        [OnlineCheckoutStatus.Expired] = [OnlineCheckoutStatus.Paid],
        [OnlineCheckoutStatus.Failed] = [OnlineCheckoutStatus.Paid],
        [OnlineCheckoutStatus.Paid] = [],
    }, refusal: OnlineErrors.CheckoutNotOpen);
}

/// <summary>
/// An open checkout's hold on one bill. The primary key is the bill, so the database itself keeps a bill in at most
/// one open checkout (two concurrent requests cannot both hold it); the rows go when the checkout stops being open.
/// </summary>
public sealed class OnlineCheckoutBill
{
    public Guid BillId { get; set; }
    public Guid CheckoutId { get; set; }
}

/// 异常到账 — money Stripe took for a checkout that was already paid (another PaymentIntent). Never credited to the
/// household: staff refund it through Stripe (one click) or dismiss it with a reason.
public sealed class PaymentAnomaly
{
    public Guid Id { get; set; } = Ids.New();
    public Guid CheckoutId { get; set; }
    public Guid UnitId { get; set; }
    public Guid EstateId { get; set; }
    /// <summary>Unique: replays of the event, or other events of the same money, record one anomaly.</summary>
    public required string PaymentIntentId { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = Money.Currency;
    public required string StripeAccountId { get; set; }
    /// <summary>The Stripe event that announced it (evt_…).</summary>
    public required string EventId { get; set; }
    public DateTime ReceivedAt { get; set; }
    public PaymentAnomalyStatus Status { get; set; }
    /// <summary>Stripe's refund (re_…) once Stripe answered.</summary>
    public string? StripeRefundId { get; set; }
    public string? Error { get; set; }
    /// <summary>Why it was dismissed (e.g. settled with the resident another way).</summary>
    public string? Reason { get; set; }
    public string? ResolvedBy { get; set; }
    public DateTime? ResolvedAt { get; set; }
}

public enum PaymentAnomalyStatus { Open, Refunding, Refunded, Dismissed }

/// <summary>An anomaly's states: a refund asked of Stripe that Stripe refused goes back to Open (with the error).</summary>
public static class PaymentAnomalyTransitions
{
    public static readonly TransitionTable<PaymentAnomalyStatus> Table = new(new Dictionary<PaymentAnomalyStatus, PaymentAnomalyStatus[]>
    {
        [PaymentAnomalyStatus.Open] = [PaymentAnomalyStatus.Refunding, PaymentAnomalyStatus.Refunded, PaymentAnomalyStatus.Dismissed],
        [PaymentAnomalyStatus.Refunding] = [PaymentAnomalyStatus.Refunded, PaymentAnomalyStatus.Open],
        [PaymentAnomalyStatus.Refunded] = [],
        [PaymentAnomalyStatus.Dismissed] = [],
    }, refusal: OnlineErrors.AnomalyNotOpen);
}

/// <summary>
/// Webhook inbox: every verified Stripe event is stored before it is processed, so an event whose processing failed
/// is retried (job or Stripe redelivery) and one processed already is recognised by its id.
/// </summary>
public sealed class StripeEventRecord
{
    /// <summary>Stripe event id (evt_…).</summary>
    public required string Id { get; set; }
    public required string Type { get; set; }
    public string? Account { get; set; }
    public required string PayloadJson { get; set; }
    public DateTime ReceivedAt { get; set; }
    public DateTime? ProcessedAt { get; set; }
    public int Attempts { get; set; }
    public string? Error { get; set; }
}

/// 对账 — a comparison of Stripe's paid checkouts with the ONLINE payments of the ledger over a window.
public sealed class StripeReconciliation
{
    public Guid Id { get; set; } = Ids.New();
    public DateTime From { get; set; }
    public DateTime To { get; set; }
    public DateTime RanAt { get; set; }
    public required string RequestedBy { get; set; }
    public int StripeCount { get; set; }
    public int LedgerCount { get; set; }
    public decimal StripeTotal { get; set; }
    public decimal LedgerTotal { get; set; }
    /// <summary>JSON array of <see cref="ReconciliationDifference"/>; empty = Stripe and ledger agree.</summary>
    public string DifferencesJson { get; set; } = "[]";
    public string? Error { get; set; }
}

/// <summary>OpenAnomaly: money Stripe took for a paid checkout, not yet refunded or dismissed (<see cref="PaymentAnomaly"/>).</summary>
public enum ReconciliationDifferenceKind { MissingInLedger, MissingInStripe, AmountMismatch, OpenAnomaly }

public sealed record ReconciliationDifference(ReconciliationDifferenceKind Kind, string PaymentIntentId, decimal? StripeAmount, decimal? LedgerAmount, Guid? PaymentId);
