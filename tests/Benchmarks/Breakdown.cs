using System.Security.Claims;
using GraphQL;
using GraphQL.Execution;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// Where a GraphQL unit-list request spends its time, measured in-process layer by layer (no HTTP):
/// the EF queries the resolvers issue on a fresh DbContext, and the GraphQL execution plus JSON writing.
/// The HTTP request minus the in-process execution is transport, JWT validation and the endpoint's own work.
/// </summary>
public static class Breakdown
{
    public static async Task<List<Samples>> RunAsync(IServiceProvider services, Tenant tenant, RawUnitList raw, int iterations)
    {
        var databases = services.GetRequiredService<TenantDatabases>();
        var directory = services.GetRequiredService<TenantDirectory>();
        var executer = services.GetRequiredService<IDocumentExecuter<AppSchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new("sub", "bench-user"), new("name", "bench-user"), new("tenant", tenant.Slug), new("role", "company_admin")], "Bearer"));
        var viewer = Viewer.From(user);
        var location = TenantLocation.Of(tenant);

        // The same five commands the resolvers send (count, page, then one batch per loader), on a fresh context.
        async Task<int> EfAsync()
        {
            await using var db = databases.Open(location);
            var q = db.Units.AsNoTracking().OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id);
            var total = await q.CountAsync();
            var units = await q.Skip(0).Take(100).ToListAsync();
            var buildingIds = units.Select(u => u.BuildingId).Distinct().ToList();
            var unitIds = units.Select(u => u.Id).ToList();
            var buildings = await db.Buildings.AsNoTracking().Where(b => buildingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id);
            var owners = await db.Ownerships.AsNoTracking().Where(o => unitIds.Contains(o.UnitId)).OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate).ToListAsync();
            var personIds = owners.Select(o => o.PersonId).Distinct().ToList();
            var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
            return total + buildings.Count + people.Count;
        }

        // What the resolvers would cost without the COUNT(*) nobody asked for (totalCount not selected).
        async Task<int> EfNoCountAsync()
        {
            await using var db = databases.Open(location);
            var units = await db.Units.AsNoTracking().OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id).Take(101).ToListAsync();
            var buildingIds = units.Select(u => u.BuildingId).Distinct().ToList();
            var unitIds = units.Select(u => u.Id).ToList();
            var buildings = await db.Buildings.AsNoTracking().Where(b => buildingIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id);
            var owners = await db.Ownerships.AsNoTracking().Where(o => unitIds.Contains(o.UnitId)).OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate).ToListAsync();
            var personIds = owners.Select(o => o.PersonId).Distinct().ToList();
            var people = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id);
            return buildings.Count + people.Count;
        }

        // The same data in one round trip: the page with its building and owners → person included.
        async Task<int> EfOneQueryAsync()
        {
            await using var db = databases.Open(location);
            var units = await db.Units.AsNoTracking().Include(u => u.Building).Include(u => u.Ownerships).ThenInclude(o => o.Person)
                .OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id).Take(100).ToListAsync();
            return units.Sum(u => u.Ownerships.Count);
        }

        async Task<long> ExecuteAsync()
        {
            using var scope = services.CreateScope();
            var resolved = await directory.ResolveAsync(tenant.Slug, default);
            await using var context = new RequestContext(viewer, resolved, Messages.Chinese, databases, scope.ServiceProvider);
            var result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = UnitListBenchmark.Query, UserContext = context, User = user, RequestServices = scope.ServiceProvider,
            });
            if (result.Errors is { Count: > 0 }) throw new InvalidOperationException(result.Errors[0].Message);
            using var ms = new MemoryStream();
            await serializer.WriteAsync(ms, result);
            return ms.Length;
        }

        async Task<int> OpenOnlyAsync()
        {
            await using var db = databases.Open(location);
            return await db.Buildings.AsNoTracking().Take(1).CountAsync();
        }

        var ef = new Samples("EF: the 5 resolver queries on a fresh DbContext");
        var exec = new Samples("GraphQL execution + JSON, in-process (no HTTP, no JWT)");
        var rawObjects = new Samples("raw SQL, objects only (no JSON)");
        var open = new Samples("EF: fresh DbContext + 1 trivial query");
        var noCount = new Samples("EF: the resolver queries without COUNT (4 commands)");
        var one = new Samples("EF: one query with Include (1 command)");
        for (var i = 0; i < 30; i++) { await EfAsync(); await ExecuteAsync(); await raw.FetchAsync(); await OpenOnlyAsync(); await EfNoCountAsync(); await EfOneQueryAsync(); }
        for (var i = 0; i < iterations; i++)
        {
            await ef.TimeAsync(EfAsync);
            await exec.TimeAsync(ExecuteAsync);
            await rawObjects.TimeAsync(async () => (await raw.FetchAsync()).Count);
            await open.TimeAsync(OpenOnlyAsync);
            await noCount.TimeAsync(EfNoCountAsync);
            await one.TimeAsync(EfOneQueryAsync);
        }
        return [exec, ef, noCount, one, open, rawObjects];
    }
}
