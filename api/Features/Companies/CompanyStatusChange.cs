using PropertySaaS.Api.Features.Accounts;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Features.Companies;

/// <summary>
/// Suspends or reactivates a company, for the GraphQL mutations and the <c>tenants suspend|activate</c> command alike:
/// the catalog first (the API refuses a suspended company at once), then the identity server, which then offers the
/// company at no sign-in and refuses its refresh tokens. Repeating the change repeats both steps.
/// </summary>
public static class CompanyStatusChange
{
    /// <param name="IdentityTold">False when the identity server could not be reached; the catalog change stands.</param>
    public sealed record Outcome(Tenant? Tenant, bool IdentityTold);

    public static async Task<Outcome> SetAsync(IServiceProvider services, string slug, TenantStatus status, string? reason, CancellationToken ct)
    {
        var tenant = await services.GetRequiredService<TenantProvisioner>().SetStatusAsync(slug, status, reason, ct);
        // Unknown, or a company that is provisioning or failed: nothing changed, nothing to tell.
        if (tenant is null || tenant.Status != status) return new Outcome(tenant, true);
        try
        {
            await services.GetRequiredService<IdentityAdminClient>()
                .SetTenantStatusAsync(slug, tenant.NameZh, tenant.NameEn, suspended: status == TenantStatus.Suspended, ct);
            return new Outcome(tenant, true);
        }
        catch (Exception e) when (e is HttpRequestException or IdentityAdminException or TaskCanceledException)
        {
            services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CompanyStatusChange))
                .LogError(e, "Company {Slug} is {Status} in the catalog, but the identity server was not told", slug, status);
            return new Outcome(tenant, false);
        }
    }
}
