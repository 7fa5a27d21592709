using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

public sealed class SignInSecurityTests(IdentityServerFixture server)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var user = await server.CreateUserAsync("lockout", ("lvcheng", ["engineer"], [], null));
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var login = await oidc.StartAsync();

        for (var i = 0; i < 5; i++)
            login = await Oidc.SignInAsync(browser, login, user.UserName!, "Wrong@12345");
        Assert.Contains("锁定", login.Html);

        var afterLockout = await Oidc.SignInAsync(browser, login, user.UserName!);
        Assert.Equal("/SignIn/Login", afterLockout.Path);
        Assert.Null(afterLockout.ExternalRedirect);
        Assert.True(await server.WithUsersAsync(async users => await users.IsLockedOutAsync((await users.FindByIdAsync(user.Id))!)));
    }

    [Fact]
    public async Task Company_admin_must_enter_a_totp_code()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser, "admin-portal");
        var totp = await Oidc.SignInAsync(browser, await oidc.StartAsync(), "lvcheng.admin");
        Assert.Equal("/SignIn/Totp", totp.Path);

        // The password alone gives no session: authorize still sends the user to sign in.
        var stillOut = await browser.GoAsync(new Oidc(server, browser, "admin-portal").AuthorizeUrl());
        Assert.Equal("/SignIn/Login", stillOut.Path);

        var wrong = await browser.SubmitAsync(totp, new() { ["code"] = "000000" });
        Assert.Equal("/SignIn/Totp", wrong.Path);

        var callback = await Oidc.EnterTotpAsync(browser, wrong, "KRSXG5CTMVRXEZLU");
        var tokens = await oidc.RedeemAsync(oidc.CodeFrom(callback));
        var jwt = await Oidc.ValidateAccessTokenAsync(server, tokens.AccessToken);
        Assert.Equal(["company_admin"], jwt.Values("role"));
        Assert.Empty(jwt.Values("estate"));
    }

    [Fact]
    public async Task An_admin_without_totp_enrols_at_first_sign_in()
    {
        var user = await server.CreateUserAsync("enrol", ("lvcheng", ["company_admin"], [], null));
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser, "admin-portal");

        var enrol = await Oidc.SignInAsync(browser, await oidc.StartAsync(), user.UserName!);
        Assert.Equal("/SignIn/EnrolTotp", enrol.Path);
        var secret = Regex.Match(enrol.Html, "<code id=\"secret\">([A-Z2-7]+)</code>").Groups[1].Value;

        var callback = await Oidc.EnterTotpAsync(browser, enrol, secret);
        Assert.Equal(200, (await oidc.RedeemAsync(oidc.CodeFrom(callback))).Status);
        Assert.True(await server.WithUsersAsync(async users => (await users.FindByIdAsync(user.Id))!.TwoFactorEnabled));
    }

    [Fact]
    public async Task Platform_admin_signs_in_with_totp_and_gets_no_tenant_claim()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser, "admin-portal");
        var totp = await Oidc.SignInAsync(browser, await oidc.StartAsync(), "platform.admin");
        var tokens = await oidc.RedeemAsync(oidc.CodeFrom(await Oidc.EnterTotpAsync(browser, totp, "JBSWY3DPEHPK3PXP")));
        var jwt = await Oidc.ValidateAccessTokenAsync(server, tokens.AccessToken);
        Assert.Null(jwt.Value("tenant"));
        Assert.Equal(["platform_admin"], jwt.Values("role"));
    }

    [Fact]
    public async Task Sign_in_posts_are_rate_limited_per_address()
    {
        var dir = Path.Combine(server.DataDirectory, "ratelimit");
        var (app, baseUri) = await IdentityServerFixture.StartAsync(dir, new() { ["Identity:SignInRateLimit:PermitLimit"] = "3" });
        await using var _ = app;
        using var browser = new Browser(baseUri);
        var login = await browser.GoAsync("/SignIn/Login");
        var statuses = new List<int>();
        for (var i = 0; i < 4; i++)
            statuses.Add((int)(await browser.SubmitAsync(login, new() { ["userName"] = "nobody", ["password"] = "x" })).Status);
        Assert.Equal([200, 200, 200, 429], statuses);
    }
}
