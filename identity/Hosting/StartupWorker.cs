using OpenIddict.Abstractions;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.DemoSeed;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertySaaS.Identity.Hosting;

/// <summary>
/// Runs before Kestrel accepts requests: migrates the store, registers scopes and clients from configuration,
/// and imports <c>Identity:DemoUsersFile</c> when set. Clients are updated on every start so a changed
/// <c>Portals:Origin</c> or secret takes effect without manual steps.
/// </summary>
public sealed class StartupWorker(IServiceProvider services, IConfiguration config, ILogger<StartupWorker> logger) : IHostedService
{
    public static readonly string[] Portals = ["resident", "staff", "admin"];
    public const string ApiClientId = "propertysaas-api";

    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        await IdentityStoreSetup.MigrateAsync(sp.GetRequiredService<IdentityDb>(), ct);
        await SeedScopesAsync(sp.GetRequiredService<IOpenIddictScopeManager>(), ct);
        await SeedClientsAsync(sp.GetRequiredService<IOpenIddictApplicationManager>(), ct);

        var demoFile = config["Identity:DemoUsersFile"];
        if (!string.IsNullOrWhiteSpace(demoFile))
        {
            if (File.Exists(demoFile)) await sp.GetRequiredService<DemoUsersImport>().ImportFileAsync(demoFile, ct);
            else logger.LogWarning("Identity:DemoUsersFile {File} does not exist; no demo users imported", demoFile);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;

    private static async Task SeedScopesAsync(IOpenIddictScopeManager scopes, CancellationToken ct)
    {
        await Upsert(AuthServerSetup.ApiScope, "PropertySaaS API", AuthServerSetup.ApiResource);
        await Upsert(AuthServerSetup.AdminScope, "Identity administration (internal)", AuthServerSetup.AdminResource);

        async Task Upsert(string name, string displayName, string resource)
        {
            var descriptor = new OpenIddictScopeDescriptor { Name = name, DisplayName = displayName, Resources = { resource } };
            if (await scopes.FindByNameAsync(name, ct) is { } existing) await scopes.UpdateAsync(existing, descriptor, ct);
            else await scopes.CreateAsync(descriptor, ct);
        }
    }

    private async Task SeedClientsAsync(IOpenIddictApplicationManager apps, CancellationToken ct)
    {
        var origin = (config["Portals:Origin"] ?? "http://localhost:5173").TrimEnd('/');
        foreach (var portal in Portals)
        {
            // Public clients (a browser cannot keep a secret): code + PKCE, rolling refresh tokens.
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = $"{portal}-portal",
                ClientType = ClientTypes.Public,
                ConsentType = ConsentTypes.Implicit,
                DisplayName = $"PropertySaaS {portal} portal",
                RedirectUris = { new Uri($"{origin}/{portal}/callback") },
                PostLogoutRedirectUris = { new Uri($"{origin}/{portal}/") },
                Permissions =
                {
                    Permissions.Endpoints.Authorization, Permissions.Endpoints.Token,
                    Permissions.Endpoints.EndSession, Permissions.Endpoints.Revocation,
                    Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken,
                    Permissions.ResponseTypes.Code,
                    Permissions.Scopes.Profile, Permissions.Scopes.Email,
                    Permissions.Prefixes.Scope + AuthServerSetup.ApiScope,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            await Upsert(descriptor);
        }

        var secret = config["Identity:ApiClient:Secret"];
        if (string.IsNullOrWhiteSpace(secret))
        {
            logger.LogWarning("Identity:ApiClient:Secret is not set: client {Client} is not registered", ApiClientId);
            return;
        }
        await Upsert(new OpenIddictApplicationDescriptor
        {
            ClientId = ApiClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = "PropertySaaS API (machine client)",
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + AuthServerSetup.AdminScope,
            },
        });

        async Task Upsert(OpenIddictApplicationDescriptor descriptor)
        {
            if (await apps.FindByClientIdAsync(descriptor.ClientId!, ct) is { } existing) await apps.UpdateAsync(existing, descriptor, ct);
            else await apps.CreateAsync(descriptor, ct);
        }
    }
}
