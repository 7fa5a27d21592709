using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using PropertySaaS.Identity.Tests.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertySaaS.Identity.Tests.Features;

/// <summary>A company's machine integrations: confidential clients with client credentials, bound to one company.</summary>
public sealed class IntegrationClientTests(IdentityServerFixture server)
{
    private static readonly Guid Estate1 = Guid.NewGuid();
    private static readonly Guid Estate2 = Guid.NewGuid();

    private async Task<(HttpClient Admin, string Slug)> CompanyAsync()
    {
        var admin = await AdminApi.ClientAsync(server);
        var slug = "c" + Guid.NewGuid().ToString("N")[..8];
        await admin.PutAsync($"/internal/tenants/{slug}", new { nameZh = "集成物业", nameEn = "Integration Property" }, 200);
        return (admin, slug);
    }

    private static async Task<(string Id, string Secret)> CreateAsync(HttpClient admin, string slug, string[]? roles = null)
    {
        var created = await admin.PostAsync($"/internal/tenants/{slug}/clients",
            new { displayName = "门禁系统", roles = roles ?? ["engineer", "security"], estates = new[] { Estate1, Estate2 } }, 201);
        return (created.GetProperty("clientId").GetString()!, created.GetProperty("clientSecret").GetString()!);
    }

    private Task<TokenResponse> TokenAsync(string id, string secret, string scope = "api", Dictionary<string, string>? extra = null)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = id, ["client_secret"] = secret, ["scope"] = scope,
        };
        foreach (var (k, v) in extra ?? []) form[k] = v;
        return Oidc.PostTokenAsync(server, form);
    }

    [Fact]
    public async Task A_registered_client_gets_an_api_token_with_its_company_roles_and_estates()
    {
        var (admin, slug) = await CompanyAsync();
        using var _ = admin;
        var created = await admin.PostAsync($"/internal/tenants/{slug}/clients",
            new { displayName = "门禁系统", roles = new[] { "engineer", "security" }, estates = new[] { Estate1, Estate2 } }, 201);
        Assert.Equal("门禁系统", created.GetProperty("displayName").GetString());
        Assert.Equal(["engineer", "security"], created.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        var id = created.GetProperty("clientId").GetString()!;

        var tokens = await TokenAsync(id, created.GetProperty("clientSecret").GetString()!);
        Assert.Equal(200, tokens.Status);
        Assert.Null(tokens.RefreshToken);
        var jwt = await Oidc.ValidateAccessTokenAsync(server, tokens.AccessToken, audience: "propertysaas-api");
        Assert.Equal(id, jwt.Subject);
        Assert.Equal(slug, jwt.Value("tenant"));
        Assert.Equal(["engineer", "security"], jwt.Values("role").Order());
        Assert.Equal(new[] { Estate1, Estate2 }.Select(e => e.ToString()).Order(), jwt.Values("estate").Order());
        Assert.Equal("api", jwt.Value("scope"));

        // Listed without its secret.
        var list = await (await admin.GetAsync($"/internal/tenants/{slug}/clients")).JsonAsync(200);
        var listed = list.EnumerateArray().Single(c => c.GetProperty("clientId").GetString() == id);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("clientSecret").ValueKind);
    }

    [Fact]
    public async Task A_wrong_secret_is_refused()
    {
        var (admin, slug) = await CompanyAsync();
        using var _ = admin;
        var (id, _) = await CreateAsync(admin, slug);
        Assert.Equal("invalid_client", (await TokenAsync(id, "not-the-secret")).Error);
    }

    [Fact]
    public async Task A_revoked_client_is_refused_and_only_its_company_can_list_or_revoke_it()
    {
        var (admin, slug) = await CompanyAsync();
        using var _ = admin;
        var (id, secret) = await CreateAsync(admin, slug);
        var other = "o" + Guid.NewGuid().ToString("N")[..8];
        await admin.PutAsync($"/internal/tenants/{other}", new { nameZh = "别家" }, 200);

        var theirs = await (await admin.GetAsync($"/internal/tenants/{other}/clients")).JsonAsync(200);
        Assert.Equal(0, theirs.GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/internal/tenants/{other}/clients/{id}")).StatusCode);
        Assert.Equal(200, (await TokenAsync(id, secret)).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/internal/tenants/{slug}/clients/{id}")).StatusCode);
        Assert.Equal("invalid_client", (await TokenAsync(id, secret)).Error);
        Assert.Equal(0, (await (await admin.GetAsync($"/internal/tenants/{slug}/clients")).JsonAsync(200)).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/internal/tenants/{slug}/clients/{id}")).StatusCode);
    }

    [Fact]
    public async Task A_client_cannot_ask_for_another_company_other_scopes_or_other_grants()
    {
        var (admin, slug) = await CompanyAsync();
        using var _ = admin;
        var (id, secret) = await CreateAsync(admin, slug);

        var tokens = await TokenAsync(id, secret, extra: new() { ["tenant"] = "lvcheng" });
        Assert.Equal(slug, Oidc.Read(tokens.AccessToken).Value("tenant"));

        // OpenIddict answers invalid_request for a scope the client has no permission for.
        var admin2 = await TokenAsync(id, secret, scope: "identity.admin");
        Assert.Equal(400, admin2.Status);
        Assert.Contains(admin2.Error, new[] { "invalid_scope", "invalid_request" });

        var code = await Oidc.PostTokenAsync(server, new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = id, ["client_secret"] = secret,
            ["code"] = "x", ["redirect_uri"] = "http://127.0.0.1/cb", ["code_verifier"] = new string('a', 43),
        });
        Assert.Equal(400, code.Status);
        // No authorization code can be obtained either: the authorize endpoint refuses the client outright.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseUri };
        var authorize = await http.GetAsync($"/connect/authorize?client_id={id}&response_type=code&scope=api&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb"
            + $"&code_challenge={Pkce.New().Challenge}&code_challenge_method=S256&state=s");
        Assert.Equal(HttpStatusCode.BadRequest, authorize.StatusCode);
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var apps = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            var app = await apps.FindByClientIdAsync(id);
            Assert.False(await apps.HasPermissionAsync(app!, Permissions.GrantTypes.AuthorizationCode));
            Assert.False(await apps.HasPermissionAsync(app!, Permissions.GrantTypes.RefreshToken));
            Assert.False(await apps.HasPermissionAsync(app!, Permissions.Endpoints.Authorization));
            Assert.True(await apps.HasPermissionAsync(app!, Permissions.GrantTypes.ClientCredentials));
        }
        var password = await Oidc.PostTokenAsync(server, new()
        {
            ["grant_type"] = "password", ["client_id"] = id, ["client_secret"] = secret, ["username"] = "lvcheng.frontdesk",
            ["password"] = IdentityServerFixture.DemoPassword, ["scope"] = "api",
        });
        Assert.Contains(password.Error, new[] { "unsupported_grant_type", "unauthorized_client" });
    }

    [Fact]
    public async Task Only_staff_roles_and_company_admin_can_be_given_to_a_client()
    {
        var (admin, slug) = await CompanyAsync();
        using var _ = admin;
        await admin.PostAsync($"/internal/tenants/{slug}/clients", new { displayName = "x", roles = new[] { "platform_admin" }, estates = Array.Empty<Guid>() }, 400);
        await admin.PostAsync($"/internal/tenants/{slug}/clients", new { displayName = "x", roles = new[] { "resident" }, estates = Array.Empty<Guid>() }, 400);
        await admin.PostAsync($"/internal/tenants/{slug}/clients", new { displayName = "x", roles = Array.Empty<string>(), estates = Array.Empty<Guid>() }, 400);
        await admin.PostAsync("/internal/tenants/no-such-company/clients", new { displayName = "x", roles = new[] { "engineer" }, estates = Array.Empty<Guid>() }, 404);
        await CreateAsync(admin, slug, ["company_admin"]);
    }
}
