using GraphQL.Types;

namespace PropertySaaS.Api.Core;

/// <summary>
/// A feature's one entry point (docs/architecture.md): its services, root GraphQL fields and HTTP endpoints, all
/// registered from the feature's own folder. EF configuration (IEntityTypeConfiguration classes), DbSets
/// (<c>extension(TenantDbContext)</c> members) and messages (<c>Messages</c> partials with a <c>FeatureTable</c>) sit in
/// the same folder and are found from there, so deleting the folder deletes the feature (its migrations aside).
/// Modules are found by reflection; <see cref="Order"/> keeps the schema's field order stable.
/// </summary>
public abstract class FeatureModule
{
    /// <summary>Where the module's fields go in the root types (lower first); ties break by type name.</summary>
    public virtual int Order => 100;

    public virtual void AddServices(IHostApplicationBuilder builder) { }
    public virtual void AddQueries(ObjectGraphType query) { }
    public virtual void AddMutations(ObjectGraphType mutation) { }
    /// <summary>REST endpoints and webhooks; they resolve their company through the tenant gate like GraphQL does.</summary>
    public virtual void MapEndpoints(IEndpointRouteBuilder app) { }

    /// <summary>Every feature module of the API, in <see cref="Order"/>.</summary>
    public static IReadOnlyList<FeatureModule> All { get; } = typeof(FeatureModule).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(FeatureModule)))
        .Select(t => (FeatureModule)Activator.CreateInstance(t)!)
        .OrderBy(m => m.Order).ThenBy(m => m.GetType().FullName, StringComparer.Ordinal)
        .ToList();
}
