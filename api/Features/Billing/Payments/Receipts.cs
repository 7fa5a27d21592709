using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>What a receipt prints (billing.md §4.2), gathered from the company database.</summary>
public sealed record ReceiptData(
    string CompanyName, string Number, DateTime ReceivedAtLocal, string Unit, string Payer, PaymentMethod Method, decimal Amount,
    IReadOnlyList<(string Text, decimal Amount)> Items, decimal Prepaid, string Cashier, decimal Refunded, string? Note,
    IReadOnlyList<string>? Replaces = null);

/// <summary>
/// 收款收据 — GET /receipts/{paymentId} with the same bearer token as /graphql returns the payment's receipt as a PDF.
/// The company comes from the token only; staff of the estate or a resident of the unit may read it, anyone else
/// gets 404 (as if it did not exist) or 403 for roles that never see receipts.
/// </summary>
public static class Receipts
{
    public static string Url(Guid paymentId) => $"/receipts/{paymentId}";

    public static IEndpointConventionBuilder MapReceipts(this IEndpointRouteBuilder app) =>
        app.MapGet("/receipts/{paymentId:guid}", ServeAsync).RequireCompany();

    private static async Task<IResult> ServeAsync(Guid paymentId, HttpContext http)
    {
        var rc = http.RequestContext();
        var tenant = rc.Tenant!;
        if (!rc.Viewer.HasAny(BillingGraph.BillingStaff) && !rc.Viewer.IsResident) return ApiProblem.Result(http, ErrorCodes.Forbidden, "FORBIDDEN");
        var payment = await rc.Db.Payments.AsNoTracking().Include(p => p.Allocations).SingleOrDefaultAsync(p => p.Id == paymentId, http.RequestAborted);
        if (payment is null || !await BillingAccess.CanSeeUnitAsync(rc, payment.UnitId, http.RequestAborted))
            return ApiProblem.Result(http, ErrorCodes.NotFound, "NOT_FOUND", "entity.payment");

        // Missing fonts are an operator's problem (see GET /health); the caller gets a typed error, and the next request tries again.
        var fonts = http.RequestServices.GetRequiredService<ReceiptFonts>();
        if (fonts.Missing() is { Count: > 0 } missing)
        {
            http.RequestServices.GetRequiredService<ILogger<ReceiptFonts>>().LogError("{Problem}", fonts.Describe(missing));
            return ApiProblem.Result(http, ErrorCodes.Unavailable, "RECEIPT_FONTS_MISSING");
        }
        var data = await LoadAsync(rc, tenant, payment, http.RequestAborted);
        var pdf = ReceiptPdf.Render(data, fonts);
        return Results.File(pdf, "application/pdf", data.Number + ".pdf");
    }

    public static async Task<ReceiptData> LoadAsync(RequestContext rc, ResolvedTenant tenant, Payment payment, CancellationToken ct)
    {
        var db = rc.Db;
        var unit = await db.Units.AsNoTracking().Include(u => u.Building).ThenInclude(b => b!.Estate).SingleAsync(u => u.Id == payment.UnitId, ct);
        var billIds = payment.Allocations.Select(a => a.BillId).ToList();
        var bills = await db.Bills.AsNoTracking().Include(b => b.Lines).Where(b => billIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct);
        var items = payment.Allocations.OrderBy(a => bills[a.BillId].Period).ThenBy(a => a.Id)
            .Select(a => ($"{bills[a.BillId].Period} {string.Join("、", bills[a.BillId].Lines.OrderBy(l => l.Description).Select(l => l.Description))}", a.Amount))
            .ToList();
        var payer = payment.PayerName;
        if (string.IsNullOrWhiteSpace(payer))
            payer = string.Join("、", await db.Ownerships.AsNoTracking().Where(o => o.UnitId == unit.Id && o.EndDate == null).Select(o => o.Person!.Name).ToListAsync(ct));
        var voided = await db.Set<ReceiptVoid>().AsNoTracking().Where(v => v.PaymentId == payment.Id).OrderBy(v => v.Number).Select(v => v.Number).ToListAsync(ct);
        var cashier = payment.ShiftId is { } sid
            ? await db.CashierShifts.AsNoTracking().Where(s => s.Id == sid).Select(s => s.CashierName).SingleOrDefaultAsync(ct)
            : null;
        return new ReceiptData(
            tenant.NameZh, PaymentBooking.FormatReceipt(payment.ReceiptNumber), ChinaTime(payment.ReceivedAt),
            $"{unit.Building?.Estate?.Name} {unit.Building?.Name} {unit.Number}".Trim(), payer ?? "", payment.Method, payment.Amount,
            items, payment.Prepaid, cashier ?? payment.ReceivedBy, payment.Refunded, payment.Note, voided.Select(PaymentBooking.FormatReceipt).ToList());
    }

    /// <summary>Receipts show the estate's local time: China Standard Time (UTC+8, no daylight saving).</summary>
    private static DateTime ChinaTime(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).AddHours(8);
}
