using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using PropertySaaS.Identity.Data;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertySaaS.Identity.Features.Authorization;

/// <summary>
/// Ties the OpenIddict authorizations (and with them the refresh tokens) to the browser session they were issued in,
/// so that signing out revokes exactly that session's tokens; disabling an account revokes all of them.
/// </summary>
public sealed class Sessions(IOpenIddictAuthorizationManager authorizations, IOpenIddictTokenManager tokens, ILogger<Sessions> logger)
{
    /// <summary>Item of the sign-in cookie's properties: a random id per sign-in (kept when the cookie is renewed).</summary>
    public const string SessionItem = "psaas.sid";
    /// <summary>Property of each authorization created in that session.</summary>
    public const string SessionProperty = "psaas_sid";

    public static AuthenticationProperties NewSessionProperties() => new() { IsPersistent = false, Items = { [SessionItem] = Guid.NewGuid().ToString("N") } };

    public static string? IdOf(AuthenticationProperties? properties) =>
        properties is not null && properties.Items.TryGetValue(SessionItem, out var id) && !string.IsNullOrEmpty(id) ? id : null;

    /// <summary>Ends the browser's identity session and revokes the authorizations issued in it.</summary>
    public async Task SignOutAsync(HttpContext http, SignInManager<AppUser> signIn)
    {
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        if (session.Succeeded && session.Principal.FindFirstValue(Claims.Subject) is { } subject && IdOf(session.Properties) is { } sessionId)
            await RevokeSessionAsync(subject, sessionId, http.RequestAborted);
        await signIn.SignOutAsync();
    }

    /// <summary>Revokes one authorization and every token issued under it (the portal session named by an id token).</summary>
    public async Task RevokeAuthorizationAsync(string authorizationId, CancellationToken ct)
    {
        if (await authorizations.FindByIdAsync(authorizationId, ct) is { } authorization)
            await authorizations.TryRevokeAsync(authorization, ct);
        await tokens.RevokeByAuthorizationIdAsync(authorizationId, ct);
    }

    /// <summary>Revokes the authorizations (and their tokens) created while <paramref name="sessionId"/> was the user's sign-in session.</summary>
    public async Task<int> RevokeSessionAsync(string subject, string sessionId, CancellationToken ct)
    {
        var ids = new List<string>();
        await foreach (var authorization in authorizations.FindAsync(subject, client: null, Statuses.Valid, type: null, scopes: null, ct))
        {
            var properties = await authorizations.GetPropertiesAsync(authorization, ct);
            if (properties.TryGetValue(SessionProperty, out var sid) && sid.ValueKind == System.Text.Json.JsonValueKind.String && sid.GetString() == sessionId)
                ids.Add((await authorizations.GetIdAsync(authorization, ct))!);
        }
        foreach (var id in ids) await RevokeAuthorizationAsync(id, ct);
        logger.LogInformation("Signed out: revoked {Count} authorization(s) of user {UserId}", ids.Count, subject);
        return ids.Count;
    }

    /// <summary>Every authorization and token of the user, in every session (account disabled).</summary>
    public async Task RevokeUserAsync(string subject, CancellationToken ct)
    {
        await authorizations.RevokeBySubjectAsync(subject, ct);
        await tokens.RevokeBySubjectAsync(subject, ct);
    }
}
