using Microsoft.EntityFrameworkCore;
using Quartz;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Jobs;

/// <summary>
/// A job that runs for every active company on a calendar (a cron expression in a time zone), declared by its
/// feature module with <see cref="JobRegistration.AddRecurringTenantJob{TJob}"/>.
/// </summary>
public sealed record RecurringTenantJob(Type JobType, string Cron, TimeZoneInfo Zone)
{
    public string Name => JobType.Name;
    public JobKey Key => new(Name, RecurringFanOutJob.Group);
}

public static class JobRegistration
{
    /// <summary>Makes a tenant job known to the container (Quartz builds each firing's job in its own DI scope).</summary>
    public static IServiceCollection AddTenantJob<TJob>(this IServiceCollection services) where TJob : TenantJob => services.AddScoped<TJob>();

    /// <summary>Runs <typeparamref name="TJob"/> for every active company at each occurrence of <paramref name="cron"/> in <paramref name="zone"/>.</summary>
    public static IServiceCollection AddRecurringTenantJob<TJob>(this IServiceCollection services, string cron, TimeZoneInfo zone) where TJob : TenantJob
    {
        _ = CronExpression.Parse(cron); // a bad expression fails at start-up, not at the first occurrence
        return services.AddTenantJob<TJob>().AddSingleton(new RecurringTenantJob(typeof(TJob), cron, zone));
    }
}

/// <summary>
/// The cluster-wide firing of a recurring declaration: stores one ordinary tenant job per active company, named after
/// the occurrence, so an occurrence fired twice (a misfire handled on two nodes, a recovered firing) stores nothing
/// twice and a company added or suspended since the last occurrence is taken in or left out at once.
/// </summary>
[DisallowConcurrentExecution]
public sealed class RecurringFanOutJob(CatalogDatabase catalog, TenantJobs jobs, IEnumerable<RecurringTenantJob> declared, ILogger<RecurringFanOutJob> log) : IJob
{
    public const string Group = "recurring";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var declaration = declared.SingleOrDefault(d => d.Key.Equals(context.JobDetail.Key));
        if (declaration is null)
        {
            log.LogWarning("Recurring job {Job} is no longer declared; nothing fanned out", context.JobDetail.Key);
            return;
        }
        List<string> slugs;
        await using (var db = catalog.Open())
            slugs = await db.Tenants.AsNoTracking().Where(t => t.Status == TenantStatus.Active).OrderBy(t => t.Slug).Select(t => t.Slug).ToListAsync(ct);
        var occurrence = (context.ScheduledFireTimeUtc ?? context.FireTimeUtc).UtcDateTime.ToString("yyyyMMdd'T'HHmm'Z'");
        foreach (var slug in slugs) await jobs.TryEnqueueAsync(declaration.JobType, slug, occurrence, ct);
    }
}

/// <summary>
/// Writes the declared recurring jobs into the store when this process is the one that keeps the calendar
/// (<c>Jobs:RunScheduler</c>), replacing what an earlier version declared, and drops declarations that are gone.
/// </summary>
public sealed class RecurringJobsDeclaration(ISchedulerFactory schedulers, IEnumerable<RecurringTenantJob> declared) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        var keep = declared.Select(d => d.Key).ToHashSet();
        var stored = await scheduler.QueryJobs(new JobQuery { Group = GroupMatcher<JobKey>.GroupEquals(RecurringFanOutJob.Group) }, ct);
        foreach (var gone in stored.Items.Select(j => j.Key).Where(k => !keep.Contains(k))) await scheduler.DeleteJob(gone, ct);
        foreach (var d in declared)
        {
            var job = JobBuilder.Create<RecurringFanOutJob>().WithIdentity(d.Key).StoreDurably().RequestRecovery().Build();
            // Missed occurrences (every replica was down) fire once when a scheduler is back; each job is idempotent.
            var trigger = TriggerBuilder.Create().WithIdentity(d.Key.Name, d.Key.Group).ForJob(d.Key)
                .WithCronSchedule(d.Cron, c => c.InTimeZone(d.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build();
            await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions { Replace = true }, ct);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
