using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Tenancy;

/// <summary>Opens the catalog database (configuration <c>Catalog:Provider</c> and <c>ConnectionStrings:Catalog</c>).</summary>
public sealed class CatalogDatabase
{
    public DatabaseProvider Provider { get; }
    private readonly string _connectionString;

    public CatalogDatabase(IConfiguration config, IHostEnvironment env)
    {
        Provider = ProviderOptions.Parse(config["Catalog:Provider"]);
        var cs = config.GetConnectionString("Catalog");
        if (string.IsNullOrWhiteSpace(cs))
        {
            if (Provider != DatabaseProvider.Sqlite) throw new InvalidOperationException("ConnectionStrings:Catalog is required for a non-SQLite catalog.");
            cs = "Data Source=.data/catalog.db";
        }
        if (Provider == DatabaseProvider.Sqlite)
        {
            var b = new SqliteConnectionStringBuilder(cs);
            if (!Path.IsPathRooted(b.DataSource) && b.DataSource != ":memory:")
                b.DataSource = Path.GetFullPath(Path.Combine(RepoRoot.Find(env.ContentRootPath), b.DataSource));
            Directory.CreateDirectory(Path.GetDirectoryName(b.DataSource)!);
            cs = b.ToString();
        }
        _connectionString = cs;
    }

    public CatalogDbContext Open() => CatalogDbContext.Create(Provider, _connectionString);

    /// <summary>For the job store, which shares the catalog database (docs/architecture/scheduled-work.md).</summary>
    internal string ConnectionString => _connectionString;

    public async Task MigrateAsync(CancellationToken ct = default)
    {
        await using var db = Open();
        await db.Database.MigrateAsync(ct);
        await Jobs.JobsHosting.EnsureSchemaAsync(this, ct);
    }
}
