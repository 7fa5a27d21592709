using System.Diagnostics;
using Bogus;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using PropertySaaS.Api;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Metering;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// The monthly billing run on PostgreSQL: one company, one estate of N units (default 100,000) with a management fee
/// per ㎡, a residential monthly fee, parking and metered water (every second unit has a reading), billed for one
/// period by the real <see cref="BillingRunner"/>. Beside it, the floor: a bare binary COPY of the very rows the run
/// wrote (bills, lines, ledger charges) into empty copies of the same tables (same indexes, no foreign keys).
/// A 2,000-unit estate is billed first so JIT and EF model building are not in the figure.
/// </summary>
public static class BillingBenchmark
{
    public static async Task RunAsync(Options o)
    {
        if (o.Pg is null) { Console.WriteLine("billing: needs PostgreSQL (--pg or PROPERTYSAAS_TEST_PG1)."); return; }
        using var settings = new BenchSettings(o.Pg);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", ContentRootPath = settings.Root });
        builder.Configuration.AddInMemoryCollection(settings.Values());
        builder.AddTenancy();
        using var host = builder.Build();
        var services = host.Services;
        await services.GetRequiredService<CatalogDatabase>().MigrateAsync();
        Console.WriteLine($"load before: {Load()}");
        try
        {
            var tenant = await services.GetRequiredService<TenantProvisioner>().ProvisionAsync(new ProvisionRequest(settings.Slug("billing"), "出账基准物业", "Billing benchmark", "pg"));
            if (tenant.Status != TenantStatus.Active) throw new InvalidOperationException($"{tenant.Slug}: {tenant.StatusReason}");
            var databases = services.GetRequiredService<TenantDatabases>();
            const string period = "2026-11";

            await using (var db = databases.Open(TenantLocation.Of(tenant)))
            {
                var warm = await EstateAsync(db, "预热园", 2000, period);
                await RunAsync(db, warm, period);
            }

            Guid estate;
            var sw = Stopwatch.StartNew();
            await using (var db = databases.Open(TenantLocation.Of(tenant))) estate = await EstateAsync(db, "基准园", o.BillingUnits, period);
            Console.WriteLine($"setup: {o.BillingUnits:N0} units, fee items and water readings inserted in {sw.Elapsed.TotalSeconds:F1} s");

            TimeSpan runTime;
            int bills, lines, charges;
            await using (var db = databases.Open(TenantLocation.Of(tenant)))
            {
                runTime = await RunAsync(db, estate, period);
                bills = await db.Bills.CountAsync(b => b.EstateId == estate);
                lines = await db.BillLines.CountAsync(l => db.Set<Bill>().Any(b => b.Id == l.BillId && b.EstateId == estate));
                charges = await db.LedgerEntries.CountAsync(e => db.Set<Bill>().Any(b => b.Id == e.BillId && b.EstateId == estate));
            }
            Console.WriteLine($"BillingRunner: {bills:N0} bills, {lines:N0} lines, {charges:N0} ledger charges in {runTime.TotalSeconds:F2} s = {bills / runTime.TotalSeconds:N0} bills/s (batch {BillingRunner.BatchSize})");

            var copyTime = await CopyFloorAsync(databases, tenant, estate);
            Console.WriteLine($"COPY floor: the same {bills:N0} + {lines:N0} + {charges:N0} rows in {copyTime.TotalSeconds:F2} s = {bills / copyTime.TotalSeconds:N0} bills/s; runner / COPY = {runTime / copyTime:F1}×");
            Console.WriteLine($"Target 100,000 units < 30 s (≥ 3,000 bills/s): {(o.BillingUnits >= 100_000 && runTime.TotalSeconds < 30 ? "met" : runTime.TotalSeconds < 30 * o.BillingUnits / 100_000.0 ? "met pro rata" : "MISSED")}");
        }
        finally
        {
            Console.WriteLine($"load after: {Load()}");
            await settings.DropPostgresDatabasesAsync();
        }
    }

    private static async Task<TimeSpan> RunAsync(TenantDbContext db, Guid estate, string period)
    {
        var run = new BillingRun { EstateId = estate, Period = period, RequestedBy = "benchmark", CreatedAt = DateTime.UtcNow };
        db.BillingRuns.Add(run);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        var sw = Stopwatch.StartNew();
        await BillingRunner.RunAsync(db, run.Id, TimeProvider.System, default);
        return sw.Elapsed;
    }

