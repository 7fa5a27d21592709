using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Companies;
using PropertySaaS.Identity.Features.Registration;

namespace PropertySaaS.Identity.Features.Admin;

/// <summary>
/// Creates companies, accounts and memberships for the internal admin API. The rule for every operation here:
/// an existing account is never changed on a company's behalf (no name, e-mail or password); a company only
/// creates new accounts, changes its own memberships, and invites existing accounts, which accept after signing in.
/// </summary>
public sealed partial class UserProvisioning(IdentityDb db, UserManager<AppUser> users, Invitations invitations, TimeProvider clock)
{
    /// <summary>Bad input (400).</summary>
    public sealed class ProvisioningException(string message) : Exception(message);

    /// <summary>The request clashes with what exists (409), e.g. inviting someone who is already staff of the company.</summary>
    public sealed class ConflictException(string message) : Exception(message);

    /// <summary>What adding a person as staff did.</summary>
    public abstract record StaffOutcome;
    /// <summary>A new account of this company (its home company), with a temporary password unless one was given.</summary>
    public sealed record CreatedAccount(AppUser User, string? TemporaryPassword, Membership Membership) : StaffOutcome;
    /// <summary>The user name belongs to an existing account: nothing about it changed; it must accept <paramref name="Invitation"/>.</summary>
    public sealed record InvitedAccount(AppUser User, string Code, Invitation Invitation) : StaffOutcome;

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,62}$")]
    private static partial Regex SlugPattern();

    public static string? ValidateSlug(string slug) =>
        !SlugPattern().IsMatch(slug) ? "Slug must be 2–63 characters: a-z, 0-9 and '-'."
        : slug == MembershipDirectory.PlatformKey ? "'platform' is reserved." : null;

    /// <param name="suspended">Null leaves the status as it is (a new company is active).</param>
    public async Task<TenantEntry> EnsureTenantAsync(string slug, string? nameZh, string? nameEn, bool? suspended = null, CancellationToken ct = default)
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
        if (suspended is { } s) tenant.Suspended = s;
        await db.SaveChangesAsync(ct);
        return tenant;
    }

    /// <summary>
    /// Creates a new account; fails (400) when the user name is taken. <paramref name="password"/> null means a
    /// temporary one, to change at first sign-in. <paramref name="homeTenant"/> is the company that owns the account.
    /// <paramref name="id"/> fixes the account's id (demo logins only: the demo staff records carry it).
    /// </summary>
    public async Task<(AppUser User, string? TemporaryPassword)> CreateUserAsync(string userName, string? displayName, string? email, string? homeTenant, string? password = null, string? id = null)
    {
        var temporary = password is null ? TemporaryPassword() : null;
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? userName : displayName.Trim(),
            Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim(),
            MustChangePassword = temporary is not null,
            CreatedAt = clock.GetUtcNow(),
            HomeTenantSlug = homeTenant,
        };
        if (id is not null) user.Id = id;
        Check(await users.CreateAsync(user, password ?? temporary!));
        return (user, temporary);
    }

    /// <summary>
    /// 邀请员工 — a new user name gets a new account of <paramref name="slug"/> and its membership; an existing account
    /// (of any company, this one included) gets a pending staff invitation and is left exactly as it is.
    /// </summary>
    public async Task<StaffOutcome> AddStaffAsync(string slug, string userName, string? displayName, string? email, string[] roles, Guid[] estates, CancellationToken ct = default)
    {
        var roleList = CheckRoles(slug, roles);
        var existing = await users.FindByNameAsync(userName);
        if (existing is not null)
        {
            var here = await db.Memberships.AsNoTracking().SingleOrDefaultAsync(m => m.UserId == existing.Id && m.TenantSlug == slug, ct);
            if (here is not null && here.Roles.Any(r => r != Roles.Resident))
                throw new ConflictException("This person is already staff of the company; change their roles instead.");
            var (code, invitation) = await invitations.CreateStaffAsync(slug, existing, displayName, roleList, estates, ct);
            return new InvitedAccount(existing, code, invitation);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var (user, temporary) = await CreateUserAsync(userName, displayName, email, slug);
        var membership = await SetMembershipAsync(user, slug, roleList, estates, null, user.DisplayName, ct);
        await tx.CommitAsync(ct);
        return new CreatedAccount(user, temporary, membership);
    }

    /// <summary>Creates or replaces a membership (new accounts, the demo import). <paramref name="displayName"/> null keeps the current one.</summary>
    public async Task<Membership> SetMembershipAsync(AppUser user, string? tenantSlug, IEnumerable<string> roles, IEnumerable<Guid> estates, Guid? personId,
        string? displayName = null, CancellationToken ct = default)
    {
        var roleList = CheckRoles(tenantSlug, roles);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == user.Id && m.TenantSlug == tenantSlug, ct);
        if (membership is null)
        {
            membership = new Membership { Id = Guid.NewGuid(), UserId = user.Id, TenantSlug = tenantSlug };
            db.Memberships.Add(membership);
        }
        membership.Roles = roleList;
        membership.Estates = estates.Distinct().ToList();
        membership.PersonId = personId;
        if (!string.IsNullOrWhiteSpace(displayName)) membership.DisplayName = displayName.Trim();
        await db.SaveChangesAsync(ct);
        await db.Entry(membership).Reference(m => m.Tenant).LoadAsync(ct);
        return membership;
    }

    /// <summary>Changes the user's existing membership in <paramref name="tenantSlug"/>; null when there is none (never adds one).</summary>
    public async Task<Membership?> UpdateMembershipAsync(string tenantSlug, string userId, IEnumerable<string> roles, IEnumerable<Guid> estates, Guid? personId, CancellationToken ct = default)
    {
        var roleList = CheckRoles(tenantSlug, roles);
        var membership = await db.Memberships.Include(m => m.Tenant).SingleOrDefaultAsync(m => m.UserId == userId && m.TenantSlug == tenantSlug, ct);
        if (membership is null) return null;
        membership.Roles = roleList;
        membership.Estates = estates.Distinct().ToList();
        membership.PersonId = personId;
        await db.SaveChangesAsync(ct);
        return membership;
    }

    /// <summary>Known roles only; <c>platform_admin</c> is the only role without a company, and it has no company.</summary>
    public static List<string> CheckRoles(string? tenantSlug, IEnumerable<string> roles)
    {
        var roleList = roles.Distinct().ToList();
        if (roleList.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown) throw new ProvisioningException($"Unknown role '{unknown}'.");
        if (tenantSlug is null != roleList.Contains(Roles.PlatformAdmin))
            throw new ProvisioningException("platform_admin is the only role without a company, and it has no company.");
        return roleList;
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
