using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;

namespace PropertySaaS.Identity.Features.Registration;

/// <summary>Issues and redeems resident invitation codes (tenant + person + unit).</summary>
public sealed class Invitations(IdentityDb db, TimeProvider clock)
{
    // No 0/O, 1/I/L: the code is read aloud at the front desk and typed on a phone.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public async Task<(string Code, Invitation Invitation)> CreateAsync(string tenantSlug, Guid personId, string unitLabel, int validDays, CancellationToken ct = default)
    {
        var code = new string(RandomNumberGenerator.GetItems<char>(Alphabet, 10));
        code = $"{code[..5]}-{code[5..]}";
        var now = clock.GetUtcNow();
        var invitation = new Invitation
        {
            Id = Guid.NewGuid(),
            CodeHash = Hash(code),
            TenantSlug = tenantSlug,
            PersonId = personId,
            UnitLabel = unitLabel,
            CreatedAt = now,
            ExpiresAt = now.AddDays(validDays),
        };
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

    /// <summary>Adds the resident role for the invited person, merging with an existing membership in that company.</summary>
    public async Task RedeemAsync(Invitation invitation, AppUser user)
    {
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == user.Id && m.TenantSlug == invitation.TenantSlug);
        if (membership is null)
        {
            membership = new Membership { Id = Guid.NewGuid(), UserId = user.Id, TenantSlug = invitation.TenantSlug };
            db.Memberships.Add(membership);
        }
        if (!membership.Roles.Contains(Roles.Resident)) membership.Roles = [.. membership.Roles, Roles.Resident];
        membership.PersonId = invitation.PersonId;
        invitation.RedeemedAt = clock.GetUtcNow();
        invitation.RedeemedByUserId = user.Id;
        await db.SaveChangesAsync();
    }

    private static string Hash(string code)
    {
        var normalised = code.Trim().ToUpperInvariant().Replace("-", "").Replace(" ", "");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
