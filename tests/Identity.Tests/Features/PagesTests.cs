using System.Net;
using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

public sealed class PagesTests(IdentityServerFixture server)
{
    [Fact]
    public async Task Sign_in_page_is_chinese_by_default_and_english_on_request()
    {
        using var browser = server.NewBrowser();
        Assert.Contains("<h1>登录</h1>", (await browser.GoAsync("/SignIn/Login")).Html);
        Assert.Contains("<h1>Sign in</h1>", (await browser.GoAsync("/SignIn/Login", new() { ["Accept-Language"] = "en-US,en;q=0.9" })).Html);
    }

    [Fact]
    public async Task The_language_link_sets_a_cookie_that_wins_over_accept_language()
    {
        using var browser = server.NewBrowser();
        var page = await browser.GoAsync("/culture?c=en&returnUrl=%2FSignIn%2FLogin", new() { ["Accept-Language"] = "zh-CN" });
        Assert.Equal("/SignIn/Login", page.Path);
        Assert.Contains("<h1>Sign in</h1>", (await browser.GoAsync("/SignIn/Login", new() { ["Accept-Language"] = "zh-CN" })).Html);
    }

    [Fact]
    public async Task Health_answers_ok()
    {
        using var browser = server.NewBrowser();
        var page = await browser.GoAsync("/health");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("ok", page.Html);
    }

    [Fact]
    public async Task End_session_signs_out_and_returns_to_the_portal()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var tokens = await oidc.SignInAndRedeemAsync("lvcheng.frontdesk");

        var logout = await browser.GoAsync($"/connect/logout?id_token_hint={tokens.IdToken}&post_logout_redirect_uri={Uri.EscapeDataString(server.PortalOrigin + "staff/")}");
        Assert.Equal(server.PortalOrigin + "staff/", logout.ExternalRedirect?.ToString());
        Assert.Equal("/SignIn/Login", (await oidc.StartAsync()).Path);
    }
}
