using Quartz;

namespace PropertySaaS.Api.Jobs;

/// <summary>
/// How features start background work for a company (docs/architecture/scheduled-work.md): now, at an instant, or
/// cancelled again. Every job is stored in the catalog's Quartz tables before these return, so any replica runs it
/// and a crash loses nothing. The company is the job key's group (<c>company:&lt;slug&gt;</c>) and nowhere else.
/// </summary>
public sealed class TenantJobs(ISchedulerFactory schedulers)
{
    public const string GroupPrefix = "company:";

    /// <summary>Data keys a job may not carry: the company travels in the job's key only.</summary>
    private static readonly string[] CompanyKeys = ["tenant", "company", "tenantSlug"];

    public static string Group(string tenant) => GroupPrefix + tenant;

    /// <summary>The company a job belongs to, from its key; null for a job that is not a tenant job.</summary>
    public static string? CompanyOf(JobKey key) => key.Group.StartsWith(GroupPrefix, StringComparison.Ordinal) ? key.Group[GroupPrefix.Length..] : null;

    /// <summary>
    /// The job of a type for a company: one stored job per type and company, fired by one trigger per occurrence, so a
    /// job type marked [DisallowConcurrentExecution] runs one occurrence at a time per company, across the cluster.
    /// </summary>
    public static JobKey Key(Type jobType, string tenant) => new(jobType.Name, Group(tenant));

    /// <summary>One occurrence of a company's job: its trigger, named within the job type.</summary>
    public static TriggerKey Occurrence(Type jobType, string tenant, string name) => new($"{jobType.Name}:{name}", Group(tenant));

    /// <summary>Runs the job as soon as a scheduler is free.</summary>
    public Task<TriggerKey> EnqueueAsync<TJob>(string tenant, IReadOnlyDictionary<string, string>? data = null, CancellationToken ct = default) where TJob : TenantJob =>
        ScheduleAsync(typeof(TJob), tenant, Ids.New().ToString("N"), null, data, replace: false, ct);

    /// <summary>
    /// Runs the job at an instant (e.g. a deadline). <paramref name="name"/> identifies it within the company and job type,
    /// so scheduling the same name again moves it, and <see cref="CancelAsync{TJob}"/> takes it back.
    /// </summary>
    public Task<TriggerKey> ScheduleAtAsync<TJob>(string tenant, string name, DateTimeOffset at, IReadOnlyDictionary<string, string>? data = null, CancellationToken ct = default) where TJob : TenantJob =>
        ScheduleAsync(typeof(TJob), tenant, name, at, data, replace: true, ct);

    /// <summary>Takes back a job scheduled with <see cref="ScheduleAtAsync{TJob}"/>; false when there was none (already run or cancelled).</summary>
    public async Task<bool> CancelAsync<TJob>(string tenant, string name, CancellationToken ct = default) where TJob : TenantJob
    {
        var scheduler = await schedulers.GetScheduler(ct);
        return await scheduler.UnscheduleJob(Occurrence(typeof(TJob), tenant, name), ct);
    }

    /// <summary>Stores one occurrence under a name; false when it is already stored (used by the recurring fan-out).</summary>
    internal async Task<bool> TryEnqueueAsync(Type jobType, string tenant, string name, CancellationToken ct)
    {
        try
        {
            await ScheduleAsync(jobType, tenant, name, null, null, replace: false, ct);
            return true;
        }
        catch (ObjectAlreadyExistsException) { return false; }
    }

    private async Task<TriggerKey> ScheduleAsync(Type jobType, string tenant, string name, DateTimeOffset? at, IReadOnlyDictionary<string, string>? data, bool replace, CancellationToken ct)
    {
        if (data?.Keys.FirstOrDefault(k => CompanyKeys.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } named)
            throw new ArgumentException($"Job data must not name the company ('{named}'): the job's key carries it.", nameof(data));
        var scheduler = await schedulers.GetScheduler(ct);
        var job = Key(jobType, tenant);
        // Durable, so it stays between occurrences; recovery is requested: a firing cut short by a crash is run
        // again by whichever scheduler finds it.
        await scheduler.AddJob(JobBuilder.Create().OfType(jobType).WithIdentity(job).StoreDurably().RequestRecovery().Build(),
            new AddJobOptions { Replace = true }, ct);
        var map = new JobDataMap();
        foreach (var (k, v) in data ?? new Dictionary<string, string>()) map[k] = v;
        var key = Occurrence(jobType, tenant, name);
        var t = TriggerBuilder.Create().WithIdentity(key).ForJob(job).UsingJobData(map);
        await scheduler.ScheduleJob((at is { } when ? t.StartAt(when) : t.StartNow()).Build(), replace ? new ScheduleJobOptions { Replace = true } : new ScheduleJobOptions(), ct);
        return key;
    }
}
