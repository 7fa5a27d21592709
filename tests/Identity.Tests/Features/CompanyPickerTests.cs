using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

public sealed class CompanyPickerTests(IdentityServerFixture server)
{
    [Fact]
    public async Task A_member_of_two_companies_chooses_one_and_switches_without_the_password()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);

        var picker = await Oidc.SignInAsync(browser, await oidc.StartAsync(), "multi.manager");
        Assert.Equal("/Companies/Select", picker.Path);
        Assert.Contains("华润万象生活", picker.Html);
        Assert.Contains("绿城物业", picker.Html);

        var huarun = await oidc.RedeemAsync(oidc.CodeFrom(await browser.SubmitAsync(picker, new() { ["tenant"] = "huarun" })));
        var jwt = await Oidc.ValidateAccessTokenAsync(server, huarun.AccessToken);
        Assert.Equal("huarun", jwt.Value("tenant"));
        Assert.Equal(["supervisor"], jwt.Values("role"));
        Assert.Equal(["5f1d2e3c-7a8b-4c9d-8e0f-1a2b3c4d5e11"], jwt.Values("estate"));
        Assert.Equal("2", Oidc.Read(huarun.IdToken!).Value("company_count"));

        // Switch: the portal sends switch_company=1; the session cookie is enough, no sign-in form.
        var again = await oidc.StartAsync(("switch_company", "1"));
        Assert.Equal("/Companies/Select", again.Path);
        var lvcheng = await oidc.RedeemAsync(oidc.CodeFrom(await browser.SubmitAsync(again, new() { ["tenant"] = "lvcheng" })));
        var switched = await Oidc.ValidateAccessTokenAsync(server, lvcheng.AccessToken);
        Assert.Equal("lvcheng", switched.Value("tenant"));
        Assert.Equal(["estate_manager"], switched.Values("role"));
        Assert.Equal(2, switched.Values("estate").Length);
        Assert.Equal(jwt.Subject, switched.Subject);
    }

    [Fact]
    public async Task The_tenant_parameter_picks_the_company_without_the_picker()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var callback = await Oidc.SignInAsync(browser, await oidc.StartAsync(("tenant", "huarun")), "multi.manager");
        var tokens = await oidc.RedeemAsync(oidc.CodeFrom(callback));
        Assert.Equal("huarun", Oidc.Read(tokens.AccessToken).Value("tenant"));
    }

    [Fact]
    public async Task A_tenant_the_user_does_not_belong_to_shows_the_picker_instead()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var page = await Oidc.SignInAsync(browser, await oidc.StartAsync(("tenant", "jinmao")), "multi.manager");
        Assert.Equal("/Companies/Select", page.Path);
        Assert.DoesNotContain("金茂", page.Html);
    }

    [Fact]
    public async Task Refresh_keeps_the_chosen_company()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var tokens = await oidc.SignInAndRedeemAsync("multi.manager", ("tenant", "huarun"));
        var refreshed = await oidc.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal("huarun", Oidc.Read(refreshed.AccessToken).Value("tenant"));
    }
}
