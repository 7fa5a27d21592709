using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Tenancy;

public sealed record MigrationOutcome(string Slug, bool Succeeded, string? From, string? To, string? Error);

/// <summary>Brings every company database to this build's schema, one at a time, carrying on past failures.</summary>
public sealed class TenantMigrator(CatalogDatabase catalog, TenantDatabases databases, TenantDirectory directory, TimeProvider clock, ILogger<TenantMigrator> log)
{
    public async Task<IReadOnlyList<MigrationOutcome>> MigrateAllAsync(CancellationToken ct = default)
    {
        await using var db = catalog.Open();
        var tenants = await db.Tenants.Where(t => t.Status == TenantStatus.Active || t.Status == TenantStatus.Suspended)
            .OrderBy(t => t.Slug).ToListAsync(ct);
        var outcomes = new List<MigrationOutcome>();
        foreach (var tenant in tenants)
        {
            var from = tenant.SchemaVersion;
            try
            {
                await using var tdb = databases.Open(TenantLocation.Of(tenant));
                await tdb.Database.MigrateAsync(ct);
                tenant.SchemaVersion = (await tdb.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();
                tenant.UpdatedAt = clock.GetUtcNow().UtcDateTime;
                await db.SaveChangesAsync(ct);
                outcomes.Add(new MigrationOutcome(tenant.Slug, true, from, tenant.SchemaVersion, null));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                log.LogError(e, "Migrating company {Slug} failed", tenant.Slug);
                outcomes.Add(new MigrationOutcome(tenant.Slug, false, from, null, e.GetBaseException().Message));
            }
            directory.Forget(tenant.Slug);
        }
        return outcomes;
    }
}
