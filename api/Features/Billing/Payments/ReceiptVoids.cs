using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.GraphQL;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.Billing.Payments;

public sealed class ReissueReceiptInput
{
    public Guid PaymentId { get; set; }
    public string Reason { get; set; } = "";
    public string IdempotencyKey { get; set; } = "";
}

public sealed class ReissueReceiptInputType : InputObjectGraphType<ReissueReceiptInput>
{
    public ReissueReceiptInputType()
    {
        Name = "ReissueReceiptInput";
        Description = "Voids the payment's current receipt and issues the next number for it. Sending the same idempotencyKey again returns the same result.";
        Field(x => x.PaymentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason).Description("Why the receipt was wrong (required).");
        Field(x => x.IdempotencyKey).Description("One key per reissue form, e.g. a UUID made when the form opens.");
    }
}

public sealed class ReceiptVoidGraphType : ObjectGraphType<ReceiptVoid>
{
    public ReceiptVoidGraphType()
    {
        Name = "ReceiptVoid";
        Description = "收据作废 — a receipt number voided and replaced; the number stays consumed.";
        Field<NonNullGraphType<StringGraphType>>("number").Resolve(c => PaymentBooking.FormatReceipt(c.Source.Number));
        Field<NonNullGraphType<StringGraphType>>("replacedBy").Description("The receipt number issued in its place.")
            .Resolve(c => PaymentBooking.FormatReceipt(c.Source.ReplacedBy));
        Field(x => x.Reason);
        Field(x => x.VoidedBy).Description("Staff user id.");
        Field(x => x.VoidedAt);
    }
}

/// <summary>
/// 收据作废与补开 (billing.md §4.2 rule 3, §4.5): a mistaken receipt is never edited; its number is voided with reason,
/// staff member and time, and the payment gets the next number of the same gapless sequence. The payment's money,
/// allocations and ledger entries stay as they are — voiding a receipt is not a refund.
/// </summary>
public static class ReceiptVoids
{
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PaymentPayloadType>>("reissueReceipt")
            .Description("Voids the payment's current receipt number (with a reason) and issues the next receipt number for the same payment.")
            .Argument<NonNullGraphType<ReissueReceiptInputType>>("input")
            .RunsUseCase(ReissueReceipt.UseCase);
    }

    /// <summary>Voids the current number and gives the payment the next one, in one transaction; a repeated key changes nothing.</summary>
    public static async Task<Payment> ReissueAsync(TenantDbContext db, Guid paymentId, string reason, string idempotencyKey, string by, TimeProvider clock, CancellationToken ct)
    {
        if (await EarlierAsync(db, paymentId, idempotencyKey, ct) is { } done) return done;
        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            await strategy.ExecuteAsync(async () =>
            {
                db.ChangeTracker.Clear();
                await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
                // The number first: its row lock queues concurrent reissues of the payment, so the read below sees the
                // number the previous one issued and each number is voided once.
                var number = await PaymentBooking.NextNumberAsync(db, DocumentSequence.Receipt, ct);
                var payment = await db.Payments.SingleAsync(p => p.Id == paymentId, ct);
                db.Add(new ReceiptVoid
                {
                    Number = payment.ReceiptNumber, PaymentId = paymentId, Reason = reason, VoidedBy = by,
                    VoidedAt = clock.GetUtcNow().UtcDateTime, ReplacedBy = number, IdempotencyKey = idempotencyKey,
                });
                payment.ReceiptNumber = number;
                await db.SaveChangesAsync(ct);
                if (tx is not null) await tx.CommitAsync(ct);
            });
        }
        catch (DbUpdateException)
        {
            // The same key was sent twice at once: the first reissue stands.
            db.ChangeTracker.Clear();
            if (await EarlierAsync(db, paymentId, idempotencyKey, CancellationToken.None) is { } raced) return raced;
            throw;
        }
        db.ChangeTracker.Clear();
        return await LoadAsync(db, paymentId, ct);
    }

    private static async Task<Payment?> EarlierAsync(TenantDbContext db, Guid paymentId, string idempotencyKey, CancellationToken ct)
    {
        var earlier = await db.Set<ReceiptVoid>().AsNoTracking().SingleOrDefaultAsync(v => v.IdempotencyKey == idempotencyKey, ct);
        if (earlier is null) return null;
        return earlier.PaymentId == paymentId ? await LoadAsync(db, paymentId, ct) : throw new RuleException(PaymentErrors.IdempotencyKeyReused, "idempotencyKey");
    }

    private static Task<Payment> LoadAsync(TenantDbContext db, Guid paymentId, CancellationToken ct) =>
        db.Payments.AsNoTracking().Include(p => p.Allocations).SingleAsync(p => p.Id == paymentId, ct);

    /// <summary>The numbers a payment's receipts had before, oldest first (batched per request).</summary>
    public static IDataLoaderResult<List<ReceiptVoid>> Of(IResolveFieldContext c, Guid paymentId)
    {
        var rc = Rc(c);
        return rc.Loaders.Load<Guid, List<ReceiptVoid>>("payments.receiptVoids", paymentId, async (ids, ct) =>
            (await rc.Db.Set<ReceiptVoid>().AsNoTracking().Where(v => ids.Contains(v.PaymentId)).OrderBy(v => v.Number).ToListAsync(ct))
                .GroupBy(v => v.PaymentId).ToDictionary(g => g.Key, g => g.ToList()), []);
    }
}

/// <summary>Voids a payment's current receipt number with a reason and issues the next number for it (<see cref="ReceiptVoids.ReissueAsync"/>).</summary>
public static class ReissueReceipt
{
    public static readonly UseCase<ReissueReceiptInput, Payment> UseCase = new(BillingAccess.Staff, RunAsync);

    public static async Task<Payload<Payment>> RunAsync(RequestContext rc, ReissueReceiptInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.Reason, "reason", 500);
        PaymentAccess.Text(check, i.IdempotencyKey, "idempotencyKey", 100, required: true);
        var payment = await rc.Db.Payments.AsNoTracking().SingleOrDefaultAsync(p => p.Id == i.PaymentId, ct);
        if (payment is null || !rc.Viewer.CanSeeEstate(payment.EstateId)) return Payload<Payment>.Fail(check.Missing("paymentId", "NOT_FOUND", "entity.payment"));
        if (check.Failed) return Payload<Payment>.Fail(check);
        return Payload<Payment>.Ok(await ReceiptVoids.ReissueAsync(rc.Db, payment.Id, i.Reason.Trim(), i.IdempotencyKey.Trim(), rc.Viewer.UserId, rc.Clock, ct));
    }
}
