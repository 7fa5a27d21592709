namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>The refusals of online payment, refunds and anomalies, each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class OnlineErrors
{
    public static readonly ErrorKind OnlinePaymentOff = ErrorKind.Conflict("OnlinePaymentOff", "ONLINE_PAYMENT_OFF",
        "The company has no Stripe account configured (or the API has no Stripe key).");
    public static readonly ErrorKind NothingToPay = ErrorKind.Invalid("NothingToPay", "NOTHING_TO_PAY",
        "The chosen bills have nothing left to pay.");
    public static readonly ErrorKind CheckoutOpenForBills = ErrorKind.Conflict("CheckoutOpenForBills", "CHECKOUT_OPEN_FOR_BILLS",
        "Some of the bills are held by another open checkout.");
    public static readonly ErrorKind StripeUnavailable = ErrorKind.Conflict("StripeUnavailable", "STRIPE_UNAVAILABLE",
        "Stripe did not answer; nothing was changed that a retry would not finish.");
    public static readonly ErrorKind RefundFailed = ErrorKind.Conflict("RefundFailed", "REFUND_FAILED",
        "Stripe refused the refund; its reason is in the message.");
    public static readonly ErrorKind CheckoutNotOpen = ErrorKind.Conflict("CheckoutNotOpen", "CHECKOUT_NOT_OPEN",
        "The checkout's status does not allow this change (a paid checkout never changes).");
    public static readonly ErrorKind AnomalyNotOpen = ErrorKind.Conflict("AnomalyNotOpen", "ANOMALY_NOT_OPEN",
        "The payment anomaly was already refunded or dismissed.");
}
