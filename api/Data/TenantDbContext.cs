using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Data;

/// <summary>One company's business data. Every instance is bound to exactly one company database.</summary>
public abstract class TenantDbContext(DbContextOptions options) : DbContext(options)
{
    // Tables belong to their features: each feature folder declares its DbSets as extension members (<Feature>Data.cs)
    // and its configuration as IEntityTypeConfiguration classes, which are applied from here.

    protected override void OnModelCreating(ModelBuilder b)
    {
        // Each feature keeps its EF configuration in its own folder.
        b.ApplyConfigurationsFromAssembly(typeof(TenantDbContext).Assembly, t => t.Namespace?.Contains(".Features.") == true);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder c)
    {
        c.Properties<decimal>().HavePrecision(18, 2);
        c.Properties<string>().HaveMaxLength(200);
    }
}

public sealed class SqliteTenantDbContext(DbContextOptions<SqliteTenantDbContext> o) : TenantDbContext(o);
public sealed class PostgreSqlTenantDbContext(DbContextOptions<PostgreSqlTenantDbContext> o) : TenantDbContext(o);
public sealed class SqlServerTenantDbContext(DbContextOptions<SqlServerTenantDbContext> o) : TenantDbContext(o);

public sealed class SqliteTenantDesignFactory : IDesignTimeDbContextFactory<SqliteTenantDbContext>
{
    public SqliteTenantDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqliteTenantDbContext>)new DbContextOptionsBuilder<SqliteTenantDbContext>().UseProvider(DatabaseProvider.Sqlite, "Data Source=design.db").Options);
}
public sealed class PostgreSqlTenantDesignFactory : IDesignTimeDbContextFactory<PostgreSqlTenantDbContext>
{
    public PostgreSqlTenantDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgreSqlTenantDbContext>)new DbContextOptionsBuilder<PostgreSqlTenantDbContext>().UseProvider(DatabaseProvider.PostgreSql, "Host=localhost;Database=design").Options);
}
public sealed class SqlServerTenantDesignFactory : IDesignTimeDbContextFactory<SqlServerTenantDbContext>
{
    public SqlServerTenantDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<SqlServerTenantDbContext>)new DbContextOptionsBuilder<SqlServerTenantDbContext>().UseProvider(DatabaseProvider.SqlServer, "Server=localhost;Database=design;TrustServerCertificate=true").Options);
}
