using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

/// <summary>
/// An account is changed only by itself, its own company (that company's membership only) or the platform; a company
/// invites an existing account, which accepts after signing in; nothing about another company's account is visible.
/// </summary>
public sealed class AccountOwnershipTests(IdentityServerFixture server)
{
    private static readonly Guid Estate = Guid.NewGuid();

    /// <summary>A staff member of company B (B created the account) with an e-mail address and the demo password.</summary>
    private async Task<(string Id, string UserName, string Email)> StaffOfAsync(string company)
    {
        var user = await server.CreateUserAsync("victim", (company, ["engineer"], [Estate], null));
        var email = $"{user.UserName}@b.example";
        await server.WithUsersAsync(async users =>
        {
            var u = (await users.FindByIdAsync(user.Id))!;
            u.DisplayName = "王工程师";
            await users.SetEmailAsync(u, email);
            return true;
        });
        return (user.Id, user.UserName!, email);
    }

    private static async Task<JsonElement?> ListedAsync(HttpClient admin, string company, string userName)
    {
        var users = await (await admin.GetAsync($"/internal/tenants/{company}/users")).JsonAsync(200);
        return users.EnumerateArray().Where(u => u.GetProperty("userName").GetString() == userName).Select(u => (JsonElement?)u).SingleOrDefault();
    }

    [Fact]
    public async Task Inviting_another_companys_account_by_user_name_changes_nothing_and_discloses_nothing()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var a = await admin.NewCompanyAsync("甲物业");
        var b = await admin.NewCompanyAsync("乙物业");
        var victim = await StaffOfAsync(b);

        // Company A's administrator "invites" B's staff member with their own name and e-mail.
        var response = await admin.PostAsJsonAsync($"/internal/tenants/{a}/staff",
            new { userName = victim.UserName, displayName = "攻击者", email = "attacker@a.example", roles = new[] { "front_desk" }, estates = new[] { Estate } });

