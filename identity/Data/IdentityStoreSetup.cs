using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace PropertySaaS.Identity.Data;

public static class IdentityStoreSetup
{
    public static WebApplicationBuilder AddIdentityStore(this WebApplicationBuilder builder)
    {
        var provider = builder.Configuration["Identity:Provider"] ?? "Sqlite";
        var connectionString = ConnectionString(builder.Configuration);

        // Identity and OpenIddict resolve IdentityDb; the provider-specific subclass carries its own migrations.
        if (provider.Equals("PostgreSql", StringComparison.OrdinalIgnoreCase))
            builder.Services.AddDbContext<IdentityDb, PostgreSqlIdentityDb>(o => o.UseNpgsql(connectionString).UseOpenIddict());
        else if (provider.Equals("Sqlite", StringComparison.OrdinalIgnoreCase))
            builder.Services.AddDbContext<IdentityDb, SqliteIdentityDb>(o => o.UseSqlite(connectionString).UseOpenIddict());
        else
            throw new InvalidOperationException($"Identity:Provider '{provider}' is not supported (Sqlite|PostgreSql).");
        return builder;
    }

    public static string ConnectionString(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Identity");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var dataDir = DataDirectory(configuration);
        Directory.CreateDirectory(dataDir);
        return $"Data Source={Path.Combine(dataDir, "identity.db")}";
    }

    /// <summary><c>.data/</c> at the repository root (docs/contracts.md), or <c>Identity:DataDirectory</c>.</summary>
    public static string DataDirectory(IConfiguration configuration)
    {
        var configured = configuration["Identity:DataDirectory"];
        if (!string.IsNullOrWhiteSpace(configured)) return Path.GetFullPath(configured);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PropertySaaS.sln")))
                    return Path.Combine(dir.FullName, ".data");
        }
        return Path.Combine(Directory.GetCurrentDirectory(), ".data");
    }

    /// <summary>Creates or upgrades the schema. Called once at start-up by <see cref="Hosting.StartupWorker"/>.</summary>
    public static async Task MigrateAsync(IdentityDb db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            var path = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        await db.Database.MigrateAsync(ct);
        // WAL lets sign-ins read while another request writes; the setting is stored in the database file.
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}

// Used only by `dotnet ef migrations add ... --context <X>`.
public sealed class SqliteDesignFactory : IDesignTimeDbContextFactory<SqliteIdentityDb>
{
    public SqliteIdentityDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteIdentityDb>().UseSqlite("Data Source=design.db").UseOpenIddict().Options);
}

public sealed class PostgreSqlDesignFactory : IDesignTimeDbContextFactory<PostgreSqlIdentityDb>
{
    public PostgreSqlIdentityDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlIdentityDb>().UseNpgsql("Host=localhost;Database=identity_design").UseOpenIddict().Options);
}