    /// <summary>An estate of 100-unit buildings: 90 % residential, 5 % shops, 5 % parking; inserted with COPY.</summary>
    private static async Task<Guid> EstateAsync(TenantDbContext db, string name, int units, string period)
    {
        var f = new Faker("zh_CN") { Random = new Randomizer(20261128) };
        var estate = new Estate { Name = name, Address = "基准路 1 号", City = "杭州", CreatedAt = DateTime.UtcNow };
        var buildings = Enumerable.Range(1, (units + 99) / 100).Select(i => new Building { EstateId = estate.Id, Name = $"{i}栋", Floors = 25 }).ToList();
        var unitRows = Enumerable.Range(0, units).Select(i =>
        {
            var usage = (i % 20) switch { 0 => UnitUsage.Shop, 1 => UnitUsage.Parking, _ => UnitUsage.Residential };
            return new Unit
            {
                BuildingId = buildings[i / 100].Id, EstateId = estate.Id, Number = $"{i % 100:000}", Floor = i % 100 / 4 + 1, Usage = usage, Status = UnitStatus.Occupied,
                BuildingArea = usage == UnitUsage.Parking ? 12.5m : Math.Round(f.Random.Decimal(50, 160), 2),
            };
        }).ToList();
        FeeItem Item(string n, FeeKind k, decimal rate, string appliesTo = "", MeterKind? meter = null) => new()
        {
            EstateId = estate.Id, Name = n, Kind = k, AppliesTo = appliesTo, Meter = meter, CreatedAt = DateTime.UtcNow,
            Rates = [new FeeRate { Amount = rate, EffectiveFrom = new DateOnly(2026, 1, 1) }],
        };
        var readings = unitRows.Where((u, i) => i % 2 == 0 && u.Usage != UnitUsage.Parking).Select(u => new MeterReading
        {
            UnitId = u.Id, EstateId = estate.Id, Meter = MeterKind.Water, Period = period, Previous = 100m, Current = 100m + f.Random.Int(0, 400) / 10m,
            RecordedBy = "benchmark", RecordedAt = DateTime.UtcNow,
        }).ToList();

        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            db.Estates.Add(estate);
            db.FeeItems.AddRange(Item("物业服务费", FeeKind.ManagementPerArea, 2.5m), Item("垃圾清运费", FeeKind.FixedMonthly, 30m, nameof(UnitUsage.Residential)),
                Item("车位管理服务费", FeeKind.Parking, 150m), Item("水费", FeeKind.Metered, 3.45m, meter: MeterKind.Water));
            await db.SaveChangesAsync();
            await PgCopy.CopyAsync(db, buildings, default);
            await PgCopy.CopyAsync(db, unitRows, default);
            await PgCopy.CopyAsync(db, readings, default);
            await tx.CommitAsync();
        });
        db.ChangeTracker.Clear();
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
        return estate.Id;
    }

    /// <summary>Reads back what the run wrote and times a bare COPY of it into empty LIKE-copies of the tables.</summary>
    private static async Task<TimeSpan> CopyFloorAsync(TenantDatabases databases, Tenant tenant, Guid estate)
    {
        await using var db = databases.Open(TenantLocation.Of(tenant));
        var bills = await db.Bills.AsNoTracking().Where(b => b.EstateId == estate).ToListAsync();
        var lines = await db.BillLines.AsNoTracking().Where(l => db.Set<Bill>().Any(b => b.Id == l.BillId && b.EstateId == estate)).ToListAsync();
        var charges = await db.LedgerEntries.AsNoTracking().Where(e => db.Set<Bill>().Any(b => b.Id == e.BillId && b.EstateId == estate)).ToListAsync();
        await db.Database.ExecuteSqlRawAsync("""
            CREATE SCHEMA copyfloor;
            CREATE TABLE copyfloor."Bills" (LIKE public."Bills" INCLUDING ALL);
            CREATE TABLE copyfloor."BillLines" (LIKE public."BillLines" INCLUDING ALL);
            CREATE TABLE copyfloor."LedgerEntries" (LIKE public."LedgerEntries" INCLUDING ALL);
            """);
        var sw = Stopwatch.StartNew();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            await PgCopy.CopyAsync(db, bills, default, "copyfloor");
            await PgCopy.CopyAsync(db, lines, default, "copyfloor");
            await PgCopy.CopyAsync(db, charges, default, "copyfloor");
            await tx.CommitAsync();
        });
        return sw.Elapsed;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
