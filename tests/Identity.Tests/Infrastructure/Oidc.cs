using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OtpNet;

namespace PropertySaaS.Identity.Tests.Infrastructure;

public sealed record Pkce(string Verifier, string Challenge)
{
    public static Pkce New()
    {
        var verifier = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        return new Pkce(verifier, Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));
    }
}

public sealed record TokenResponse(int Status, JsonElement Json)
{
    public string AccessToken => Json.GetProperty("access_token").GetString()!;
    public string? RefreshToken => Json.TryGetProperty("refresh_token", out var r) ? r.GetString() : null;
    public string? IdToken => Json.TryGetProperty("id_token", out var r) ? r.GetString() : null;
    public string? Error => Json.TryGetProperty("error", out var e) ? e.GetString() : null;
}

/// <summary>Drives the portal side of authorization code + PKCE over plain HTTP, as a browser and a SPA would.</summary>
public sealed class Oidc(IdentityServerFixture server, Browser browser, string clientId = "staff-portal")
{
    public const string Scopes = "openid profile offline_access api";
    public Pkce Pkce { get; private set; } = Pkce.New();
    public string State { get; private set; } = "";
    public string RedirectUri => $"{server.PortalOrigin.ToString().TrimEnd('/')}/{clientId.Replace("-portal", "")}/callback";

    public string AuthorizeUrl(params (string Key, string Value)[] extra)
    {
        Pkce = Pkce.New();
        State = Guid.NewGuid().ToString("N");
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = clientId, ["redirect_uri"] = RedirectUri, ["response_type"] = "code", ["scope"] = Scopes,
            ["code_challenge"] = Pkce.Challenge, ["code_challenge_method"] = "S256", ["state"] = State,
        };
        foreach (var (k, v) in extra) query[k] = v;
        return QueryHelpers.AddQueryString("/connect/authorize", query);
    }

    /// <summary>Starts authorize; returns the page the user lands on (sign-in form, picker …) or the callback redirect.</summary>
    public Task<Page> StartAsync(params (string Key, string Value)[] extra) => browser.GoAsync(AuthorizeUrl(extra));

    public static Task<Page> SignInAsync(Browser browser, Page login, string userName, string password = IdentityServerFixture.DemoPassword)
    {
        Assert.Equal("/SignIn/Login", login.Path);
        return browser.SubmitAsync(login, new() { ["userName"] = userName, ["password"] = password });
    }

    public static Task<Page> EnterTotpAsync(Browser browser, Page page, string secret) =>
        browser.SubmitAsync(page, new() { ["code"] = new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp() });

    /// <summary>The code from a callback redirect, after checking state and the RFC 9207 iss parameter.</summary>
    public string CodeFrom(Page page)
    {
        Assert.NotNull(page.ExternalRedirect);
        Assert.StartsWith(RedirectUri, page.ExternalRedirect!.ToString());
        var query = QueryHelpers.ParseQuery(page.ExternalRedirect.Query);
        Assert.False(query.ContainsKey("error"), $"authorize error: {query.GetValueOrDefault("error")} {query.GetValueOrDefault("error_description")}");
        Assert.Equal(State, query["state"].ToString());
        Assert.Equal(server.BaseUri.ToString(), query["iss"].ToString());
        return query["code"].ToString();
    }

    public Task<TokenResponse> RedeemAsync(string code) => TokenAsync(new()
    {
        ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = RedirectUri,
        ["client_id"] = clientId, ["code_verifier"] = Pkce.Verifier,
    });

    public Task<TokenResponse> RefreshAsync(string refreshToken) => TokenAsync(new()
    {
        ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken, ["client_id"] = clientId,
    });

    public Task<TokenResponse> TokenAsync(Dictionary<string, string> form) => PostTokenAsync(server, form);

    public static async Task<TokenResponse> PostTokenAsync(IdentityServerFixture server, Dictionary<string, string> form)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        var response = await http.PostAsync("/connect/token", new FormUrlEncodedContent(form));
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return new TokenResponse((int)response.StatusCode, json);
    }

    /// <summary>Full happy path for a user without second factor and a single applicable company.</summary>
    public async Task<TokenResponse> SignInAndRedeemAsync(string userName, params (string Key, string Value)[] extra)
    {
        var page = await StartAsync(extra);
        if (page.Path == "/SignIn/Login") page = await SignInAsync(browser, page, userName);
        var tokens = await RedeemAsync(CodeFrom(page));
        Assert.Equal(200, tokens.Status);
        return tokens;
    }

    /// <summary>Validates a JWT exactly as the API will: JWKS from discovery, issuer, audience, lifetime.</summary>
    public static async Task<JsonWebToken> ValidateAccessTokenAsync(IdentityServerFixture server, string token, string audience = "propertysaas-api")
    {
        Assert.Equal(3, token.Split('.').Length); // JWS (three parts), not JWE (five)
        using var http = new HttpClient { BaseAddress = server.BaseUri };
        var discovery = JsonDocument.Parse(await http.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        var jwks = new JsonWebKeySet(await http.GetStringAsync(discovery.GetProperty("jwks_uri").GetString()));
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = server.BaseUri.ToString(),
            ValidAudience = audience,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
        });
        Assert.True(result.IsValid, result.Exception?.ToString());
        return (JsonWebToken)result.SecurityToken;
    }

    public static JsonWebToken Read(string token) => new(token);
}

public static class JwtExtensions
{
    public static string[] Values(this JsonWebToken token, string type) => token.Claims.Where(c => c.Type == type).Select(c => c.Value).ToArray();
    public static string? Value(this JsonWebToken token, string type) => token.Claims.FirstOrDefault(c => c.Type == type)?.Value;
}
