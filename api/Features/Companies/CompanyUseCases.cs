using GraphQL;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Accounts;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Features.Companies;

/// <summary>Provisions a company: its own database, schema and reference data. Repeating it retries a failed attempt.</summary>
public static class CreateCompany
{
    public static readonly UseCase<CreateCompanyInput, Tenant> UseCase = new(Access.PlatformAdmin, RunAsync);

    public static async Task<Payload<Tenant>> RunAsync(RequestContext rc, CreateCompanyInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.NameZh, "nameZh", 100).Required(i.NameEn, "nameEn", 100);
        if (!TenantProvisioner.SlugPattern().IsMatch(i.Slug ?? "")) check.Invalid("slug", "INVALID_SLUG");
        if (i.Server is { } s && !rc.Services.GetRequiredService<DatabaseServerRegistry>().Exists(s)) check.Invalid("server", "UNKNOWN_SERVER", s);
        if (check.Failed) return Payload<Tenant>.Fail(check);
        Tenant tenant;
        try
        {
            tenant = await rc.Services.GetRequiredService<TenantProvisioner>()
                .CreateAsync(new ProvisionRequest(i.Slug!, i.NameZh, i.NameEn, i.Server), ct);
        }
        catch (TenancyException e) when (e.Error == TenancyError.SlugTaken)
        {
            return Payload<Tenant>.Fail(check.Fail(CompaniesErrors.CompanySlugTaken, "slug", i.Slug));
        }
        if (tenant.Status == TenantStatus.Active)
        {
            // The sign-in server shows company names in its picker; it is told now, and again by any retry.
            try { await rc.Services.GetRequiredService<IdentityAdminClient>().EnsureTenantAsync(tenant.Slug, tenant.NameZh, tenant.NameEn, ct); }
            catch (Exception e) when (e is HttpRequestException or IdentityAdminException or TaskCanceledException)
            {
                return new Payload<Tenant>(tenant, [new Conflict(check.Text("IDENTITY_UNAVAILABLE"), "slug")]);
            }
        }
        // A failed company is still returned: the platform administrator sees its reason and may retry.
        return tenant.Status == TenantStatus.Failed
            ? new Payload<Tenant>(tenant, [new Conflict(check.Text("PROVISIONING_FAILED"), "slug")])
            : Payload<Tenant>.Ok(tenant);
    }
}

public sealed record CreateCompanyAdministratorInput(string Slug, string UserName, string DisplayName, string? Email);

/// <summary>Creates a company's first (or another) administrator with a temporary password.</summary>
public static class CreateCompanyAdministrator
{
    public static readonly UseCase<CreateCompanyAdministratorInput, InvitedUser> UseCase = new(Access.PlatformAdmin, RunAsync);

    public static async Task<Payload<InvitedUser>> RunAsync(RequestContext rc, CreateCompanyAdministratorInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.UserName, "userName", 64).Required(i.DisplayName, "name", 50);
        await using (var db = rc.Services.GetRequiredService<CatalogDatabase>().Open())
            if (!await db.Tenants.AnyAsync(t => t.Slug == i.Slug && t.Status == TenantStatus.Active, ct)) check.Missing("slug", "NOT_FOUND", "entity.company");
        if (check.Failed) return Payload<InvitedUser>.Fail(check);
        var identity = rc.Services.GetRequiredService<IdentityAdminClient>();
        var displayName = i.DisplayName.Trim();
        return await InvitedUser.CreateAsync(rc, async () =>
        {
            var tenant = await rc.Services.GetRequiredService<TenantDirectory>().ResolveAsync(i.Slug, ct);
            await identity.EnsureKnownAsync(i.Slug, tenant.NameZh, tenant.NameEn, ct);
            return await identity.CreateAdministratorAsync(i.Slug, i.UserName.Trim(), displayName, i.Email, ct);
        }, displayName, i.Email);
    }
}

public sealed record ChangeCompanyStatusInput(string Slug, string? Reason);

/// <summary>Suspends or reactivates a company (<see cref="CompanyStatusChange"/>: the catalog first, then the identity server).</summary>
public static class ChangeCompanyStatus
{
    public static readonly UseCase<ChangeCompanyStatusInput, Tenant> Suspend = To(TenantStatus.Suspended);
    public static readonly UseCase<ChangeCompanyStatusInput, Tenant> Reactivate = To(TenantStatus.Active);

    private static UseCase<ChangeCompanyStatusInput, Tenant> To(TenantStatus status) =>
        new(Access.PlatformAdmin, (rc, i, ct) => RunAsync(rc, i, status, ct));

    public static async Task<Payload<Tenant>> RunAsync(RequestContext rc, ChangeCompanyStatusInput i, TenantStatus status, CancellationToken ct)
    {
        var (tenant, identityTold) = await CompanyStatusChange.SetAsync(rc.Services, i.Slug, status, i.Reason, ct);
        var check = new Check(rc.Culture);
        if (tenant is null) return Payload<Tenant>.Fail(check.Missing("slug", "NOT_FOUND", "entity.company"));
        return identityTold ? Payload<Tenant>.Ok(tenant) : new Payload<Tenant>(tenant, [new Conflict(check.Text("IDENTITY_NOT_TOLD"), "slug")]);
    }
}

/// <summary>The platform administrator's reads of the catalog.</summary>
public static class CompanyReads
{
    /// <summary>Every company of the deployment, by slug, as one page of <paramref name="paging"/>.</summary>
    public static async Task<Connection<Tenant>> PageAsync(RequestContext rc, IResolveFieldContext paging)
    {
        await using var db = rc.Services.GetRequiredService<CatalogDatabase>().Open();
        return await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).ToConnectionAsync(paging);
    }
}
