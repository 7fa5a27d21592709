using System.Diagnostics;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Core;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// The unit list's GraphQL execution and JSON writing alone: the API's graph types, execution strategy and writer
/// over a page of 100 units already in memory (no HTTP, no database), so that changes to execution can be compared
/// by CPU time without the noise of a database on the same two cores.
/// </summary>
public static class ExecutionBenchmark
{
    private sealed class PageSchema : Schema
    {
        public PageSchema(IServiceProvider services, Connection<Unit> page) : base(services)
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<NonNullGraphType<ConnectionType<UnitGraphType, Unit>>>("units").Arguments(Paging.Arguments()).Resolve(_ => page);
            Query = query;
        }
    }

    public static async Task RunAsync(Options o)
    {
        var page = Page();
        using var services = new ServiceCollection()
            .AddGraphQL(b => b
                .AddSchema(sp => new PageSchema(sp, page))
                .AddGraphTypes(typeof(UnitGraphType).Assembly)
                .AddApiExecution(new GraphQLEndpointOptions()))
            .BuildServiceProvider();
        var executer = services.GetRequiredService<IDocumentExecuter<PageSchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var document = GraphQLParser.Parser.Parse(UnitListBenchmark.Query);
        using var output = new MemoryStream();

        async Task<long> OnceAsync()
        {
            // As the endpoint runs a cached document: no core validation rules (the complexity analyser still runs).
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = UnitListBenchmark.Query, Document = document, RequestServices = services, ValidationRules = [],
            });
            if (result.Errors is { Count: > 0 }) throw new InvalidOperationException(result.Errors[0].Message);
            output.SetLength(0);
            await serializer.WriteAsync(output, result);
            return output.Length;
        }

        Console.WriteLine();
        Console.WriteLine($"# GraphQL execution of the unit page in memory (100 units, {page.Nodes.Sum(u => u.Ownerships.Count)} owners; {await OnceAsync()} bytes of JSON)");
        for (var i = 0; i < o.Warmup * 3; i++) await OnceAsync();
        // Rounds, not one long run: on a shared machine the quietest rounds are the ones to compare.
        List<double> cpus = [];
        var runs = Math.Max(o.Iterations * 2, 500);
        for (var round = 1; round <= 15; round++)
        {
            var allocated = GC.GetTotalAllocatedBytes(true);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < runs; i++) await OnceAsync();
            var wall = clock.Elapsed.TotalMilliseconds * 1000 / runs;
            var cpuUs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds * 1000 / runs;
            cpus.Add(cpuUs);
            Console.WriteLine($"round {round}: {runs} pages, {wall:F0} µs wall and {cpuUs:F0} µs CPU per page, {(GC.GetTotalAllocatedBytes(true) - allocated) / runs / 1024} KB allocated per page");
        }
        cpus.Sort();
        Console.WriteLine($"CPU per page over {cpus.Count} rounds: min {cpus[0]:F0} µs, lower quartile {cpus[cpus.Count / 4]:F0} µs, median {cpus[cpus.Count / 2]:F0} µs");
    }

    // Shaped like the benchmark company's first page: 100 units, one or two owners each, as the page reader returns them.
    private static Connection<Unit> Page()
    {
        var random = new Random(7);
        var buildings = Enumerable.Range(1, 10).Select(b => new Building { Id = Guid.NewGuid(), Name = $"{b}栋" }).ToArray();
        var units = Enumerable.Range(0, 100).Select(i =>
        {
            var unit = new Unit
            {
                Id = Guid.NewGuid(), Number = $"{i / 10 + 1}-{i % 10 + 1:00}01", Floor = i % 30 + 1, BuildingArea = 60m + random.Next(0, 9000) / 100m,
                Status = (UnitStatus)(i % 4), Building = buildings[i / 10], OwnersRead = true,
            };
            for (var k = 0; k < 1 + i % 2; k++)
                unit.Ownerships.Add(new Ownership { Person = new Person { Name = "业主" + i + k, Phone = $"139{random.Next(10000000, 99999999)}" } });
            return unit;
        }).ToList();
        return Connection<Unit>.Of(units, 0, true, -1);
    }
}
