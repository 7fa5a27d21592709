using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;

namespace PropertySaaS.Identity.Features.Companies;

/// <summary>Which companies a user may enter, and through which portal.</summary>
public sealed class MembershipDirectory(IdentityDb db)
{
    /// <summary>Value of the <c>tenant</c> authorize parameter for the platform membership (which has no company).</summary>
    public const string PlatformKey = "platform";

    public static string Key(Membership m) => m.TenantSlug ?? PlatformKey;

    public Task<List<Membership>> ForUserAsync(string userId, CancellationToken ct = default) =>
        db.Memberships.Include(m => m.Tenant).Where(m => m.UserId == userId)
            .OrderBy(m => m.TenantSlug).ToListAsync(ct);

    /// <summary>The memberships a sign-in to the portal may use: fitting the portal, in a company that is not suspended.</summary>
    public async Task<List<Membership>> ForClientAsync(string userId, string? clientId, CancellationToken ct = default) =>
        (await ForUserAsync(userId, ct)).Where(m => FitsPortal(m, clientId) && m.Tenant is not { Suspended: true }).ToList();

    public async Task<Membership?> FindAsync(string userId, string? tenantSlug, CancellationToken ct = default) =>
        (await ForUserAsync(userId, ct)).FirstOrDefault(m => m.TenantSlug == tenantSlug);

    /// <summary>
    /// The picker only offers companies where the user has a role the portal serves,
    /// so a resident is not offered the staff portal of the company they live in.
    /// </summary>
    public static bool FitsPortal(Membership m, string? clientId) => clientId switch
    {
        "resident-portal" => m.Roles.Contains(Roles.Resident),
        "staff-portal" => m.TenantSlug is not null && m.Roles.Any(r => r is not (Roles.Resident or Roles.PlatformAdmin)),
        "admin-portal" => m.Roles.Contains(Roles.CompanyAdmin) || m.Roles.Contains(Roles.PlatformAdmin),
        _ => true,
    };
}
