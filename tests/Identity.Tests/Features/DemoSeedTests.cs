using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.DemoSeed;
using PropertySaaS.Identity.Tests.Infrastructure;

namespace PropertySaaS.Identity.Tests.Features;

public sealed class DemoSeedTests(IdentityServerFixture server)
{
    [Fact]
    public async Task Reimporting_the_sample_file_is_idempotent()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IdentityDb>();
        var file = Path.Combine(AppContext.BaseDirectory, "demo-users.sample.json");
        var demoNames = new[] { "platform.admin", "lvcheng.admin", "lvcheng.frontdesk", "multi.manager", "lvcheng.resident", "jinmao.engineer" };

        async Task<string> Snapshot() => string.Join(";", (await db.Memberships.AsNoTracking()
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.UserName, m.TenantSlug, m.Roles, m.Estates, m.PersonId })
                .Where(x => demoNames.Contains(x.UserName)).ToListAsync())
            .OrderBy(x => x.UserName).ThenBy(x => x.TenantSlug)
            .Select(x => $"{x.UserName}/{x.TenantSlug}/{string.Join(",", x.Roles)}/{string.Join(",", x.Estates)}/{x.PersonId}"));

        var before = await Snapshot();
        await scope.ServiceProvider.GetRequiredService<DemoUsersImport>().ImportFileAsync(file);
        Assert.Equal(before, await Snapshot());
        Assert.Equal(7, before.Split(';').Length);
        Assert.Equal(3, await db.Tenants.CountAsync(t => t.Slug == "lvcheng" || t.Slug == "huarun" || t.Slug == "jinmao"));
    }

    [Fact]
    public async Task Demo_admins_are_pre_enrolled_with_their_fixed_totp_secret()
    {
        var (enabled, key) = await server.WithUsersAsync(async users =>
        {
            var admin = (await users.FindByNameAsync("lvcheng.admin"))!;
            return (admin.TwoFactorEnabled, await users.GetAuthenticatorKeyAsync(admin));
        });
        Assert.True(enabled);
        Assert.Equal("KRSXG5CTMVRXEZLU", key);
    }

    [Fact]
    public async Task The_resident_demo_user_gets_the_person_claim()
    {
        using var browser = server.NewBrowser();
        var tokens = await new Oidc(server, browser, "resident-portal").SignInAndRedeemAsync("lvcheng.resident");
        Assert.Equal("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c61", Oidc.Read(tokens.AccessToken).Value("person"));
    }
}
