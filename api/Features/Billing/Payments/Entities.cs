using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing.Payments;

/// 收款 — money received for a unit (household). Booked once: its ledger entries, allocations and receipt number are
/// written in one transaction, and <see cref="IdempotencyKey"/> makes a repeated request return the same payment.
public sealed class Payment
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public Guid EstateId { get; set; }
    public PaymentMethod Method { get; set; }
    public decimal Amount { get; set; }
    public string Currency { get; set; } = Money.Currency;
    /// <summary>Gapless per company (公司正式收据 numbering); assigned in the booking transaction. The number of the
    /// receipt currently valid: a reissue replaces it and keeps the old one as a <see cref="ReceiptVoid"/>.</summary>
    public long ReceiptNumber { get; set; }
    /// <summary>Unique per company: the cashier form's key, "stripe:&lt;payment_intent&gt;", "bank:&lt;batch&gt;:&lt;line&gt;".</summary>
    public required string IdempotencyKey { get; set; }
    /// <summary>Gateway or bank reference (Stripe PaymentIntent id, bank serial).</summary>
    public string? ExternalReference { get; set; }
    public string? PayerName { get; set; }
    public string? Note { get; set; }
    /// <summary>Cash tendered and change given (cash only).</summary>
    public decimal? Tendered { get; set; }
    public decimal? Change { get; set; }
    /// <summary>The cashier confirmed the notes above 50 CNY went through the counterfeit detector (billing.md §3.1 step 4).</summary>
    public bool NotesChecked { get; set; }
    public Guid? ShiftId { get; set; }
    /// <summary>Staff user id (token sub), or "system"/"stripe"/"bank" for automatic bookings.</summary>
    public required string ReceivedBy { get; set; }
    public DateTime ReceivedAt { get; set; }
    /// <summary>Part of <see cref="Amount"/> not allocated to bills: it became prepaid balance (预收款).</summary>
    public decimal Prepaid { get; set; }
    public decimal Refunded { get; set; }
    public List<PaymentAllocation> Allocations { get; set; } = [];
}

public enum PaymentMethod { Cash, Card, Transfer, BankCollection, Online }

/// 核销 — the part of a payment that settles one bill.
public sealed class PaymentAllocation
{
    public Guid Id { get; set; } = Ids.New();
    public Guid PaymentId { get; set; }
    public Guid BillId { get; set; }
    public decimal Amount { get; set; }
    /// <summary>Order of settlement (oldest bill first); refunds walk it backwards. Ids made in one millisecond are not ordered.</summary>
    public int Position { get; set; }
}

/// 退款 — money given back for a payment; booked as Refund ledger entries when it succeeded.
public sealed class PaymentRefund
{
    public Guid Id { get; set; } = Ids.New();
    public Guid PaymentId { get; set; }
    public decimal Amount { get; set; }
    public required string Reason { get; set; }
    public RefundStatus Status { get; set; }
    /// <summary>Unique: the staff form's key, or "stripe:&lt;refund id&gt;".</summary>
    public required string IdempotencyKey { get; set; }
    public string? ExternalReference { get; set; }
    public string? Error { get; set; }
    public required string RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? CompletedAt { get; set; }

    public void MoveTo(RefundStatus to)
    {
        RefundTransitions.Table.Ensure(Status, to);
        Status = to;
    }
}

/// 收据作废 — a mistaken receipt voided and replaced by a new number for the same payment (billing.md §4.2 rule 3,
/// §4.5). The number stays consumed; the money is untouched (a void is not a refund).
public sealed class ReceiptVoid
{
    public Guid Id { get; set; } = Ids.New();
    /// <summary>The voided receipt number; unique, so a number is never voided or reused twice.</summary>
    public long Number { get; set; }
    public Guid PaymentId { get; set; }
    public required string Reason { get; set; }
    public required string VoidedBy { get; set; }
    public DateTime VoidedAt { get; set; }
    /// <summary>The receipt number issued in its place.</summary>
    public long ReplacedBy { get; set; }
    /// <summary>Unique: the staff form's key, so a repeated request reissues once.</summary>
    public required string IdempotencyKey { get; set; }
}

public enum RefundStatus { Pending, Succeeded, Failed }

