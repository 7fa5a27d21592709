using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Data;

/// <summary>One place that knows how each provider is switched on, for the catalog and for company databases alike.</summary>
public static class ProviderOptions
{
    /// <summary>The provider with our settings; a null connection string is set later with SetConnectionString.</summary>
    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder b, DatabaseProvider provider, string? connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => b.UseSqlite(connectionString),
            DatabaseProvider.PostgreSql => b.UseNpgsql(connectionString, o => o.EnableRetryOnFailure(3)),
            DatabaseProvider.SqlServer => b.UseSqlServer(connectionString, o => o.EnableRetryOnFailure(3)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };

    public static DatabaseProvider Parse(string? value) =>
        value?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
            "sqlserver" or "mssql" => DatabaseProvider.SqlServer,
            _ => throw new ArgumentException($"Unknown database provider '{value}'. Use Sqlite, PostgreSql or SqlServer."),
        };
}
