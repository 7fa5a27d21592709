using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing.Payments;

public sealed class OpenShiftInput { public Guid EstateId { get; set; } }
public sealed class CloseShiftInput { public Guid ShiftId { get; set; } public decimal CountedCash { get; set; } public string? Note { get; set; } public string? DifferenceReason { get; set; } }
public sealed class ReconcileShiftInput { public Guid ShiftId { get; set; } public string? Note { get; set; } }

public sealed class OpenShiftInputType : InputObjectGraphType<OpenShiftInput>
{
    public OpenShiftInputType() { Name = "OpenShiftInput"; Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>)); }
}

public sealed class CloseShiftInputType : InputObjectGraphType<CloseShiftInput>
{
    public CloseShiftInputType()
    {
        Name = "CloseShiftInput";
        Field(x => x.ShiftId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CountedCash).Description("Cash counted in the till, CNY.");
        Field(x => x.Note, nullable: true);
        Field(x => x.DifferenceReason, nullable: true).Description("Why counted cash differs from expected cash; required when it does.");
    }
}

public sealed class ReconcileShiftInputType : InputObjectGraphType<ReconcileShiftInput>
{
    public ReconcileShiftInputType()
    {
        Name = "ReconcileShiftInput";
        Field(x => x.ShiftId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Note, nullable: true);
    }
}

/// <summary>
/// Till shifts: OPEN (takes payments) → CLOSED (cash counted, figures fixed) → RECONCILED (checked by a supervisor,
/// estate manager or company admin other than the cashier — the cashier's spot check of billing.md §1).
/// </summary>
public static class Shifts
{
    public static readonly string[] Reconcilers = [AppRoles.Supervisor, AppRoles.EstateManager, AppRoles.CompanyAdmin];

    /// <summary>
    /// The caller's open shift in the estate, opened now if there is none; null when the caller's open shift is in
    /// another estate (one till per cashier: close it first). A unique index allows one open shift per cashier, so a
    /// request that loses a race to open one ends exactly as if it had come second.
    /// </summary>
    public static async Task<CashierShift?> OpenForAsync(RequestContext rc, Guid estateId, CancellationToken ct)
    {
        var db = rc.Db;
        var open = await OpenShiftOfAsync(db, rc.Viewer.UserId, ct);
        if (open is not null) return open.EstateId == estateId ? open : null;
        open = new CashierShift { EstateId = estateId, CashierId = rc.Viewer.UserId, CashierName = Trim(rc.Viewer.Name, 100), Status = ShiftStatus.Open, OpenedAt = rc.Now };
        db.CashierShifts.Add(open);
        try
        {
            await db.SaveChangesAsync(ct);
            return open;
        }
        catch (DbUpdateException)
        {
            db.Entry(open).State = EntityState.Detached;
            var winner = await OpenShiftOfAsync(db, rc.Viewer.UserId, ct);
            if (winner is null) throw;
            return winner.EstateId == estateId ? winner : null;
        }
    }

    private static Task<CashierShift?> OpenShiftOfAsync(TenantDbContext db, string cashierId, CancellationToken ct) =>
        db.CashierShifts.Where(s => s.CashierId == cashierId && s.Status == ShiftStatus.Open).OrderBy(s => s.OpenedAt).FirstOrDefaultAsync(ct);

    /// <summary>Figures of shifts: totals per method and receipt range from their payments; expected cash stored once closed.</summary>
    public static async Task<List<ShiftView>> ViewsAsync(TenantDbContext db, IReadOnlyList<CashierShift> shifts, DateTime now, CancellationToken ct)
    {
        var ids = shifts.Select(s => s.Id).ToList();
        var payments = await db.Payments.AsNoTracking().Where(p => p.ShiftId != null && ids.Contains(p.ShiftId.Value))
            .Select(p => new { ShiftId = p.ShiftId!.Value, p.Method, p.Amount, p.ReceiptNumber }).ToListAsync(ct);
        var views = new List<ShiftView>(shifts.Count);
        foreach (var s in shifts)
        {
            var mine = payments.Where(p => p.ShiftId == s.Id).ToList();
            var totals = mine.GroupBy(p => p.Method).OrderBy(g => g.Key)
                .Select(g => new ShiftTotal(g.Key, g.Count(), g.Sum(p => p.Amount))).ToList();
            var expected = s.Status == ShiftStatus.Open ? await ExpectedCashAsync(db, s, now, ct) : s.ExpectedCash;
            views.Add(new ShiftView(s, expected, totals, mine.Count > 0 ? mine.Min(p => p.ReceiptNumber) : null, mine.Count > 0 ? mine.Max(p => p.ReceiptNumber) : null));
        }
        return views;
    }

