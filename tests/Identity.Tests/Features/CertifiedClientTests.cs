using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenIddict.Client;
using OpenIddict.Client.AspNetCore;
using PropertySaaS.Identity.Tests.Infrastructure;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace PropertySaaS.Identity.Tests.Features;

/// <summary>
/// "A certified OIDC client library must complete code + PKCE unchanged": OpenIddict.Client (OpenID certified)
/// runs as the staff portal's relying party on the portal origin, with nothing but discovery to go on.
/// It builds the authorize request (state, nonce, PKCE S256), redeems the code, validates the id token
/// against JWKS and calls userinfo; the test only plays the user in the browser.
/// </summary>
public sealed class CertifiedClientTests(IdentityServerFixture server)
{
    [Fact]
    public async Task OpenIddict_client_completes_code_with_pkce_and_client_credentials()
    {
        await using var rp = await StartRelyingPartyAsync();
        using var browser = server.NewBrowser().Follow(server.PortalOrigin);

        var login = await browser.GoAsync(new Uri(server.PortalOrigin, "/login").ToString());
        Assert.Equal("/SignIn/Login", login.Path);
        Assert.Contains("code_challenge_method=S256", Uri.UnescapeDataString(login.Url.Query));

        var result = await Oidc.SignInAsync(browser, login, "lvcheng.frontdesk");
        Assert.Equal("/staff/callback", result.Path);
        Assert.True(result.Status == System.Net.HttpStatusCode.OK, result.Html);
        var json = JsonDocument.Parse(result.Html).RootElement;
        Assert.Equal("lvcheng", json.GetProperty("tenant").GetString());
        Assert.Equal("lvcheng.frontdesk", json.GetProperty("preferred_username").GetString());
        var jwt = await Oidc.ValidateAccessTokenAsync(server, json.GetProperty("access_token").GetString()!);
        Assert.Equal(["cs_specialist", "front_desk"], jwt.Values("role").Order());

        // The same library, as the API's machine client.
        var service = rp.Services.GetRequiredService<OpenIddictClientService>();
        var machine = await service.AuthenticateWithClientCredentialsAsync(new()
        {
            RegistrationId = "api", Scopes = ["identity.admin"],
        });
        await Oidc.ValidateAccessTokenAsync(server, machine.AccessToken, audience: "propertysaas-identity");
    }

    private async Task<WebApplication> StartRelyingPartyAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(server.PortalOrigin.ToString());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddAuthentication();
        builder.Services.AddOpenIddict().AddClient(o =>
        {
            o.AllowAuthorizationCodeFlow().AllowRefreshTokenFlow().AllowClientCredentialsFlow();
            o.AddEphemeralEncryptionKey().AddEphemeralSigningKey();
            o.DisableTokenStorage();
            o.UseSystemNetHttp();
            o.UseAspNetCore().EnableRedirectionEndpointPassthrough().DisableTransportSecurityRequirement();
            o.SetRedirectionEndpointUris("staff/callback");
            o.AddRegistration(new OpenIddictClientRegistration
            {
                RegistrationId = "staff", Issuer = server.BaseUri, ClientId = "staff-portal",
                RedirectUri = new Uri("staff/callback", UriKind.Relative),
                Scopes = { Scopes.OpenId, Scopes.Profile, Scopes.OfflineAccess, "api" },
            });
            o.AddRegistration(new OpenIddictClientRegistration
            {
                RegistrationId = "api", Issuer = server.BaseUri, ClientId = "propertysaas-api", ClientSecret = IdentityServerFixture.ApiSecret,
            });
        });

        // The correlation cookie is Secure + SameSite=None by default; this test runs on plain http on loopback.
        builder.Services.Configure<OpenIddictClientAspNetCoreOptions>(o =>
        {
            o.CookieBuilder.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.CookieBuilder.SameSite = SameSiteMode.Lax;
        });

        var app = builder.Build();
        app.MapGet("/login", () => Results.Challenge(
            new AuthenticationProperties(new Dictionary<string, string?> { [OpenIddictClientAspNetCoreConstants.Properties.RegistrationId] = "staff" }),
            [OpenIddictClientAspNetCoreDefaults.AuthenticationScheme]));
        app.MapGet("/staff/callback", async (HttpContext http) =>
        {
            var result = await http.AuthenticateAsync(OpenIddictClientAspNetCoreDefaults.AuthenticationScheme);
            if (!result.Succeeded) return Results.BadRequest(result.Failure?.Message);
            return Results.Json(new
            {
                tenant = result.Principal.FindFirst("tenant")?.Value,
                preferred_username = result.Principal.FindFirst(Claims.PreferredUsername)?.Value,
                access_token = result.Properties!.GetTokenValue(OpenIddictClientAspNetCoreConstants.Tokens.BackchannelAccessToken),
            });
        });
        await app.StartAsync();
        return app;
    }
}
