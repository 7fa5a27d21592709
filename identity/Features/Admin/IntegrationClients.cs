using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Hosting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertySaaS.Identity.Features.Admin;

public sealed record IntegrationClientRequest(string? DisplayName, string[]? Roles, Guid[]? Estates);
/// <param name="ClientSecret">Only in the answer to the creation; the server keeps a hash.</param>
public sealed record IntegrationClientResponse(string ClientId, string? ClientSecret, string DisplayName, string[] Roles, Guid[] Estates);

/// <summary>What a company's integration client was registered with; read back when it asks for a token.</summary>
public sealed record IntegrationClientRegistration(string Tenant, string[] Roles, Guid[] Estates);

/// <summary>
/// Confidential OpenIddict applications a company's machines use (client credentials, scope <c>api</c> only).
/// The company, roles and estates are fixed at registration and stored as application properties, so nothing
/// in a token request can choose another company.
/// </summary>
public sealed class IntegrationClients(IOpenIddictApplicationManager apps, IdentityDb db)
{
    public const string TenantProperty = "psaas_tenant";
    public const string RolesProperty = "psaas_roles";
    public const string EstatesProperty = "psaas_estates";

    /// <summary>The staff roles and company_admin: never platform_admin (no company) nor resident (a person, not a machine).</summary>
    public static readonly IReadOnlySet<string> AllowedRoles = Roles.All.Where(r => r is not (Roles.PlatformAdmin or Roles.Resident)).ToHashSet();

    /// <summary>Client ids start with the company slug; slugs have no '.', so the prefix is unambiguous.</summary>
    private static string Prefix(string slug) => slug + ".int.";

    public async Task<IntegrationClientResponse> CreateAsync(string slug, string displayName, string[] roles, Guid[] estates, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(displayName)) throw new UserProvisioning.ProvisioningException("displayName is required.");
        if (roles.Length == 0) throw new UserProvisioning.ProvisioningException("At least one role is required.");
        if (roles.FirstOrDefault(r => !AllowedRoles.Contains(r)) is { } bad) throw new UserProvisioning.ProvisioningException($"Role '{bad}' is not allowed for an integration client.");

        var clientId = Prefix(slug) + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        roles = [.. roles.Distinct()];
        estates = [.. estates.Distinct()];
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = displayName.Trim(),
            // Token endpoint + client credentials only: no authorization code, refresh or any other grant.
            Permissions =
            {
                Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials,
                Permissions.Prefixes.Scope + AuthServerSetup.ApiScope,
            },
            Properties =
            {
                [TenantProperty] = JsonSerializer.SerializeToElement(slug),
                [RolesProperty] = JsonSerializer.SerializeToElement(roles),
                [EstatesProperty] = JsonSerializer.SerializeToElement(estates),
            },
        };
        await apps.CreateAsync(descriptor, ct);
        return new IntegrationClientResponse(clientId, secret, descriptor.DisplayName, roles, estates);
    }

    public async Task<List<IntegrationClientResponse>> ListAsync(string slug, CancellationToken ct)
    {
        var prefix = Prefix(slug);
        var ids = await db.Set<OpenIddictEntityFrameworkCoreApplication>().AsNoTracking()
            .Where(a => a.ClientId!.StartsWith(prefix)).OrderBy(a => a.DisplayName).Select(a => a.ClientId!).ToListAsync(ct);
        var list = new List<IntegrationClientResponse>();
        foreach (var id in ids)
            if (await FindAsync(slug, id, ct) is { } found) list.Add(found.Response);
        return list;
    }

    /// <summary>Deletes the application (and with it its stored tokens); JWTs already issued stay valid until they expire.</summary>
    public async Task<bool> RevokeAsync(string slug, string clientId, CancellationToken ct)
    {
        if (await FindAsync(slug, clientId, ct) is not { } found) return false;
        await apps.DeleteAsync(found.Application, ct);
        return true;
    }

    /// <summary>The registration of an integration client, or null for any other client (portals, the API's own client).</summary>
    public static async Task<IntegrationClientRegistration?> RegistrationAsync(IOpenIddictApplicationManager apps, object application, CancellationToken ct)
    {
        var p = await apps.GetPropertiesAsync(application, ct);
        if (!p.TryGetValue(TenantProperty, out var tenant) || tenant.ValueKind != JsonValueKind.String) return null;
        return new IntegrationClientRegistration(tenant.GetString()!,
            p.TryGetValue(RolesProperty, out var r) ? r.Deserialize<string[]>() ?? [] : [],
            p.TryGetValue(EstatesProperty, out var e) ? e.Deserialize<Guid[]>() ?? [] : []);
    }

    private async Task<(object Application, IntegrationClientResponse Response)?> FindAsync(string slug, string clientId, CancellationToken ct)
    {
        if (await apps.FindByClientIdAsync(clientId, ct) is not { } app) return null;
        // The property, not the id prefix, decides which company owns the client.
        if (await RegistrationAsync(apps, app, ct) is not { } reg || reg.Tenant != slug) return null;
        return (app, new IntegrationClientResponse(clientId, null, await apps.GetDisplayNameAsync(app, ct) ?? clientId, reg.Roles, reg.Estates));
    }
}
