using Quartz;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Jobs;

/// <summary>
/// Quartz.NET on the catalog database (docs/architecture/scheduled-work.md): a persistent store that every API replica
/// shares — clustered on PostgreSQL and SQL Server; SQLite, the single-process default, is not clusterable (Quartz
/// refuses it for its file locking) and runs one scheduler. <c>Jobs:RunWorker</c> says whether this process fires
/// jobs, <c>Jobs:RunScheduler</c> (default: the same) whether it writes the recurring calendar into the store.
/// </summary>
public static class JobsHosting
{
    public const string SchedulerName = "PropertySaaS";

    /// <summary>A failed firing is retried 4 times, 2 s, 4 s, 8 s, 16 s apart (as the hand-written queue did), then given up and logged.</summary>
    public static readonly RetryPolicy Retries = RetryPolicy.Exponential(4, TimeSpan.FromSeconds(2), 2.0, TimeSpan.FromMinutes(5));

    public static void AddScheduledWork(this IHostApplicationBuilder builder)
    {
        var catalog = new CatalogDatabase(builder.Configuration, builder.Environment);
        var runWorker = builder.Configuration.GetValue("Jobs:RunWorker", true);
        // How late a firing may be before Quartz calls it misfired and leaves it to its misfire handler, which looks only
        // once per threshold (Quartz default: a minute). Test hosts move their clock by days and set it far wider, so a
        // firing the clock jumped past is simply due and fires as soon as the scheduler starts.
        var misfireThreshold = builder.Configuration.GetValue<TimeSpan?>("Jobs:MisfireThreshold");
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o => o.InstanceName = SchedulerName);
            q.UsePersistentStore(s => UseCatalog(s, catalog, misfireThreshold));
            q.UseDefaultRetryPolicy(Retries);
        });
        builder.Services.AddQuartzHostedService(o =>
        {
            o.AutoStart = runWorker;
            o.WaitForJobsToComplete = true;
        });
        builder.Services.AddSingleton<TenantJobs>();
        builder.Services.AddScoped<RecurringFanOutJob>();
        if (builder.Configuration.GetValue("Jobs:RunScheduler", runWorker)) builder.Services.AddHostedService<RecurringJobsDeclaration>();
    }

    /// <summary>The store: the catalog's database and provider, job data as strings (readable, version tolerant).</summary>
    internal static void UseCatalog(IPersistentStoreBuilder store, CatalogDatabase catalog, TimeSpan? misfireThreshold = null)
    {
        var cs = catalog.ConnectionString;
        switch (catalog.Provider)
        {
            case DatabaseProvider.Sqlite: store.UseSqlite(cs); break;
            case DatabaseProvider.PostgreSql: store.UsePostgres(cs); break;
            case DatabaseProvider.SqlServer: store.UseSqlServer(cs); break;
            default: throw new ArgumentOutOfRangeException(nameof(catalog), catalog.Provider, null);
        }
        store.ConfigureStore(o =>
        {
            o.StoreJobDataAsStrings = true;
            if (misfireThreshold is { } threshold) o.MisfireThreshold = threshold;
        });
        if (catalog.Provider != DatabaseProvider.Sqlite) store.UseClustering(_ => { });
    }

    /// <summary>
    /// Part of the catalog migration: creates the Quartz tables this Quartz version needs where they are missing, with
    /// Quartz's own schema provisioning (it only ever creates). A Quartz upgrade that adds columns ships its migration
    /// script in a catalog EF migration (see docs/architecture/scheduled-work.md).
    /// </summary>
    public static async Task EnsureSchemaAsync(CatalogDatabase catalog, CancellationToken ct)
    {
        var scheduler = await QuartzSchedulerBuilder.Create(q =>
        {
            q.ConfigureScheduler(o => { o.InstanceName = SchedulerName + "-schema"; o.InstanceId = "schema"; });
            q.UsePersistentStore(s =>
            {
                UseCatalog(s, catalog);
                s.ProvisionSchema();
            });
        }).BuildScheduler(ct);
        await scheduler.Shutdown(false, ct);
    }
}
