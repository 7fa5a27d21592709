using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>What a cashier, the bank import or a Stripe webhook asks to book.</summary>
public sealed record PaymentRequest(
    Guid UnitId, decimal Amount, PaymentMethod Method, string IdempotencyKey, string ReceivedBy,
    IReadOnlyList<Guid>? BillIds = null, string? ExternalReference = null, string? PayerName = null, string? Note = null,
    decimal? Tendered = null, Guid? ShiftId = null, DateTime? ReceivedAt = null, bool NotesChecked = false);

/// <param name="Duplicate">True when the idempotency key was booked before: nothing new was written.</param>
public sealed record BookedPayment(Payment Payment, bool Duplicate);

/// <summary>
/// One refused check of a payment: the rule's kind (null for a plain format problem of a number), its message key,
/// the input at fault and the message's arguments after the field's name.
/// </summary>
public sealed record PaymentRefusal(ErrorKind? Kind, string Rule, string Field, params object?[] Args)
{
    public Check AddTo(Check check) => Kind is null
        ? check.Invalid(Field, Rule, [PaymentAccess.Label(Field), .. Args])
        : check.Fail(Kind, Field, [PaymentAccess.Label(Field), .. Args]);

    /// <summary>From domain code: a rule's refusal is typed; a malformed number is the caller's bug (every caller checks first).</summary>
    public void Throw() => throw (Kind is null
        ? new ArgumentOutOfRangeException(Field, $"{Rule}: {Field}")
        : new RuleException(Kind, Field, [PaymentAccess.Label(Field), .. Args]));
}

/// <summary>
/// The only code that books money in or out of a household ledger. One transaction writes the payment, its
/// allocations, its ledger entries and its receipt number; a repeated idempotency key returns the first booking.
/// Allocation: the chosen bills (oldest first), or every open bill oldest first; what is left becomes prepaid balance.
/// </summary>
public static class PaymentBooking
{
    public static async Task<BookedPayment> BookAsync(TenantDbContext db, PaymentRequest r, TimeProvider clock, CancellationToken ct)
    {
        if (await FindAsync(db, r.IdempotencyKey, ct) is { } existing) return new BookedPayment(existing, true);
        if ((await RefusalsAsync(db, r.Amount, r.Method, r.Tendered, r.NotesChecked, ct)).FirstOrDefault() is { } refused) refused.Throw();
        // Callers book for units they found (the desk in the caller's scope, a checkout's or bank line's unit).
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == r.UnitId).Select(u => new { u.Id, u.EstateId }).SingleOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Unit {r.UnitId} does not exist.");

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
                // The number first: its row lock queues concurrent bookings, so the account read next already sees
                // the allocations of the booking before (two payments never settle the same open amount).
                var receiptNumber = await NextNumberAsync(db, DocumentSequence.Receipt, ct);
                var account = await ArrearsService.AccountAsync(db, r.UnitId, ct);
                var chosen = r.BillIds is { Count: > 0 } ids ? ids.ToHashSet() : null;
                if (chosen is not null && chosen.Any(id => account.Bills.All(b => b.BillId != id)))
                    throw new RuleException(PaymentErrors.BillNotOfUnit, "billIds");

