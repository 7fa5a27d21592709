using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace PropertySaaS.Api.Tenancy;

/// <summary>One database server that company databases may live on (configuration <c>DatabaseServers:&lt;name&gt;</c>).</summary>
public sealed class DatabaseServerOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    /// <summary>Server-level connection string without a database (PostgreSQL, SQL Server).</summary>
    public string? ConnectionString { get; set; }
    /// <summary>Folder holding one SQLite file per company (SQLite only).</summary>
    public string? DataDirectory { get; set; }
    /// <summary>Most connections all companies on this server may hold open at once.</summary>
    public int MaxConnections { get; set; } = 50;
}

public sealed class DatabaseServersOptions : Dictionary<string, DatabaseServerOptions>
{
    public DatabaseServersOptions() : base(StringComparer.OrdinalIgnoreCase) { }
}

/// <summary>
/// Knows the configured database servers and builds the connection string of a company database on one of them.
/// Connection limits are held per server, not per company, so a thousand small companies cannot exhaust a server.
/// </summary>
public sealed class DatabaseServerRegistry(IOptionsMonitor<DatabaseServersOptions> options, IHostEnvironment env)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _budgets = new(StringComparer.OrdinalIgnoreCase);
    // Built once per company database (every request opens one), per settings instance: changed settings start afresh.
    private readonly ConditionalWeakTable<DatabaseServerOptions, ConcurrentDictionary<string, string>> _connectionStrings = new();

    public IReadOnlyCollection<string> Names => options.CurrentValue.Keys;

    public DatabaseServerOptions Get(string server) =>
        options.CurrentValue.TryGetValue(server, out var s)
            ? s
            : throw new TenancyException(TenancyError.UnknownServer, $"Database server '{server}' is not configured.");

    public bool Exists(string server) => options.CurrentValue.ContainsKey(server);

    /// <summary>The shared connection budget of a server; every company database on it draws from the same one.</summary>
    public SemaphoreSlim Budget(string server) =>
        _budgets.GetOrAdd(server, s => new SemaphoreSlim(Get(s).MaxConnections, Get(s).MaxConnections));

    public string ConnectionString(string server, string databaseName)
    {
        var s = Get(server);
        return _connectionStrings.GetOrCreateValue(s).GetOrAdd(databaseName, db => Build(s, db));
    }

    private string Build(DatabaseServerOptions s, string databaseName) =>
        s.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnectionStringBuilder
            {
                DataSource = Path.Combine(SqliteDirectory(s), databaseName + ".db"),
                Pooling = true,
                DefaultTimeout = 30,
            }.ToString(),
            DatabaseProvider.PostgreSql => new NpgsqlConnectionStringBuilder(s.ConnectionString)
            {
                Database = databaseName,
                // Pools are small and short-lived per database; the server-wide budget is the real limit.
                MaxPoolSize = Math.Min(20, s.MaxConnections),
                ConnectionIdleLifetime = 60,
            }.ToString(),
            DatabaseProvider.SqlServer => new SqlConnectionStringBuilder(s.ConnectionString)
            {
                InitialCatalog = databaseName,
                MaxPoolSize = Math.Min(20, s.MaxConnections),
            }.ToString(),
            _ => throw new ArgumentOutOfRangeException(nameof(s)),
        };

    public string SqliteDirectory(DatabaseServerOptions s)
    {
        var dir = s.DataDirectory ?? ".data/tenants";
        return Path.IsPathRooted(dir) ? dir : Path.GetFullPath(Path.Combine(RepoRoot.Find(env.ContentRootPath), dir));
    }
}

/// <summary>Relative data paths in configuration are relative to the repository (or deployment) root.</summary>
public static class RepoRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PropertySaaS.sln"))) return dir.FullName;
        return start;
    }
}
