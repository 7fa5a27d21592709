using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PropertySaaS.Api;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// Company provisioning through the real <see cref="TenantProvisioner"/> (catalog row → database → migrations →
/// reference data → active), services registered exactly as the API does (<see cref="Hosting.AddTenancy"/>).
/// The first company per provider is timed apart: it pays EF model building and migration discovery once per process.
/// </summary>
public static class ProvisioningBenchmark
{
    public static async Task RunAsync(Options o)
    {
        using var settings = new BenchSettings(o.Pg);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production", ContentRootPath = settings.Root });
        builder.Configuration.AddInMemoryCollection(settings.Values());
        builder.AddTenancy();
        using var host = builder.Build();
        var services = host.Services;
        await services.GetRequiredService<CatalogDatabase>().MigrateAsync();
        var provisioner = services.GetRequiredService<TenantProvisioner>();

        var servers = new List<(string Server, string Label)>();
        if (!o.SkipSqlite) servers.Add(("local", "SQLite"));
        if (o.Pg is not null) servers.Add(("pg", "PostgreSQL"));
        else Console.WriteLine("No PostgreSQL server (--pg or PROPERTYSAAS_TEST_PG1): PostgreSQL provisioning skipped.");

        var rows = new List<Samples>();
        try
        {
            foreach (var (server, label) in servers)
            {
                var first = new Samples($"{label}, first company in process (cold)");
                var rest = new Samples($"{label}, next {o.Companies} companies");
                for (var i = 0; i <= o.Companies; i++)
                {
                    var slug = settings.Slug($"{server}-c{i:000}");
                    var tenant = await (i == 0 ? first : rest).TimeAsync(() =>
                        provisioner.ProvisionAsync(new ProvisionRequest(slug, "基准物业" + i, "Benchmark " + i, server)));
                    if (tenant.Status != TenantStatus.Active) throw new InvalidOperationException($"{slug}: {tenant.Status} {tenant.StatusReason}");
                }
                rows.Add(first);
                rows.Add(rest);
                // Every connection is closed by now, so the server's whole connection budget should be free again.
                var budget = services.GetRequiredService<DatabaseServerRegistry>();
                var max = budget.Get(server).MaxConnections;
                Console.WriteLine($"{label}: connection budget slots still held after {o.Companies + 1} provisionings: {max - budget.Budget(server).CurrentCount} of {max}");
            }
            Report.Table("Tenant provisioning (ProvisionAsync wall time)", rows, withP99: false);
            foreach (var r in rows.Where(r => r.Name.StartsWith("PostgreSQL, next")))
                Console.WriteLine($"Target < 3 s on PostgreSQL: p95 {r.P(95):F0} ms, max {r.Max:F0} ms → {(r.Max < 3000 ? "met" : "MISSED")}");
        }
        finally
        {
            await settings.DropPostgresDatabasesAsync();
        }
    }
}
