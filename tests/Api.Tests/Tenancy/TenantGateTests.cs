using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;
using PropertySaaS.FakeStripe;

namespace PropertySaaS.Api.Tests.Tenancy;

/// <summary>
/// Every entry point passes the one tenant gate: a suspended company, a company whose schema is behind and a token
/// without a company are refused with the same code and message by GraphQL, the receipt and bank-file endpoints and
/// the Stripe webhook (jobs: ScheduledWorkTests).
/// </summary>
public sealed class TenantGateTests(TenantGateTests.Fixture fx) : IClassFixture<TenantGateTests.Fixture>
{
    public const string Secret = "whsec_gate_tests";

    public sealed class GateFactory : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["Stripe:WebhookSecret"] = Secret };
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public GateFactory Api { get; } = new();
        public string Suspended { get; private set; } = "";
        public string Outdated { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            Suspended = (await Api.CompanyAsync("gate-susp")).Slug;
            await Api.Get<TenantProvisioner>().SetStatusAsync(Suspended, TenantStatus.Suspended, "unpaid");
            Outdated = (await Api.CompanyAsync("gate-old")).Slug;
            await using (var catalog = Api.Get<CatalogDatabase>().Open())
            {
                (await catalog.Tenants.SingleAsync(x => x.Slug == Outdated)).SchemaVersion = "20200101000000_Older";
                await catalog.SaveChangesAsync();
            }
            Api.Get<TenantDirectory>().Forget(Outdated);
        }

        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>What every entry point answers, in English: (status, code, message).</summary>
    private static (HttpStatusCode, string, string) Expected(string key) => key switch
    {
        "TENANT_SCHEMA_OUTDATED" => (HttpStatusCode.ServiceUnavailable, "TENANT_SCHEMA_OUTDATED", Messages.Get(Messages.English, key)),
        _ => (HttpStatusCode.Forbidden, "FORBIDDEN", Messages.Get(Messages.English, key)),
    };

    private static readonly string NoCompanyToken = TestTokens.For(null, ["front_desk", "supervisor"]);

    private async Task<(HttpStatusCode, string, string)> GraphQLAsync(string token)
    {
        var r = await fx.Api.Client(token, language: "en").PostAsync("{ estates { totalCount } }");
        return (r.Status, r.FirstErrorCode!, r.FirstErrorMessage!);
    }

    private async Task<(HttpStatusCode, string, string)> RestAsync(string token, string path)
    {
        using var http = fx.Api.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await http.SendAsync(request);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)response.StatusCode, body["status"]!.GetValue<int>());
        return (response.StatusCode, body["code"]!.GetValue<string>(), body["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task GraphQL_refuses_through_the_gate()
    {
        Assert.Equal(Expected("TENANT_SUSPENDED"), await GraphQLAsync(TestTokens.CompanyAdmin(fx.Suspended)));
        Assert.Equal(Expected("TENANT_SCHEMA_OUTDATED"), await GraphQLAsync(TestTokens.CompanyAdmin(fx.Outdated)));
        Assert.Equal(Expected("NO_COMPANY"), await GraphQLAsync(NoCompanyToken));
    }

    [Fact]
    public async Task The_receipt_endpoint_refuses_through_the_gate()
    {
        var path = $"/receipts/{Guid.NewGuid()}";
        Assert.Equal(Expected("TENANT_SUSPENDED"), await RestAsync(TestTokens.CompanyAdmin(fx.Suspended), path));
        Assert.Equal(Expected("TENANT_SCHEMA_OUTDATED"), await RestAsync(TestTokens.CompanyAdmin(fx.Outdated), path));
        Assert.Equal(Expected("NO_COMPANY"), await RestAsync(NoCompanyToken, path));
    }

    [Fact]
    public async Task The_bank_file_endpoint_refuses_through_the_gate()
    {
        var path = $"/bank-collections/{Guid.NewGuid()}.csv";
        Assert.Equal(Expected("TENANT_SUSPENDED"), await RestAsync(TestTokens.CompanyAdmin(fx.Suspended), path));
        Assert.Equal(Expected("TENANT_SCHEMA_OUTDATED"), await RestAsync(TestTokens.CompanyAdmin(fx.Outdated), path));
        Assert.Equal(Expected("NO_COMPANY"), await RestAsync(NoCompanyToken, path));
    }

    [Fact]
    public async Task The_Stripe_webhook_refuses_through_the_gate_and_stores_nothing()
    {
        foreach (var (slug, key) in new[] { (fx.Suspended, "TENANT_SUSPENDED"), (fx.Outdated, "TENANT_SCHEMA_OUTDATED") })
        {
            var session = new JsonObject { ["id"] = "cs_gate", ["object"] = "checkout.session", ["metadata"] = new JsonObject { ["tenant"] = slug } };
            var payload = FakeStripeServer.EventJson("checkout.session.completed", "acct_gate", session);
            using var http = fx.Api.CreateClient();
            var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
            request.Headers.Add("Stripe-Signature", FakeStripeServer.Sign(payload, Secret, DateTimeOffset.UtcNow));
            request.Headers.AcceptLanguage.ParseAdd("en");
            var response = await http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(Expected(key), (response.StatusCode, body["code"]!.GetValue<string>(), body["title"]!.GetValue<string>()));
        }
    }
}
