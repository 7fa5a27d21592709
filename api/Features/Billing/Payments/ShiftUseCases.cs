using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>Opens the caller's till shift in an estate, or returns the open one; one open shift per cashier.</summary>
public static class OpenShift
{
    public static readonly UseCase<OpenShiftInput, ShiftView> UseCase = new(BillingAccess.Staff, RunAsync);

    public static async Task<Payload<ShiftView>> RunAsync(RequestContext rc, OpenShiftInput i, CancellationToken ct)
    {
        if (!rc.Viewer.CanSeeEstate(i.EstateId) || !await rc.Db.Estates.AnyAsync(e => e.Id == i.EstateId, ct))
            return Payload<ShiftView>.Fail(new Check(rc.Culture).Missing("estateId", "NOT_FOUND", "entity.estate"));
        var shift = await Shifts.OpenForAsync(rc, i.EstateId, ct);
        if (shift is null) return Payload<ShiftView>.Fail(new Check(rc.Culture).Fail(PaymentErrors.ShiftOpenElsewhere, "estateId"));
        return Payload<ShiftView>.Ok((await Shifts.ViewsAsync(rc.Db, [shift], rc.Now, ct))[0]);
    }
}

/// <summary>Closes an open shift with the cash counted: expected cash and the difference are fixed; a difference needs its reason.</summary>
public static class CloseShift
{
    public static readonly UseCase<CloseShiftInput, ShiftView> UseCase = new(BillingAccess.Staff, RunAsync);

    public static async Task<Payload<ShiftView>> RunAsync(RequestContext rc, CloseShiftInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = PaymentAccess.Text(new Check(rc.Culture), i.Note, "note", 500);
        if (i.CountedCash < 0) check.Invalid("countedCash", "OUT_OF_RANGE", PaymentAccess.Label("countedCash"));
        else if (Money.Round(i.CountedCash) != i.CountedCash) check.Invalid("countedCash", "TWO_DECIMALS", PaymentAccess.Label("countedCash"));
        var shift = await db.CashierShifts.SingleOrDefaultAsync(s => s.Id == i.ShiftId, ct);
        // Cashiers close their own shifts; supervisors and managers may close any shift of their estates.
        if (shift is null || !rc.Viewer.CanSeeEstate(shift.EstateId) || (shift.CashierId != rc.Viewer.UserId && !rc.Viewer.HasAny(Shifts.Reconcilers)))
            return Payload<ShiftView>.Fail(check.Missing("shiftId", "NOT_FOUND", "pay.entity.shift"));
        if (!ShiftTransitions.Table.CanMove(shift.Status, ShiftStatus.Closed)) check.Fail(PaymentErrors.ShiftNotOpen, "shiftId");
        PaymentAccess.Text(check, i.DifferenceReason, "differenceReason", 500);
        if (check.Failed) return Payload<ShiftView>.Fail(check);
        var now = rc.Now;
        var expected = await Shifts.ExpectedCashAsync(db, shift, now, ct);
        var difference = Money.Round(i.CountedCash - expected);
        // A till that is short or over is handed over with its reason, which the reconciling supervisor checks.
        if (difference != 0 && string.IsNullOrWhiteSpace(i.DifferenceReason))
            return Payload<ShiftView>.Fail(check.Invalid("differenceReason", "SHIFT_DIFFERENCE_NEEDS_REASON", difference.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        shift.MoveTo(ShiftStatus.Closed);
        shift.ClosedAt = now;
        shift.ExpectedCash = expected;
        shift.CountedCash = i.CountedCash;
        shift.Difference = difference;
        shift.DifferenceReason = difference == 0 ? null : i.DifferenceReason!.Trim();
        shift.CloseNote = string.IsNullOrWhiteSpace(i.Note) ? null : i.Note.Trim();
        await db.SaveChangesAsync(ct);
        return Payload<ShiftView>.Ok((await Shifts.ViewsAsync(db, [shift], now, ct))[0]);
    }
}

/// <summary>Confirms a closed shift after checking cash and receipts; never by the shift's own cashier.</summary>
public static class ReconcileShift
{
    public static readonly UseCase<ReconcileShiftInput, ShiftView> UseCase = new(Access.Roles(Shifts.Reconcilers), RunAsync);

    public static async Task<Payload<ShiftView>> RunAsync(RequestContext rc, ReconcileShiftInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = PaymentAccess.Text(new Check(rc.Culture), i.Note, "note", 500);
        var shift = await db.CashierShifts.SingleOrDefaultAsync(s => s.Id == i.ShiftId, ct);
        if (shift is null || !rc.Viewer.CanSeeEstate(shift.EstateId)) return Payload<ShiftView>.Fail(check.Missing("shiftId", "NOT_FOUND", "pay.entity.shift"));
        if (shift.CashierId == rc.Viewer.UserId) check.Fail(PaymentErrors.ShiftOwnReconcile, "shiftId");
        else if (!ShiftTransitions.Table.CanMove(shift.Status, ShiftStatus.Reconciled)) check.Fail(PaymentErrors.ShiftNotClosed, "shiftId");
        if (check.Failed) return Payload<ShiftView>.Fail(check);
        var now = rc.Now;
        shift.MoveTo(ShiftStatus.Reconciled);
        shift.ReconciledBy = rc.Viewer.UserId;
        shift.ReconciledAt = now;
        if (!string.IsNullOrWhiteSpace(i.Note)) shift.CloseNote = Shifts.Trim(((shift.CloseNote ?? "") + " / " + i.Note.Trim()).TrimStart(' ', '/'), 500);
        await db.SaveChangesAsync(ct);
        return Payload<ShiftView>.Ok((await Shifts.ViewsAsync(db, [shift], now, ct))[0]);
    }
}
