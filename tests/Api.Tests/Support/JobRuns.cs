using System.Collections.Concurrent;
using Quartz;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>One firing a test saw: the job, what it left as its result (the gate's refusal, if any) and its failure.</summary>
public sealed record JobRun(JobKey Key, object? Result, Exception? Error)
{
    public TenantRefusal? Refusal => Result as TenantRefusal;
}

/// <summary>
/// Runs background work in tests without depending on timing (docs/architecture/scheduled-work.md): the test hosts
/// never start their scheduler (<c>Jobs:RunWorker=false</c>), so stored jobs wait until a test calls
/// <see cref="RunDueJobsAsync"/>, which starts the scheduler, waits until nothing is due and nothing is running, and
/// stands it by again. Jobs run exactly as in production: Quartz fires them through the TenantJob path.
/// </summary>
public static class JobRuns
{
    public static async Task<IReadOnlyList<JobRun>> RunDueJobsAsync(this ApiFactory api) =>
        await RunDueJobsAsync(await api.Get<ISchedulerFactory>().GetScheduler());

    public static async Task<IReadOnlyList<JobRun>> RunDueJobsAsync(IScheduler scheduler)
    {
        var recorder = new Recorder();
        scheduler.ListenerManager.AddJobListener(recorder, [GroupMatcher<JobKey>.AnyGroup()]);
        try
        {
            await scheduler.Start();
            var deadline = DateTime.UtcNow.AddMinutes(2);
            for (var quiet = 0; quiet < 3;)
            {
                if (DateTime.UtcNow > deadline) throw new TimeoutException("Jobs were still due or running after two minutes.");
                await Task.Delay(20);
                var now = scheduler.TimeProvider.GetUtcNow();
                var due = (await scheduler.QueryTriggers(new TriggerQuery { State = TriggerState.Normal, NextFireTimeBefore = now.AddMilliseconds(1) })).Items.Count
                    + (await scheduler.QueryTriggers(new TriggerQuery { State = TriggerState.Blocked, NextFireTimeBefore = now.AddMilliseconds(1) })).Items.Count;
                // Firings running now, or reserved for an instant already passed; a retry reserved for later is not due.
                var firing = await scheduler.QueryFireInstances(new FireInstanceQuery { State = null });
                var busy = firing.Items.Count(f => f.State == FireInstanceState.Executing || f.ScheduledFireTimeUtc <= now);
                quiet = due == 0 && busy == 0 && recorder.Running == 0 ? quiet + 1 : 0;
            }
        }
        finally
        {
            await scheduler.Standby();
            scheduler.ListenerManager.RemoveJobListener(recorder.Name);
        }
        return recorder.Runs.ToList();
    }

    /// <summary>A company's job occurrences still to run (waiting, scheduled or being retried), by trigger key.</summary>
    public static async Task<IReadOnlyList<TriggerKey>> PendingJobsAsync(this ApiFactory api, string tenant)
    {
        var scheduler = await api.Get<ISchedulerFactory>().GetScheduler();
        var triggers = await scheduler.QueryTriggers(new TriggerQuery { Group = GroupMatcher<TriggerKey>.GroupEquals(TenantJobs.Group(tenant)) });
        return triggers.Items.Select(t => t.Key).ToList();
    }

    private sealed class Recorder : IJobListener
    {
        private int _running;
        public string Name { get; } = "test-recorder-" + Guid.NewGuid().ToString("N");
        public int Running => Volatile.Read(ref _running);
        public ConcurrentQueue<JobRun> Runs { get; } = new();

        public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken ct = default)
        {
            Interlocked.Increment(ref _running);
            return default;
        }

        public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken ct = default) => default;

        public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? error, CancellationToken ct = default)
        {
            Runs.Enqueue(new JobRun(context.JobDetail.Key, context.Result, error?.GetBaseException()));
            Interlocked.Decrement(ref _running);
            return default;
        }
    }
}
