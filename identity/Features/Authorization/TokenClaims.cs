using System.Globalization;
using System.Security.Claims;
using OpenIddict.Abstractions;
using PropertySaaS.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertySaaS.Identity.Features.Authorization;

/// <summary>The claims a token carries for one user in the chosen company (docs/contracts.md, "Access token").</summary>
public static class TokenClaims
{
    public const string Tenant = "tenant";
    public const string Estate = "estate";
    public const string Person = "person";
    public const string TenantNameZh = "tenant_name_zh";
    public const string TenantNameEn = "tenant_name_en";
    /// <summary>In the id token so a portal knows whether to offer "switch company".</summary>
    public const string CompanyCount = "company_count";

    /// <summary>Sets (or replaces, on refresh) the user's claims for <paramref name="membership"/>.</summary>
    public static ClaimsIdentity Apply(ClaimsIdentity identity, AppUser user, Membership membership, int companyCount)
    {
        identity.SetClaim(Claims.Subject, user.Id)
            .SetClaim(Claims.Name, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName : user.DisplayName)
            .SetClaim(Claims.PreferredUsername, user.UserName)
            .SetClaim(Claims.Email, user.Email)
            .SetClaim(Tenant, membership.TenantSlug)
            .SetClaim(TenantNameZh, membership.Tenant?.NameZh)
            .SetClaim(TenantNameEn, membership.Tenant?.NameEn)
            .SetClaim(Person, membership.PersonId?.ToString())
            .SetClaim(CompanyCount, companyCount.ToString(CultureInfo.InvariantCulture));
        identity.SetClaims(Claims.Role, [.. membership.Roles]);
        identity.SetClaims(Estate, [.. membership.Estates.Select(e => e.ToString())]);
        identity.SetDestinations(DestinationsOf);
        return identity;
    }

    public static ClaimsIdentity NewIdentity() =>
        new(authenticationType: "PropertySaaS.Identity", nameType: Claims.Name, roleType: Claims.Role);

    // Explicit per claim: the API needs tenant/role/estate/person; the portal's id token needs only what it displays.
    private static IEnumerable<string> DestinationsOf(Claim claim) => claim.Type switch
    {
        Claims.Subject => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name or Claims.PreferredUsername when claim.Subject!.HasScope(Scopes.Profile)
            => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Name or Claims.PreferredUsername => [Destinations.AccessToken],
        Claims.Email when claim.Subject!.HasScope(Scopes.Email) => [Destinations.AccessToken, Destinations.IdentityToken],
        Claims.Email => [Destinations.AccessToken],
        Tenant or Claims.Role => [Destinations.AccessToken, Destinations.IdentityToken],
        Estate or Person => [Destinations.AccessToken],
        TenantNameZh or TenantNameEn or CompanyCount => [Destinations.IdentityToken],
        // Never copy Identity's security stamp or anything else unknown into a token.
        _ => [],
    };
}
