using Quartz;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Jobs;

/// <summary>What a tenant job's work gets: its company (resolved and checked by the gate), that company's database and its data.</summary>
public sealed class TenantJobContext(ResolvedTenant tenant, TenantDbContext db, IJobExecutionContext quartz)
{
    public ResolvedTenant Tenant { get; } = tenant;
    public TenantDbContext Db { get; } = db;
    /// <summary>Quartz's view of this firing (fire time, retry attempt, recovery).</summary>
    public IJobExecutionContext Quartz { get; } = quartz;

    /// <summary>A value the job was enqueued with; job data never names the company (that is the job's key).</summary>
    public string Data(string key) => Quartz.MergedJobDataMap.GetString(key) ?? throw new InvalidOperationException($"Job {Quartz.JobDetail.Key} has no '{key}'.");
}

/// <summary>
/// A unit of background work for one company (docs/architecture/scheduled-work.md). The company travels only in the
/// job's key (its group, see <see cref="TenantJobs"/>); each firing resolves it through the <see cref="TenantGate"/>
/// like a request, opens its database and calls <see cref="RunAsync"/>. A company the gate refuses runs nothing: a
/// suspended or unknown one is skipped (logged with the gate's code), an outdated schema fails the firing so that the
/// retry policy tries again once the upgrade is through.
/// </summary>
public abstract class TenantJob(TenantGate gate, ILogger logger) : IJob
{
    protected abstract Task RunAsync(TenantJobContext context, CancellationToken ct);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        var slug = TenantJobs.CompanyOf(context.JobDetail.Key)
            ?? throw new JobExecutionException($"Job {context.JobDetail.Key} names no company.");
        var (tenant, refused) = await gate.ResolveAsync(slug, ct);
        if (refused is not null)
        {
            context.Result = refused;
            logger.LogWarning("Job {Job} for company {Tenant} refused by the tenant gate: {Code} {Reason}", context.JobDetail.Key, slug, refused.Code, refused.MessageKey);
            if (refused.Code == ErrorCodes.SchemaOutdated) throw new JobExecutionException($"Company '{slug}' is being upgraded.");
            return;
        }
        await using var db = gate.Databases.Open(tenant!.Location);
        await RunAsync(new TenantJobContext(tenant, db, context), ct);
    }
}
