using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>
/// The real API host over real databases: a SQLite catalog and SQLite folder in a fresh temp directory, plus the
/// PostgreSQL clusters when configured. Only token validation is pointed at the test key instead of the identity server.
/// Every factory uses its own database names, so factories never see each other's companies.
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "psaas-tests", Guid.NewGuid().ToString("N")[..12]);
    /// <summary>Prefix of company slugs made by this factory, so PostgreSQL databases of parallel runs never collide.</summary>
    public string RunId { get; } = "t" + Guid.NewGuid().ToString("N")[..8];
    protected virtual string Environment => "Testing";
    protected virtual IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Root);
        builder.UseEnvironment(Environment);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(Root, "catalog.db")}",
            ["Catalog:Provider"] = "Sqlite",
            ["DatabaseServers:local:Provider"] = "Sqlite",
            ["DatabaseServers:local:DataDirectory"] = Path.Combine(Root, "tenants"),
            ["Tenancy:DefaultServer"] = "local",
            ["Attachments:Local:Directory"] = Path.Combine(Root, "files"),
            ["Jobs:RunWorker"] = "false",
            // Tests move the clock past a job's instant by hours or days: such a firing is due, not misfired (a misfire
            // would wait for Quartz's misfire handler, up to a minute per RunDueJobsAsync; ScheduledWorkTests).
            ["Jobs:MisfireThreshold"] = "20.00:00:00",
            ["Auth:RequireHttpsMetadata"] = "false",
        };
        if (TestDatabases.HasPostgres)
        {
            settings["DatabaseServers:pg1:Provider"] = "PostgreSql";
            settings["DatabaseServers:pg1:ConnectionString"] = TestDatabases.Pg1;
            settings["DatabaseServers:pg2:Provider"] = "PostgreSql";
            settings["DatabaseServers:pg2:ConnectionString"] = TestDatabases.Pg2;
        }
        foreach (var (k, v) in ExtraSettings) settings[k] = v;
        // UseSetting, not ConfigureAppConfiguration: Program reads some settings while registering services,
        // before configuration added by the factory would arrive (dotnet/aspnetcore#37680).
        foreach (var (k, v) in settings) builder.UseSetting(k, v);
        builder.ConfigureServices(services =>
        {
            // The webhook's crash seam exists only in test hosts.
            services.AddSingleton<PropertySaaS.Api.Features.Billing.Online.StripeWebhookHooks>();
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.Authority = null;
                o.RequireHttpsMetadata = false;
                o.MetadataAddress = null!;
                o.Configuration = new Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
                o.Configuration.SigningKeys.Add(TestTokens.Key);
                // Without this the manager made from the Authority keeps trying to fetch metadata on every request.
                o.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<Microsoft.IdentityModel.Protocols.OpenIdConnect.OpenIdConnectConfiguration>(o.Configuration);
                o.TokenValidationParameters.ValidIssuer = TestTokens.Issuer;
                o.TokenValidationParameters.ValidAudience = TestTokens.Audience;
                o.TokenValidationParameters.IssuerSigningKey = TestTokens.Key;
                o.TokenValidationParameters.ClockSkew = TimeSpan.Zero;
            });
        });
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public string Slug(string name) => $"{RunId}-{name}";

    /// <summary>Provisions a company on a server and returns it; fails the test if provisioning fails.</summary>
    public async Task<Tenant> CompanyAsync(string name, string server = "local")
    {
        var tenant = await Get<TenantProvisioner>().ProvisionAsync(new ProvisionRequest(Slug(name), name + "物业", name + " Property", server));
        Assert.True(tenant.Status == TenantStatus.Active, tenant.StatusReason);
        return tenant;
    }

    /// <summary>
    /// A fresh company named <paramref name="prefix"/>-xxxxxx on <paramref name="server"/>; skips the test when that
    /// server is PostgreSQL and no cluster is configured.
    /// </summary>
    public async Task<TestCompany> NewCompanyAsync(string prefix, string server = "local")
    {
        TestDatabases.SkipWithoutPostgres(server);
        return new TestCompany(this, await CompanyAsync(prefix + "-" + Guid.NewGuid().ToString("N")[..6], server));
    }

    public TenantDbContext Open(Tenant t) => Get<TenantDatabases>().Open(TenantLocation.Of(t));

    public GraphQLClient Client(string? token, string accept = "application/graphql-response+json", string language = "zh-CN") =>
        new(CreateClient(), token, accept, language);

    public override async ValueTask DisposeAsync()
    {
        // Drop this run's PostgreSQL databases so repeated runs on one cluster stay small.
        try
        {
            await using var catalog = Get<CatalogDatabase>().Open();
            var pg = catalog.Tenants.Where(t => t.Provider == DatabaseProvider.PostgreSql).ToList();
            foreach (var t in pg)
            {
                await using var db = Open(t);
                await db.Database.EnsureDeletedAsync();
            }
        }
        catch { /* best effort: the cluster is temporary in CI */ }
        await base.DisposeAsync();
        try { Directory.Delete(Root, recursive: true); } catch { }
    }
}
