using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Tenancy;

public sealed class ProvisioningTests : IAsyncLifetime
{
    private readonly ApiFactory _api = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Theory]
    [MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Provisioning_creates_a_migrated_database_with_reference_data_and_marks_the_company_active(string server)
    {
        TestDatabases.SkipWithoutPostgres(server);
        var tenant = await _api.CompanyAsync("prov", server);

        Assert.Equal(TenantStatus.Active, tenant.Status);
        Assert.Equal(_api.Get<TenantDatabases>().ExpectedSchemaVersion(tenant.Provider), tenant.SchemaVersion);
        await using var db = _api.Open(tenant);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Contains(await db.Departments.Select(d => d.Kind).ToListAsync(), k => k == DepartmentKind.Quality);
    }

    [Fact]
    public async Task Provisioning_twice_is_idempotent()
    {
        var first = await _api.CompanyAsync("twice");
        var second = await _api.CompanyAsync("twice");

        Assert.Equal(first.Id, second.Id);
        await using var db = _api.Open(second);
        Assert.Equal(3, await db.Departments.CountAsync()); // reference data not doubled
        await using var catalog = _api.Get<CatalogDatabase>().Open();
        Assert.Equal(1, await catalog.Tenants.CountAsync(t => t.Slug == first.Slug));
    }

    [Fact]
    public async Task A_failure_half_way_leaves_a_failed_company_with_its_reason_that_serves_nothing_and_can_be_retried()
    {
        // The SQLite folder for company databases is blocked by a file: creating the database fails.
        var folder = Path.Combine(_api.Root, "tenants");
        Directory.CreateDirectory(Path.GetDirectoryName(folder)!);
        _ = _api.Services; // start the host so the catalog exists
        if (Directory.Exists(folder)) Directory.Delete(folder, true);
        await File.WriteAllTextAsync(folder, "not a folder");

        var failed = await _api.Get<TenantProvisioner>().ProvisionAsync(new ProvisionRequest(_api.Slug("broken"), "坏", "Broken"));
        Assert.Equal(TenantStatus.Failed, failed.Status);
        Assert.False(string.IsNullOrWhiteSpace(failed.StatusReason));

        var refused = await _api.Client(TestTokens.CompanyAdmin(failed.Slug)).PostAsync("{ estates { totalCount } }");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);

        // The platform administrator is told it failed, in their language; the exception's text stays in the server log.
        var platform = _api.Client(TestTokens.PlatformAdmin());
        var again = await platform.PostAsync("mutation($i: CreateCompanyInput!) { createCompany(input: $i) { company { status statusReason } errors { code field message } } }",
            new { i = new { slug = failed.Slug, nameZh = "坏", nameEn = "Broken" } });
        var payload = again.AssertNoErrors().Data["createCompany"]!;
        Assert.Equal("FAILED", payload["company"]!["status"]!.GetValue<string>());
        var listed = (await platform.PostAsync("{ companies(first: 100) { nodes { slug statusReason } } }")).AssertNoErrors()
            .Data["companies"]!["nodes"]!.AsArray().Single(n => n!["slug"]!.GetValue<string>() == failed.Slug)!;
        var stored = (await _api.Get<CatalogDatabase>().Open().Tenants.SingleAsync(t => t.Slug == failed.Slug)).StatusReason!;
        foreach (var text in new[] { payload["errors"]![0]!["message"]!.GetValue<string>(), payload["company"]!["statusReason"]!.GetValue<string>(), listed["statusReason"]!.GetValue<string>() })
        {
            Assert.DoesNotContain(stored, text);
            Assert.Contains("开通物业公司失败", text);
        }

        File.Delete(folder);
        var retried = await _api.Get<TenantProvisioner>().ProvisionAsync(new ProvisionRequest(_api.Slug("broken"), "坏", "Broken"));
        Assert.Equal(TenantStatus.Active, retried.Status);
        Assert.Equal(failed.Id, retried.Id);
        Assert.Null(retried.StatusReason);
        var served = await _api.Client(TestTokens.CompanyAdmin(failed.Slug)).PostAsync("{ estates { totalCount } }");
        served.AssertNoErrors();
    }

    [Fact]
    public async Task Platform_administrator_creates_companies_through_GraphQL_and_sees_no_connection_details()
    {
        _ = _api.Services;
        var client = _api.Client(TestTokens.PlatformAdmin());
        var slug = _api.Slug("gql");
        var created = await client.PostAsync("mutation($i: CreateCompanyInput!) { createCompany(input: $i) { company { slug status provider server schemaVersion } errors { code field message } } }",
            new { i = new { slug, nameZh = "图谱物业", nameEn = "Graph Property" } });
        created.AssertNoErrors();
        var company = created.Data["createCompany"]!["company"]!;
        Assert.Equal("ACTIVE", company["status"]!.GetValue<string>());
        Assert.Equal("local", company["server"]!.GetValue<string>());

        var list = await client.PostAsync("{ companies(first: 50) { totalCount nodes { slug status } } }");
        Assert.Contains(list.Data["companies"]!["nodes"]!.AsArray(), n => n!["slug"]!.GetValue<string>() == slug);
        Assert.DoesNotContain("Data Source", list.Json);
    }

    [Fact]
    public async Task Bad_company_input_gets_typed_errors_and_creates_nothing()
    {
        _ = _api.Services;
        var r = await _api.Client(TestTokens.PlatformAdmin(), language: "en").PostAsync(
            "mutation { createCompany(input: {slug: \"Bad Slug!\", nameZh: \"\", nameEn: \"x\", server: \"nowhere\"}) { company { slug } errors { __typename code field message } } }");
        var errors = r.AssertNoErrors().Data["createCompany"]!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == "slug" && e["code"]!.GetValue<string>() == "VALIDATION");
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == "nameZh");
        Assert.Contains(errors, e => e!["field"]!.GetValue<string>() == "server" && e["message"]!.GetValue<string>().Contains("nowhere"));
        await using var catalog = _api.Get<CatalogDatabase>().Open();
        Assert.Equal(0, await catalog.Tenants.CountAsync());
    }

    [Fact]
    public async Task Only_the_platform_administrator_may_create_companies()
    {
        var tenant = await _api.CompanyAsync("notplatform");
        var r = await _api.Client(TestTokens.CompanyAdmin(tenant.Slug)).PostAsync(
            "mutation { createCompany(input: {slug: \"sneaky\", nameZh: \"偷\", nameEn: \"Sneaky\"}) { company { slug } } }");
        Assert.Equal("FORBIDDEN", r.FirstErrorCode);
        await using var catalog = _api.Get<CatalogDatabase>().Open();
        Assert.False(await catalog.Tenants.AnyAsync(t => t.Slug == "sneaky"));
    }

    [Fact]
    public async Task Creating_a_company_with_a_slug_in_use_is_a_conflict_and_changes_nothing()
    {
        var existing = await _api.CompanyAsync("dup");
        const string create = "mutation($i: CreateCompanyInput!) { createCompany(input: $i) { company { slug nameZh } errors { __typename code field message } } }";
        foreach (var (language, text) in new[] { ("en", "already used"), ("zh-CN", "已被现有物业公司使用") })
        {
            var r = await _api.Client(TestTokens.PlatformAdmin(), language: language).PostAsync(create,
                new { i = new { slug = existing.Slug, nameZh = "新名字物业", nameEn = "New Name Property" } });
            var payload = r.AssertNoErrors().Data["createCompany"]!;
            Assert.Null(payload["company"]);
            var error = Assert.Single(payload["errors"]!.AsArray())!;
            Assert.Equal(("CompanySlugTaken", "CONFLICT", "slug"), (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
            Assert.Contains(text, error["message"]!.GetValue<string>());
            Assert.Contains(existing.Slug, error["message"]!.GetValue<string>());
        }

        await using var catalog = _api.Get<CatalogDatabase>().Open();
        var stored = await catalog.Tenants.SingleAsync(t => t.Slug == existing.Slug);
        Assert.Equal((existing.NameZh, existing.NameEn, TenantStatus.Active, existing.UpdatedAt), (stored.NameZh, stored.NameEn, stored.Status, stored.UpdatedAt));
    }
}