/// <summary>
/// A refund's states: pending until the money went back (at once for desk refunds, Stripe's answer or webhook for online
/// ones) or Stripe refused it; Stripe's later word that a refund marked failed went through after all is booked.
/// </summary>
public static class RefundTransitions
{
    public static readonly TransitionTable<RefundStatus> Table = new(new Dictionary<RefundStatus, RefundStatus[]>
    {
        [RefundStatus.Pending] = [RefundStatus.Succeeded, RefundStatus.Failed],
        [RefundStatus.Failed] = [RefundStatus.Succeeded],
        [RefundStatus.Succeeded] = [],
    });
}

/// <summary>A gapless counter (receipt numbers). Incremented inside the transaction that uses the number, so a
/// rolled-back booking gives its number back and no two bookings share one.</summary>
public sealed class DocumentSequence
{
    public required string Name { get; set; }
    public long Next { get; set; }
    public const string Receipt = "receipt";
}

/// 收银班次 — a front-desk agent's till shift: payments taken, closed with counted cash, reconciled.
public sealed class CashierShift
{
    public Guid Id { get; set; } = Ids.New();
    public Guid EstateId { get; set; }
    public required string CashierId { get; set; }
    public string? CashierName { get; set; }
    public ShiftStatus Status { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime? ClosedAt { get; set; }
    /// <summary>Expected cash from the payments of the shift, fixed when it closes.</summary>
    public decimal ExpectedCash { get; set; }
    public decimal? CountedCash { get; set; }
    public decimal? Difference { get; set; }
    /// <summary>The cashier's explanation of a non-zero difference, given when closing; null when the till was right.</summary>
    public string? DifferenceReason { get; set; }
    public string? CloseNote { get; set; }
    public string? ReconciledBy { get; set; }
    public DateTime? ReconciledAt { get; set; }

    public void MoveTo(ShiftStatus to)
    {
        ShiftTransitions.Table.Ensure(Status, to, "shiftId");
        Status = to;
    }
}

public enum ShiftStatus { Open, Closed, Reconciled }

/// <summary>A till shift's states: OPEN takes payments, CLOSED has its cash counted and figures fixed, RECONCILED was checked.</summary>
public static class ShiftTransitions
{
    public static readonly TransitionTable<ShiftStatus> Table = new(new Dictionary<ShiftStatus, ShiftStatus[]>
    {
        [ShiftStatus.Open] = [ShiftStatus.Closed],
        [ShiftStatus.Closed] = [ShiftStatus.Reconciled],
        [ShiftStatus.Reconciled] = [],
    });
}

/// <summary>Company-wide billing configuration (one row, Id = 1).</summary>
public sealed class BillingSettings
{
    public const decimal DefaultMaxPayment = 1_000_000m;
    public const decimal DefaultMaxRefund = 1_000_000m;
    public const decimal DefaultMaxAdjustment = 100_000m;

    public int Id { get; set; } = 1;
    /// <summary>Stripe Connect account that receives this company's online payments (acct_…); null = online payment off.</summary>
    public string? StripeAccountId { get; set; }
    public string Currency { get; set; } = Money.Currency;
    /// <summary>Day of month of the bank collection (银行托收), 15 per billing.md §3.2.</summary>
    public int CollectionDay { get; set; } = 15;
    /// <summary>Months of management fee taken in advance at move-in (billing.md §3.3: 3).</summary>
    public int AdvanceMonths { get; set; } = 3;
    /// <summary>Late fees are off unless the company configures them (billing.md §10); rate per day on overdue principal.</summary>
    public bool LateFeeEnabled { get; set; }
    public decimal LateFeeDailyRate { get; set; }
    public int LateFeeGraceDays { get; set; }
    /// <summary>The service-contract clause that authorises late fees (required to enable them).</summary>
    public string? LateFeeContractClause { get; set; }
    /// <summary>Upper bounds of money entered by hand (a typo of a few zeros must not reach the ledger): one payment
    /// (desk, bank import), one refund, one bill adjustment either way. One-off charges use the payment limit.</summary>
    public decimal MaxPaymentAmount { get; set; } = DefaultMaxPayment;
    public decimal MaxRefundAmount { get; set; } = DefaultMaxRefund;
    public decimal MaxAdjustmentAmount { get; set; } = DefaultMaxAdjustment;
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}
