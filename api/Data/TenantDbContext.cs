using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Data;

/// <summary>One company's business data. Every instance is bound to exactly one company database.</summary>
public abstract class TenantDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Estate> Estates => Set<Estate>();
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<Ownership> Ownerships => Set<Ownership>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<EstateAssignment> EstateAssignments => Set<EstateAssignment>();
    public DbSet<FeeItem> FeeItems => Set<FeeItem>();
    public DbSet<FeeRate> FeeRates => Set<FeeRate>();
    public DbSet<BillingRun> BillingRuns => Set<BillingRun>();
    public DbSet<Bill> Bills => Set<Bill>();
    public DbSet<BillLine> BillLines => Set<BillLine>();
    public DbSet<LedgerEntry> LedgerEntries => Set<LedgerEntry>();
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<PaymentAllocation> PaymentAllocations => Set<PaymentAllocation>();
    public DbSet<PaymentRefund> PaymentRefunds => Set<PaymentRefund>();
    public DbSet<CashierShift> CashierShifts => Set<CashierShift>();
    public DbSet<BillingSettings> BillingSettings => Set<BillingSettings>();

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
