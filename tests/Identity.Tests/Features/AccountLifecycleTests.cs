using System.Text.RegularExpressions;
using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

public sealed class AccountLifecycleTests(IdentityServerFixture server)
{
    [Fact]
    public async Task A_resident_registers_with_an_invitation_code_and_gets_the_person_claim()
    {
        var person = Guid.NewGuid();
        using var admin = await AdminApi.ClientAsync(server);
        var invitation = await admin.PostAsync("/internal/tenants/lvcheng/invitations", new { personId = person, unitLabel = "3栋 2单元 1201" }, 201);
        var code = invitation.GetProperty("code").GetString()!;

        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser, "resident-portal");
        var login = await oidc.StartAsync();
        var registerUrl = Regex.Match(login.Html, "href=\"(/Registration/Register[^\"]*)\"").Groups[1].Value;
        var register = await browser.GoAsync(System.Net.WebUtility.HtmlDecode(registerUrl));
        var userName = "res" + Guid.NewGuid().ToString("N")[..10];
        var callback = await browser.SubmitAsync(register, new()
        {
            ["code"] = code.ToLowerInvariant(), ["userName"] = userName, ["displayName"] = "赵敏",
            ["password"] = "Resident@2024", ["confirmPassword"] = "Resident@2024",
        });

        var jwt = await Oidc.ValidateAccessTokenAsync(server, (await oidc.RedeemAsync(oidc.CodeFrom(callback))).AccessToken);
        Assert.Equal("lvcheng", jwt.Value("tenant"));
        Assert.Equal(["resident"], jwt.Values("role"));
        Assert.Equal(person.ToString(), jwt.Value("person"));

        // A code works once.
        using var other = server.NewBrowser();
        var again = await other.SubmitAsync(await other.GoAsync("/Registration/Register"), new()
        {
            ["code"] = code, ["userName"] = userName + "x", ["displayName"] = "x", ["password"] = "Resident@2024", ["confirmPassword"] = "Resident@2024",
        });
        Assert.Equal("/Registration/Register", again.Path);
        Assert.Contains("邀请码无效", again.Html);
    }

    [Fact]
    public async Task Staff_invited_by_an_administrator_must_change_the_temporary_password_first()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var userName = "staff" + Guid.NewGuid().ToString("N")[..10];
        var estate = Guid.NewGuid();
        var created = await admin.PostAsync("/internal/tenants/lvcheng/staff",
            new { userName, displayName = "孙丽", email = $"{userName}@example.com", roles = new[] { "front_desk" }, estates = new[] { estate } }, 201);
        var temporary = created.GetProperty("temporaryPassword").GetString()!;
        Assert.Equal(temporary, server.Messages.LastTo($"{userName}@example.com")?.Code);

        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var change = await Oidc.SignInAsync(browser, await oidc.StartAsync(), userName, temporary);
        Assert.Equal("/SignIn/ChangePassword", change.Path);
        // Skipping the change gives no session.
        Assert.Equal("/SignIn/Login", (await browser.GoAsync(new Oidc(server, browser).AuthorizeUrl())).Path);

        var callback = await browser.SubmitAsync(change, new() { ["newPassword"] = "MyOwn@2024x", ["confirmPassword"] = "MyOwn@2024x" });
        var jwt = Oidc.Read((await oidc.RedeemAsync(oidc.CodeFrom(callback))).AccessToken);
        Assert.Equal([estate.ToString()], jwt.Values("estate"));

        using var next = server.NewBrowser();
        var nextOidc = new Oidc(server, next);
        Assert.NotNull((await Oidc.SignInAsync(next, await nextOidc.StartAsync(), userName, "MyOwn@2024x")).ExternalRedirect);
    }

    [Fact]
    public async Task Password_reset_sends_a_code_through_the_message_sender()
    {
        var user = await server.CreateUserAsync("reset", ("huarun", ["security"], [], null));
        using var browser = server.NewBrowser();
        var forgot = await browser.GoAsync("/PasswordReset/Forgot");
        var reset = await browser.SubmitAsync(forgot, new() { ["userName"] = user.UserName! });
        Assert.Equal("/PasswordReset/Reset", reset.Path);
        var code = server.Messages.LastTo(user.UserName!)!.Code!;
        Assert.Matches("^[0-9]{6}$", code);

        var done = await browser.SubmitAsync(reset, new() { ["code"] = code, ["newPassword"] = "Changed@2024", ["confirmPassword"] = "Changed@2024" });
        Assert.Equal("/SignIn/Login", done.Path);

        var oidc = new Oidc(server, browser);
        Assert.NotNull((await Oidc.SignInAsync(browser, await oidc.StartAsync(), user.UserName!, "Changed@2024")).ExternalRedirect);
    }
}
