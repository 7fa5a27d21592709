using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Jobs;
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
            builder.ConfigureServices(s => { s.AddSingleton<RecordingHandler>(); s.AddSingleton<IJobHandler>(sp => sp.GetRequiredService<RecordingHandler>()); });
        }
    }

    /// <summary>A job that records which company and database it was handed, and what it found there.</summary>
    private sealed class RecordingHandler : IJobHandler
    {
        public string Kind => "test.count-estates";
        public List<(string PayloadTenant, string ContextTenant, int Estates, string EstateName)> Runs { get; } = [];

        public async Task RunAsync(JobContext context, CancellationToken ct)
        {
            var payload = context.Payload<Dictionary<string, string>>();
            var estates = await context.Db.Estates.ToListAsync(ct);
            Runs.Add((payload["tenant"], context.Tenant.Slug, estates.Count, estates.Single().Name));
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
    public async Task A_background_job_runs_on_the_company_named_in_its_payload()
    {
        var a = await _api.CompanyAsync("job-a");
        var b = await _api.CompanyAsync("job-b");
        await SeedEstateNamedAfterAsync(a, b);

        var queue = _api.Get<JobQueue>();
        var jobA = await queue.EnqueueAsync(a.Slug, "test.count-estates", new Dictionary<string, string> { ["tenant"] = a.Slug });
        var jobB = await queue.EnqueueAsync(b.Slug, "test.count-estates", new Dictionary<string, string> { ["tenant"] = b.Slug });
        var worker = _api.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<JobWorker>().SingleOrDefault()
            ?? ActivatorUtilities.CreateInstance<JobWorker>(_api.Services);
        while (await worker.RunNextAsync(default)) { }

        var runs = _api.Get<RecordingHandler>().Runs;
        Assert.Equal(2, runs.Count);
        Assert.All(runs, r => Assert.Equal(r.PayloadTenant, r.ContextTenant));
        Assert.All(runs, r => Assert.Equal(r.ContextTenant + "-estate", r.EstateName));
        Assert.Equal(JobStatus.Succeeded, (await queue.FindAsync(jobA, a.Slug))!.Status);
        Assert.Null(await queue.FindAsync(jobB, a.Slug)); // a company cannot look up another company's job
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
