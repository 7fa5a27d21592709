using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace PropertySaaS.Api.Tenancy;

/// <summary>An active company the current request may work on.</summary>
public sealed record ResolvedTenant(Guid Id, string Slug, string NameZh, string NameEn, TenantLocation Location);

/// <summary>
/// Looks companies up in the catalog for request handling. Entries are cached briefly under a key that is the
/// company itself, so a suspension takes effect on every replica within <see cref="CacheFor"/>.
/// </summary>
public sealed class TenantDirectory(CatalogDatabase catalog, TenantDatabases databases, IMemoryCache cache)
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    public static string CacheKey(string slug) => "catalog:tenant:" + slug;

    /// <summary>Returns the company only if it may serve requests; otherwise throws a <see cref="TenancyException"/>.</summary>
    public async Task<ResolvedTenant> ResolveAsync(string slug, CancellationToken ct)
    {
        var tenant = await cache.GetOrCreateAsync(CacheKey(slug), async e =>
        {
            e.AbsoluteExpirationRelativeToNow = CacheFor;
            await using var db = catalog.Open();
            return await db.Tenants.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, ct);
        });
        if (tenant is null) throw new TenancyException(TenancyError.TenantUnknown, $"Company '{slug}' does not exist.");
        if (tenant.Status != TenantStatus.Active)
            throw new TenancyException(TenancyError.TenantNotActive, $"Company '{slug}' is {tenant.Status.ToString().ToLowerInvariant()}.", tenant.Status);
        var expected = databases.ExpectedSchemaVersion(tenant.Provider);
        if (tenant.SchemaVersion != expected)
            throw new TenancyException(TenancyError.SchemaOutdated, $"Company '{slug}' database schema is {tenant.SchemaVersion ?? "empty"}, this API needs {expected}.");
        return new ResolvedTenant(tenant.Id, tenant.Slug, tenant.NameZh, tenant.NameEn, TenantLocation.Of(tenant));
    }

    public void Forget(string slug) => cache.Remove(CacheKey(slug));
}
