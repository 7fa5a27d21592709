using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
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
        var pdf = Render(data, fonts);
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

    public static string MethodText(PaymentMethod m) => m switch
    {
        PaymentMethod.Cash => "现金 Cash",
        PaymentMethod.Card => "刷卡 Card",
        PaymentMethod.Transfer => "转账 Transfer",
        PaymentMethod.BankCollection => "银行托收 Bank collection",
        PaymentMethod.Online => "在线支付 Online",
        _ => m.ToString(),
    };

    private static string Yuan(decimal amount) => "¥" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>One page: the receipt as the front desk hands it over. Labels are Chinese with English, like the printed form.</summary>
    public static byte[] Render(ReceiptData r, ReceiptFonts fonts)
    {
        fonts.EnsureAvailable();
        var doc = new PdfDocument();
        doc.Info.Title = $"{r.CompanyName} 收款收据 {r.Number}";
        var page = doc.AddPage();
        page.Size = PdfSharp.PageSize.A5;
        page.Orientation = PdfSharp.PageOrientation.Landscape;
        using (var g = XGraphics.FromPdfPage(page))
        {
            var title = new FontPair(16, XFontStyleEx.Bold);
            var body = new FontPair(10, XFontStyleEx.Regular);
            var small = new FontPair(8, XFontStyleEx.Regular);
            double left = 36, right = page.Width.Point - 36, y = 30;
            var width = right - left;

            Draw(g, r.CompanyName, title, XBrushes.Black, new XRect(left, y, width, 20), XStringFormats.TopCenter);
            y += 22;
            Draw(g, "收款收据 RECEIPT", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopCenter);
            y += 22;
            Draw(g, $"收据号 No.: {r.Number}", body, XBrushes.DarkRed, new XRect(left, y, width, 14), XStringFormats.TopLeft);
            Draw(g, $"日期 Date: {r.ReceivedAtLocal:yyyy-MM-dd HH:mm}", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopRight);
            y += 18;
            if (r.Replaces is { Count: > 0 } replaced)
            {
                var numbers = string.Join("、", replaced);
                Draw(g, $"补开，原收据 {numbers} 作废 Reissued: receipt {numbers} is void", body, XBrushes.DarkRed, new XRect(left, y, width, 14), XStringFormats.TopLeft);
                y += 18;
            }
            Draw(g, $"房屋 Unit: {r.Unit}", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopLeft);
            Draw(g, $"交款人 Payer: {r.Payer}", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopRight);
            y += 20;

            g.DrawLine(XPens.Black, left, y, right, y);
            y += 4;
            Draw(g, "收费项目 Item", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopLeft);
            Draw(g, "金额 Amount", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopRight);
            y += 16;
            g.DrawLine(XPens.Gray, left, y, right, y);
            y += 4;
            var lines = r.Items.ToList();
            if (r.Prepaid > 0) lines.Add(("预收款 Prepaid", r.Prepaid));
            foreach (var (text, amount) in lines)
            {
                Draw(g, text, body, XBrushes.Black, new XRect(left, y, width - 90, 14), XStringFormats.TopLeft);
                Draw(g, Yuan(amount), body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopRight);
                y += 15;
            }
            g.DrawLine(XPens.Black, left, y, right, y);
            y += 6;
            Draw(g, $"合计 Total: {Yuan(r.Amount)}", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopRight);
            Draw(g, $"人民币（大写）: {AmountInWords.Format(r.Amount)}", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopLeft);
            y += 18;
            Draw(g, $"收款方式 Method: {MethodText(r.Method)}", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopLeft);
            Draw(g, $"收款人 Cashier: {r.Cashier}", body, XBrushes.Black, new XRect(left, y, width, 14), XStringFormats.TopRight);
            y += 18;
            if (r.Refunded > 0)
            {
                Draw(g, $"已退款 Refunded: {Yuan(r.Refunded)}（{AmountInWords.Format(r.Refunded)}）", body, XBrushes.DarkRed, new XRect(left, y, width, 14), XStringFormats.TopLeft);
                y += 18;
            }
            if (!string.IsNullOrWhiteSpace(r.Note))
            {
                Draw(g, $"备注 Note: {r.Note}", small, XBrushes.Black, new XRect(left, y, width, 12), XStringFormats.TopLeft);
                y += 14;
            }
            Draw(g, "本收据由系统生成，收据号连续编号。This receipt is system-generated and numbered without gaps.", small, XBrushes.Gray,
                new XRect(left, page.Height.Point - 40, width, 12), XStringFormats.TopCenter);
        }
        using var stream = new MemoryStream();
        doc.Save(stream, false);
        return stream.ToArray();
    }

    /// <summary>The same size and style in the CJK font and the Latin font: the CJK font has no Latin glyphs.</summary>
    private sealed class FontPair(double size, XFontStyleEx style)
    {
        private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
        public XFont Cjk { get; } = new(ReceiptFontResolver.CjkFamily, size, style, Unicode);
        public XFont Latin { get; } = new(ReceiptFontResolver.LatinFamily, size, style, Unicode);
        public double Size => size;
    }

    /// <summary>Draws text in runs: Latin, digits and ¥ in the Latin font, everything else in the CJK font, on one baseline.</summary>
    private static void Draw(XGraphics g, string text, FontPair fonts, XBrush brush, XRect rect, XStringFormat format)
    {
        var runs = new List<(string Text, XFont Font)>();
        foreach (var ch in text)
        {
            var font = ch < 0x2000 ? fonts.Latin : fonts.Cjk;
            if (runs.Count > 0 && runs[^1].Font == font) runs[^1] = (runs[^1].Text + ch, font);
            else runs.Add((ch.ToString(), font));
        }
        var widths = runs.Select(r => g.MeasureString(r.Text, r.Font).Width).ToList();
        var total = widths.Sum();
        var x = format.Alignment switch
        {
            XStringAlignment.Center => rect.X + (rect.Width - total) / 2,
            XStringAlignment.Far => rect.Right - total,
            _ => rect.X,
        };
        var baseline = rect.Y + fonts.Size;
        for (var i = 0; i < runs.Count; i++)
        {
            g.DrawString(runs[i].Text, runs[i].Font, brush, x, baseline, XStringFormats.BaseLineLeft);
            x += widths[i];
        }
    }
}
