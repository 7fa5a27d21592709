using GraphQL.Types;

namespace PropertySaaS.Api.Features.Accounts;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class AccountsModule : FeatureModule
{
    public override int Order => 40;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.Configure<IdentityAdminOptions>(builder.Configuration.GetSection("Identity"));
        // One client for the process: it caches the API's client-credentials token.
        builder.Services.AddSingleton(sp => new IdentityAdminClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = TimeSpan.FromSeconds(15) },
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityAdminOptions>>(), sp.GetRequiredService<TimeProvider>()));
    }

    public override void AddQueries(ObjectGraphType query) => AccountsGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => AccountsGraph.AddMutations(mutation);
}
