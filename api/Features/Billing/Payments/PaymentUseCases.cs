using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>
/// Takes a payment at the desk: the payment checks (<see cref="PaymentBooking.RefusalsAsync"/>) all at once, the unit in
/// the cashier's estates, the bills of the unit, the cashier's open shift; then <see cref="PaymentBooking.BookAsync"/>.
/// Sending the same idempotency key again returns the first payment.
/// </summary>
public static class RecordPayment
{
    public static readonly UseCase<RecordPaymentInput, Payment> UseCase = new(BillingAccess.Staff, RunAsync);

    public static async Task<Payload<Payment>> RunAsync(RequestContext rc, RecordPaymentInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture);
        foreach (var refusal in await PaymentBooking.RefusalsAsync(db, i.Amount, i.Method, i.Tendered, i.NotesChecked == true, ct))
            refusal.AddTo(check);
        PaymentAccess.Text(check, i.IdempotencyKey, "idempotencyKey", 100, required: true);
        PaymentAccess.Text(check, i.PayerName, "payerName", 100);
        PaymentAccess.Text(check, i.Note, "note", 500);
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == i.UnitId, ct);
        if (unit is null || !rc.Viewer.CanSeeEstate(unit.EstateId)) return Payload<Payment>.Fail(check.Missing("unitId", "NOT_FOUND", "entity.unit"));
        var billIds = (i.BillIds ?? []).Distinct().ToList();
        if (billIds.Count > 0 && await db.Bills.CountAsync(b => billIds.Contains(b.Id) && b.UnitId == unit.Id, ct) != billIds.Count)
            check.Fail(PaymentErrors.BillNotOfUnit, "billIds");
        if (check.Failed) return Payload<Payment>.Fail(check);

        // Desk keys live in their own namespace so they can never collide with stripe:/bank: keys.
        var key = "desk:" + i.IdempotencyKey.Trim();
        if (await PaymentBooking.FindAsync(db, key, ct) is { } earlier)
            return earlier.UnitId == unit.Id && earlier.Amount == i.Amount && earlier.Method == i.Method
                ? Payload<Payment>.Ok(earlier)
                : Payload<Payment>.Fail(check.Fail(PaymentErrors.IdempotencyKeyReused, "idempotencyKey"));

        var shift = await Shifts.OpenForAsync(rc, unit.EstateId, ct);
        if (shift is null) return Payload<Payment>.Fail(check.Fail(PaymentErrors.ShiftOpenElsewhere, "unitId"));
        var booked = await PaymentBooking.BookAsync(db, new PaymentRequest(unit.Id, i.Amount, i.Method, key, rc.Viewer.UserId,
            billIds, PayerName: i.PayerName, Note: i.Note, Tendered: i.Tendered, ShiftId: shift.Id,
            NotesChecked: i.Method == PaymentMethod.Cash && i.NotesChecked == true), rc.Clock, ct);
        return Payload<Payment>.Ok(booked.Payment);
    }
}

/// <summary>The cashier's reads: a unit's account, the resident's payments, the advance quote.</summary>
public static class PaymentQueries
{
    public static async Task<UnitAccountView?> UnitAccountAsync(RequestContext rc, Guid unitId, CancellationToken ct)
    {
        if (!await BillingAccess.CanSeeUnitAsync(rc, unitId, ct)) return null;
        var account = await ArrearsService.AccountAsync(rc.Db, unitId, ct);
        return new UnitAccountView(account, ArrearsService.Ageing(account, rc.UtcToday));
    }

    /// <summary>
    /// Payments, newest first, narrowed by the filters given. Billing staff: within their estates. Residents: only with the
    /// unitId of one of their units (<see cref="BillingAccess.CanSeeUnitAsync"/>); otherwise none.
    /// </summary>
    public static async Task<IQueryable<Payment>> PaymentsAsync(RequestContext rc, Guid? unitId, Guid? estateId, Guid? shiftId, CancellationToken ct)
    {
        var q = rc.Db.Payments.AsNoTracking().Include(p => p.Allocations).AsQueryable();
        if (rc.Viewer.HasAny(BillingGraph.BillingStaff)) q = q.InScope(rc.Viewer.EstateScope, p => p.EstateId);
        else if (unitId is not { } own || !await BillingAccess.CanSeeUnitAsync(rc, own, ct)) q = q.Where(_ => false);
        if (unitId is { } uid) q = q.Where(p => p.UnitId == uid);
        if (estateId is { } eid) q = q.Where(p => p.EstateId == eid);
        if (shiftId is { } sid) q = q.Where(p => p.ShiftId == sid);
        return q.OrderByDescending(p => p.ReceiptNumber);
    }

    public static async Task<List<Payment>> MyPaymentsAsync(RequestContext rc, CancellationToken ct)
    {
        var units = rc.Db.Units.OfResident(rc.Db, rc.Viewer.PersonId).Select(u => u.Id);
        return await rc.Db.Payments.AsNoTracking().Include(p => p.Allocations).Where(p => units.Contains(p.UnitId))
            .OrderByDescending(p => p.ReceiptNumber).Take(200).ToListAsync(ct);
    }

    public static async Task<AdvanceQuote?> AdvanceQuoteAsync(RequestContext rc, Guid unitId, CancellationToken ct) =>
        await BillingAccess.CanSeeUnitAsync(rc, unitId, ct) ? await AdvanceQuotes.QuoteAsync(rc.Db, unitId, rc.UtcToday, ct) : null;
}