        // The account is exactly as B made it: B still sees its own name and e-mail.
        var atB = (await ListedAsync(admin, b, victim.UserName))!.Value;
        Assert.Equal("王工程师", atB.GetProperty("displayName").GetString());
        Assert.Equal(victim.Email, atB.GetProperty("email").GetString());
        // A password reset goes to the account's own address, never to the inviter's.
        using var browser = server.NewBrowser();
        await browser.SubmitAsync(await browser.GoAsync("/PasswordReset/Forgot"), new() { ["userName"] = victim.UserName });
        Assert.Null(server.Messages.LastTo("attacker@a.example"));
        Assert.Matches("^[0-9]{6}$", server.Messages.LastTo(victim.Email)!.Code);
        // A has no member, so it sees nothing about the account (no e-mail, second factor or lock state) and cannot change it.
        Assert.Null(await ListedAsync(admin, a, victim.UserName));
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/internal/tenants/{a}/users/{victim.Id}/membership",
            new { roles = new[] { "company_admin" } })).StatusCode);

        // What A got is a pending invitation, which discloses nothing about the account.
        var body = await response.JsonAsync(202);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("userId").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("membership").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("temporaryPassword").ValueKind);
        Assert.Matches("^[A-Z0-9]{5}-[A-Z0-9]{5}$", body.GetProperty("invitation").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_company_cannot_add_itself_to_or_change_another_companys_account_by_id()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var a = await admin.NewCompanyAsync("丙物业");
        var b = await admin.NewCompanyAsync("丁物业");
        var victim = await StaffOfAsync(b);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/internal/tenants/{a}/users/{victim.Id}/membership",
            new { roles = new[] { "engineer" }, estates = new[] { Estate } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/internal/tenants/{a}/users/{victim.Id}/membership")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/internal/tenants/{a}/users/{victim.Id}/disabled", new { disabled = true })).StatusCode);
        Assert.Null(await ListedAsync(admin, a, victim.UserName));

        // Its own company may still do all of it.
        await admin.PutAsync($"/internal/tenants/{b}/users/{victim.Id}/membership", new { roles = new[] { "supervisor" }, estates = new[] { Estate } }, 200);
    }

    [Fact]
    public async Task A_company_sees_only_its_own_membership_of_an_account_it_does_not_own()
    {
        using var admin = await AdminApi.ClientAsync(server);
        // multi.manager works for lvcheng and huarun, so neither company owns the account.
        var shared = (await ListedAsync(admin, "lvcheng", "multi.manager"))!.Value;
        Assert.False(shared.GetProperty("accountManaged").GetBoolean());
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("email").ValueKind);
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("twoFactorEnabled").ValueKind);
        Assert.Equal(JsonValueKind.Null, shared.GetProperty("lockedOut").ValueKind);
        Assert.Equal(["estate_manager"], shared.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        // lvcheng.frontdesk belongs to lvcheng alone: lvcheng manages the account and sees it whole.
        var own = (await ListedAsync(admin, "lvcheng", "lvcheng.frontdesk"))!.Value;
        Assert.True(own.GetProperty("accountManaged").GetBoolean());
        Assert.Equal("frontdesk@lvcheng.demo.propertysaas.local", own.GetProperty("email").GetString());
        Assert.False(own.GetProperty("lockedOut").GetBoolean());
    }

    [Fact]
    public async Task An_existing_account_accepts_a_staff_invitation_after_signing_in_and_then_picks_the_new_company()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var a = await admin.NewCompanyAsync("戊物业");
        var b = await admin.NewCompanyAsync("己物业");
        var person = await StaffOfAsync(b);
        var invited = await admin.PostAsync($"/internal/tenants/{a}/staff",
            new { userName = person.UserName, displayName = "小王", roles = new[] { "front_desk" }, estates = new[] { Estate } }, 202);
        var code = invited.GetProperty("invitation").GetProperty("code").GetString()!;
        var url = invited.GetProperty("invitation").GetProperty("url").GetString()!;
        Assert.EndsWith("/Registration/Accept?code=" + code, url);
        // The account's own address gets the invitation.
        Assert.Equal(code, server.Messages.LastTo(person.Email)?.Code);

        // The link, opened before signing in, asks for the password and comes back to the invitation.
        using var browser = server.NewBrowser();
        var login = await browser.GoAsync(new Uri(url).PathAndQuery);
        var accept = await Oidc.SignInAsync(browser, login, person.UserName);
        Assert.Equal("/Registration/Accept", accept.Path);
        Assert.Contains(person.UserName, accept.Html);
        var done = await browser.SubmitAsync(accept, new() { ["code"] = code });
        Assert.Contains("id=\"done\"", done.Html);

        // The picker now offers both companies; a token for A carries the invitation's roles and estates.
        var oidc = new Oidc(server, browser);
        var picker = await oidc.StartAsync();
        Assert.Equal("/Companies/Select", picker.Path);
        Assert.Contains("戊物业", picker.Html);
        Assert.Contains("己物业", picker.Html);
        var tokens = await oidc.RedeemAsync(oidc.CodeFrom(await browser.SubmitAsync(picker, new() { ["tenant"] = a })));
        var jwt = await Oidc.ValidateAccessTokenAsync(server, tokens.AccessToken);
        Assert.Equal(a, jwt.Value("tenant"));
        Assert.Equal(["front_desk"], jwt.Values("role"));
        Assert.Equal([Estate.ToString()], jwt.Values("estate"));

        // A knows the person by the name it gave, and nothing of the account B owns.
        var atA = (await ListedAsync(admin, a, person.UserName))!.Value;
        Assert.Equal("小王", atA.GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, atA.GetProperty("email").ValueKind);
        Assert.Equal("王工程师", (await ListedAsync(admin, b, person.UserName))!.Value.GetProperty("displayName").GetString());

        // A code works once.
        var again = await browser.SubmitAsync(await browser.GoAsync("/Registration/Accept"), new() { ["code"] = code });
        Assert.Contains("id=\"error\"", again.Html);
    }

    [Fact]
    public async Task Only_the_invited_account_can_accept_a_staff_invitation()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var a = await admin.NewCompanyAsync("庚物业");
        var b = await admin.NewCompanyAsync("辛物业");
        var person = await StaffOfAsync(b);
        var code = (await admin.PostAsync($"/internal/tenants/{a}/staff",
            new { userName = person.UserName, displayName = "x", roles = new[] { "engineer" }, estates = new[] { Estate } }, 202))
            .GetProperty("invitation").GetProperty("code").GetString()!;

        // Someone else, signed in, is refused; so is registering a new account with the code.
        var other = await server.CreateUserAsync("other", (b, ["engineer"], [Estate], null));
        using var browser = server.NewBrowser();
        var accept = await Oidc.SignInAsync(browser, await browser.GoAsync("/Registration/Accept?code=" + code), other.UserName!);
        var refused = await browser.SubmitAsync(accept, new() { ["code"] = code });
        Assert.Contains("id=\"error\"", refused.Html);
        using var anonymous = server.NewBrowser();
        var register = await anonymous.SubmitAsync(await anonymous.GoAsync("/Registration/Register"), new()
        {
            ["code"] = code, ["userName"] = "n" + Guid.NewGuid().ToString("N")[..10], ["displayName"] = "x",
            ["password"] = "Resident@2024", ["confirmPassword"] = "Resident@2024",
        });
        Assert.Equal("/Registration/Register", register.Path);

        // The invited account still can.
        using var right = server.NewBrowser();
        var mine = await Oidc.SignInAsync(right, await right.GoAsync("/Registration/Accept?code=" + code), person.UserName);
        Assert.Contains("id=\"done\"", (await right.SubmitAsync(mine, new() { ["code"] = code })).Html);
    }

    [Fact]
    public async Task Inviting_someone_who_is_already_staff_of_the_company_is_a_conflict()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var b = await admin.NewCompanyAsync("壬物业");
        var person = await StaffOfAsync(b);
        await admin.PostAsync($"/internal/tenants/{b}/staff", new { userName = person.UserName, roles = new[] { "security" }, estates = new[] { Estate } }, 409);
        await admin.PostAsync($"/internal/tenants/{b}/admins", new { userName = person.UserName, displayName = "x" }, 409);
    }

    [Fact]
    public async Task A_signed_in_user_redeems_a_resident_invitation_code()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var a = await admin.NewCompanyAsync("癸物业");
        var staff = await server.CreateUserAsync("living", ("lvcheng", ["engineer"], [Estate], null));
        var person = Guid.NewGuid();
        var code = (await admin.PostAsync($"/internal/tenants/{a}/invitations", new { personId = person, unitLabel = "1栋 101" }, 201))
            .GetProperty("code").GetString()!;

        using var browser = server.NewBrowser();
        await new Oidc(server, browser).SignInAndRedeemAsync(staff.UserName!);
        // The registration link for a signed-in user leads to accepting the code for the current account.
        var accept = await browser.GoAsync("/Registration/Register?code=" + code);
        Assert.Equal("/Registration/Accept", accept.Path);
        Assert.Contains("id=\"done\"", (await browser.SubmitAsync(accept, new() { ["code"] = code })).Html);

        var resident = await new Oidc(server, browser, "resident-portal").SignInAndRedeemAsync(staff.UserName!);
        var jwt = Oidc.Read(resident.AccessToken);
        Assert.Equal(a, jwt.Value("tenant"));
        Assert.Equal(person.ToString(), jwt.Value("person"));
    }

    [Fact]
    public async Task An_existing_account_invited_as_company_administrator_needs_a_second_factor_before_an_admin_token()
    {
        using var admin = await AdminApi.ClientAsync(server);
        var a = await admin.NewCompanyAsync("子物业");
        var b = await admin.NewCompanyAsync("丑物业");
        var person = await StaffOfAsync(b);
        var code = (await admin.PostAsync($"/internal/tenants/{a}/admins", new { userName = person.UserName, displayName = "管理员" }, 202))
            .GetProperty("invitation").GetProperty("code").GetString()!;

        using var browser = server.NewBrowser();
        var accept = await Oidc.SignInAsync(browser, await browser.GoAsync("/Registration/Accept?code=" + code), person.UserName);
        Assert.Contains("id=\"done\"", (await browser.SubmitAsync(accept, new() { ["code"] = code })).Html);

        // The session was opened with the password alone: the admin portal asks to sign in again, then for TOTP enrolment.
        var oidc = new Oidc(server, browser, "admin-portal");
        var login = await oidc.StartAsync();
        Assert.Equal("/SignIn/Login", login.Path);
        Assert.Equal("/SignIn/EnrolTotp", (await Oidc.SignInAsync(browser, login, person.UserName)).Path);
    }
}
