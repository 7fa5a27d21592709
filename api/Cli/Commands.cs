using GraphQL;
using PropertySaaS.Api.Demo;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Cli;

/// <summary>Operator commands: <c>tenants create|list|migrate|suspend|activate</c>, <c>seed-demo</c>, <c>schema</c>.</summary>
public static class Commands
{
    public static bool IsCommand(string arg) => arg is "tenants" or "seed-demo" or "schema" or "help" or "--help";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args.Where(a => a.StartsWith("--") && a.Contains('=')).ToArray());
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddApiServices();
        await using var app = builder.Build();
        var sp = app.Services;
        await sp.GetRequiredService<CatalogDatabase>().MigrateAsync();
        var provisioner = sp.GetRequiredService<TenantProvisioner>();

        switch (args)
        {
            case ["tenants", "create", var slug, ..]:
            {
                var tenant = await provisioner.ProvisionAsync(new ProvisionRequest(slug, Option(args, "--name-zh") ?? slug, Option(args, "--name-en") ?? slug, Option(args, "--server")));
                Console.WriteLine($"{tenant.Slug}: {tenant.Status} {tenant.StatusReason}".TrimEnd());
                return tenant.Status == TenantStatus.Active ? 0 : 1;
            }
            case ["tenants", "list", ..]:
            {
                await using var db = sp.GetRequiredService<CatalogDatabase>().Open();
                foreach (var t in db.Tenants.OrderBy(t => t.Slug))
                    Console.WriteLine($"{t.Slug,-20} {t.Status,-12} {t.Provider,-10} {t.Server,-10} {t.DatabaseName,-24} {t.SchemaVersion}");
                return 0;
            }
            case ["tenants", "migrate", ..]:
            {
                var outcomes = await sp.GetRequiredService<TenantMigrator>().MigrateAllAsync();
                foreach (var o in outcomes)
                    Console.WriteLine(o.Succeeded ? $"ok     {o.Slug}: {o.From ?? "(empty)"} -> {o.To}" : $"FAILED {o.Slug}: {o.Error}");
                Console.WriteLine($"{outcomes.Count(o => o.Succeeded)} migrated, {outcomes.Count(o => !o.Succeeded)} failed");
                return outcomes.All(o => o.Succeeded) ? 0 : 1;
            }
            case ["tenants", "suspend" or "activate", var slug, ..]:
            {
                var (t, identityTold) = await Features.Companies.CompanyStatusChange.SetAsync(sp, slug,
                    args[1] == "suspend" ? TenantStatus.Suspended : TenantStatus.Active, Option(args, "--reason"), CancellationToken.None);
                Console.WriteLine(t is null ? $"{slug}: not found" : $"{t.Slug}: {t.Status}");
                if (!identityTold) Console.Error.WriteLine($"{slug}: the identity server could not be told (sign-in and token refresh); run the command again when it is reachable");
                return t is null || !identityTold ? 1 : 0;
            }
            case ["seed-demo", ..]:
            {
                var file = Option(args, "--users-file") ?? Path.Combine(RepoRoot.Find(AppContext.BaseDirectory), ".data", "demo-users.json");
                var summary = await new DemoSeeder(sp).SeedAsync(file);
                Console.WriteLine(summary);
                return 0;
            }
            case ["schema", ..]:
            {
                var schema = sp.GetRequiredService<AppSchema>();
                schema.Initialize();
                Console.WriteLine(new global::GraphQL.Utilities.SchemaPrinter(schema).Print());
                return 0;
            }
            default:
                Console.WriteLine("""
                    usage:
                      tenants create <slug> --name-zh <名称> --name-en <name> [--server <database server>]
                      tenants list | tenants migrate | tenants suspend <slug> [--reason r] | tenants activate <slug>
                      seed-demo [--users-file <path>]
                      schema
                    """);
                return args is ["help"] or ["--help"] ? 0 : 2;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
