using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>
/// Receipt fonts on a machine that lacks them: GET /health says which font is missing and how to install it, a receipt
/// answers a typed error (not a 500), and once the fonts are there the next receipt renders without a restart.
/// </summary>
public sealed class ReceiptFontTests : IAsyncLifetime
{
    private sealed class NoFontsApi(string fontDirectory) : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Receipts:FontDirectories:0"] = fontDirectory };
    }

    private readonly string _fonts = Path.Combine(Path.GetTempPath(), "psaas-fonts-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly NoFontsApi _api;

    public ReceiptFontTests()
    {
        Directory.CreateDirectory(_fonts);
        _api = new NoFontsApi(_fonts);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _api.DisposeAsync();
        try { Directory.Delete(_fonts, recursive: true); } catch { }
    }

    private async Task<HttpResponseMessage> GetAsync(string url, string? token = null, string language = "en")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await _api.CreateClient().SendAsync(request);
    }

    [Fact]
    public async Task Missing_fonts_fail_the_health_check_and_receipts_work_once_the_fonts_are_installed()
    {
        var w = await PaymentsWorld.CreateAsync(_api);
        var url = (await w.Desk.PayAsync(w.UnitA, 88m)).ReceiptUrl;
        var token = TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1");

        var health = await GetAsync("/health");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var report = JsonNode.Parse(await health.Content.ReadAsStringAsync())!;
        Assert.Equal("Unhealthy", report["status"]!.GetValue<string>());
        var fontCheck = report["checks"]!.AsArray().Single(c => c!["name"]!.GetValue<string>() == "receipt-fonts")!;
        var description = fontCheck["description"]!.GetValue<string>();
        Assert.Contains("DroidSansFallbackFull.ttf", description);
        Assert.Contains("fonts-droid-fallback", description);
        Assert.Contains(_fonts, description);

        foreach (var (language, text) in new[] { ("en", "receipt fonts"), ("zh-CN", "收据字体") })
        {
            var refused = await GetAsync(url, token, language);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            var body = await refused.Content.ReadAsStringAsync();
            var error = JsonNode.Parse(body)!;
            Assert.Equal("UNAVAILABLE", error["code"]!.GetValue<string>());
            Assert.Contains(text, error["title"]!.GetValue<string>());
            Assert.DoesNotContain("Exception", body);
        }

        // The operator installs the fonts; no restart.
        foreach (var file in new[] { "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf" })
            File.Copy(file, Path.Combine(_fonts, Path.GetFileName(file)));

        var ok = await GetAsync(url, token);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var pdf = await ok.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/health")).StatusCode);
    }
}
