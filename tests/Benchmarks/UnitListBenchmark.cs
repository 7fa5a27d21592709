using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// The staff unit list over GraphQL (real host, real token validation, real tenant resolution) against the same
/// data read by hand-written SQL, with <see cref="Options.Tenants"/> companies provisioned on the same server.
/// </summary>
public static class UnitListBenchmark
{
    public const string Query =
        "{ units(first: 100) { nodes { id number floor buildingArea status building { name } owners { person { name phoneMasked } } } } }";

    // Warm-up ends once 200 request pairs compile at most this many methods (stragglers: rarely taken branches).
    private const int JitQuietMethods = 10;
    private static readonly TimeSpan JitSettleLimit = TimeSpan.FromSeconds(90);

    public static async Task RunAsync(Options o)
    {
        using var settings = new BenchSettings(o.Pg);
        try
        {
            await using var api = new BenchApi(settings, kestrel: o.Transport != "testserver");
            using var http = api.Client();
            Console.WriteLine($"API host: {(o.Transport == "testserver" ? "in-memory TestServer" : "Kestrel at " + http.BaseAddress)}, environment Production");
            if (!o.SkipSqlite) await RunOnServerAsync(o, settings, api, http, "local", "SQLite");
            if (o.Pg is not null) await RunOnServerAsync(o, settings, api, http, "pg", "PostgreSQL");
            else Console.WriteLine("No PostgreSQL server (--pg or PROPERTYSAAS_TEST_PG1): PostgreSQL unit list skipped.");
        }
        finally
        {
            await settings.DropPostgresDatabasesAsync();
        }
    }

    private static async Task RunOnServerAsync(Options o, BenchSettings settings, BenchApi api, HttpClient http, string server, string label)
    {
        Console.WriteLine();
        Console.WriteLine($"# Unit list on {label}");
        var provisioner = api.Services.GetRequiredService<TenantProvisioner>();
        var sw = Stopwatch.StartNew();
        var tenants = new Tenant[o.Tenants];
        await Parallel.ForAsync(0, o.Tenants, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var slug = settings.Slug($"{server}-u{i:000}");
            tenants[i] = await provisioner.ProvisionAsync(new ProvisionRequest(slug, "基准物业" + i, "Benchmark " + i, server));
            if (tenants[i].Status != TenantStatus.Active) throw new InvalidOperationException($"{slug}: {tenants[i].StatusReason}");
        });
        Console.WriteLine($"Provisioned {o.Tenants} companies on {label} in {sw.Elapsed.TotalSeconds:F1} s (4 at a time).");

        var tenant = tenants[o.Tenants / 2];
        sw.Restart();
        await using (var db = api.Services.GetRequiredService<TenantDatabases>().Open(TenantLocation.Of(tenant)))
        {
            var (units, people, ownerships) = await UnitListData.FillAsync(db, o.Units);
            Console.WriteLine($"Filled {tenant.Slug}: {units} units, {people} people, {ownerships} ownerships in {sw.Elapsed.TotalSeconds:F1} s; the other {o.Tenants - 1} companies are empty.");
        }

        var token = BenchTokens.CompanyAdmin(tenant.Slug);
        var body = Encoding.UTF8.GetBytes(new JsonObject { ["query"] = Query }.ToJsonString());
        var trivialBody = Encoding.UTF8.GetBytes(new JsonObject { ["query"] = "{ __typename }" }.ToJsonString());
        Task<ReadOnlyMemory<byte>> GraphQLAsync() => PostAsync(body);
        // The client shares this process, and so the API's garbage collections: it reads each body into one reused
        // buffer (a client in another process, as in production, adds nothing to the API's collections).
        var responseBuffer = new MemoryStream(64 * 1024);
        async Task<ReadOnlyMemory<byte>> PostAsync(byte[] body)
        {
            using var req = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
            req.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            req.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
            req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var res = await http.SendAsync(req, HttpCompletionOption.ResponseHeadersRead);
            responseBuffer.SetLength(0);
            await using (var stream = await res.Content.ReadAsStreamAsync()) await stream.CopyToAsync(responseBuffer);
            var bytes = responseBuffer.GetBuffer().AsMemory(0, (int)responseBuffer.Length);
            if (!res.IsSuccessStatusCode) throw new InvalidOperationException($"GraphQL {(int)res.StatusCode}: {Encoding.UTF8.GetString(bytes.Span)}");
            return bytes;
        }
        var servers = api.Services.GetRequiredService<DatabaseServerRegistry>();
        var raw = new RawUnitList(tenant.Provider, servers.ConnectionString(server, tenant.DatabaseName));

        // Same data on both sides, or the comparison means nothing.
        var gqlDoc = JsonNode.Parse((await GraphQLAsync()).Span)!;
        var rawDoc = JsonNode.Parse((await raw.FetchJsonAsync()).Span)!;
        if (gqlDoc["errors"] is not null) throw new InvalidOperationException("GraphQL errors: " + gqlDoc["errors"]!.ToJsonString());
        var nodes = gqlDoc["data"]!["units"]!["nodes"]!.AsArray();
        if (nodes.Count != 100 || !JsonNode.DeepEquals(gqlDoc["data"], rawDoc["data"]))
            throw new InvalidOperationException($"GraphQL and raw SQL disagree ({nodes.Count} nodes).\nGraphQL: {gqlDoc["data"]!.ToJsonString()[..400]}\nraw:     {rawDoc["data"]!.ToJsonString()[..400]}");
        var owners = nodes.Sum(n => n!["owners"]!.AsArray().Count);
        Console.WriteLine($"Checked: both sides return the same 100 units and {owners} ownerships (GraphQL body {(await GraphQLAsync()).Length} bytes, raw JSON {(await raw.FetchJsonAsync()).Length} bytes).");

