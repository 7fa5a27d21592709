using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using PropertySaaS.Identity.Features.Authorization;
using OpenIddict.Validation.AspNetCore;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.SignIn;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertySaaS.Identity.Hosting;

public static class AuthServerSetup
{
    public const string ApiScope = "api";
    public const string ApiResource = "propertysaas-api";
    public const string AdminScope = "identity.admin";
    /// <summary>Audience of <c>identity.admin</c> tokens, so a portal's API token can never call <c>/internal/</c>.</summary>
    public const string AdminResource = "propertysaas-identity";
    public const string AdminPolicy = "identity.admin";

    public static WebApplicationBuilder AddAuthServer(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var services = builder.Services;

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.Password.RequiredLength = 8;
                // A six-digit code that can be sent by SMS or e-mail instead of a long link token.
                o.Tokens.PasswordResetTokenProvider = TokenOptions.DefaultEmailProvider;
                o.ClaimsIdentity.UserIdClaimType = Claims.Subject;
                o.ClaimsIdentity.UserNameClaimType = Claims.Name;
                o.ClaimsIdentity.RoleClaimType = Claims.Role;
            })
            .AddEntityFrameworkStores<IdentityDb>()
            .AddDefaultTokenProviders();

        // The cookie's principal is rebuilt when the security stamp is re-validated (every 30 minutes by default);
        // keep how the session was authenticated, which /connect/authorize checks for administrator roles.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = ctx =>
        {
            if (ctx.CurrentPrincipal?.FindFirst(SignInFlow.AmrClaim) is { } amr && ctx.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                && !identity.HasClaim(c => c.Type == SignInFlow.AmrClaim))
                identity.AddClaim(new System.Security.Claims.Claim(amr.Type, amr.Value));
            return Task.CompletedTask;
        });

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/SignIn/Login";
            o.LogoutPath = "/SignIn/Logout";
            o.AccessDeniedPath = "/SignIn/Login";
            o.Cookie.Name = "psaas.identity";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
        });

        var keys = LoadKeys(builder, out var keyFolder);
        // Cookies and antiforgery tokens must survive restarts and be shared by instances: keep their keys with the signing keys.
        var dataProtection = services.AddDataProtection().SetApplicationName("PropertySaaS.Identity");
        if (keyFolder is not null) dataProtection.PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(keyFolder, "data-protection")));

        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityDb>())
            .AddServer(o =>
            {
                var issuer = config["Identity:Issuer"];
                if (!string.IsNullOrWhiteSpace(issuer)) o.SetIssuer(new Uri(issuer));

                o.SetAuthorizationEndpointUris("connect/authorize")
                 .SetTokenEndpointUris("connect/token")
                 .SetEndSessionEndpointUris("connect/logout")
                 .SetUserInfoEndpointUris("connect/userinfo")
                 .SetRevocationEndpointUris("connect/revoke");

                // Code + PKCE for the portals, refresh tokens, client credentials for machines.
                // No implicit and no password grant: they are simply never allowed here.
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                 // S256 only: "plain" PKCE gives no protection if the authorize request leaks.
                 .Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain))
                 .AllowRefreshTokenFlow()
                 .AllowClientCredentialsFlow();

                // Refresh tokens roll (a new one at each use); a used one is rejected immediately
                // unless a leeway is configured for portals that refresh from several tabs at once.
                o.SetRefreshTokenReuseLeeway(TimeSpan.FromSeconds(config.GetValue("Identity:RefreshTokenReuseLeewaySeconds", 0)));

                o.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Email, Scopes.OfflineAccess, ApiScope, AdminScope);
                o.RegisterClaims(Claims.Subject, Claims.Name, Claims.PreferredUsername, Claims.Email, Claims.Role,
                    TokenClaims.Tenant, TokenClaims.Estate, TokenClaims.Person);

                if (keys is null)
                    o.AddDevelopmentSigningCertificate().AddDevelopmentEncryptionCertificate();
                else
                {
                    foreach (var c in keys.Signing) o.AddSigningCertificate(c);
                    foreach (var c in keys.Encryption) o.AddEncryptionCertificate(c);
                }

                // The API validates access tokens with plain JwtBearer + JWKS, so they must be JWS, not JWE.
                o.DisableAccessTokenEncryption();

                o.UseAspNetCore()
                 .EnableAuthorizationEndpointPassthrough()
                 .EnableTokenEndpointPassthrough()
                 .EnableEndSessionEndpointPassthrough()
                 .EnableUserInfoEndpointPassthrough()
                 // TLS is terminated in front of the service (ingress / reverse proxy); locally it is plain http://localhost:5090.
                 .DisableTransportSecurityRequirement();
            })
            // Validates identity.admin client-credentials tokens for /internal/ with this server's own keys.
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.AddAudiences(AdminResource);
                o.UseAspNetCore();
            });

        services.AddAuthorizationBuilder().AddPolicy(AdminPolicy, p => p
            .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(ctx => ctx.User.HasScope(AdminScope)));

        return builder;
    }

    /// <summary>Development certificates only in Development without a configured key folder; otherwise persisted keys.</summary>
    private static SigningKeys.KeySet? LoadKeys(WebApplicationBuilder builder, out string? folder)
    {
        var config = builder.Configuration;
        folder = null;
        var path = config["Identity:Keys:Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (builder.Environment.IsDevelopment()) return null;
            path = Path.Combine(IdentityStoreSetup.DataDirectory(config), "identity-keys");
        }
        folder = Path.GetFullPath(path);
        return SigningKeys.LoadOrCreate(folder, config.GetValue("Identity:Keys:RotateAfterDays", 90),
            config["Identity:Keys:Password"], TimeProvider.System);
    }
}
