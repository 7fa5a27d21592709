using System.Net;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Tenancy;

/// <summary>The company comes from the validated token only; anything else is refused with a clear error.</summary>
public sealed class ResolutionTests(ResolutionTests.Fixture fx) : IClassFixture<ResolutionTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public string A { get; private set; } = "";
        public string B { get; private set; } = "";
        public async ValueTask InitializeAsync()
        {
            A = (await Api.CompanyAsync("res-a")).Slug;
            B = (await Api.CompanyAsync("res-b")).Slug;
        }
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private const string Q = "{ me { company { slug } } estates { totalCount } }";

    [Fact]
    public async Task Unknown_company_in_the_token_is_403()
    {
        var r = await fx.Api.Client(TestTokens.CompanyAdmin("no-such-company")).PostAsync(Q);
        Assert.Equal(HttpStatusCode.Forbidden, r.Status);
        Assert.Equal("FORBIDDEN", r.FirstErrorCode);
    }

    [Fact]
    public async Task Neither_a_header_nor_a_parameter_can_choose_the_company()
    {
        // The token decides (tenant gate): a header naming another company is not read at all.
        var r = await fx.Api.Client(TestTokens.CompanyAdmin(fx.A)).PostAsync(Q, tweak: m => m.Headers.Add("X-Tenant", fx.B));
        Assert.Equal(fx.A, r.AssertNoErrors().Data["me"]!["company"]!["slug"]!.GetValue<string>());
        var query = await fx.Api.Client(TestTokens.CompanyAdmin(fx.A)).SendAsync(
            new HttpRequestMessage(HttpMethod.Get, $"/graphql?tenant={fx.B}&query=" + Uri.EscapeDataString(Q)), null);
        Assert.Equal(fx.A, query.AssertNoErrors().Data["me"]!["company"]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_token_without_a_company_is_403_unless_platform_administrator()
    {
        var r = await fx.Api.Client(TestTokens.For(null, ["front_desk"])).PostAsync(Q);
        Assert.Equal(HttpStatusCode.Forbidden, r.Status);
        var platform = await fx.Api.Client(TestTokens.PlatformAdmin()).PostAsync("{ estates { totalCount } }");
        Assert.Equal("FORBIDDEN", platform.FirstErrorCode); // sees companies, not their business data
    }

    [Fact]
    public async Task Suspended_company_is_refused_at_once_and_served_again_after_reactivation()
    {
        var slug = (await fx.Api.CompanyAsync("res-susp")).Slug;
        var client = fx.Api.Client(TestTokens.CompanyAdmin(slug), language: "en");
        (await client.PostAsync(Q)).AssertNoErrors(); // cached as active

        await fx.Api.Get<TenantProvisioner>().SetStatusAsync(slug, TenantStatus.Suspended, "unpaid");
        var refused = await client.PostAsync(Q);
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("not available", refused.FirstErrorMessage);
        (await fx.Api.Client(TestTokens.CompanyAdmin(fx.A)).PostAsync(Q)).AssertNoErrors(); // other companies unaffected

        await fx.Api.Get<TenantProvisioner>().SetStatusAsync(slug, TenantStatus.Active, null);
        (await client.PostAsync(Q)).AssertNoErrors();
    }

    [Fact]
    public async Task Expired_forged_and_wrong_audience_tokens_are_401()
    {
        var expired = TestTokens.For(fx.A, ["company_admin"], expires: DateTime.UtcNow.AddMinutes(-1));
        var forged = TestTokens.For(fx.A, ["company_admin"], key: TestTokens.ForeignKey);
        var otherAudience = TestTokens.For(fx.A, ["company_admin"], audience: "some-other-api");
        foreach (var token in new[] { expired, forged, otherAudience })
            Assert.Equal(HttpStatusCode.Unauthorized, (await fx.Api.Client(token).PostAsync(Q)).Status);
    }

    [Fact]
    public void Cache_keys_include_the_company()
    {
        Assert.NotEqual(TenantDirectory.CacheKey(fx.A), TenantDirectory.CacheKey(fx.B));
        Assert.Contains(fx.A, TenantDirectory.CacheKey(fx.A));
    }
}
