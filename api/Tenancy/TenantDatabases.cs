using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Tenancy;

/// <summary>Where a company's database is: enough to open it, nothing secret.</summary>
public sealed record TenantLocation(string Slug, DatabaseProvider Provider, string Server, string DatabaseName)
{
    public static TenantLocation Of(Tenant t) => new(t.Slug, t.Provider, t.Server, t.DatabaseName);
}

/// <summary>
/// Opens company databases. Contexts come from one EF context pool per database server (one EF model per provider,
/// shared by every company), and each rented context is pointed at its company's database before it is handed out:
/// a rented context never keeps the previous company's connection string (SharedResourcesTests checks this).
/// Pooling saves building EF's per-context services on every request, ~0.5 ms of a unit-list request
/// (docs/benchmarks.md §2).
/// </summary>
public sealed class TenantDatabases(DatabaseServerRegistry servers)
{
    private static readonly ConcurrentDictionary<DatabaseProvider, string?> LatestMigrations = new();
    private readonly ConcurrentDictionary<(string Server, DatabaseProvider Provider), IDbContextFactory<TenantDbContext>> _pools = new();

    public TenantDbContext Open(TenantLocation t)
    {
        var server = servers.Get(t.Server);
        if (server.Provider != t.Provider)
            throw new TenancyException(TenancyError.UnknownServer, $"Server '{t.Server}' is {server.Provider}, not {t.Provider}.");
        var cs = servers.ConnectionString(t.Server, t.DatabaseName);
        var db = _pools.GetOrAdd((t.Server, t.Provider), k => CreatePool(k.Provider, new ServerConnectionBudget(servers.Budget(k.Server)))).CreateDbContext();
        try
        {
            db.Database.SetConnectionString(cs);
            return db;
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    private static IDbContextFactory<TenantDbContext> CreatePool(DatabaseProvider provider, ServerConnectionBudget budget) => provider switch
    {
        DatabaseProvider.Sqlite => new Pool<SqliteTenantDbContext>(Options<SqliteTenantDbContext>(provider, budget)),
        DatabaseProvider.PostgreSql => new Pool<PostgreSqlTenantDbContext>(Options<PostgreSqlTenantDbContext>(provider, budget)),
        DatabaseProvider.SqlServer => new Pool<SqlServerTenantDbContext>(Options<SqlServerTenantDbContext>(provider, budget)),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    // No connection string here: every rented context gets its company's with SetConnectionString.
    private static DbContextOptions<T> Options<T>(DatabaseProvider provider, ServerConnectionBudget budget) where T : DbContext =>
        (DbContextOptions<T>)new DbContextOptionsBuilder<T>().UseProvider(provider, null).AddInterceptors(budget).Options;

    private sealed class Pool<T>(DbContextOptions<T> options) : IDbContextFactory<TenantDbContext> where T : TenantDbContext
    {
        private readonly PooledDbContextFactory<T> _factory = new(options, poolSize: 256);
        public TenantDbContext CreateDbContext() => _factory.CreateDbContext();
    }

    /// <summary>The id of the newest migration this build knows for a provider: the schema version a company must have.</summary>
    public string? ExpectedSchemaVersion(DatabaseProvider provider) =>
        LatestMigrations.GetOrAdd(provider, p =>
        {
            using var db = Open(new TenantLocation("schema-probe", p, FirstServerOf(p), "schema-probe"));
            return db.Database.GetMigrations().LastOrDefault();
        });

    private string FirstServerOf(DatabaseProvider p) =>
        servers.Names.FirstOrDefault(n => servers.Get(n).Provider == p)
        ?? throw new TenancyException(TenancyError.UnknownServer, $"No {p} database server is configured.");
}

/// <summary>
/// Holds a slot of the server-wide connection budget while a connection is open, so all companies on one server
/// together never hold more connections than the server is configured for. A slot is returned exactly once, on
/// close, failure or disposal, whichever comes first (EF's database creator disposes some connections unclosed).
/// </summary>
internal sealed class ServerConnectionBudget(SemaphoreSlim budget) : DbConnectionInterceptor
{
    private readonly HashSet<DbConnection> _holding = new(ReferenceEqualityComparer.Instance);

    public override InterceptionResult ConnectionOpening(DbConnection c, ConnectionEventData e, InterceptionResult r)
    {
        if (!budget.Wait(TimeSpan.FromSeconds(30))) throw new TimeoutException("Database server connection budget exhausted.");
        Hold(c);
        return r;
    }

    public override async ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection c, ConnectionEventData e, InterceptionResult r, CancellationToken ct = default)
    {
        if (!await budget.WaitAsync(TimeSpan.FromSeconds(30), ct)) throw new TimeoutException("Database server connection budget exhausted.");
        Hold(c);
        return r;
    }

    public override void ConnectionFailed(DbConnection c, ConnectionErrorEventData e) => Return(c);
    public override Task ConnectionFailedAsync(DbConnection c, ConnectionErrorEventData e, CancellationToken ct = default) { Return(c); return Task.CompletedTask; }
    public override void ConnectionClosed(DbConnection c, ConnectionEndEventData e) => Return(c);
    public override Task ConnectionClosedAsync(DbConnection c, ConnectionEndEventData e) { Return(c); return Task.CompletedTask; }
    public override void ConnectionDisposed(DbConnection c, ConnectionEndEventData e) => Return(c);
    public override Task ConnectionDisposedAsync(DbConnection c, ConnectionEndEventData e) { Return(c); return Task.CompletedTask; }

    private void Hold(DbConnection c)
    {
        lock (_holding)
        {
            // Opening an already-held connection again would take a second slot for one connection.
            if (!_holding.Add(c)) budget.Release();
        }
    }

    private void Return(DbConnection c)
    {
        lock (_holding)
        {
            if (_holding.Remove(c)) budget.Release();
        }
    }
}
