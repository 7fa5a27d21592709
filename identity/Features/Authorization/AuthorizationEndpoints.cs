using System.Collections.Immutable;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Admin;
using PropertySaaS.Identity.Features.Companies;
using PropertySaaS.Identity.Features.SignIn;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertySaaS.Identity.Features.Authorization;

/// <summary>
/// The OpenIddict passthrough endpoints. OpenIddict has already validated the protocol
/// (client, redirect URI, PKCE, scopes); here we decide who the user is and which company the token is for.
/// </summary>
public static class AuthorizationEndpoints
{
    /// <summary>Custom authorize parameter: <c>switch_company=1</c> shows the company picker even with a single choice or a live session.</summary>
    public const string SwitchCompany = "switch_company";
    /// <summary>Custom authorize parameter: <c>tenant=&lt;slug&gt;</c> (or <c>platform</c>) picks the company without the picker.</summary>
    public const string TenantParameter = "tenant";

    public static void MapAuthorizationEndpoints(this WebApplication app)
    {
        app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Delegate)Authorize);
        app.MapPost("/connect/token", (Delegate)Token);
        app.MapMethods("/connect/logout", [HttpMethods.Get, HttpMethods.Post], (Delegate)Logout);
        app.MapMethods("/connect/userinfo", [HttpMethods.Get, HttpMethods.Post], (Delegate)UserInfo);
    }

    private static async Task<IResult> Authorize(HttpContext http, UserManager<AppUser> users, SignInManager<AppUser> signIn, MembershipDirectory memberships,
        IOpenIddictApplicationManager applications, IOpenIddictAuthorizationManager authorizations, IOpenIddictScopeManager scopes, Sessions sessions)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var session = await http.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = session.Succeeded ? await users.GetUserAsync(session.Principal) : null;
        if (user is { Disabled: true })
        {
            // Disabled since signing in: the session ends here; the sign-in page refuses the account.
            await sessions.SignOutAsync(http, signIn);
            user = null;
        }

        var tooOld = request.MaxAge is { } maxAge && session.Properties?.IssuedUtc is { } issued
                     && DateTimeOffset.UtcNow - issued > TimeSpan.FromSeconds(maxAge);
        if (user is null || request.HasPromptValue(PromptValues.Login) || tooOld)
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "The user is not signed in.");
            // Drop prompt so that coming back from the sign-in page does not loop.
            return Results.Challenge(new AuthenticationProperties { RedirectUri = AuthorizeUrl(http, without: [Parameters.Prompt]) },
                [IdentityConstants.ApplicationScheme]);
        }

        var eligible = await memberships.ForClientAsync(user.Id, request.ClientId, http.RequestAborted);
        if (eligible.Count == 0)
            return Forbid(Errors.AccessDenied, "The user has no membership that this portal serves.");

        var switching = (string?)request[SwitchCompany] == "1";
        var wanted = (string?)request[TenantParameter];
        var chosen = switching ? null
            : wanted is not null ? eligible.FirstOrDefault(m => MembershipDirectory.Key(m) == wanted)
            : eligible.Count == 1 ? eligible[0] : null;

        if (chosen is null)
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.AccountSelectionRequired, "The user must choose a company.");
            var back = AuthorizeUrl(http, without: [SwitchCompany, TenantParameter]);
            return Results.Redirect("/Companies/Select?returnUrl=" + Uri.EscapeDataString(back));
        }

        // Administrator roles need a session that passed the second factor. Roles can arrive after signing in
        // (an accepted invitation, a changed membership), so the session is checked here, not only at sign-in.
        if (Roles.RequiresTotp(chosen.Roles) && session.Principal?.FindFirstValue(SignInFlow.AmrClaim) != "mfa")
        {
            if (request.HasPromptValue(PromptValues.None))
                return Forbid(Errors.LoginRequired, "This company role needs a sign-in with a second factor.");
            return Results.Challenge(new AuthenticationProperties { RedirectUri = AuthorizeUrl(http, without: [Parameters.Prompt]) },
                [IdentityConstants.ApplicationScheme]);
        }

        var identity = TokenClaims.Apply(TokenClaims.NewIdentity(), user, chosen, eligible.Count);
        identity.SetScopes(request.GetScopes());
        identity.SetResources(await ToListAsync(scopes.ListResourcesAsync(identity.GetScopes())));

        // Ad-hoc authorization: ties code, access and refresh tokens together so reuse of one revokes the chain.
        // It remembers the browser session, so signing out revokes the refresh tokens issued in that session.
        var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("Unknown client.");
        var descriptor = new OpenIddictAuthorizationDescriptor
        {
            ApplicationId = await applications.GetIdAsync(application),
            CreationDate = DateTimeOffset.UtcNow,
            Principal = new ClaimsPrincipal(identity),
            Status = Statuses.Valid,
            Subject = user.Id,
            Type = AuthorizationTypes.AdHoc,
        };
        descriptor.Scopes.UnionWith(identity.GetScopes());
        if (Sessions.IdOf(session.Properties) is { } sessionId)
            descriptor.Properties[Sessions.SessionProperty] = JsonSerializer.SerializeToElement(sessionId);
        var authorization = await authorizations.CreateAsync(descriptor);
        identity.SetAuthorizationId(await authorizations.GetIdAsync(authorization));

        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static async Task<IResult> Token(HttpContext http, UserManager<AppUser> users, MembershipDirectory memberships, IdentityDb db,
        IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes, ILoggerFactory loggers)
    {
        var request = http.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");

        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
            var user = principal?.GetClaim(Claims.Subject) is { } subject ? await users.FindByIdAsync(subject) : null;
            if (principal is null || user is null || await users.IsLockedOutAsync(user))
                return Forbid(Errors.InvalidGrant, "The user no longer exists or is locked out.");
            if (user.Disabled)
            {
                loggers.CreateLogger(typeof(AuthorizationEndpoints)).LogWarning("Token refused for user {UserId}: account disabled", user.Id);
                return Forbid(Errors.InvalidGrant, "The account is disabled.");
            }

            // Re-read the company and the membership: a suspension, a role or estate change (or removal) applies at the next refresh.
            var tenant = principal.GetClaim(TokenClaims.Tenant);
            if (tenant is not null && await db.Tenants.FindAsync([tenant], http.RequestAborted) is { Suspended: true })
            {
                loggers.CreateLogger(typeof(AuthorizationEndpoints)).LogWarning("Token refused for user {UserId}: company {Tenant} is suspended", user.Id, tenant);
                return Forbid(Errors.InvalidGrant, "The company is suspended.");
            }
            var eligible = await memberships.ForClientAsync(user.Id, request.ClientId, http.RequestAborted);
            var membership = eligible.FirstOrDefault(m => m.TenantSlug == tenant);
            if (membership is null)
                return Forbid(Errors.InvalidGrant, "The user is no longer a member of this company.");

            var identity = new ClaimsIdentity(principal.Claims, TokenClaims.NewIdentity().AuthenticationType, Claims.Name, Claims.Role);
            TokenClaims.Apply(identity, user, membership, eligible.Count);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        if (request.IsClientCredentialsGrantType())
        {
            // The client is already authenticated by OpenIddict (secret checked); the token represents the client itself.
            var application = await applications.FindByClientIdAsync(request.ClientId!) ?? throw new InvalidOperationException("Unknown client.");
            var identity = TokenClaims.NewIdentity();
            identity.SetClaim(Claims.Subject, request.ClientId)
                .SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application));
            // A company's integration client: its company, roles and estates come from its registration only,
            // so the same claims the API reads from a staff token, and never another company's.
            if (await IntegrationClients.RegistrationAsync(applications, application, http.RequestAborted) is { } registration)
            {
                if (await db.Tenants.FindAsync([registration.Tenant], http.RequestAborted) is { Suspended: true })
                    return Forbid(Errors.UnauthorizedClient, "The company is suspended.");
                identity.SetClaim(TokenClaims.Tenant, registration.Tenant);
                identity.SetClaims(Claims.Role, [.. registration.Roles]);
                identity.SetClaims(TokenClaims.Estate, [.. registration.Estates.Select(e => e.ToString())]);
            }
            identity.SetScopes(request.GetScopes());
            identity.SetResources(await ToListAsync(scopes.ListResourcesAsync(identity.GetScopes())));
            identity.SetDestinations(_ => [Destinations.AccessToken]);
            return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
        }

        return Forbid(Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    private static async Task<IResult> Logout(HttpContext http, SignInManager<AppUser> signIn, Sessions sessions)
    {
        // The portal's id_token_hint names the authorization of its session: revoke it (and its refresh tokens) even if
        // the browser's identity session has already ended; then revoke everything issued in this browser session.
        var hint = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (hint?.GetAuthorizationId() is { } authorizationId) await sessions.RevokeAuthorizationAsync(authorizationId, http.RequestAborted);
        await sessions.SignOutAsync(http, signIn);
        // OpenIddict redirects to the validated post_logout_redirect_uri, or to RedirectUri when none was given.
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/SignIn/Logout?done=1" },
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }

    private static async Task<IResult> UserInfo(HttpContext http)
    {
        var principal = (await http.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        if (principal is null) return Results.Challenge(authenticationSchemes: [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
        var claims = new Dictionary<string, object?>
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject),
            [Claims.Name] = principal.GetClaim(Claims.Name),
            [Claims.PreferredUsername] = principal.GetClaim(Claims.PreferredUsername),
            [TokenClaims.Tenant] = principal.GetClaim(TokenClaims.Tenant),
            [Claims.Role] = principal.GetClaims(Claims.Role),
            [TokenClaims.Estate] = principal.GetClaims(TokenClaims.Estate),
            [TokenClaims.Person] = principal.GetClaim(TokenClaims.Person),
        };
        return Results.Ok(claims.Where(c => c.Value is not null).ToDictionary());
    }

    private static IResult Forbid(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);

    /// <summary>The current authorize request as a local URL, from the query or (form_post) the form.</summary>
    private static string AuthorizeUrl(HttpContext http, string[] without)
    {
        IEnumerable<KeyValuePair<string, StringValues>> source = http.Request.HasFormContentType ? http.Request.Form : http.Request.Query;
        var kept = source.Where(p => !without.Contains(p.Key))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)));
        return http.Request.PathBase + http.Request.Path + QueryString.Create(kept);
    }

    private static async Task<ImmutableArray<string>> ToListAsync(IAsyncEnumerable<string> items)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        await foreach (var item in items) list.Add(item);
        return list.ToImmutable();
    }
}
