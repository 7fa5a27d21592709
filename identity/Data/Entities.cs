using Microsoft.AspNetCore.Identity;

namespace PropertySaaS.Identity.Data;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for staff accounts created by an administrator with a temporary password.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<Membership> Memberships { get; set; } = [];
}

/// <summary>物业公司 — a property-management company as far as sign-in needs to know it (slug and names).</summary>
public sealed class TenantEntry
{
    public required string Slug { get; set; }
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
}

/// <summary>
/// A user's place in one company: roles, estates in scope and, for residents, the Person record.
/// <see cref="TenantSlug"/> is null for the platform administrator, who belongs to no company.
/// </summary>
public sealed class Membership
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public string? TenantSlug { get; set; }
    public TenantEntry? Tenant { get; set; }
    public List<string> Roles { get; set; } = [];
    public List<Guid> Estates { get; set; } = [];
    public Guid? PersonId { get; set; }
}

/// <summary>住户邀请码 — invitation code issued by the front desk so a resident can register for a unit.</summary>
public sealed class Invitation
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the normalised code; the code itself is shown once and never stored.</summary>
    public required string CodeHash { get; set; }

    public required string TenantSlug { get; set; }
    public Guid PersonId { get; set; }
    public string UnitLabel { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RedeemedAt { get; set; }
    public string? RedeemedByUserId { get; set; }
}
