using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Jobs;

/// <summary>What a job handler gets: its company, already resolved and checked, that company's database, and its payload.</summary>
public sealed record JobContext(BackgroundJob Job, ResolvedTenant Tenant, TenantDbContext Db, IServiceProvider Services)
{
    public T Payload<T>() => JsonSerializer.Deserialize<T>(Job.PayloadJson)!;
}

/// <summary>Handles one kind of job. Registered in DI; the worker picks the handler by <see cref="Kind"/>.</summary>
public interface IJobHandler
{
    string Kind { get; }
    Task RunAsync(JobContext context, CancellationToken ct);
}

public sealed class JobQueue(CatalogDatabase catalog, TimeProvider clock)
{
    /// <summary>Stores a job for one company. The company goes into the job row itself, never into ambient state.</summary>
    public async Task<Guid> EnqueueAsync(string tenantSlug, string kind, object payload, CancellationToken ct = default)
    {
        await using var db = catalog.Open();
        var now = clock.GetUtcNow().UtcDateTime;
        var job = new BackgroundJob { TenantSlug = tenantSlug, Kind = kind, PayloadJson = JsonSerializer.Serialize(payload), CreatedAt = now, RunAfter = now };
        db.Jobs.Add(job);
        await db.SaveChangesAsync(ct);
        return job.Id;
    }

    public async Task<BackgroundJob?> FindAsync(Guid id, string tenantSlug, CancellationToken ct = default)
    {
        await using var db = catalog.Open();
        return await db.Jobs.AsNoTracking().SingleOrDefaultAsync(j => j.Id == id && j.TenantSlug == tenantSlug, ct);
    }
}

/// <summary>
/// Runs queued jobs. Claims one at a time with a conditional update, so several API replicas can run workers
/// against one catalog without running a job twice; a job whose lease ran out (crashed worker) is claimed again.
/// </summary>
public sealed class JobWorker(IServiceProvider services, CatalogDatabase catalog, TimeProvider clock, ILogger<JobWorker> log) : BackgroundService
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(10);
    private const int MaxAttempts = 5;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var ran = false;
            try { ran = await RunNextAsync(stoppingToken); }
            catch (Exception e) when (e is not OperationCanceledException) { log.LogError(e, "Job worker loop failed"); }
            if (!ran) await Task.Delay(TimeSpan.FromMilliseconds(500), clock, stoppingToken).ContinueWith(_ => { });
        }
    }

    /// <summary>Claims and runs one due job; false when none was due.</summary>
    public async Task<bool> RunNextAsync(CancellationToken ct)
    {
        await using var db = catalog.Open();
        var now = clock.GetUtcNow().UtcDateTime;
        var candidate = await db.Jobs.AsNoTracking()
            .Where(j => (j.Status == JobStatus.Queued && j.RunAfter <= now) || (j.Status == JobStatus.Running && j.LeaseUntil < now))
            .OrderBy(j => j.RunAfter).Select(j => new { j.Id, j.Status, j.LeaseUntil }).FirstOrDefaultAsync(ct);
        if (candidate is null) return false;
        var claimed = await db.Jobs
            .Where(j => j.Id == candidate.Id && j.Status == candidate.Status && j.LeaseUntil == candidate.LeaseUntil)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, JobStatus.Running).SetProperty(j => j.LeaseUntil, now + Lease)
                .SetProperty(j => j.Attempts, j => j.Attempts + 1), ct);
        if (claimed == 0) return true; // another worker won; look again at once
        var job = await db.Jobs.SingleAsync(j => j.Id == candidate.Id, ct);

        try
        {
            var handler = services.GetServices<IJobHandler>().SingleOrDefault(h => h.Kind == job.Kind)
                ?? throw new InvalidOperationException($"No handler for job kind '{job.Kind}'.");
            if (job.TenantSlug is null) throw new InvalidOperationException("Tenant jobs must name their company.");
            await using var scope = services.CreateAsyncScope();
            var tenant = await scope.ServiceProvider.GetRequiredService<TenantDirectory>().ResolveAsync(job.TenantSlug, ct);
            await using var tdb = scope.ServiceProvider.GetRequiredService<TenantDatabases>().Open(tenant.Location);
            await handler.RunAsync(new JobContext(job, tenant, tdb, scope.ServiceProvider), ct);
            job.Status = JobStatus.Succeeded;
            job.FinishedAt = clock.GetUtcNow().UtcDateTime;
            job.LastError = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogError(e, "Job {Id} ({Kind}) for {Tenant} failed", job.Id, job.Kind, job.TenantSlug);
            job.LastError = e.GetBaseException().Message;
            job.Status = job.Attempts >= MaxAttempts ? JobStatus.Failed : JobStatus.Queued;
            job.RunAfter = clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(Math.Pow(2, job.Attempts));
        }
        job.LeaseUntil = null;
        await db.SaveChangesAsync(CancellationToken.None);
        return true;
    }
}
