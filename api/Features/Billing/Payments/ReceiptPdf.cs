using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>
/// The receipt as a PDF page (billing.md §4.2): layout and drawing only. What it prints comes from
/// <see cref="Receipts.LoadAsync"/>; the fonts it embeds from <see cref="ReceiptFonts"/>.
/// </summary>
public static class ReceiptPdf
{
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
