extern alias identity;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using IdentityApp = identity::PropertySaaS.Identity.Hosting.IdentityApp;

namespace PropertySaaS.Api.Tests.Features.Accounts;

/// <summary>Staff accounts and resident invitations go through the API's role checks into the real identity server.</summary>
public sealed class AccountsTests(AccountsTests.Fixture fx) : IClassFixture<AccountsTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        private const string Secret = "accounts-test-secret";
        private readonly string _dir = Path.Combine(Path.GetTempPath(), "psaas-accounts-" + Guid.NewGuid().ToString("N")[..8]);
        private WebApplication? _identity;
        public ApiFactory Api { get; private set; } = null!;
        /// <summary>The same API host and databases, but trusting only tokens of the in-process identity server.</summary>
        public ApiFactory RealTokenApi { get; private set; } = null!;
        public string IdentityUrl { get; private set; } = "";
        public IServiceProvider IdentityServices => _identity!.Services;
        public string A { get; private set; } = "";
        public string B { get; private set; } = "";
        public Guid EstateA { get; private set; }
        public Guid UnitA { get; private set; }
        public Guid OwnerA { get; private set; }

        public async ValueTask InitializeAsync()
        {
            Directory.CreateDirectory(_dir);
            _identity = IdentityApp.Build(["--urls", "http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Identity"] = $"Data Source={Path.Combine(_dir, "identity.db")}",
                ["Identity:Keys:Path"] = Path.Combine(_dir, "keys"),
                ["Identity:ApiClient:Secret"] = Secret,
                ["Logging:LogLevel:Default"] = "Warning",
            }));
            await _identity.StartAsync();
            var address = _identity.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            IdentityUrl = address.TrimEnd('/') + "/";
            Api = new IdentityBackedApi(IdentityUrl, Secret);
            A = (await Api.CompanyAsync("acc-a")).Slug;
            B = (await Api.CompanyAsync("acc-b")).Slug;
            var tenant = await Api.Get<PropertySaaS.Api.Tenancy.TenantDirectory>().ResolveAsync(A, default);
            await using var db = Api.Get<PropertySaaS.Api.Tenancy.TenantDatabases>().Open(tenant.Location);
            var b = new RegistryBuilder(db);
            var estate = b.Estate("账户园");
            var unit = b.Unit(b.Building(estate, "3栋"), "502", 5);
            var owner = b.Person("账户业主");
            b.Owner(unit, owner);
            await b.SaveAsync();
            (EstateA, UnitA, OwnerA) = (estate.Id, unit.Id, owner.Id);
            RealTokenApi = new IdentityTrustingApi(IdentityUrl, Secret, Api.Root);
        }

        public async ValueTask DisposeAsync()
        {
            if (RealTokenApi is not null) await RealTokenApi.DisposeAsync();
            await Api.DisposeAsync();
            if (_identity is not null) await _identity.DisposeAsync();
        }
    }

    private sealed class IdentityBackedApi(string identityUrl, string secret) : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Identity:BaseUrl"] = identityUrl, ["Identity:ClientSecret"] = secret,
        };
    }

    /// <summary>
    /// Points at <paramref name="sharedRoot"/>'s catalog and company databases and validates tokens against the identity
    /// server's discovery document and JWKS, as production does. ApiFactory pins the test key in a PostConfigure;
    /// this one, registered later, replaces that with the identity server's metadata.
    /// </summary>
    private sealed class IdentityTrustingApi(string identityUrl, string secret, string sharedRoot) : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Identity:BaseUrl"] = identityUrl, ["Identity:ClientSecret"] = secret,
            ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(sharedRoot, "catalog.db")}",
            ["DatabaseServers:local:DataDirectory"] = Path.Combine(sharedRoot, "tenants"),
            ["Auth:Authority"] = identityUrl, ["Auth:RequireHttpsMetadata"] = "false",
        };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.Configuration = null;
                o.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(identityUrl + ".well-known/openid-configuration",
                    new OpenIdConnectConfigurationRetriever(), new HttpDocumentRetriever { RequireHttps = false });
                o.TokenValidationParameters.ValidIssuer = identityUrl;
                o.TokenValidationParameters.ValidAudience = "propertysaas-api";
                o.TokenValidationParameters.IssuerSigningKey = null;
            }));
        }
    }

    private const string Invite = """
        mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { invited { temporaryPassword user { userId userName roles estateIds mustChangePassword } } errors { code field message } } }
        """;

    [Fact]
    public async Task A_company_administrator_invites_staff_lists_them_and_changes_their_roles()
    {
        var admin = fx.Api.Client(TestTokens.For(fx.A, ["company_admin"], user: "admin-a"));
        var invited = await admin.PostAsync(Invite, new { i = new { userName = "zhang.qian", displayName = "张前", email = "zq@example.cn", roles = new[] { "front_desk" }, estateIds = new[] { fx.EstateA } } });
        var payload = invited.AssertNoErrors().Data["inviteStaff"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.False(string.IsNullOrEmpty(payload["invited"]!["temporaryPassword"]!.GetValue<string>()));
        var userId = payload["invited"]!["user"]!["userId"]!.GetValue<string>();

        var users = await admin.PostAsync("{ companyUsers { userId userName roles estateIds mustChangePassword } }");
        var listed = users.AssertNoErrors().Data["companyUsers"]!.AsArray().Single(u => u!["userId"]!.GetValue<string>() == userId)!;
        Assert.Equal("front_desk", listed["roles"]![0]!.GetValue<string>());
        Assert.True(listed["mustChangePassword"]!.GetValue<bool>());

        var changed = await admin.PostAsync("mutation($i: SetStaffRolesInput!) { setStaffRoles(input: $i) { user { roles } errors { code } } }",
            new { i = new { userId, roles = new[] { "supervisor", "cs_specialist" }, estateIds = new[] { fx.EstateA } } });
        var roles = changed.AssertNoErrors().Data["setStaffRoles"]!["user"]!["roles"]!.AsArray().Select(r => r!.GetValue<string>()).Order();
        Assert.Equal(["cs_specialist", "supervisor"], roles);

        // The other company does not see this account, and cannot change it.
        var otherAdmin = fx.Api.Client(TestTokens.For(fx.B, ["company_admin"]));
        var theirs = await otherAdmin.PostAsync("{ companyUsers { userId } }");
        Assert.DoesNotContain(userId, theirs.AssertNoErrors().Json);
        var steal = await otherAdmin.PostAsync("mutation($i: SetStaffRolesInput!) { setStaffRoles(input: $i) { errors { code } } }",
            new { i = new { userId, roles = new[] { "company_admin" }, estateIds = Array.Empty<Guid>() } });
        Assert.Equal("NOT_FOUND", steal.AssertNoErrors().Data["setStaffRoles"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Inviting_an_existing_account_returns_a_pending_invitation_and_changes_nothing()
    {
        var adminB = fx.Api.Client(TestTokens.CompanyAdmin(fx.B));
        var created = await adminB.PostAsync(Invite, new { i = new { userName = "shared.person", displayName = "共享者", email = "sp@b.example", roles = new[] { "company_admin" }, estateIds = Array.Empty<Guid>() } });
        Assert.Empty(created.AssertNoErrors().Data["inviteStaff"]!["errors"]!.AsArray());

        // Company A names B's account: it gets an invitation to pass on, not the account.
        var adminA = fx.Api.Client(TestTokens.For(fx.A, ["company_admin"], user: "admin-a"));
        var invited = await adminA.PostAsync("""
            mutation($i: InviteStaffInput!) { inviteStaff(input: $i) { invited { temporaryPassword user { userId } invitation { code url roles estateIds expiresAt } } errors { code } } }
            """, new { i = new { userName = "shared.person", displayName = "冒名", email = "evil@a.example", roles = new[] { "front_desk" }, estateIds = new[] { fx.EstateA } } });
        var payload = invited.AssertNoErrors().Data["inviteStaff"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Null(payload["invited"]!["user"]);
        Assert.Null(payload["invited"]!["temporaryPassword"]);
        var invitation = payload["invited"]!["invitation"]!;
        Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", invitation["code"]!.GetValue<string>());
        Assert.EndsWith("/Registration/Accept?code=" + invitation["code"]!.GetValue<string>(), invitation["url"]!.GetValue<string>());
        Assert.Equal("front_desk", invitation["roles"]![0]!.GetValue<string>());

        // B's account is as B made it; A has no member and sees nothing of it.
        var atB = (await adminB.PostAsync("{ companyUsers { userName displayName email accountManaged } }")).AssertNoErrors()
            .Data["companyUsers"]!.AsArray().Single(u => u!["userName"]!.GetValue<string>() == "shared.person")!;
        Assert.Equal("共享者", atB["displayName"]!.GetValue<string>());
        Assert.Equal("sp@b.example", atB["email"]!.GetValue<string>());
        Assert.True(atB["accountManaged"]!.GetValue<bool>());
        Assert.DoesNotContain("shared.person", (await adminA.PostAsync("{ companyUsers { userName } }")).AssertNoErrors().Json);

        // B inviting its own staff member again is a conflict, not a change.
        var again = await adminB.PostAsync(Invite, new { i = new { userName = "shared.person", displayName = "x", roles = new[] { "company_admin" }, estateIds = Array.Empty<Guid>() } });
        var error = again.AssertNoErrors().Data["inviteStaff"]!["errors"]![0]!;
        Assert.Equal("CONFLICT", error["code"]!.GetValue<string>());
        Assert.Equal("userName", error["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Suspending_and_reactivating_a_company_tells_the_identity_server()
    {
        var slug = (await fx.Api.CompanyAsync("acc-s")).Slug;
        var platform = fx.Api.Client(TestTokens.PlatformAdmin());
        async Task<bool?> SuspendedAtIdentity()
        {
            await using var scope = fx.IdentityServices.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<identity::PropertySaaS.Identity.Data.IdentityDb>();
            return (await db.Tenants.FindAsync(slug))?.Suspended;
        }

        var suspended = await platform.PostAsync("mutation($s: String!) { suspendCompany(slug: $s, reason: \"欠费\") { company { status } errors { code } } }", new { s = slug });
        Assert.Empty(suspended.AssertNoErrors().Data["suspendCompany"]!["errors"]!.AsArray());
        Assert.True(await SuspendedAtIdentity());

        var active = await platform.PostAsync("mutation($s: String!) { reactivateCompany(slug: $s) { company { status } errors { code } } }", new { s = slug });
        Assert.Empty(active.AssertNoErrors().Data["reactivateCompany"]!["errors"]!.AsArray());
        Assert.False(await SuspendedAtIdentity());
    }

    [Fact]
    public async Task Bad_invitations_are_refused_with_typed_errors_and_create_no_account()
    {
        var admin = fx.Api.Client(TestTokens.For(fx.A, ["company_admin"]), language: "en");
        var r = await admin.PostAsync(Invite, new { i = new { userName = "bad.roles", displayName = "坏", roles = new[] { "platform_admin" }, estateIds = new[] { Guid.NewGuid() } } });
        var errors = r.AssertNoErrors().Data["inviteStaff"]!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == "roles" && e["message"]!.GetValue<string>().Contains("platform_admin"));
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == "estateIds");
        var users = await admin.PostAsync("{ companyUsers { userName } }");
        Assert.DoesNotContain("bad.roles", users.AssertNoErrors().Json);

        var frontDesk = fx.Api.Client(TestTokens.For(fx.A, ["front_desk"], estates: [fx.EstateA]));
        var forbidden = await frontDesk.PostAsync(Invite, new { i = new { userName = "x.y", displayName = "x", roles = new[] { "front_desk" }, estateIds = new[] { fx.EstateA } } });
        Assert.Equal("FORBIDDEN", forbidden.FirstErrorCode);
    }

    [Fact]
    public async Task Front_desk_issues_an_invitation_code_only_for_a_person_of_the_unit_in_scope()
    {
        var frontDesk = fx.Api.Client(TestTokens.For(fx.A, ["front_desk"], estates: [fx.EstateA]));
        const string issue = "mutation($u: ID!, $p: ID!) { issueResidentInvitation(unitId: $u, personId: $p) { invitation { code unitLabel expiresAt } errors { code field } } }";
        var ok = await frontDesk.PostAsync(issue, new { u = fx.UnitA, p = fx.OwnerA });
        var invitation = ok.AssertNoErrors().Data["issueResidentInvitation"]!["invitation"]!;
        Assert.False(string.IsNullOrWhiteSpace(invitation["code"]!.GetValue<string>()));
        Assert.Equal("账户园 3栋 502", invitation["unitLabel"]!.GetValue<string>());

        var stranger = await frontDesk.PostAsync(issue, new { u = fx.UnitA, p = Guid.NewGuid() });
        Assert.Equal("personId", stranger.AssertNoErrors().Data["issueResidentInvitation"]!["errors"]![0]!["field"]!.GetValue<string>());
        var otherEstateClerk = fx.Api.Client(TestTokens.For(fx.A, ["front_desk"], estates: [Guid.NewGuid()]));
        var outOfScope = await otherEstateClerk.PostAsync(issue, new { u = fx.UnitA, p = fx.OwnerA });
        Assert.Equal("NOT_FOUND", outOfScope.AssertNoErrors().Data["issueResidentInvitation"]!["errors"]![0]!["code"]!.GetValue<string>());
        var otherCompany = fx.Api.Client(TestTokens.For(fx.B, ["front_desk"], estates: [fx.EstateA]));
        var crossTenant = await otherCompany.PostAsync(issue, new { u = fx.UnitA, p = fx.OwnerA });
        Assert.Equal("NOT_FOUND", crossTenant.AssertNoErrors().Data["issueResidentInvitation"]!["errors"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_platform_administrator_creates_a_company_administrator_with_a_temporary_password()
    {
        var platform = fx.Api.Client(TestTokens.PlatformAdmin());
        var r = await platform.PostAsync("mutation($s: String!) { createCompanyAdministrator(slug: $s, userName: \"first.admin\", displayName: \"首位管理员\") { invited { temporaryPassword user { roles } } errors { code } } }", new { s = fx.B });
        var invited = r.AssertNoErrors().Data["createCompanyAdministrator"]!["invited"]!;
        Assert.Equal("company_admin", invited["user"]!["roles"]![0]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(invited["temporaryPassword"]!.GetValue<string>()));

        var companyAdmin = fx.Api.Client(TestTokens.CompanyAdmin(fx.B));
        var refused = await companyAdmin.PostAsync("mutation($s: String!) { createCompanyAdministrator(slug: $s, userName: \"x.admin\", displayName: \"x\") { errors { code } } }", new { s = fx.A });
        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
    }

    private const string CreateClient = """
        mutation($i: CreateIntegrationClientInput!) { createIntegrationClient(input: $i) { client { clientId displayName roles estateIds } clientSecret errors { code field message } } }
        """;

    private async Task<System.Text.Json.JsonElement> ClientCredentialsAsync(string clientId, string clientSecret)
    {
        using var http = new HttpClient { BaseAddress = new Uri(fx.IdentityUrl) };
        var response = await http.PostAsync("connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = clientSecret, ["scope"] = "api",
        }));
        return System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task A_company_administrator_registers_an_integration_whose_real_token_the_api_accepts()
    {
        var admin = fx.Api.Client(TestTokens.For(fx.A, ["company_admin"], user: "admin-a"));
        var r = await admin.PostAsync(CreateClient, new { i = new { displayName = "门禁系统", roles = new[] { "front_desk", "security" }, estateIds = new[] { fx.EstateA } } });
        var payload = r.AssertNoErrors().Data["createIntegrationClient"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        var clientId = payload["client"]!["clientId"]!.GetValue<string>();
        var clientSecret = payload["clientSecret"]!.GetValue<string>();
        Assert.Equal(["front_desk", "security"], payload["client"]!["roles"]!.AsArray().Select(x => x!.GetValue<string>()).Order());

        var listed = await admin.PostAsync("{ integrationClients { clientId displayName roles estateIds } }");
        Assert.Contains(clientId, listed.AssertNoErrors().Json);
        Assert.DoesNotContain(clientSecret, listed.Json);

        // The identity server issues a JWT for company A; the API validates it against the server's JWKS.
        var token = await ClientCredentialsAsync(clientId, clientSecret);
        var accessToken = token.GetProperty("access_token").GetString()!;
        var jwt = new System.IdentityModel.Tokens.Jwt.JwtSecurityTokenHandler().ReadJwtToken(accessToken);
        Assert.Equal(clientId, jwt.Subject);
        Assert.Contains("propertysaas-api", jwt.Audiences);
        Assert.Equal(fx.A, jwt.Claims.Single(c => c.Type == "tenant").Value);
        Assert.Equal(fx.EstateA.ToString(), jwt.Claims.Single(c => c.Type == "estate").Value);

        var machine = fx.RealTokenApi.Client(accessToken);
        var me = await machine.PostAsync("{ me { userId roles estateIds company { slug } } estates { nodes { id } } }");
        var data = me.AssertNoErrors().Data;
        Assert.Equal(clientId, data["me"]!["userId"]!.GetValue<string>());
        Assert.Equal(fx.A, data["me"]!["company"]!["slug"]!.GetValue<string>());
        Assert.Equal(["front_desk", "security"], data["me"]!["roles"]!.AsArray().Select(x => x!.GetValue<string>()).Order());
        Assert.Equal(fx.EstateA.ToString(), data["estates"]!["nodes"]![0]!["id"]!.GetValue<string>());
        // It has the roles it was given, not company_admin.
        Assert.Equal("FORBIDDEN", (await machine.PostAsync("{ integrationClients { clientId } }")).FirstErrorCode);

        // Another company's administrator neither sees nor revokes it.
        var otherAdmin = fx.Api.Client(TestTokens.CompanyAdmin(fx.B));
        Assert.DoesNotContain(clientId, (await otherAdmin.PostAsync("{ integrationClients { clientId } }")).AssertNoErrors().Json);
        var steal = await otherAdmin.PostAsync("mutation($c: String!) { revokeIntegrationClient(clientId: $c) { client { clientId } errors { code field } } }", new { c = clientId });
        Assert.Equal("NOT_FOUND", steal.AssertNoErrors().Data["revokeIntegrationClient"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.True((await ClientCredentialsAsync(clientId, clientSecret)).TryGetProperty("access_token", out _));

        var revoked = await admin.PostAsync("mutation($c: String!) { revokeIntegrationClient(clientId: $c) { client { clientId } errors { code } } }", new { c = clientId });
        Assert.Equal(clientId, revoked.AssertNoErrors().Data["revokeIntegrationClient"]!["client"]!["clientId"]!.GetValue<string>());
        Assert.Equal("invalid_client", (await ClientCredentialsAsync(clientId, clientSecret)).GetProperty("error").GetString());
    }

    [Fact]
    public async Task Integration_clients_are_validated_like_staff_and_reserved_to_company_administrators()
    {
        var admin = fx.Api.Client(TestTokens.For(fx.A, ["company_admin"]), language: "en");
        var r = await admin.PostAsync(CreateClient, new { i = new { displayName = "", roles = new[] { "platform_admin" }, estateIds = new[] { Guid.NewGuid() } } });
        var errors = r.AssertNoErrors().Data["createIntegrationClient"]!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == "roles" && e["message"]!.GetValue<string>().Contains("platform_admin"));
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == "estateIds");
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == "displayName" && e["message"]!.GetValue<string>().Contains("Display name"));
        Assert.Null(r.Data["createIntegrationClient"]!["clientSecret"]);

        var frontDesk = fx.Api.Client(TestTokens.For(fx.A, ["front_desk"], estates: [fx.EstateA]));
        var forbidden = await frontDesk.PostAsync(CreateClient, new { i = new { displayName = "x", roles = new[] { "front_desk" }, estateIds = new[] { fx.EstateA } } });
        Assert.Equal("FORBIDDEN", forbidden.FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await frontDesk.PostAsync("{ integrationClients { clientId } }")).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await frontDesk.PostAsync("mutation { revokeIntegrationClient(clientId: \"x\") { errors { code } } }")).FirstErrorCode);
    }
}
