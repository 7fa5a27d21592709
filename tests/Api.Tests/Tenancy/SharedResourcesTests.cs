using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Jobs;
using Microsoft.Extensions.Logging;
using PropertySaaS.Api.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace PropertySaaS.Api.Tests.Tenancy;

/// <summary>What companies share (EF model, connection budget per server) and what they never share (cache entries, jobs).</summary>
public sealed class SharedResourcesTests : IAsyncLifetime
{
    private readonly JobFactory _api = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _api.DisposeAsync();

    private sealed class JobFactory : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["DatabaseServers:local:MaxConnections"] = "3" };

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(s => { s.AddSingleton<JobRecord>(); s.AddTenantJob<CountEstatesJob>(); });
        }
    }

    public sealed class JobRecord
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string KeyCompany, string ContextTenant, int Estates, string EstateName)> Runs { get; } = new();
    }

    /// <summary>A job that records which company and database it was handed, and what it found there.</summary>
    public sealed class CountEstatesJob(TenantGate gate, JobRecord record, ILogger<CountEstatesJob> log) : TenantJob(gate, log)
    {
        protected override async Task RunAsync(TenantJobContext context, CancellationToken ct)
        {
            var estates = await context.Db.Estates.ToListAsync(ct);
            record.Runs.Enqueue((TenantJobs.CompanyOf(context.Quartz.JobDetail.Key)!, context.Tenant.Slug, estates.Count, estates.Single().Name));
        }
    }

    [Fact]
    public async Task Companies_on_one_provider_share_one_EF_model()
    {
        var a = await _api.CompanyAsync("model-a");
        var b = await _api.CompanyAsync("model-b");
        await using var dbA = _api.Open(a);
        await using var dbB = _api.Open(b);
        Assert.Same(dbA.Model, dbB.Model);
        Assert.NotEqual(dbA.Database.GetConnectionString(), dbB.Database.GetConnectionString());
    }

    [Fact]
    public async Task A_pooled_context_reads_only_the_company_that_rented_it()
    {
        var a = await _api.CompanyAsync("rent-a");
        var b = await _api.CompanyAsync("rent-b");
        await SeedEstateNamedAfterAsync(a, b);

        TenantDbContext first;
        await using (var dbA = _api.Open(a))
        {
            first = dbA;
            Assert.Equal(a.Slug + "-estate", (await dbA.Estates.SingleAsync()).Name);
            dbA.Estates.Add(new Estate { Name = "never saved", Address = "-", City = "-" }); // left pending on purpose
        }
        // The same instance comes back from the pool for the other company, pointed at its database, with nothing
        // of the first company's left in it.
        await using var dbB = _api.Open(b);
        Assert.Same(first, dbB);
        Assert.Empty(dbB.ChangeTracker.Entries());
        Assert.Equal(b.Slug + "-estate", (await dbB.Estates.SingleAsync()).Name);
        Assert.DoesNotContain(a.DatabaseName, dbB.Database.GetConnectionString());
    }

    [Fact]
    public async Task Open_connections_of_all_companies_on_a_server_draw_from_one_budget()
    {
        var a = await _api.CompanyAsync("pool-a");
        var b = await _api.CompanyAsync("pool-b");
        var budget = _api.Get<DatabaseServerRegistry>().Budget("local");
        Assert.Equal(3, budget.CurrentCount);

        await using var dbA = _api.Open(a);
        await using var dbB = _api.Open(b);
        await dbA.Database.OpenConnectionAsync();
        await dbB.Database.OpenConnectionAsync();
        Assert.Equal(1, budget.CurrentCount); // two companies, one server, one budget

        await using var dbC = _api.Open(a);
        await dbC.Database.OpenConnectionAsync();
        Assert.Equal(0, budget.CurrentCount);
        using var timeout = new CancellationTokenSource();
        var fourth = _api.Open(b).Database.OpenConnectionAsync(timeout.Token); // must wait for a free slot
        Assert.False(fourth.IsCompleted);
        await dbA.Database.CloseConnectionAsync();
        await fourth; // completes once a slot is released
        Assert.Equal(0, budget.CurrentCount);
    }

    [Fact]
    public async Task A_background_job_runs_on_the_company_named_in_its_key()
    {
        var a = await _api.CompanyAsync("job-a");
        var b = await _api.CompanyAsync("job-b");
        await SeedEstateNamedAfterAsync(a, b);

        var jobs = _api.Get<TenantJobs>();
        var jobA = await jobs.EnqueueAsync<CountEstatesJob>(a.Slug);
        var jobB = await jobs.EnqueueAsync<CountEstatesJob>(b.Slug);
        Assert.Equal([jobA], await _api.PendingJobsAsync(a.Slug)); // a company's jobs are listed apart from another's
        var ran = await _api.RunDueJobsAsync();

        var runs = _api.Get<JobRecord>().Runs.ToList();
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(r.KeyCompany, r.ContextTenant));
        Assert.All(runs, r => Assert.Equal(r.ContextTenant + "-estate", r.EstateName));
        Assert.All(ran, r => Assert.Null(r.Error));
        Assert.Empty(await _api.PendingJobsAsync(a.Slug)); // done occurrences leave the store
    }

    private async Task SeedEstateNamedAfterAsync(params Tenant[] companies)
    {
        foreach (var t in companies)
        {
            await using var db = _api.Open(t);
            var builder = new RegistryBuilder(db);
            builder.Estate(t.Slug + "-estate");
            await builder.SaveAsync();
        }
    }
}
