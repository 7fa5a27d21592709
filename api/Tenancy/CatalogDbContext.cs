using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Tenancy;

/// <summary>
/// The catalog: which companies exist and where each one's database lives. Holds no business data. Its database also
/// holds Quartz's job store (QRTZ_ tables, created by <see cref="CatalogDatabase.MigrateAsync"/>).
/// </summary>
public abstract class CatalogDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Tenant> Tenants => Set<Tenant>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Tenant>(e =>
        {
            e.HasIndex(t => t.Slug).IsUnique();
            e.Property(t => t.Slug).HasMaxLength(40);
            e.Property(t => t.NameZh).HasMaxLength(100);
            e.Property(t => t.NameEn).HasMaxLength(100);
            e.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Provider).HasConversion<string>().HasMaxLength(20);
            e.Property(t => t.Server).HasMaxLength(60);
            e.Property(t => t.DatabaseName).HasMaxLength(80);
            e.Property(t => t.SchemaVersion).HasMaxLength(150);
            e.Property(t => t.StatusReason).HasMaxLength(2000);
        });
    }

    public static CatalogDbContext Create(DatabaseProvider provider, string connectionString)
    {
        return provider switch
        {
            DatabaseProvider.Sqlite => new SqliteCatalogDbContext(Options<SqliteCatalogDbContext>()),
            DatabaseProvider.PostgreSql => new PostgreSqlCatalogDbContext(Options<PostgreSqlCatalogDbContext>()),
            DatabaseProvider.SqlServer => new SqlServerCatalogDbContext(Options<SqlServerCatalogDbContext>()),
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };

        DbContextOptions<T> Options<T>() where T : DbContext =>
            (DbContextOptions<T>)new DbContextOptionsBuilder<T>().UseProvider(provider, connectionString).Options;
    }
}

// One subclass per provider so each keeps its own migrations and its own cached model.
public sealed class SqliteCatalogDbContext(DbContextOptions<SqliteCatalogDbContext> o) : CatalogDbContext(o);
public sealed class PostgreSqlCatalogDbContext(DbContextOptions<PostgreSqlCatalogDbContext> o) : CatalogDbContext(o);
public sealed class SqlServerCatalogDbContext(DbContextOptions<SqlServerCatalogDbContext> o) : CatalogDbContext(o);

// Design-time factories: `dotnet ef migrations add X --context <Provider>CatalogDbContext`.
public sealed class SqliteCatalogDesignFactory : IDesignTimeDbContextFactory<SqliteCatalogDbContext>
{
    public SqliteCatalogDbContext CreateDbContext(string[] args) =>
        (SqliteCatalogDbContext)CatalogDbContext.Create(DatabaseProvider.Sqlite, "Data Source=design.db");
}
public sealed class PostgreSqlCatalogDesignFactory : IDesignTimeDbContextFactory<PostgreSqlCatalogDbContext>
{
    public PostgreSqlCatalogDbContext CreateDbContext(string[] args) =>
        (PostgreSqlCatalogDbContext)CatalogDbContext.Create(DatabaseProvider.PostgreSql, "Host=localhost;Database=design");
}
public sealed class SqlServerCatalogDesignFactory : IDesignTimeDbContextFactory<SqlServerCatalogDbContext>
{
    public SqlServerCatalogDbContext CreateDbContext(string[] args) =>
        (SqlServerCatalogDbContext)CatalogDbContext.Create(DatabaseProvider.SqlServer, "Server=localhost;Database=design;TrustServerCertificate=true");
}
