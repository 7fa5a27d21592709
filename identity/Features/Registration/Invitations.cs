using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;

namespace PropertySaaS.Identity.Features.Registration;

/// <summary>
/// Issues and redeems invitation codes: resident invitations (company + person + unit) and staff invitations
/// (company + one existing account + roles + estates). Codes are stored as hashes only.
/// </summary>
public sealed class Invitations(IdentityDb db, TimeProvider clock)
{
    /// <summary>How long a staff invitation stays open.</summary>
    public const int StaffValidDays = 14;

    // No 0/O, 1/I/L: the code is read aloud at the front desk and typed on a phone.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<(string Code, Invitation Invitation)> CreateAsync(string tenantSlug, Guid personId, string unitLabel, int validDays, CancellationToken ct = default)
    {
        var (code, invitation) = New(tenantSlug, InvitationKind.Resident, validDays);
        invitation.PersonId = personId;
        invitation.UnitLabel = unitLabel;
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return (code, invitation);
    }

    /// <summary>
    /// A staff invitation for an existing account: only that account, signed in with its own password, can accept it.
    /// Replaces the company's earlier open invitation of the same account, so re-inviting gives a fresh code.
    /// </summary>
    public async Task<(string Code, Invitation Invitation)> CreateStaffAsync(string tenantSlug, AppUser user, string? displayName,
        IReadOnlyCollection<string> roles, IReadOnlyCollection<Guid> estates, CancellationToken ct = default)
    {
        var earlier = await db.Invitations.Where(i => i.Kind == InvitationKind.Staff && i.TenantSlug == tenantSlug && i.UserId == user.Id && i.RedeemedAt == null)
            .ToListAsync(ct);
        db.Invitations.RemoveRange(earlier);
        var (code, invitation) = New(tenantSlug, InvitationKind.Staff, StaffValidDays);
        invitation.UserId = user.Id;
        invitation.Roles = [.. roles.Distinct()];
        invitation.Estates = [.. estates.Distinct()];
        invitation.DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        return (code, invitation);
    }

    public async Task<Invitation?> FindOpenAsync(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        var hash = Hash(code);
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.CodeHash == hash);
        return invitation is { RedeemedAt: null } && invitation.ExpiresAt > clock.GetUtcNow() ? invitation : null;
    }

    /// <summary>A resident code may be redeemed by any account (the code is the secret); a staff invitation only by the invited account.</summary>
    public static bool MayRedeem(Invitation invitation, AppUser user) =>
        !user.Disabled && (invitation.Kind == InvitationKind.Resident || invitation.UserId == user.Id);

    /// <summary>
    /// Adds the invitation's company to the account, merging with an existing membership in that company:
    /// a resident invitation adds the resident role and the person, a staff invitation adds its roles and estates.
    /// </summary>
    public async Task<Membership> RedeemAsync(Invitation invitation, AppUser user)
    {
        if (!MayRedeem(invitation, user)) throw new InvalidOperationException("This account may not redeem the invitation.");
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == user.Id && m.TenantSlug == invitation.TenantSlug);
        if (membership is null)
        {
            membership = new Membership { Id = Guid.NewGuid(), UserId = user.Id, TenantSlug = invitation.TenantSlug };
            db.Memberships.Add(membership);
        }
        if (invitation.Kind == InvitationKind.Staff)
        {
            membership.Roles = [.. membership.Roles.Union(invitation.Roles)];
            membership.Estates = [.. membership.Estates.Union(invitation.Estates)];
            membership.DisplayName = invitation.DisplayName ?? membership.DisplayName ?? user.DisplayName;
        }
        else
        {
            if (!membership.Roles.Contains(Roles.Resident)) membership.Roles = [.. membership.Roles, Roles.Resident];
            membership.PersonId = invitation.PersonId;
            // The person redeems the code themselves, so the company may know them by their own name.
            membership.DisplayName ??= user.DisplayName;
        }
        invitation.RedeemedAt = clock.GetUtcNow();
        invitation.RedeemedByUserId = user.Id;
        await db.SaveChangesAsync();
        await db.Entry(membership).Reference(m => m.Tenant).LoadAsync();
        return membership;
    }

    private (string Code, Invitation Invitation) New(string tenantSlug, InvitationKind kind, int validDays)
    {
        var code = new string(RandomNumberGenerator.GetItems<char>(Alphabet, 10));
        code = $"{code[..5]}-{code[5..]}";
        var now = clock.GetUtcNow();
        return (code, new Invitation
        {
            Id = Guid.NewGuid(),
            CodeHash = Hash(code),
            Kind = kind,
            TenantSlug = tenantSlug,
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays),
        });
    }

    private static string Hash(string code)
    {
        var normalised = code.Trim().ToUpperInvariant().Replace("-", "").Replace(" ", "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