                var now = r.ReceivedAt ?? clock.GetUtcNow().UtcDateTime;
                var payment = new Payment
                {
                    UnitId = r.UnitId, EstateId = unit.EstateId, Method = r.Method, Amount = r.Amount, IdempotencyKey = r.IdempotencyKey,
                    ExternalReference = r.ExternalReference, PayerName = r.PayerName?.Trim(), Note = r.Note?.Trim(), ShiftId = r.ShiftId,
                    Tendered = r.Tendered, Change = r.Tendered is { } tt ? tt - r.Amount : null, NotesChecked = r.NotesChecked,
                    ReceivedBy = r.ReceivedBy, ReceivedAt = now,
                    ReceiptNumber = receiptNumber,
                };
                var left = r.Amount;
                foreach (var bill in account.Bills.Where(b => b.Open > 0 && (chosen is null || chosen.Contains(b.BillId))))
                {
                    if (left <= 0) break;
                    var part = Math.Min(left, bill.Open);
                    left -= part;
                    payment.Allocations.Add(new PaymentAllocation { PaymentId = payment.Id, BillId = bill.BillId, Amount = part, Position = payment.Allocations.Count });
                    db.LedgerEntries.Add(Entry(payment, bill.BillId, -part, now));
                }
                payment.Prepaid = left;
                if (left > 0) db.LedgerEntries.Add(Entry(payment, null, -left, now));
                db.Add(payment);
                await db.SaveChangesAsync(ct);
                if (tx is not null) await tx.CommitAsync(ct);
                return new BookedPayment(payment, false);
            });
        }
        catch (DbUpdateException)
        {
            // The same key was booked concurrently (a webhook delivered twice at once): theirs stands.
            db.ChangeTracker.Clear();
            if (await FindAsync(db, r.IdempotencyKey, CancellationToken.None) is { } raced) return new BookedPayment(raced, true);
            throw;
        }
    }

    /// <summary>
    /// Books a refund that has succeeded (cash handed back, or Stripe confirmed it): prepaid money goes back first,
    /// then the payment's allocations newest bill first, so the bills it had paid become open again.
    /// </summary>
    public static async Task<PaymentRefund> BookRefundAsync(TenantDbContext db, Guid paymentId, decimal amount, string reason,
        string idempotencyKey, string requestedBy, string? externalReference, TimeProvider clock, CancellationToken ct)
    {
        var existing = await db.Set<PaymentRefund>().SingleOrDefaultAsync(x => x.IdempotencyKey == idempotencyKey, ct);
        if (existing is { Status: RefundStatus.Succeeded }) return existing;
        // Callers check the amount first (refundPayment) or book what Stripe gave back.
        if (amount <= 0 || Money.Round(amount) != amount) throw new ArgumentOutOfRangeException(nameof(amount), amount, "A refund is a positive amount to the fen.");

        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
            // The payment's row lock (write lock on SQLite) first: refunds of one payment delivered at the same time
            // (a webhook twice, Dashboard and staff refunds) queue here, and each then reads what the one before wrote.
            await db.Set<Payment>().Where(p => p.Id == paymentId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Refunded, p => p.Refunded), ct);
            var refund = await db.Set<PaymentRefund>().SingleOrDefaultAsync(x => x.IdempotencyKey == idempotencyKey, ct);
            if (refund is { Status: RefundStatus.Succeeded }) { if (tx is not null) await tx.CommitAsync(ct); return refund; }
            var payment = await db.Set<Payment>().Include(p => p.Allocations).SingleOrDefaultAsync(p => p.Id == paymentId, ct)
                ?? throw new InvalidOperationException($"Payment {paymentId} does not exist.");
            if (amount > payment.Amount - payment.Refunded) throw new RuleException(PaymentErrors.RefundExceedsPayment, "amount", "field.amount");
            var now = clock.GetUtcNow().UtcDateTime;
            if (refund is null)
            {
                refund = new PaymentRefund { PaymentId = paymentId, Amount = amount, Reason = reason, IdempotencyKey = idempotencyKey, RequestedBy = requestedBy, RequestedAt = now };
                db.Add(refund);
            }
            refund.MoveTo(RefundStatus.Succeeded);
            refund.ExternalReference = externalReference ?? refund.ExternalReference;
            refund.CompletedAt = now;

            // What this payment still has in each place: prepaid part, then allocations; earlier refunds took from them in the same order.
            var already = payment.Refunded;
            var left = amount;
            var prepaidLeft = Math.Max(0, payment.Prepaid - already);
            already = Math.Max(0, already - payment.Prepaid);
            var fromPrepaid = Math.Min(left, prepaidLeft);
            if (fromPrepaid > 0) { db.LedgerEntries.Add(RefundEntry(payment, null, fromPrepaid, reason, requestedBy, now)); left -= fromPrepaid; }
            foreach (var a in payment.Allocations.OrderByDescending(a => a.Position))
            {
                if (left <= 0) break;
                var available = a.Amount - Math.Min(already, a.Amount);
                already = Math.Max(0, already - a.Amount);
                var part = Math.Min(left, available);
                if (part <= 0) continue;
                db.LedgerEntries.Add(RefundEntry(payment, a.BillId, part, reason, requestedBy, now));
                left -= part;
            }
            payment.Refunded += amount;
            await db.SaveChangesAsync(ct);
            if (tx is not null) await tx.CommitAsync(ct);
            return refund;
        });
    }

    /// <summary>
    /// The checks of what is paid, in one place: the desk's recordPayment reports them all at once before anything
    /// is written, and <see cref="BookAsync"/> refuses the first of them whoever calls it (bank import, Stripe, the desk).
    /// The amount is positive and to the fen; cash handed over is cash, covers the amount and is to the fen; large cash
    /// was checked for counterfeits; an amount a person typed is within the company's payment limit.
    /// </summary>
    public static async Task<List<PaymentRefusal>> RefusalsAsync(TenantDbContext db, decimal amount, PaymentMethod method, decimal? tendered,
        bool notesChecked, CancellationToken ct)
    {
        var refusals = new List<PaymentRefusal>();
        if (amount <= 0) refusals.Add(new(null, "MUST_BE_POSITIVE", "amount"));
        else if (Money.Round(amount) != amount) refusals.Add(new(null, "TWO_DECIMALS", "amount"));
        if (tendered is { } t)
        {
            if (method != PaymentMethod.Cash || t < amount) refusals.Add(new(PaymentErrors.TenderedTooLow, "TENDERED_TOO_LOW", "tendered"));
            else if (Money.Round(t) != t) refusals.Add(new(null, "TWO_DECIMALS", "tendered"));
        }
        if (NeedsNotesCheck(method, amount, tendered) && !notesChecked) refusals.Add(new(PaymentErrors.NotesNotChecked, "NOTES_NOT_CHECKED", "notesChecked"));
        if (IsEnteredByHand(method) && await MoneyLimits.ExceededAsync(db, MoneyLimit.Payment, amount, ct) is { } limit)
            refusals.Add(new(PaymentErrors.AboveLimit, "ABOVE_LIMIT", "amount", limit));
        return refusals;
    }

    /// <summary>
    /// Cash of 100.00 or more handed over may hold notes above 50 CNY, each of which must go through the counterfeit
    /// detector (billing.md §3.1 step 4, §13 rule 19); the cashier confirms it. Smaller sums are 50s and below.
    /// </summary>
    public static bool NeedsNotesCheck(PaymentMethod method, decimal amount, decimal? tendered) =>
        method == PaymentMethod.Cash && (tendered ?? amount) >= 100m;

    /// <summary>Desk methods: the amount is what a person typed. Online and bank collection amounts were moved by Stripe or the bank.</summary>
    public static bool IsEnteredByHand(PaymentMethod method) => method is not (PaymentMethod.Online or PaymentMethod.BankCollection);

    public static Task<Payment?> FindAsync(TenantDbContext db, string idempotencyKey, CancellationToken ct) =>
        db.Set<Payment>().AsNoTracking().Include(p => p.Allocations).SingleOrDefaultAsync(p => p.IdempotencyKey == idempotencyKey, ct);

    /// <summary>Takes the next number of a gapless sequence; call inside the transaction that stores what it numbers.</summary>
    public static async Task<long> NextNumberAsync(TenantDbContext db, string sequence, CancellationToken ct)
    {
        // The UPDATE takes the row lock first (PostgreSQL, SQL Server) or the write lock (SQLite), so readers after it wait.
        var updated = await db.Set<DocumentSequence>().Where(s => s.Name == sequence).ExecuteUpdateAsync(s => s.SetProperty(x => x.Next, x => x.Next + 1), ct);
        if (updated == 0) throw new InvalidOperationException($"Document sequence '{sequence}' is missing.");
        return await db.Set<DocumentSequence>().Where(s => s.Name == sequence).Select(s => s.Next - 1).SingleAsync(ct);
    }

    /// <summary>Receipt numbers as printed: "SJ" + 8 digits.</summary>
    public static string FormatReceipt(long number) => $"SJ{number:00000000}";

    private static LedgerEntry Entry(Payment p, Guid? billId, decimal amount, DateTime now) => new()
    {
        UnitId = p.UnitId, BillId = billId, Kind = LedgerEntryKind.Payment, Amount = amount,
        Reason = FormatReceipt(p.ReceiptNumber), CreatedBy = p.ReceivedBy, CreatedAt = now,
    };

    private static LedgerEntry RefundEntry(Payment p, Guid? billId, decimal amount, string reason, string by, DateTime now) => new()
    {
        UnitId = p.UnitId, BillId = billId, Kind = LedgerEntryKind.Refund, Amount = amount,
        Reason = $"{FormatReceipt(p.ReceiptNumber)} {reason}".Trim(), CreatedBy = by, CreatedAt = now,
    };
}
