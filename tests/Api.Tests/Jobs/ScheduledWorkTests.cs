using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using PropertySaaS.Api.Jobs;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Jobs;

/// <summary>
/// Scheduled work on Quartz's persistent store (docs/architecture/scheduled-work.md): a stored job outlives its
/// process, two schedulers on one clustered store run a job once, and a job passes the tenant gate like a request.
/// </summary>
public sealed class ScheduledWorkTests
{
    /// <summary>Where the work of every <see cref="RecordingJob"/> is written down: job key, company, and the estates it found.</summary>
    public sealed class JobRecord
    {
        public ConcurrentQueue<(string Job, string Tenant, int Estates)> Runs { get; } = new();
    }

    public sealed class RecordingJob(TenantGate gate, JobRecord record, ILogger<RecordingJob> log) : TenantJob(gate, log)
    {
        protected override async Task RunAsync(TenantJobContext context, CancellationToken ct) =>
            record.Runs.Enqueue((context.Quartz.Trigger.Key.Name, context.Tenant.Slug, await context.Db.Estates.CountAsync(ct)));
    }

    /// <summary>An API host whose catalog and company folder may be shared with another host (a second replica, or the same one restarted).</summary>
    private sealed class JobsFactory(JobRecord record, IDictionary<string, string?> settings, MovableClock? clock = null) : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => settings;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s =>
            {
                s.AddSingleton(record);
                s.AddTenantJob<RecordingJob>();
                if (clock is not null) s.AddSingleton<TimeProvider>(clock);
            });
        }
    }

    /// <summary>Counts the firings Quartz gave up on as misfired (they wait for its misfire handler instead of firing).</summary>
    private sealed class MisfireCounter : Quartz.ITriggerListener
    {
        private int _misfired;
        public int Misfired => Volatile.Read(ref _misfired);
        public string Name => "test-misfires";
        public ValueTask TriggerMisfired(Quartz.ITrigger trigger, Quartz.IScheduler scheduler, CancellationToken ct = default)
        {
            Interlocked.Increment(ref _misfired);
            return default;
        }
        public ValueTask TriggerFired(Quartz.ITrigger trigger, Quartz.IJobExecutionContext context, CancellationToken ct = default) => default;
        public ValueTask<bool> VetoJobExecution(Quartz.ITrigger trigger, Quartz.IJobExecutionContext context, CancellationToken ct = default) => new(false);
        public ValueTask TriggerComplete(Quartz.ITrigger trigger, Quartz.IJobExecutionContext context, Quartz.SchedulerInstruction instruction, CancellationToken ct = default) => default;
    }

    /// <summary>
    /// Tests move their clock past a job's instant by hours or days; the test host's store must take such a job as due
    /// (fired as soon as the scheduler starts), not as misfired, which Quartz leaves to its misfire handler's next round a
    /// minute later (the slow RunDueJobsAsync calls after the move to Quartz).
    /// </summary>
    [Fact]
    public async Task A_job_whose_instant_the_test_clock_jumped_past_fires_as_due_not_as_a_misfire()
    {
        var record = new JobRecord();
        var clock = new MovableClock(DateTimeOffset.UtcNow);
        await using var api = new JobsFactory(record, new Dictionary<string, string?>(), clock);
        var slug = (await api.CompanyAsync("job-jump")).Slug;
        await api.Get<TenantJobs>().ScheduleAtAsync<RecordingJob>(slug, "deadline", clock.Now.AddHours(1));
        clock.Advance(TimeSpan.FromDays(3));
        var misfires = new MisfireCounter();
        var scheduler = await api.Get<Quartz.ISchedulerFactory>().GetScheduler();
        scheduler.ListenerManager.AddTriggerListener(misfires, [Quartz.GroupMatcher<Quartz.TriggerKey>.AnyGroup()]);

        await api.RunDueJobsAsync();

        Assert.Equal([("RecordingJob:deadline", slug)], record.Runs.Select(r => (r.Job, r.Tenant)));
        Assert.Equal(0, misfires.Misfired);
    }

    private static Dictionary<string, string?> SharedSqlite(string dir) => new()
    {
        ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(dir, "catalog.db")}",
        ["DatabaseServers:local:DataDirectory"] = Path.Combine(dir, "tenants"),
    };

    [Fact]
    public async Task A_stored_job_survives_a_restart_and_runs_in_the_next_process()
    {
        var dir = Path.Combine(Path.GetTempPath(), "psaas-tests", "restart-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var before = new JobRecord();
            string slug;
            await using (var first = new JobsFactory(before, SharedSqlite(dir)))
            {
                slug = (await first.CompanyAsync("restart")).Slug;
                await first.Get<TenantJobs>().EnqueueAsync<RecordingJob>(slug);
                await first.Get<TenantJobs>().ScheduleAtAsync<RecordingJob>(slug, "later", DateTimeOffset.UtcNow.AddDays(7));
            } // the process ends before any scheduler ran the job

            var after = new JobRecord();
            await using var second = new JobsFactory(after, SharedSqlite(dir));
            Assert.Equal(2, (await second.PendingJobsAsync(slug)).Count);
            await second.RunDueJobsAsync();

            var run = Assert.Single(after.Runs);
            Assert.Equal(slug, run.Tenant);
            Assert.Empty(before.Runs);
            // The timed job is still waiting for its instant, and can be taken back.
            Assert.True(await second.Get<TenantJobs>().CancelAsync<RecordingJob>(slug, "later"));
            Assert.Empty(await second.PendingJobsAsync(slug));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch { /* best effort */ }
        }
    }

    [Fact]
    public async Task Two_schedulers_on_one_clustered_store_run_each_job_once()
    {
        TestDatabases.RequirePostgres();
        var dir = Path.Combine(Path.GetTempPath(), "psaas-tests", "cluster-" + Guid.NewGuid().ToString("N")[..8]);
        var catalog = new NpgsqlConnectionStringBuilder(TestDatabases.Pg1) { Database = "c" + Guid.NewGuid().ToString("N")[..12] }.ToString();
        var settings = SharedSqlite(dir);
        settings["Catalog:Provider"] = "PostgreSql";
        settings["ConnectionStrings:Catalog"] = catalog;
        var record = new JobRecord();
        try
        {
            await using var a = new JobsFactory(record, settings);
            await using var b = new JobsFactory(record, settings);
            var slug = (await a.CompanyAsync("cluster")).Slug;
            _ = b.Services; // both replicas up on the one store
            for (var i = 0; i < 20; i++) await a.Get<TenantJobs>().EnqueueAsync<RecordingJob>(slug);

            await Task.WhenAll(a.RunDueJobsAsync(), b.RunDueJobsAsync());

            Assert.Equal(20, record.Runs.Count);
            Assert.Equal(20, record.Runs.Select(r => r.Job).Distinct().Count());
            Assert.Empty(await b.PendingJobsAsync(slug));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await using var admin = new NpgsqlConnection(TestDatabases.Pg1);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(catalog).Database}\" WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
            catch { /* best effort: the cluster is temporary in CI */ }
            try { Directory.Delete(dir, recursive: true); } catch { /* best effort */ }
        }
    }

    [Fact]
    public async Task A_tenant_job_for_a_suspended_or_outdated_company_runs_none_of_its_work()
    {
        var record = new JobRecord();
        await using var api = new JobsFactory(record, new Dictionary<string, string?>());
        var suspended = (await api.CompanyAsync("job-susp")).Slug;
        var outdated = (await api.CompanyAsync("job-old")).Slug;
        var jobs = api.Get<TenantJobs>();
        await jobs.EnqueueAsync<RecordingJob>(suspended);
        await jobs.EnqueueAsync<RecordingJob>(outdated);
        await api.Get<TenantProvisioner>().SetStatusAsync(suspended, TenantStatus.Suspended, "unpaid");
        await using (var catalog = api.Get<CatalogDatabase>().Open())
        {
            (await catalog.Tenants.SingleAsync(x => x.Slug == outdated)).SchemaVersion = "20200101000000_Older";
            await catalog.SaveChangesAsync();
        }
        api.Get<TenantDirectory>().Forget(outdated);

        var runs = await api.RunDueJobsAsync();

        Assert.Empty(record.Runs);
        // Refused with the codes and messages every request gets (TenantGateTests).
        var bySlug = runs.GroupBy(r => TenantJobs.CompanyOf(r.Key)!).ToDictionary(g => g.Key, g => g.First().Refusal);
        Assert.Equal(("FORBIDDEN", Messages.Get(Messages.English, "TENANT_SUSPENDED")), (bySlug[suspended]!.Code, Messages.Get(Messages.English, bySlug[suspended]!.MessageKey)));
        Assert.Equal(("TENANT_SCHEMA_OUTDATED", Messages.Get(Messages.English, "TENANT_SCHEMA_OUTDATED")), (bySlug[outdated]!.Code, Messages.Get(Messages.English, bySlug[outdated]!.MessageKey)));
        // A suspended company's job is done with; an upgrade in progress is retried later.
        Assert.Empty(await api.PendingJobsAsync(suspended));
        Assert.Single(await api.PendingJobsAsync(outdated));
    }
}
