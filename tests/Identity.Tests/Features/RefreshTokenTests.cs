using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

public sealed class RefreshTokenTests(IdentityServerFixture server)
{
    [Fact]
    public async Task Refresh_rotates_and_a_used_refresh_token_is_refused()
    {
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var first = await oidc.SignInAndRedeemAsync("lvcheng.frontdesk");

        var second = await oidc.RefreshAsync(first.RefreshToken!);
        Assert.Equal(200, second.Status);
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        var jwt = await Oidc.ValidateAccessTokenAsync(server, second.AccessToken);
        Assert.Equal("lvcheng", jwt.Value("tenant"));

        var replay = await oidc.RefreshAsync(first.RefreshToken!);
        Assert.Equal("invalid_grant", replay.Error);
    }

    [Fact]
    public async Task Refresh_picks_up_role_changes_and_stops_when_the_membership_is_gone()
    {
        var user = await server.CreateUserAsync("refresh", ("lvcheng", ["engineer"], [], null));
        using var browser = server.NewBrowser();
        var oidc = new Oidc(server, browser);
        var first = await oidc.SignInAndRedeemAsync(user.UserName!);

        using var admin = await AdminApi.ClientAsync(server);
        await admin.PutAsync($"/internal/tenants/lvcheng/users/{user.Id}/membership", new { roles = new[] { "supervisor" } }, 200);
        var second = await oidc.RefreshAsync(first.RefreshToken!);
        Assert.Equal(["supervisor"], Oidc.Read(second.AccessToken).Values("role"));

        Assert.Equal(204, (int)(await admin.DeleteAsync($"/internal/tenants/lvcheng/users/{user.Id}/membership")).StatusCode);
        Assert.Equal("invalid_grant", (await oidc.RefreshAsync(second.RefreshToken!)).Error);
    }
}
