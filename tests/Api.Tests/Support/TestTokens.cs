using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>
/// Signs access tokens the way the identity server does (RS256 JWT, issuer, audience, tenant/role/estate/person claims),
/// with a key that only the test host trusts. Lets API tests cover every role without a browser sign-in.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "https://identity.test/";
    public const string Audience = "propertysaas-api";
    public static readonly RsaSecurityKey Key = new(RSA.Create(2048)) { KeyId = "test-key" };
    /// <summary>A key the API does not trust: tokens signed with it are forgeries.</summary>
    public static readonly RsaSecurityKey ForeignKey = new(RSA.Create(2048)) { KeyId = "test-key" };

    public static string For(string? tenant, string[] roles, IEnumerable<Guid>? estates = null, Guid? person = null,
        string? audience = null, DateTime? expires = null, SecurityKey? key = null, string user = "test-user")
    {
        var claims = new List<Claim> { new("sub", user), new("name", user) };
        if (tenant is not null) claims.Add(new("tenant", tenant));
        claims.AddRange(roles.Select(r => new Claim("role", r)));
        claims.AddRange((estates ?? []).Select(e => new Claim("estate", e.ToString())));
        if (person is { } p) claims.Add(new("person", p.ToString()));
        var exp = expires ?? DateTime.UtcNow.AddMinutes(30);
        var token = new JwtSecurityToken(Issuer, audience ?? Audience, claims, notBefore: exp.AddHours(-1), expires: exp,
            signingCredentials: new SigningCredentials(key ?? Key, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    public static string CompanyAdmin(string tenant) => For(tenant, ["company_admin"]);
    public static string PlatformAdmin() => For(null, ["platform_admin"]);
}
