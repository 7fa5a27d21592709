using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>
/// A company made for one test, on one database server: its tenant, its database, and clients for its people. The
/// feature builders (<see cref="RegistryBuilder"/>, <see cref="BillingBuilder"/>, <see cref="PaymentsBuilder"/>,
/// <see cref="CollectionBuilder"/>) work in it.
/// </summary>
public sealed class TestCompany(ApiFactory api, Tenant tenant)
{
    public ApiFactory Api => api;
    public Tenant Tenant => tenant;
    public string Slug => tenant.Slug;

    /// <summary>The company administrator, in Chinese.</summary>
    public GraphQLClient Admin { get; } = api.Client(TestTokens.CompanyAdmin(tenant.Slug));

    public GraphQLClient Client(string[] roles, IEnumerable<Guid>? estates = null, Guid? person = null, string user = "test-user", string language = "zh-CN") =>
        api.Client(TestTokens.For(tenant.Slug, roles, estates, person, user: user), language: language);

    public GraphQLClient Resident(Guid person, string language = "zh-CN") => Client(["resident"], person: person, language: language);

    public TenantDbContext Open() => api.Open(tenant);

    /// <summary>Registry records straight into the database, saved when <paramref name="build"/> returns.</summary>
    public async Task<T> RegistryAsync<T>(Func<RegistryBuilder, T> build, int seed = 7)
    {
        await using var db = Open();
        var b = new RegistryBuilder(db, seed);
        var result = build(b);
        await b.SaveAsync();
        return result;
    }
}
