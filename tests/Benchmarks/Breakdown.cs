using System.Security.Claims;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Core;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// Where a GraphQL unit-list request spends its time, measured in-process layer by layer (no HTTP):
/// parsing and validating the document, the EF commands the resolvers issue on a fresh DbContext (and
/// alternatives to them), and the GraphQL execution plus JSON writing. The HTTP request minus the in-process
/// execution is transport, JWT validation and the endpoint's own work.
/// </summary>
public static class Breakdown
{
    private static readonly Func<TenantDbContext, int, IAsyncEnumerable<Unit>> CompiledPage = EF.CompileAsyncQuery(
        (TenantDbContext db, int take) => db.Set<Unit>().AsNoTracking().Include(u => u.Building)
            .OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id).Take(take));

    private static readonly Func<TenantDbContext, Guid[], IAsyncEnumerable<Ownership>> CompiledOwners = EF.CompileAsyncQuery(
        (TenantDbContext db, Guid[] ids) => db.Set<Ownership>().AsNoTracking().Include(o => o.Person).Where(o => ids.Contains(o.UnitId))
            .OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate).AsQueryable());

    private static IQueryable<Unit> ProjectedPage(IQueryable<Unit> units) => units
        .OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id)
        .Select(u => new Unit
        {
            Id = u.Id, BuildingId = u.BuildingId, EstateId = u.EstateId, Number = u.Number, Floor = u.Floor, BuildingArea = u.BuildingArea, Usage = u.Usage, Status = u.Status,
            Building = new Building { Id = u.Building!.Id, EstateId = u.Building.EstateId, Name = u.Building.Name, Floors = u.Building.Floors },
            Ownerships = u.Ownerships.OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate).Select(o => new Ownership
            {
                Id = o.Id, UnitId = o.UnitId, PersonId = o.PersonId, Share = o.Share, StartDate = o.StartDate, EndDate = o.EndDate,
                Person = new Person { Id = o.Person!.Id, Name = o.Person.Name, Phone = o.Person.Phone, PhoneLast4 = o.Person.PhoneLast4, IdNumber = o.Person.IdNumber, EmergencyContactName = o.Person.EmergencyContactName, EmergencyContactPhone = o.Person.EmergencyContactPhone, CreatedAt = o.Person.CreatedAt },
            }).ToList(),
        });

    private static readonly Func<TenantDbContext, int, IAsyncEnumerable<Unit>> CompiledProjected = EF.CompileAsyncQuery(
        (TenantDbContext db, int take) => ProjectedPage(db.Set<Unit>().AsNoTracking()).Take(take));

    public static async Task<List<Samples>> RunAsync(IServiceProvider services, Tenant tenant, RawUnitList raw, int iterations)
    {
        var databases = services.GetRequiredService<TenantDatabases>();
        var directory = services.GetRequiredService<TenantDirectory>();
        var executer = services.GetRequiredService<IDocumentExecuter<AppSchema>>();
        var serializer = services.GetRequiredService<IGraphQLTextSerializer>();
        var schema = services.GetRequiredService<AppSchema>();
        var user = new ClaimsPrincipal(new ClaimsIdentity([new("sub", "bench-user"), new("name", "bench-user"), new("tenant", tenant.Slug), new("role", "company_admin")], "Bearer"));
        var viewer = Viewer.From(user);
        var location = TenantLocation.Of(tenant);
        var validator = new DocumentValidator();
        var parsed = GraphQLParser.Parser.Parse(UnitListBenchmark.Query);

        // The resolvers' two commands as they stand: the page (building joined), then the owners batch (person joined).
        async Task<int> EfAsync()
        {
            await using var db = databases.Open(location);
            var units = await db.Units.AsNoTracking().Include(u => u.Building)
                .OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id).Skip(0).Take(101).ToListAsync();
            var ids = units.Take(100).Select(u => u.Id).ToList();
            var owners = await db.Ownerships.AsNoTracking().Include(o => o.Person).Where(o => ids.Contains(o.UnitId))
                .OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate).ToListAsync();
            return owners.Count;
        }

        // The same two commands as EF compiled queries (no expression-tree cache lookup per call).
        async Task<int> EfCompiledAsync()
        {
            await using var db = databases.Open(location);
            var units = new List<Unit>(101);
            await foreach (var u in CompiledPage(db, 101)) units.Add(u);
            var ids = units.Take(100).Select(u => u.Id).ToArray();
            var n = 0;
            await foreach (var _ in CompiledOwners(db, ids)) n++;
            return n;
        }

        // The same data in one command: the page with its building and its owners (ordered, person included).
        async Task<int> EfOneQueryAsync()
        {
            await using var db = databases.Open(location);
            var units = await db.Units.AsNoTracking().Include(u => u.Building)
                .Include(u => u.Ownerships.OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate)).ThenInclude(o => o.Person)
                .OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id).Take(101).ToListAsync();
            return units.Sum(u => u.Ownerships.Count);
        }

        // The same data projected into entity objects: no Include fix-up, no identity resolution.
        async Task<int> EfProjectedAsync()
        {
            await using var db = databases.Open(location);
            var units = await ProjectedPage(db.Units.AsNoTracking()).Take(101).ToListAsync();
            return units.Sum(u => u.Ownerships.Count);
        }

        async Task<int> EfProjectedCompiledAsync()
        {
            await using var db = databases.Open(location);
            var n = 0;
            await foreach (var u in CompiledProjected(db, 101)) n += u.Ownerships.Count;
            return n;
        }

        // What the resolver now sends for this selection: the hand-written page read on the request's DbContext.
        async Task<int> ReaderAsync()
        {
            await using var db = databases.Open(location);
            var units = await UnitPageReader.ReadAsync(db, new UnitFilter(), new UnitScope.Staff(null), new UnitPageColumns { Owners = true, Person = true }, 0, 101, CancellationToken.None);
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

        Task<int> ParseAsync() => Task.FromResult(GraphQLParser.Parser.Parse(UnitListBenchmark.Query).Definitions.Count);

        async Task<int> ValidateAsync()
        {
            var result = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = schema, Document = parsed, Rules = DocumentValidator.CoreRules, Operation = (GraphQLParser.AST.GraphQLOperationDefinition)parsed.Definitions[0],
                UserContext = new Dictionary<string, object?>(), RequestServices = services, User = user,
            });
            return result.IsValid ? 1 : throw new InvalidOperationException("invalid");
        }

        async Task<int> OpenOnlyAsync()
        {
            await using var db = databases.Open(location);
            return await db.Buildings.AsNoTracking().Take(1).CountAsync();
        }

        var exec = new Samples("GraphQL execution + JSON, in-process (no HTTP, no JWT)");
        var parse = new Samples("GraphQL: parse the document");
        var validate = new Samples("GraphQL: validate the document (core rules)");
        var ef = new Samples("EF: the resolvers' 2 commands (page + owners) on a fresh DbContext");
        var compiled = new Samples("EF: the same 2 commands as compiled queries");
        var one = new Samples("EF: page + building + owners + person in 1 command (Include)");
        var open = new Samples("EF: fresh DbContext + 1 trivial query");
        var rawObjects = new Samples("raw SQL, objects only (no JSON)");
        var projected = new Samples("EF: 1 command, projected into entities (no Include)");
        var projectedCompiled = new Samples("EF: the same, compiled");
        var reader = new Samples("UnitPageReader: the same data, hand-written SQL on a fresh DbContext (what the resolver sends)");
        for (var i = 0; i < 30; i++) { await ExecuteAsync(); await ParseAsync(); await ValidateAsync(); await EfAsync(); await EfCompiledAsync(); await EfOneQueryAsync(); await OpenOnlyAsync(); await raw.FetchAsync(); await EfProjectedAsync(); await EfProjectedCompiledAsync(); await ReaderAsync(); }
        for (var i = 0; i < iterations; i++)
        {
            await exec.TimeAsync(ExecuteAsync);
            await parse.TimeAsync(ParseAsync);
            await validate.TimeAsync(ValidateAsync);
            await ef.TimeAsync(EfAsync);
            await compiled.TimeAsync(EfCompiledAsync);
            await one.TimeAsync(EfOneQueryAsync);
            await open.TimeAsync(OpenOnlyAsync);
            await rawObjects.TimeAsync(async () => (await raw.FetchAsync()).Count);
            await projected.TimeAsync(EfProjectedAsync);
            await projectedCompiled.TimeAsync(EfProjectedCompiledAsync);
            await reader.TimeAsync(ReaderAsync);
        }
        return [exec, parse, validate, ef, compiled, one, projected, projectedCompiled, reader, open, rawObjects];
    }
}