        // Warm up, then keep warming until the JIT has finished tiering both paths up: .NET recompiles hot methods in
        // the background for tens of seconds after start, and a server in production has long finished. Measuring
        // earlier timed partly unoptimised code and the JIT's own thread competing for the 2 cores.
        var warmup = Stopwatch.StartNew();
        var warmed = 0;
        for (; warmed < o.Warmup; warmed++)
        {
            await GraphQLAsync();
            await raw.FetchJsonAsync();
        }
        long compiled;
        do
        {
            compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
            for (var i = 0; i < 200; i++, warmed++)
            {
                await GraphQLAsync();
                await raw.FetchJsonAsync();
            }
        } while (System.Runtime.JitInfo.GetCompiledMethodCount() - compiled > JitQuietMethods && warmup.Elapsed < JitSettleLimit);
        Console.WriteLine($"Warm-up: {warmed} request pairs in {warmup.Elapsed.TotalSeconds:F1} s; the last 200 compiled {System.Runtime.JitInfo.GetCompiledMethodCount() - compiled} methods (settled at ≤ {JitQuietMethods}, limit {JitSettleLimit.TotalSeconds:F0} s).");
        if (o.Soak > 0)
        {
            // For profilers (perf record -g -a, DOTNET_PerfMapEnabled=1): one side only, in a loop, with its cost per request.
            Console.WriteLine($"Soak: {(o.SoakRaw ? "raw SQL" : "GraphQL")} for {o.Soak} s from now (process {Environment.ProcessId}).");
            var clock = Stopwatch.StartNew();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(true);
            var gcsBefore = GC.CollectionCount(0);
            var pausedBefore = GC.GetTotalPauseDuration();
            var requests = 0;
            using var sampler = o.SoakAllocations ? new AllocationSampler() : null;
            sampler?.Start();
            for (; clock.Elapsed.TotalSeconds < o.Soak; requests++)
                if (o.SoakRaw) await raw.FetchJsonAsync(); else await GraphQLAsync();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
            Console.WriteLine($"Soak: {requests} requests, {clock.Elapsed.TotalMilliseconds / requests:F2} ms each, {cpu.TotalMilliseconds / requests:F3} ms CPU each (this process), "
                + $"{(GC.GetTotalAllocatedBytes(true) - allocatedBefore) / requests / 1024} KB allocated each, {GC.CollectionCount(0) - gcsBefore} gen0 collections pausing {(GC.GetTotalPauseDuration() - pausedBefore).TotalMilliseconds:F0} ms in all.");
            sampler?.Stop();
            sampler?.Print(requests);
            return;
        }
        var gql = new Samples($"GraphQL over HTTP ({label})");
        var sql = new Samples($"raw SQL + JSON ({label})");
        // Interleaved, so drift (GC, autovacuum, CPU frequency) hits both sides alike.
        for (var i = 0; i < o.Iterations; i++)
        {
            await gql.TimeAsync(GraphQLAsync);
            await sql.TimeAsync(() => raw.FetchJsonAsync());
        }
        // The fixed cost of a request (HTTP, JWT, tenant, endpoint) without any resolver or database work.
        var trivial = new Samples("GraphQL over HTTP, { __typename } (no database)");
        for (var i = 0; i < 200; i++) await trivial.TimeAsync(() => PostAsync(trivialBody));
        Report.Table($"Unit list, first 100 of {o.Units} units, {o.Tenants} companies on the server ({label}; warm-up {o.Warmup}, measured {o.Iterations}, one request at a time)", [gql, sql, trivial], withP99: true);
        Console.WriteLine($"GraphQL / raw SQL: p50 {gql.P(50) / sql.P(50):F2}×, p95 {gql.P(95) / sql.P(95):F2}×, p99 {gql.P(99) / sql.P(99):F2}× (target ≤ 1.5× at p95 → {(gql.P(95) / sql.P(95) <= 1.5 ? "met" : "MISSED")})");
        // A request that meets a garbage collection waits for it; more than 5 % of them and the pause is in the p95.
        Console.WriteLine($"Garbage collections during {100.0 * gql.WithGc / gql.Count:F1} % of GraphQL requests and {100.0 * sql.WithGc / sql.Count:F1} % of raw SQL calls.");

        // Profiling pass, after the measurement: what one GraphQL request does in the database.
        using var counter = new SqlCommandCounter();
        // Company contexts are pooled, and a pooled context that saw no listener skips EF's command events for EF's
        // logging cache time (1 s); wait that out so the profile sees every command.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        const int profiled = 50;
        var dbTime = TimeSpan.Zero;
        var commands = 0;
        var compilations = 0;
        List<string> texts = [];
        for (var i = 0; i < profiled; i++)
        {
            counter.Reset();
            counter.Enabled = true;
            await GraphQLAsync();
            counter.Enabled = false;
            commands += counter.Commands;
            compilations += counter.Compilations;
            dbTime += counter.Time;
            if (i == profiled - 1) texts = [.. counter.Texts];
        }
        Console.WriteLine($"Profile ({profiled} requests): {commands / (double)profiled:F2} SQL commands through EF and {compilations / (double)profiled:F2} EF query compilations per GraphQL request, {dbTime.TotalMilliseconds / profiled:F2} ms in them (EF CommandExecuted durations; the unit page reader's statement included).");
        foreach (var t in texts) Console.WriteLine("  SQL: " + t.ReplaceLineEndings(" ")[..Math.Min(160, t.ReplaceLineEndings(" ").Length)] + "…");

        Report.Table($"Breakdown, in-process ({label}; 200 each, interleaved)", await Breakdown.RunAsync(api.Services, tenant, raw, 200), withP99: false);
    }
}