    /// <summary>Cash taken in the shift, less cash the same cashier handed back (refunds of cash payments) while it was open.</summary>
    public static async Task<decimal> ExpectedCashAsync(TenantDbContext db, CashierShift s, DateTime until, CancellationToken ct)
    {
        var taken = await db.Payments.AsNoTracking().Where(p => p.ShiftId == s.Id && p.Method == PaymentMethod.Cash).Select(p => p.Amount).ToListAsync(ct);
        var refunded = await db.PaymentRefunds.AsNoTracking()
            .Where(r => r.Status == RefundStatus.Succeeded && r.RequestedBy == s.CashierId && r.CompletedAt >= s.OpenedAt && r.CompletedAt <= until
                        && db.Set<Payment>().Any(p => p.Id == r.PaymentId && p.Method == PaymentMethod.Cash && p.EstateId == s.EstateId))
            .Select(r => r.Amount).ToListAsync(ct);
        return Money.Round(taken.Sum() - refunded.Sum());
    }

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<CashierShiftGraphType>("myOpenShift")
            .Description("The caller's open till shift in the estate, or null.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .Reads(BillingAccess.Staff, (rc, c) => MyOpenShiftAsync(rc, c.GetArgument<Guid>("estateId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CashierShiftGraphType>>>>("cashierShifts")
            .Description("Till shifts of an estate, newest first (at most 200).")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" }, new QueryArgument<ShiftStatusEnum> { Name = "status" })
            .Reads(BillingAccess.Staff, (rc, c) => ShiftsOfAsync(rc, c.GetArgument<Guid>("estateId"), c.GetArgument<ShiftStatus?>("status"), c.CancellationToken));
    }

    public static async Task<ShiftView?> MyOpenShiftAsync(RequestContext rc, Guid estateId, CancellationToken ct)
    {
        if (!rc.Viewer.CanSeeEstate(estateId)) return null;
        var open = await rc.Db.CashierShifts.AsNoTracking()
            .Where(s => s.CashierId == rc.Viewer.UserId && s.EstateId == estateId && s.Status == ShiftStatus.Open)
            .OrderBy(s => s.OpenedAt).FirstOrDefaultAsync(ct);
        return open is null ? null : (await ViewsAsync(rc.Db, [open], rc.Now, ct))[0];
    }

    public static async Task<List<ShiftView>> ShiftsOfAsync(RequestContext rc, Guid estateId, ShiftStatus? status, CancellationToken ct)
    {
        if (!rc.Viewer.CanSeeEstate(estateId)) return [];
        var q = rc.Db.CashierShifts.AsNoTracking().Where(s => s.EstateId == estateId);
        if (status is { } st) q = q.Where(s => s.Status == st);
        var shifts = await q.OrderByDescending(s => s.OpenedAt).Take(200).ToListAsync(ct);
        return await ViewsAsync(rc.Db, shifts, rc.Now, ct);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CashierShiftPayloadType>>("openShift")
            .Description("Opens the caller's till shift in the estate; returns the open one if there is one. A cashier has one open shift: CONFLICT while it is in another estate.")
            .Argument<NonNullGraphType<OpenShiftInputType>>("input")
            .RunsUseCase(OpenShift.UseCase);

        mutation.Field<NonNullGraphType<CashierShiftPayloadType>>("closeShift")
            .Description("Closes an open shift with the cash counted: fixes expected cash and the difference (any difference needs differenceReason). A closed shift takes no payments.")
            .Argument<NonNullGraphType<CloseShiftInputType>>("input")
            .RunsUseCase(CloseShift.UseCase);

        mutation.Field<NonNullGraphType<CashierShiftPayloadType>>("reconcileShift")
            .Description("Confirms a closed shift after checking cash and receipts; not by the shift's own cashier.")
            .Argument<NonNullGraphType<ReconcileShiftInputType>>("input")
            .RunsUseCase(ReconcileShift.UseCase);
    }

    internal static string Trim(string s, int max) => s.Length > max ? s[..max] : s;
}
