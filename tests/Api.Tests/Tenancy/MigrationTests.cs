using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Tenancy;

public sealed class MigrationTests : IAsyncLifetime
{
    private readonly ApiFactory _api = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Fact]
    public async Task Migrating_three_companies_on_two_PostgreSQL_servers_reports_each_and_carries_on_past_a_failure()
    {
        TestDatabases.RequirePostgres();
        var a = await _api.CompanyAsync("mig-a", "pg1");
        var b = await _api.CompanyAsync("mig-b", "pg2");
        var c = await _api.CompanyAsync("mig-c", "pg2");

        // Roll company b back to an empty schema, as if it were created by an older build.
        await using (var db = _api.Open(b))
        {
            await db.Database.EnsureDeletedAsync();
        }
        await using (var catalog = _api.Get<CatalogDatabase>().Open())
        {
            var row = await catalog.Tenants.SingleAsync(t => t.Slug == b.Slug);
            row.SchemaVersion = null;
            // Company c points at a database server that does not exist: its migration must fail alone.
            var broken = await catalog.Tenants.SingleAsync(t => t.Slug == c.Slug);
            broken.Server = "pg-missing";
            await catalog.SaveChangesAsync();
        }

        var outcomes = await _api.Get<TenantMigrator>().MigrateAllAsync();
        var mine = outcomes.Where(o => o.Slug.StartsWith(_api.RunId)).ToDictionary(o => o.Slug);

        Assert.True(mine[a.Slug].Succeeded);
        Assert.True(mine[b.Slug].Succeeded);
        Assert.Null(mine[b.Slug].From);
        Assert.Equal(_api.Get<TenantDatabases>().ExpectedSchemaVersion(DatabaseProvider.PostgreSql), mine[b.Slug].To);
        Assert.False(mine[c.Slug].Succeeded);
        Assert.Contains("pg-missing", mine[c.Slug].Error);
        await using var migrated = _api.Open(b);
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task A_company_whose_schema_is_behind_is_refused_with_a_clear_error()
    {
        var t = await _api.CompanyAsync("behind");
        await using (var catalog = _api.Get<CatalogDatabase>().Open())
        {
            (await catalog.Tenants.SingleAsync(x => x.Slug == t.Slug)).SchemaVersion = "20200101000000_Older";
            await catalog.SaveChangesAsync();
        }
        _api.Get<TenantDirectory>().Forget(t.Slug);

        var r = await _api.Client(TestTokens.CompanyAdmin(t.Slug), language: "en").PostAsync("{ estates { totalCount } }");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, r.Status);
        Assert.Equal("TENANT_SCHEMA_OUTDATED", r.FirstErrorCode);
        Assert.Contains("upgraded", r.FirstErrorMessage);

        var outcomes = await _api.Get<TenantMigrator>().MigrateAllAsync();
        Assert.True(outcomes.Single(o => o.Slug == t.Slug).Succeeded);
        (await _api.Client(TestTokens.CompanyAdmin(t.Slug)).PostAsync("{ estates { totalCount } }")).AssertNoErrors();
    }
}
