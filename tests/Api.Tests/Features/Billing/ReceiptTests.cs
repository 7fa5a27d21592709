using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Configuration;
using PropertySaaS.Api.Features.Billing.Payments;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Receipt PDFs: who may fetch them, that a PDF with the CJK font comes back, and the amount in Chinese capitals.</summary>
public sealed class ReceiptTests(ReceiptTests.Fixture fx) : IClassFixture<ReceiptTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }


    [Theory]
    [InlineData("123.45", "壹佰贰拾叁元肆角伍分")]
    [InlineData("100", "壹佰元整")]
    [InlineData("0.5", "伍角")]
    [InlineData("0.05", "伍分")]
    [InlineData("0", "零元整")]
    [InlineData("1005.07", "壹仟零伍元零柒分")]
    [InlineData("10.3", "壹拾元叁角")]
    [InlineData("100000", "壹拾万元整")]
    [InlineData("10050", "壹万零伍拾元整")]
    [InlineData("100010000", "壹亿零壹万元整")]
    [InlineData("105000", "壹拾万伍仟元整")]
    [InlineData("1000001", "壹佰万零壹元整")]
    [InlineData("732.21", "柒佰叁拾贰元贰角壹分")]
    [InlineData("20000.4", "贰万元肆角")]
    [InlineData("-3", "负叁元整")]
    public void Amounts_are_written_in_chinese_capitals(string amount, string words) =>
        Assert.Equal(words, AmountInWords.Format(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<HttpResponseMessage> GetAsync(ApiFactory api, string url, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await api.CreateClient().SendAsync(request);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Staff_and_the_units_resident_get_the_pdf_and_nobody_else_does(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        await w.BillAsync(w.UnitA, "2026-11", 100m);
        var url = (await w.Desk.PayAsync(w.UnitA, 123.45m, tendered: 200m)).ReceiptUrl;

        foreach (var token in new[]
                 {
                     TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1"),
                     TestTokens.CompanyAdmin(w.Tenant.Slug),
                     TestTokens.For(w.Tenant.Slug, ["resident"], person: w.OwnerA),
                 })
        {
            var ok = await GetAsync(fx.Api, url, token);
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("application/pdf", ok.Content.Headers.ContentType?.MediaType);
            var bytes = await ok.Content.ReadAsByteArrayAsync();
            Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
            // The CJK font is embedded (subset), so Chinese text renders on any reader.
            Assert.Contains("Droid#20Sans#20Fallback", Encoding.Latin1.GetString(bytes));
            Assert.Contains("DejaVu", Encoding.Latin1.GetString(bytes));
        }

        var other = await PaymentsWorld.CreateAsync(fx.Api);
        var refused = new (string? Token, HttpStatusCode Status)[]
        {
            (null, HttpStatusCode.Unauthorized),
            (TestTokens.CompanyAdmin(other.Tenant.Slug), HttpStatusCode.NotFound),                                   // another company: not in its database
            (TestTokens.For(w.Tenant.Slug, ["resident"], person: w.OwnerB), HttpStatusCode.NotFound),               // resident of another unit
            (TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.OtherEstateId]), HttpStatusCode.NotFound),            // staff of another estate
            (TestTokens.For(w.Tenant.Slug, ["engineer"], [w.EstateId]), HttpStatusCode.Forbidden),                  // role without receipts
            (TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], key: TestTokens.ForeignKey), HttpStatusCode.Unauthorized), // forged
        };
        foreach (var (token, status) in refused)
        {
            var r = await GetAsync(fx.Api, url, token);
            Assert.Equal(status, r.StatusCode);
            Assert.NotEqual("application/pdf", r.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(fx.Api, $"/receipts/{Guid.NewGuid()}", TestTokens.CompanyAdmin(w.Tenant.Slug))).StatusCode);
    }

    [Fact]
    public void A_receipt_with_a_refund_and_prepaid_part_renders()
    {
        var data = new ReceiptData("示例物业", "SJ00000042", new DateTime(2026, 11, 28, 9, 30, 0), "收款园 1栋 101", "张三", PaymentMethod.Cash, 1234.5m,
            [("2026-10 物业服务费、垃圾清运费", 244.07m), ("2026-11 物业服务费、垃圾清运费", 244.07m)], 746.36m, "前台小李", 100m, "含预收物业费");
        var pdf = ReceiptPdf.Render(data, new ReceiptFonts(Microsoft.Extensions.Options.Options.Create(new ReceiptFontOptions())));
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        // Read it back as a PDF reader would: the number, the amount and its capital-words form must be on the page.
        using var doc = UglyToad.PdfPig.PdfDocument.Open(pdf);
        var text = string.Concat(doc.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("SJ00000042", text);
        Assert.Contains("壹仟贰佰叁拾肆元伍角", text);
        Assert.Contains("1,234.50", text);
    }
}
