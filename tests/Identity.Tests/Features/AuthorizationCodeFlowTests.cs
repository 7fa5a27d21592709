using System.Text.Json;
using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

public sealed class AuthorizationCodeFlowTests(IdentityServerFixture server)
{
    [Fact]
    public async Task Code_with_pkce_gives_a_plain_jws_access_token_with_the_company_claims()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);

        var login = await oidc.StartAsync();
        Assert.Equal("/SignIn/Login", login.Path);
        var callback = await Oidc.SignInAsync(browser, login, "lvcheng.frontdesk");
        var tokens = await oidc.RedeemAsync(oidc.CodeFrom(callback));

        Assert.Equal(200, tokens.Status);
        var jwt = await Oidc.ValidateAccessTokenAsync(server, tokens.AccessToken);
        Assert.Equal(server.BaseUri.ToString(), jwt.Issuer);
        Assert.Equal(["propertysaas-api"], jwt.Audiences);
        Assert.Equal("lvcheng", jwt.Value("tenant"));
        Assert.Equal(["cs_specialist", "front_desk"], jwt.Values("role").Order());
        Assert.Equal(["0b7c1e52-3d1a-4c2e-9f3a-1a2b3c4d5e01"], jwt.Values("estate"));
        Assert.Null(jwt.Value("person"));
        Assert.Equal("李晓梅", jwt.Value("name"));
        Assert.Equal("lvcheng.frontdesk", jwt.Value("preferred_username"));
        Assert.Contains("api", jwt.Value("scope")!.Split(' '));
        Assert.NotNull(tokens.RefreshToken);
    }

    [Fact]
    public async Task Id_token_carries_name_and_company_but_not_estates()
    {
        using var browser = server.NewBrowser();
        var tokens = await new Oidc(server, browser).SignInAndRedeemAsync("lvcheng.frontdesk");

        var id = Oidc.Read(tokens.IdToken!);
        Assert.Equal("李晓梅", id.Value("name"));
        Assert.Equal("lvcheng", id.Value("tenant"));
        Assert.Equal("绿城物业", id.Value("tenant_name_zh"));
        Assert.Empty(id.Values("estate"));
    }

    [Fact]
    public async Task A_second_authorize_with_a_live_session_does_not_ask_for_the_password()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        await oidc.SignInAndRedeemAsync("lvcheng.frontdesk");

        var again = await oidc.StartAsync();
        Assert.Equal(200, (await oidc.RedeemAsync(oidc.CodeFrom(again))).Status);
    }

    [Fact]
    public async Task The_code_is_refused_with_a_wrong_verifier_and_can_be_used_only_once()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var code = oidc.CodeFrom(await Oidc.SignInAsync(browser, await oidc.StartAsync(), "lvcheng.frontdesk"));

        var wrong = await oidc.TokenAsync(new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = oidc.RedirectUri,
            ["client_id"] = "staff-portal", ["code_verifier"] = Pkce.New().Verifier,
        });
        Assert.Equal("invalid_grant", wrong.Error);
        Assert.Equal(200, (await oidc.RedeemAsync(code)).Status);
        Assert.Equal("invalid_grant", (await oidc.RedeemAsync(code)).Error);
    }

    [Fact]
    public async Task Authorize_without_pkce_is_refused()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var url = oidc.AuthorizeUrl().Replace("code_challenge=", "x_challenge=").Replace("code_challenge_method=", "x_method=");
        var page = await browser.GoAsync(url);
        // OpenIddict answers a request it cannot trust with an error, never with a code.
        Assert.Contains("invalid_request", page.ExternalRedirect?.Query ?? page.Html);
        Assert.DoesNotContain("code=", page.ExternalRedirect?.Query ?? "");
    }

    [Fact]
    public async Task Discovery_offers_only_code_flow_with_S256()
    {
        using var browser = server.NewBrowser();
        var json = JsonDocument.Parse((await browser.GoAsync("/.well-known/openid-configuration")).Html).RootElement;
        Assert.Equal(["code"], json.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["S256"], json.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("password", json.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("implicit", json.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Token_endpoint_refuses_the_password_grant()
    {
        var response = await Oidc.PostTokenAsync(server, new()
        {
            ["grant_type"] = "password", ["username"] = "lvcheng.frontdesk", ["password"] = IdentityServerFixture.DemoPassword,
            ["client_id"] = "staff-portal", ["scope"] = "openid api",
        });
        Assert.Equal(400, response.Status);
        Assert.Equal("unsupported_grant_type", response.Error);
    }

    [Fact]
    public async Task Implicit_response_type_is_refused()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var page = await browser.GoAsync(oidc.AuthorizeUrl(("response_type", "id_token token"), ("nonce", "n")));
        Assert.Contains("unsupported_response_type", page.ExternalRedirect?.ToString() ?? page.Html);
    }

    [Fact]
    public async Task Resident_portal_refuses_a_staff_member_without_resident_role()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser, "resident-portal");
        var page = await Oidc.SignInAsync(browser, await oidc.StartAsync(), "lvcheng.frontdesk");
        Assert.Contains("error=access_denied", page.ExternalRedirect!.Query);
    }
}
