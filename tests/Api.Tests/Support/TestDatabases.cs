using Xunit;
namespace PropertySaaS.Api.Tests.Support;

/// <summary>
/// The database servers tests may place companies on: always a SQLite folder, and the two PostgreSQL clusters
/// that infra/postgres/start-clusters starts when PROPERTYSAAS_TEST_PG1/2 are set (CI sets both).
/// </summary>
public static class TestDatabases
{
    public static string? Pg1 => Environment.GetEnvironmentVariable("PROPERTYSAAS_TEST_PG1");
    public static string? Pg2 => Environment.GetEnvironmentVariable("PROPERTYSAAS_TEST_PG2");
    public static bool HasPostgres => !string.IsNullOrEmpty(Pg1) && !string.IsNullOrEmpty(Pg2);

    /// <summary>Server names for theories: "local" (SQLite) always, "pg1"/"pg2" when PostgreSQL is available.</summary>
    public static TheoryData<string> Servers()
    {
        var data = new TheoryData<string> { "local" };
        if (HasPostgres) { data.Add("pg1"); data.Add("pg2"); }
        return data;
    }

    public static void SkipWithoutPostgres(string server)
    {
        if (server != "local") Assert.SkipUnless(HasPostgres, "PostgreSQL test clusters not configured (PROPERTYSAAS_TEST_PG1/2)");
    }

    public static void RequirePostgres() =>
        Assert.SkipUnless(HasPostgres, "PostgreSQL test clusters not configured (PROPERTYSAAS_TEST_PG1/2)");
}
