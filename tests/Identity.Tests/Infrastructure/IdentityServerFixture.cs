using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Admin;
using PropertySaaS.Identity.Hosting;
using PropertySaaS.Identity.Messaging;

[assembly: AssemblyFixture(typeof(PropertySaaS.Identity.Tests.Infrastructure.IdentityServerFixture))]

namespace PropertySaaS.Identity.Tests.Infrastructure;

/// <summary>
/// The real identity server on Kestrel at a free loopback port, with a SQLite file and keys in a temp folder,
/// seeded from identity/demo-users.sample.json. One per test run; tests that change a user create their own.
/// </summary>
public sealed class IdentityServerFixture : IAsyncLifetime
{
    public const string ApiSecret = "test-api-secret";
    public const string DemoPassword = "Demo@12345";

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "psaas-identity-tests-" + Guid.NewGuid().ToString("N"));
    private WebApplication? _app;

    public Uri BaseUri { get; private set; } = null!;
    /// <summary>Portal origin registered for the three portal clients; the OpenIddict.Client test listens here.</summary>
    public Uri PortalOrigin { get; private set; } = null!;
    public IServiceProvider Services => _app!.Services;
    public string DataDirectory => _dir;

    public async ValueTask InitializeAsync()
    {
        PortalOrigin = new Uri($"http://127.0.0.1:{FreePort()}");
        (_app, BaseUri) = await StartAsync(_dir, new()
        {
            ["Portals:Origin"] = PortalOrigin.ToString().TrimEnd('/'),
            ["Identity:DemoUsersFile"] = Path.Combine(AppContext.BaseDirectory, "demo-users.sample.json"),
            ["Identity:SignInRateLimit:PermitLimit"] = "100000",
        });
    }

    public static async Task<(WebApplication App, Uri BaseUri)> StartAsync(string dir, Dictionary<string, string?> settings)
    {
        Directory.CreateDirectory(dir);
        var config = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Identity"] = $"Data Source={Path.Combine(dir, "identity.db")}",
            ["Identity:Keys:Path"] = Path.Combine(dir, "keys"),
            ["Identity:ApiClient:Secret"] = ApiSecret,
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (k, v) in settings) config[k] = v;
        var app = IdentityApp.Build(["--urls", "http://127.0.0.1:0"], b => b.Configuration.AddInMemoryCollection(config));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    public Browser NewBrowser() => new(BaseUri);

    public LogMessageSender Messages => Services.GetRequiredService<LogMessageSender>();

    /// <summary>A fresh user with the given memberships, so a test can lock or change it without affecting others.</summary>
    public async Task<AppUser> CreateUserAsync(string prefix, params (string? Tenant, string[] Roles, Guid[] Estates, Guid? Person)[] memberships)
    {
        await using var scope = Services.CreateAsyncScope();
        var provisioning = scope.ServiceProvider.GetRequiredService<UserProvisioning>();
        // Its home company is its first company, as if that company's administrator had created it.
        var (user, _) = await provisioning.CreateUserAsync($"{prefix}.{Guid.NewGuid():N}"[..30], prefix, null, memberships.FirstOrDefault().Tenant, DemoPassword);
        foreach (var m in memberships)
        {
            // Null names: a demo company the user joins keeps its own name (other tests read it).
            if (m.Tenant is not null) await provisioning.EnsureTenantAsync(m.Tenant, null, null);
            await provisioning.SetMembershipAsync(user, m.Tenant, m.Roles, m.Estates, m.Person);
        }
        return user;
    }

    public async Task<T> WithUsersAsync<T>(Func<UserManager<AppUser>, Task<T>> action)
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>());
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
