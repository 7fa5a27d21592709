using System.Net;
using System.Net.Http.Headers;
using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

public sealed class AdminApiTests(IdentityServerFixture server)
{
    [Fact]
    public async Task Client_credentials_for_the_api_client_gives_an_identity_admin_token()
    {
        var token = await AdminApi.TokenAsync(server);
        var jwt = await Oidc.ValidateAccessTokenAsync(server, token, audience: "propertysaas-identity");
        Assert.Equal("propertysaas-api", jwt.Subject);
        Assert.Equal("identity.admin", jwt.Value("scope"));
    }

    [Fact]
    public async Task A_wrong_client_secret_is_refused()
    {
        var response = await Oidc.PostTokenAsync(server, new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "propertysaas-api", ["client_secret"] = "nope", ["scope"] = "identity.admin",
        });
        Assert.Equal("invalid_client", response.Error);
    }

    [Fact]
    public async Task Internal_endpoints_refuse_anonymous_calls_and_portal_tokens()
    {
        using var anonymous = new HttpClient { BaseAddress = server.BaseUri };
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/internal/tenants/lvcheng/users")).StatusCode);

        using var browser = server.NewBrowser();
        var portalToken = (await new Oidc(server, browser).SignInAndRedeemAsync("lvcheng.frontdesk")).AccessToken;
        anonymous.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", portalToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/internal/tenants/lvcheng/users")).StatusCode);
    }

    [Fact]
    public async Task Tenants_admins_and_users_are_managed_through_the_internal_api()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var slug = "t" + Guid.NewGuid().ToString("N")[..8];
        var tenant = await admin.PutAsync($"/internal/tenants/{slug}", new { nameZh = "测试物业", nameEn = "Test Property" }, 200);
        Assert.Equal("测试物业", tenant.GetProperty("nameZh").GetString());

        var first = await admin.PostAsync($"/internal/tenants/{slug}/admins", new { userName = slug + ".admin", displayName = "管理员" }, 201);
        Assert.Equal(["company_admin"], first.GetProperty("membership").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(string.IsNullOrEmpty(first.GetProperty("temporaryPassword").GetString()));

        var staff = await admin.PostAsync($"/internal/tenants/{slug}/staff", new { userName = slug + ".eng", roles = new[] { "engineer" } }, 201);
        await admin.PutAsync($"/internal/tenants/{slug}/users/{staff.GetProperty("userId").GetString()}/membership",
            new { roles = new[] { "engineer", "supervisor" }, estates = new[] { Guid.Empty } }, 200);

        var users = await (await admin.GetAsync($"/internal/tenants/{slug}/users")).JsonAsync(200);
        Assert.Equal(2, users.GetArrayLength());
        var eng = users.EnumerateArray().Single(u => u.GetProperty("userName").GetString() == slug + ".eng");
        Assert.Equal(["engineer", "supervisor"], eng.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.True(eng.GetProperty("mustChangePassword").GetBoolean());

        await admin.PostAsync($"/internal/tenants/{slug}/staff", new { userName = slug + ".x", roles = new[] { "janitor" } }, 400);
        await admin.PostAsync("/internal/tenants/no-such-tenant/staff", new { userName = slug + ".y", roles = new[] { "engineer" } }, 404);
        await admin.PutAsync("/internal/tenants/platform", new { nameZh = "x" }, 400);
    }

    [Fact]
    public async Task Listing_a_tenant_shows_only_its_own_users()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var users = await (await admin.GetAsync("/internal/tenants/jinmao/users")).JsonAsync(200);
        Assert.Contains("jinmao.engineer", users.EnumerateArray().Select(u => u.GetProperty("userName").GetString()));
        Assert.DoesNotContain("lvcheng.frontdesk", users.EnumerateArray().Select(u => u.GetProperty("userName").GetString()));
    }
}
