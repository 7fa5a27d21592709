using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Staff;

namespace PropertySaaS.Api.Tenancy;

public sealed record ProvisionRequest(string Slug, string NameZh, string NameEn, string? Server = null);

/// <summary>
/// Creates a company: catalog row (provisioning) → database → migrations → reference data → active.
/// <see cref="ProvisionAsync"/> is idempotent (seeding): an active company is returned unchanged. <see cref="CreateAsync"/>
/// (createCompany) refuses a slug that is taken. Both retry a failed or interrupted company from the top, every step
/// being safe to repeat. Only an active company is ever served (see <see cref="TenantDirectory"/>).
/// </summary>
public sealed partial class TenantProvisioner(
    CatalogDatabase catalog, TenantDatabases databases, DatabaseServerRegistry servers, TenantDirectory directory,
    IConfiguration config, TimeProvider clock, ILogger<TenantProvisioner> log)
{
    [GeneratedRegex("^[a-z][a-z0-9-]{2,39}$")]
    public static partial Regex SlugPattern();

    public string DefaultServer => config["Tenancy:DefaultServer"] ?? servers.Names.FirstOrDefault() ?? "local";

    /// <summary>The company, created if missing; an active or suspended one is returned unchanged.</summary>
    public Task<Tenant> ProvisionAsync(ProvisionRequest request, CancellationToken ct = default) => ProvisionAsync(request, mustBeNew: false, ct);

    /// <summary>
    /// A new company: a slug held by an active or suspended company throws <see cref="TenancyError.SlugTaken"/> and
    /// changes nothing. A failed or interrupted company of that slug is provisioned again, with the names given now.
    /// </summary>
    public Task<Tenant> CreateAsync(ProvisionRequest request, CancellationToken ct = default) => ProvisionAsync(request, mustBeNew: true, ct);

    private async Task<Tenant> ProvisionAsync(ProvisionRequest request, bool mustBeNew, CancellationToken ct)
    {
        if (!SlugPattern().IsMatch(request.Slug)) throw new TenancyException(TenancyError.InvalidSlug, $"Invalid slug '{request.Slug}'.");
        if (string.IsNullOrWhiteSpace(request.NameZh) || string.IsNullOrWhiteSpace(request.NameEn))
            throw new TenancyException(TenancyError.InvalidName, "Both names are required.");
        var serverName = request.Server ?? DefaultServer;
        if (!servers.Exists(serverName)) throw new TenancyException(TenancyError.UnknownServer, $"Database server '{serverName}' is not configured.");

        await using var db = catalog.Open();
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == request.Slug, ct);
        if (tenant is { Status: TenantStatus.Active or TenantStatus.Suspended })
            return mustBeNew ? throw new TenancyException(TenancyError.SlugTaken, $"Company '{request.Slug}' already exists.") : tenant;

        var now = clock.GetUtcNow().UtcDateTime;
        if (tenant is null)
        {
            tenant = new Tenant
            {
                Slug = request.Slug, NameZh = request.NameZh.Trim(), NameEn = request.NameEn.Trim(),
                Provider = servers.Get(serverName).Provider, Server = serverName,
                DatabaseName = "psaas_" + request.Slug.Replace('-', '_'), CreatedAt = now,
            };
            db.Tenants.Add(tenant);
        }
        else if (mustBeNew)
        {
            tenant.NameZh = request.NameZh.Trim();
            tenant.NameEn = request.NameEn.Trim();
        }
        tenant.MoveTo(TenantStatus.Provisioning);
        tenant.StatusReason = null;
        tenant.UpdatedAt = now;
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException) when (mustBeNew && db.Entry(tenant).State == EntityState.Added)
        {
            // Another request created the slug between our read and our insert (unique index).
            throw new TenancyException(TenancyError.SlugTaken, $"Company '{request.Slug}' already exists.");
        }

        try
        {
            await using (var tdb = databases.Open(TenantLocation.Of(tenant)))
            {
                if (tenant.Provider == DatabaseProvider.Sqlite) Directory.CreateDirectory(servers.SqliteDirectory(servers.Get(tenant.Server)));
                await tdb.Database.MigrateAsync(ct);
                await ReferenceData.EnsureCompanyAsync(tdb, ct);
                tenant.SchemaVersion = (await tdb.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault();
            }
            tenant.MoveTo(TenantStatus.Active);
            log.LogInformation("Provisioned company {Slug} on {Server}/{Database}", tenant.Slug, tenant.Server, tenant.DatabaseName);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            tenant.MoveTo(TenantStatus.Failed);
            tenant.StatusReason = Truncate(e.GetBaseException().Message, 2000);
            log.LogError(e, "Provisioning company {Slug} failed", tenant.Slug);
        }
        tenant.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(CancellationToken.None);
        directory.Forget(tenant.Slug);
        return tenant;
    }

    public async Task<Tenant?> SetStatusAsync(string slug, TenantStatus status, string? reason, CancellationToken ct = default)
    {
        await using var db = catalog.Open();
        var tenant = await db.Tenants.SingleOrDefaultAsync(t => t.Slug == slug, ct);
        if (tenant is null) return null;
        if (TenantTransitions.IsOperatorMove(tenant.Status, status))
        {
            tenant.MoveTo(status);
            tenant.StatusReason = reason;
            tenant.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            directory.Forget(slug);
        }
        return tenant;
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max];
}
