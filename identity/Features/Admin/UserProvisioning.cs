using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Companies;

namespace PropertySaaS.Identity.Features.Admin;

/// <summary>Creates companies, users and memberships; shared by the internal admin API and the demo import.</summary>
public sealed partial class UserProvisioning(IdentityDb db, UserManager<AppUser> users, TimeProvider clock)
{
    public sealed class ProvisioningException(string message) : Exception(message);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex SlugPattern();

    public static string? ValidateSlug(string slug) =>
        !SlugPattern().IsMatch(slug) ? "Slug must be 2–63 characters: a-z, 0-9 and '-'."
        : slug == MembershipDirectory.PlatformKey ? "'platform' is reserved." : null;

    public async Task<TenantEntry> EnsureTenantAsync(string slug, string? nameZh, string? nameEn, CancellationToken ct = default)
    {
        if (ValidateSlug(slug) is { } error) throw new ProvisioningException(error);
        var tenant = await db.Tenants.FindAsync([slug], ct);
        if (tenant is null)
        {
            tenant = new TenantEntry { Slug = slug };
            db.Tenants.Add(tenant);
        }
        if (!string.IsNullOrWhiteSpace(nameZh)) tenant.NameZh = nameZh;
        if (!string.IsNullOrWhiteSpace(nameEn)) tenant.NameEn = nameEn;
        if (tenant.NameZh == "") tenant.NameZh = slug;
        if (tenant.NameEn == "") tenant.NameEn = tenant.NameZh;
        await db.SaveChangesAsync(ct);
        return tenant;
    }

    /// <summary>Finds the user by name or creates them; <paramref name="password"/> null means a temporary one, to change at first sign-in.</summary>
    public async Task<(AppUser User, string? TemporaryPassword)> EnsureUserAsync(string userName, string? displayName, string? email, string? password = null)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is not null)
        {
            if (!string.IsNullOrWhiteSpace(displayName)) user.DisplayName = displayName;
            if (!string.IsNullOrWhiteSpace(email)) user.Email = email;
            Check(await users.UpdateAsync(user));
            return (user, null);
        }

        var temporary = password is null ? TemporaryPassword() : null;
        user = new AppUser
        {
            UserName = userName,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName,
            Email = string.IsNullOrWhiteSpace(email) ? null : email,
            MustChangePassword = temporary is not null,
            CreatedAt = clock.GetUtcNow(),
        };
        Check(await users.CreateAsync(user, password ?? temporary!));
        return (user, temporary);
    }

    public async Task<Membership> SetMembershipAsync(AppUser user, string? tenantSlug, IEnumerable<string> roles, IEnumerable<Guid> estates, Guid? personId, CancellationToken ct = default)
    {
        var roleList = roles.Distinct().ToList();
        if (roleList.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown) throw new ProvisioningException($"Unknown role '{unknown}'.");
        if (tenantSlug is null != (roleList.Contains(Roles.PlatformAdmin)))
            throw new ProvisioningException("platform_admin is the only role without a company, and it has no company.");

        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == user.Id && m.TenantSlug == tenantSlug, ct);
        if (membership is null)
        {
            membership = new Membership { Id = Guid.NewGuid(), UserId = user.Id, TenantSlug = tenantSlug };
            db.Memberships.Add(membership);
        }
        membership.Roles = roleList;
        membership.Estates = estates.Distinct().ToList();
        membership.PersonId = personId;
        await db.SaveChangesAsync(ct);
        await db.Entry(membership).Reference(m => m.Tenant).LoadAsync(ct);
        return membership;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new ProvisioningException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>Meets the password policy by construction: upper, lower, digit, symbol.</summary>
    public static string TemporaryPassword() =>
        new string(RandomNumberGenerator.GetItems<char>("ABCDEFGHJKLMNPQRSTUVWXYZ", 3)) +
        new string(RandomNumberGenerator.GetItems<char>("abcdefghijkmnpqrstuvwxyz", 4)) +
        new string(RandomNumberGenerator.GetItems<char>("23456789", 3)) + "!";
}
