using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.Registry;

/// <summary>
/// The hand-written unit page must return what the EF query returns — same units, order, buildings and owners
/// (current first, then newest, ties by id), buildings with id, estate and name and owners' people with id, name and phone, marked as such — for every
/// filter, scope and page, on each provider it serves.
/// </summary>
public sealed class UnitPageReaderTests(UnitPageReaderTests.Fixture fx) : IClassFixture<UnitPageReaderTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public Dictionary<string, (Tenant Tenant, Guid[] Estates, Guid[] Buildings)> Places { get; } = new();

        public async ValueTask InitializeAsync()
        {
            List<string> servers = ["local"];
            if (TestDatabases.HasPostgres) servers.AddRange(["pg1", "pg2"]);
            foreach (var server in servers)
            {
                var t = await Api.CompanyAsync("pager-" + server, server);
                await using var db = Api.Open(t);
                var b = new RegistryBuilder(db, seed: 11);
                var estates = new[] { b.Estate("东园"), b.Estate("西园") };
                // Two buildings share a name across estates, so the id tie-break decides their order.
                var buildings = new[] { b.Building(estates[0], "1栋"), b.Building(estates[0], "2栋"), b.Building(estates[1], "1栋") };
                var rnd = new Random(5);
                var n = 0;
                foreach (var building in buildings)
                    for (var floor = 1; floor <= 4; floor++)
                        for (var door = 1; door <= 5; door++)
                        {
                            var unit = b.Unit(building, $"{floor}0{door}", floor, 60m + rnd.Next(0, 9000) / 100m);
                            unit.Status = (UnitStatus)(n % 4);
                            unit.Usage = n % 7 == 0 ? UnitUsage.Shop : UnitUsage.Residential;
                            switch (n++ % 5)
                            {
                                case 0: break; // no owner
                                case 1: b.Owner(unit, b.Person()); break;
                                case 2: // co-owners with the same start date: ordered by id
                                    b.Owner(unit, b.Person(), 50m);
                                    b.Owner(unit, b.Person(), 50m);
                                    break;
                                default: // two ended ownerships kept as history (newest first), and the current one
                                    var oldest = b.Owner(unit, b.Person());
                                    oldest.StartDate = new DateOnly(2015, 3, 1);
                                    oldest.EndDate = new DateOnly(2019, 12, 31);
                                    var old = b.Owner(unit, b.Person());
                                    old.EndDate = new DateOnly(2023, 6, 30);
                                    var now = b.Owner(unit, b.Person());
                                    now.StartDate = new DateOnly(2023, 7, 1);
                                    now.Person!.EmergencyContactName = "联系人";
                                    break;
                            }
                        }
                await b.SaveAsync();
                Places[server] = (t, estates.Select(e => e.Id).ToArray(), buildings.Select(x => x.Id).ToArray());
            }
        }

        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Every_filter_scope_and_page_reads_what_the_EF_query_reads(string server)
    {
        TestDatabases.SkipWithoutPostgres(server);
        var (tenant, estates, buildings) = fx.Places[server];
        List<(UnitFilter Filter, IReadOnlySet<Guid>? Scope)> cases =
        [
            (new(), null),
            (new() { EstateId = estates[0] }, null),
            (new() { BuildingId = buildings[2] }, null),
            (new() { Status = UnitStatus.Vacant }, null),
            (new() { Usage = UnitUsage.Shop, EstateId = estates[1] }, null),
            (new(), new HashSet<Guid> { estates[1] }),
            (new() { EstateId = estates[0] }, new HashSet<Guid> { estates[1] }),
            (new(), new HashSet<Guid>()),
        ];
        var compared = 0;
        await using var db = fx.Api.Open(tenant);
        Assert.True(UnitPageReader.Supports(db, new UnitFilter(), new UnitScope.Staff(null)));
        foreach (var (filter, scope) in cases)
            foreach (var (skip, take) in new[] { (0, 21), (20, 21), (55, 21), (0, 101) })
            {
                var expected = await EfPage(db, filter, scope, skip, take);
                var actual = await UnitPageReader.ReadAsync(db, filter, new UnitScope.Staff(scope), UnitPageColumns.All, skip, take, CancellationToken.None);
                Assert.Equal(Describe(expected), Describe(actual));
                Assert.All(actual.SelectMany(u => u.Ownerships), o => Assert.True(o.Person!.OnlyNameAndPhone));
                Assert.All(actual, u => Assert.True(u.Building!.OnlyName));
                compared += actual.Count;
            }
        // The cases above really covered units, co-owners and history, not just empty pages.
        Assert.True(compared > 150, $"only {compared} units compared");
    }

    // Selections of the unit list, each read as a page (hand-written SQL with only the columns it shows) and as the
    // same units one at a time (EF and batch loaders): a column the page wrongly leaves out shows as a default value.
    public static TheoryData<string, string> Selections() => new()
    {
        { "number floor buildingArea status building { name } owners { person { name phoneMasked } }", "" },
        { "usage estate { id name } building { id name floors estate { name } } owners { id share startDate endDate current "
            + "person { id name phone phoneMasked idNumberMasked emergencyContactName emergencyContactPhone } } tenancies { id } members { id }", "" },
        { "usage", "" },
        { "estate { name }", "" },
        { "building { id }", "" },
        { "building { floors }", "" },
        { "owners { share }", "" },
        { "owners { current person { name } }", "" },
        { "owners { startDate person { idNumberMasked } }", "" },
        { "owners { __typename person { __typename phone } }", "" },
        { "...U ... on Unit { building { estate { city } } }",
            "fragment U on Unit { status owners { ...O } } fragment O on Ownership { share person { id name } }" },
    };

    [Theory, MemberData(nameof(Selections))]
    public async Task A_page_shows_what_the_same_units_read_one_by_one_show(string selection, string fragments)
    {
        foreach (var server in fx.Places.Keys)
        {
            var client = fx.Api.Client(TestTokens.For(fx.Places[server].Tenant.Slug, ["company_admin"]));
            var page = (await client.PostAsync($"{{ units(first: 60) {{ nodes {{ id {selection} }} }} }} {fragments}")).AssertNoErrors()
                .Data["units"]!["nodes"]!.AsArray();
            Assert.Equal(60, page.Count);
            var one = string.Join(" ", page.Select((n, i) => $"u{i}: unit(id: \"{n!["id"]}\") {{ id {selection} }}"));
            var single = (await client.PostAsync($"{{ {one} }} {fragments}")).AssertNoErrors().Data;
            for (var i = 0; i < page.Count; i++) Assert.Equal(single[$"u{i}"]!.ToJsonString(), page[i]!.ToJsonString());
        }
    }

    [Fact]
    public async Task Edges_and_cursors_page_through_the_list_in_order()
    {
        var client = fx.Api.Client(TestTokens.For(fx.Places["local"].Tenant.Slug, ["company_admin"]));
        const string page = "edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }";
        var six = (await client.PostAsync("{ units(first: 6) { nodes { id } } }")).AssertNoErrors().Data["units"]!["nodes"]!.AsArray()
            .Select(n => n!["id"]!.GetValue<string>()).ToList();
        var first = (await client.PostAsync($"{{ units(first: 3) {{ {page} }} }}")).AssertNoErrors().Data["units"]!;
        var edges = first["edges"]!.AsArray();
        Assert.Equal(six[..3], edges.Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.Equal(six[..3], first["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()));
        Assert.Equal(edges[0]!["cursor"]!.GetValue<string>(), first["pageInfo"]!["startCursor"]!.GetValue<string>());
        Assert.Equal(edges[2]!["cursor"]!.GetValue<string>(), first["pageInfo"]!["endCursor"]!.GetValue<string>());
        Assert.True(first["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        Assert.False(first["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());

        var second = (await client.PostAsync($"query($a: String) {{ units(first: 3, after: $a) {{ {page} }} }}",
            new { a = first["pageInfo"]!["endCursor"]!.GetValue<string>() })).AssertNoErrors().Data["units"]!;
        Assert.Equal(six[3..], second["edges"]!.AsArray().Select(e => e!["node"]!["id"]!.GetValue<string>()));
        Assert.True(second["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
        Assert.Equal(second["edges"]![0]!["cursor"]!.GetValue<string>(), second["pageInfo"]!["startCursor"]!.GetValue<string>());
        Assert.NotEqual(first["pageInfo"]!["endCursor"]!.GetValue<string>(), second["pageInfo"]!["endCursor"]!.GetValue<string>());
    }

    [Fact]
    public async Task Several_node_selections_read_the_columns_of_all_of_them()
    {
        var client = fx.Api.Client(TestTokens.For(fx.Places["local"].Tenant.Slug, ["company_admin"]));
        var r = (await client.PostAsync("""
            { units(first: 30) { nodes { id } nodes { usage } edges { node { owners { share endDate } } } }
              again: units(first: 30) { nodes { id usage owners { share endDate } } } }
            """)).AssertNoErrors().Data;
        var merged = r["units"]!;
        var whole = r["again"]!["nodes"]!.AsArray();
        for (var i = 0; i < whole.Count; i++)
        {
            Assert.Equal(whole[i]!["usage"]!.ToJsonString(), merged["nodes"]![i]!["usage"]!.ToJsonString());
            Assert.Equal(whole[i]!["owners"]!.ToJsonString(), merged["edges"]![i]!["node"]!["owners"]!.ToJsonString());
        }
        Assert.Contains(whole, u => u!["usage"]!.GetValue<string>() == "SHOP");
        Assert.Contains(whole, u => u!["owners"]!.AsArray().Any(o => o!["endDate"] is not null));
    }

    [Fact]
    public async Task Owners_read_for_a_list_never_answer_another_fields_owners()
    {
        // The list reads owners' names only; the single unit in the same request asks for shares and history, which
        // must come whole from the database, not from what the list read.
        var client = fx.Api.Client(TestTokens.For(fx.Places["local"].Tenant.Slug, ["company_admin"]));
        var withHistory = (await client.PostAsync("{ units(first: 30) { nodes { id owners { endDate } } } }")).AssertNoErrors()
            .Data["units"]!["nodes"]!.AsArray().First(u => u!["owners"]!.AsArray().Count == 3)!["id"]!.GetValue<string>();
        const string owners = "owners { share startDate endDate current person { id idNumberMasked } }";
        var alone = (await client.PostAsync($"{{ unit(id: \"{withHistory}\") {{ {owners} }} }}")).AssertNoErrors().Data["unit"]!;
        var together = (await client.PostAsync(
            $"{{ units(first: 30) {{ nodes {{ owners {{ person {{ name }} }} }} }} unit(id: \"{withHistory}\") {{ {owners} }} }}")).AssertNoErrors().Data["unit"]!;
        Assert.Equal(alone.ToJsonString(), together.ToJsonString());
        Assert.Contains("\"share\":100", alone.ToJsonString());
    }

    [Fact]
    public async Task Search_stays_on_the_EF_query()
    {
        await using var db = fx.Api.Open(fx.Places["local"].Tenant);
        Assert.False(UnitPageReader.Supports(db, new UnitFilter { Search = "101" }, new UnitScope.Staff(null)));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task The_EF_and_SQL_forms_of_a_callers_scope_select_the_same_units(string server)
    {
        // One rule (UnitScope.Of) decides what a caller sees; the EF queries and the hand-written page are both made
        // from it. If either form changes alone, this fails.
        TestDatabases.SkipWithoutPostgres(server);
        var (tenant, estates, _) = fx.Places[server];
        Viewer Caller(string[] roles, Guid[] estateIds, Guid? person = null) =>
            new("user", "name", tenant.Slug, roles.ToHashSet(), estateIds.ToHashSet(), person);
        var callers = new[]
        {
            Caller([AppRoles.CompanyAdmin], []),
            Caller([AppRoles.CompanyAdmin], [estates[0]]),
            Caller([AppRoles.EstateManager], [estates[1]]),
            Caller([AppRoles.FrontDesk, AppRoles.Resident], [estates[0]], Guid.NewGuid()),
            Caller([AppRoles.FrontDesk], []),
            Caller([], [estates[0]]),
        };
        await using var db = fx.Api.Open(tenant);
        var sizes = new HashSet<int>();
        foreach (var caller in callers)
        {
            var scope = UnitScope.Of(caller);
            Assert.True(UnitPageReader.Supports(db, new UnitFilter(), scope));
            var ef = (await RegistryScope.Units(db, scope).Select(u => u.Id).ToListAsync()).Order().ToList();
            var sql = (await UnitPageReader.ReadAsync(db, new UnitFilter(), scope, UnitPageColumns.All, 0, 1000, CancellationToken.None))
                .Select(u => u.Id).Order().ToList();
            Assert.Equal(ef, sql);
            sizes.Add(ef.Count);
        }
        // The callers really differ: the whole company, one estate, the other, nothing.
        Assert.Equal(4, sizes.Count);
        // A resident's units are found through the household, which has only the EF form: the page leaves them to it.
        Assert.False(UnitPageReader.Supports(db, new UnitFilter(), UnitScope.Of(Caller([AppRoles.Resident], [], Guid.NewGuid()))));
    }

    // The query the units resolver runs with EF for the same arguments.
    private static Task<List<Unit>> EfPage(TenantDbContext db, UnitFilter f, IReadOnlySet<Guid>? scope, int skip, int take)
    {
        IQueryable<Unit> q = RegistryScope.Units(db, new UnitScope.Staff(scope)).AsNoTracking().Include(u => u.Building);
        if (f.EstateId is { } e) q = q.Where(u => u.EstateId == e);
        if (f.BuildingId is { } b) q = q.Where(u => u.BuildingId == b);
        if (f.Status is { } st) q = q.Where(u => u.Status == st);
        if (f.Usage is { } us) q = q.Where(u => u.Usage == us);
        return q.Include(u => u.Ownerships.OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate).ThenBy(o => o.Id)).ThenInclude(o => o.Person)
            .OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id)
            .Skip(skip).Take(take).ToListAsync();
    }

    private static List<string> Describe(List<Unit> units) => units.Select(u =>
        $"{u.Id} {u.BuildingId} {u.EstateId} {u.Number} {u.Floor} {u.BuildingArea:F2} {u.Usage} {u.Status} " +
        $"[{u.Building!.Id} {u.Building.EstateId} {u.Building.Name}] " +
        string.Join(" | ", u.Ownerships.Select(o =>
            $"{o.Id} {o.PersonId} {o.Share:F2} {o.StartDate} {o.EndDate} {o.Person!.Id} {o.Person.Name} {o.Person.Phone}"))).ToList();
}
