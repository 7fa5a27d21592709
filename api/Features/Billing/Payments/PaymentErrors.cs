namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>The refusals of the payment rules, each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class PaymentErrors
{
    public static readonly ErrorKind TenderedTooLow = ErrorKind.Invalid("TenderedTooLow", "TENDERED_TOO_LOW",
        "Cash tendered is given only for cash payments and must cover the amount.");
    public static readonly ErrorKind NotesNotChecked = ErrorKind.Invalid("NotesNotChecked", "NOTES_NOT_CHECKED",
        "Cash of 100.00 or more needs the counterfeit check confirmed (billing.md §3.1 step 4).");
    public static readonly ErrorKind AboveLimit = ErrorKind.Invalid("AboveLimit", "ABOVE_LIMIT",
        "The amount is above the company's single-transaction limit for money entered by hand.");
    public static readonly ErrorKind BillNotOfUnit = ErrorKind.Invalid("BillNotOfUnit", "BILL_NOT_OF_UNIT",
        "A chosen bill does not belong to the unit.");
    public static readonly ErrorKind RefundExceedsPayment = ErrorKind.Invalid("RefundExceedsPayment", "REFUND_TOO_LARGE",
        "The refund is more than what is left of the payment.");
    public static readonly ErrorKind ShiftNotOpen = ErrorKind.Conflict("ShiftNotOpen", "SHIFT_NOT_OPEN",
        "Only an open till shift can be closed.");
    public static readonly ErrorKind ShiftNotClosed = ErrorKind.Conflict("ShiftNotClosed", "SHIFT_NOT_CLOSED",
        "Only a closed till shift can be reconciled.");
    public static readonly ErrorKind ShiftOpenElsewhere = ErrorKind.Conflict("ShiftOpenElsewhere", "SHIFT_OPEN_ELSEWHERE",
        "The cashier still has an open till shift in another estate (one till per cashier).");
    public static readonly ErrorKind ShiftOwnReconcile = ErrorKind.Conflict("ShiftOwnReconcile", "SHIFT_OWN_RECONCILE",
        "A cashier cannot reconcile their own shift.");
    public static readonly ErrorKind IdempotencyKeyReused = ErrorKind.Conflict("IdempotencyKeyReused", "IDEMPOTENCY_KEY_REUSED",
        "The idempotency key was already used for a different request.");
}
