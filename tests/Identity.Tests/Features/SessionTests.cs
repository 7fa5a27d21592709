using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

/// <summary>Sign-out, suspended companies and disabled accounts end the refresh tokens, not only the browser cookie.</summary>
public sealed class SessionTests(IdentityServerFixture server)
{
    private static readonly Guid Estate = Guid.NewGuid();

    [Fact]
    public async Task End_session_revokes_the_refresh_token_of_that_session_only()
    {
        var user = await server.CreateUserAsync("logout", ("lvcheng", ["engineer"], [Estate], null));
        using var mine = server.NewBrowser();
        var oidc = new Oidc(server, mine);
        var tokens = await oidc.SignInAndRedeemAsync(user.UserName!);
        // The same person signed in on another device.
        using var other = server.NewBrowser();
        var otherOidc = new Oidc(server, other);
        var otherTokens = await otherOidc.SignInAndRedeemAsync(user.UserName!);

        var logout = await mine.GoAsync($"/connect/logout?id_token_hint={tokens.IdToken}&post_logout_redirect_uri={Uri.EscapeDataString(server.PortalOrigin + "staff/")}");
        Assert.NotNull(logout.ExternalRedirect);

        Assert.Equal("invalid_grant", (await oidc.RefreshAsync(tokens.RefreshToken!)).Error);
        Assert.Equal(200, (await otherOidc.RefreshAsync(otherTokens.RefreshToken!)).Status);
    }

    [Fact]
    public async Task Signing_out_on_the_identity_page_revokes_every_portal_of_that_browser_session()
    {
        var user = await server.CreateUserAsync("logout2", ("lvcheng", ["engineer", "resident"], [Estate], Guid.NewGuid()));
        using var browser = server.NewBrowser();
        var staff = new Oidc(server, browser);
        var staffTokens = await staff.SignInAndRedeemAsync(user.UserName!);
        var resident = new Oidc(server, browser, "resident-portal");
        var residentTokens = await resident.SignInAndRedeemAsync(user.UserName!);

        var signOut = await browser.GoAsync("/SignIn/Logout");
        await browser.SubmitAsync(signOut, []);

        Assert.Equal("invalid_grant", (await staff.RefreshAsync(staffTokens.RefreshToken!)).Error);
        Assert.Equal("invalid_grant", (await resident.RefreshAsync(residentTokens.RefreshToken!)).Error);
    }

    [Fact]
    public async Task A_suspended_company_gets_no_refresh_and_no_new_sign_in_until_it_is_active_again()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var slug = await admin.NewCompanyAsync("会话物业");
        var user = await server.CreateUserAsync("suspend", (slug, ["engineer"], [Estate], null));
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var tokens = await oidc.SignInAndRedeemAsync(user.UserName!);

        var suspended = await admin.PutAsync($"/internal/tenants/{slug}", new { status = "suspended" }, 200);
        Assert.Equal("suspended", suspended.GetProperty("status").GetString());
        Assert.Equal("invalid_grant", (await oidc.RefreshAsync(tokens.RefreshToken!)).Error);
        Assert.Contains("error=access_denied", (await oidc.StartAsync()).ExternalRedirect!.Query);

        // A name update (the API's EnsureKnown) does not lift the suspension; only status = active does.
        await admin.PutAsync($"/internal/tenants/{slug}", new { nameZh = "会话物业" }, 200);
        Assert.Equal("invalid_grant", (await oidc.RefreshAsync(tokens.RefreshToken!)).Error);
        await admin.PutAsync($"/internal/tenants/{slug}", new { status = "active" }, 200);
        Assert.Equal(200, (await oidc.RefreshAsync(tokens.RefreshToken!)).Status);
        await admin.PutAsync($"/internal/tenants/{slug}", new { status = "closed" }, 400);
    }

    [Fact]
    public async Task A_disabled_account_gets_no_refresh_and_cannot_sign_in()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var slug = await admin.NewCompanyAsync("会话物业");
        var user = await server.CreateUserAsync("disable", (slug, ["engineer"], [Estate], null));
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var tokens = await oidc.SignInAndRedeemAsync(user.UserName!);

        var disabled = await admin.PutAsync($"/internal/tenants/{slug}/users/{user.Id}/disabled", new { disabled = true }, 200);
        Assert.True(disabled.GetProperty("disabled").GetBoolean());
        Assert.Equal("invalid_grant", (await oidc.RefreshAsync(tokens.RefreshToken!)).Error);
        // The live browser session no longer gives a code either.
        Assert.Equal("/SignIn/Login", (await oidc.StartAsync()).Path);
        using var fresh = server.NewBrowser();
        var refused = await Oidc.SignInAsync(fresh, await new Oidc(server, fresh).StartAsync(), user.UserName!);
        Assert.Equal("/SignIn/Login", refused.Path);
        Assert.Contains("停用", refused.Html);

        // The platform (no company in the path) enables it again.
        await admin.PutAsync($"/internal/users/{user.Id}/disabled", new { disabled = false }, 200);
        Assert.NotNull((await Oidc.SignInAsync(fresh, await new Oidc(server, fresh).StartAsync(), user.UserName!)).ExternalRedirect);
    }

    [Fact]
    public async Task Sign_in_answers_a_locked_account_exactly_like_an_unknown_one()
    {
        var user = await server.CreateUserAsync("samelock", ("lvcheng", ["engineer"], [Estate], null));
        using var browser = server.NewBrowser();
        var login = await browser.GoAsync("/SignIn/Login");
        for (var i = 0; i < 5; i++) await Oidc.SignInAsync(browser, login, user.UserName!, "Wrong@12345");
        Assert.True(await server.WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!)));

        var locked = await Oidc.SignInAsync(browser, login, user.UserName!);
        var unknown = await Oidc.SignInAsync(browser, login, "nobody." + Guid.NewGuid().ToString("N")[..8]);
        var other = await server.CreateUserAsync("samewrong", ("lvcheng", ["engineer"], [Estate], null));
        var wrong = await Oidc.SignInAsync(browser, login, other.UserName!, "Wrong@12345");
        foreach (var page in new[] { locked, wrong })
        {
            Assert.Equal(unknown.Status, page.Status);
            Assert.Equal(unknown.Path, page.Path);
            Assert.Equal(Error(unknown), Error(page));
        }
        Assert.Equal("/SignIn/Login", locked.Path);
        // Still locked: the answer is the same, the lockout is not lifted.
        Assert.True(await server.WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!)));

        static string Error(Page page) => Regex.Match(page.Html, "<p class=\"error\" id=\"error\">(.*?)</p>").Groups[1].Value;
    }
}
