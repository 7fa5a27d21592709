using Microsoft.AspNetCore.Identity;

namespace PropertySaaS.Identity.Data;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set for staff accounts created by an administrator with a temporary password.</summary>
    public bool MustChangePassword { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// 归属公司 — the company whose administrator created the account (or whose invitation code it was registered
    /// with). Only this company and the platform administrator see account-level fields (e-mail, display name,
    /// second factor, lockout) and may disable the account. Null: no company owns it (the platform administrator,
    /// and accounts that already belonged to several companies when home companies were introduced).
    /// </summary>
    public string? HomeTenantSlug { get; set; }

    /// <summary>Disabled by its home company or the platform administrator: no sign-in, no new token, no refresh.</summary>
    public bool Disabled { get; set; }

    public List<Membership> Memberships { get; set; } = [];
}

/// <summary>物业公司 — a property-management company as far as sign-in needs to know it (slug, names, suspension).</summary>
public sealed class TenantEntry
{
    public required string Slug { get; set; }
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";

    /// <summary>Suspended by the platform (the API tells us): not offered at sign-in, its refresh tokens are refused.</summary>
    public bool Suspended { get; set; }
}

/// <summary>
/// A user's place in one company: roles, estates in scope, the name the company knows them by and, for residents,
/// the Person record. <see cref="TenantSlug"/> is null for the platform administrator, who belongs to no company.
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

    /// <summary>The name this company gave the person when inviting them; the account's own display name is not shared with other companies.</summary>
    public string? DisplayName { get; set; }
}

public enum InvitationKind
{
    /// <summary>住户邀请码 — issued by the front desk for a person of a unit; redeemed by a new or a signed-in account.</summary>
    Resident = 0,
    /// <summary>员工邀请 — a company invites an existing account as staff; only that account, signed in, can accept.</summary>
    Staff = 1,
}

/// <summary>An invitation code: a resident invitation (company + person + unit) or a staff invitation (company + account + roles + estates).</summary>
public sealed class Invitation
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the normalised code; the code itself is shown once and never stored.</summary>
    public required string CodeHash { get; set; }

    public InvitationKind Kind { get; set; }
    public required string TenantSlug { get; set; }

    /// <summary>Resident invitations: the Person record in the company database.</summary>
    public Guid? PersonId { get; set; }
    public string UnitLabel { get; set; } = "";

    /// <summary>Staff invitations: the only account that may accept it.</summary>
    public string? UserId { get; set; }
    public List<string> Roles { get; set; } = [];
    public List<Guid> Estates { get; set; } = [];
    /// <summary>Staff invitations: the name the inviting company gave; becomes the membership's display name.</summary>
    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RedeemedAt { get; set; }
    public string? RedeemedByUserId { get; set; }
}
