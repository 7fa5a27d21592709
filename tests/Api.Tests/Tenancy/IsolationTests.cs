using System.Net;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Tests.Tenancy;

/// <summary>Company A's callers can neither read nor change company B's data, even holding B's ids.</summary>
public sealed class IsolationTests(IsolationTests.Fixture fx) : IClassFixture<IsolationTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public Dictionary<string, (string Slug, Guid EstateId, Guid UnitId, Guid OwnershipId, Guid PersonId)> Companies { get; } = new();

        public async ValueTask InitializeAsync()
        {
            // A and B on SQLite; with PostgreSQL, C and D on two different servers as well.
            var places = new List<(string Name, string Server)> { ("iso-a", "local"), ("iso-b", "local") };
            if (TestDatabases.HasPostgres) { places.Add(("iso-c", "pg1")); places.Add(("iso-d", "pg2")); }
            foreach (var (name, server) in places)
            {
                var t = await Api.CompanyAsync(name, server);
                await using var db = Api.Open(t);
                var b = new RegistryBuilder(db);
                var estate = b.Estate(name + "园");
                var unit = b.Unit(b.Building(estate), "1801", 18);
                var owner = b.Person(name + "业主");
                var ownership = b.Owner(unit, owner);
                await b.SaveAsync();
                Companies[name] = (t.Slug, estate.Id, unit.Id, ownership.Id, owner.Id);
            }
        }

        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    public static TheoryData<string, string> Pairs()
    {
        var d = new TheoryData<string, string> { { "iso-a", "iso-b" } };
        if (TestDatabases.HasPostgres) { d.Add("iso-a", "iso-c"); d.Add("iso-c", "iso-d"); }
        return d;
    }

    [Theory, MemberData(nameof(Pairs))]
    public async Task Reading_another_companys_ids_finds_nothing(string mine, string theirs)
    {
        var me = fx.Companies[mine];
        var them = fx.Companies[theirs];
        var client = fx.Api.Client(TestTokens.CompanyAdmin(me.Slug));

        var r = await client.PostAsync("query($u: ID!, $e: ID!) { unit(id: $u) { id } estate(id: $e) { id } }", new { u = them.UnitId, e = them.EstateId });
        r.AssertNoErrors();
        Assert.Null(r.Data["unit"]);
        Assert.Null(r.Data["estate"]);

        var lists = await client.PostAsync("{ estates { nodes { id name } } units { nodes { id } } people { nodes { id name } } }");
        var json = lists.AssertNoErrors().Json;
        Assert.DoesNotContain(them.UnitId.ToString(), json);
        Assert.DoesNotContain(theirs + "园", json);
        Assert.Contains(mine + "园", json);
    }

    [Theory, MemberData(nameof(Pairs))]
    public async Task Changing_another_companys_records_by_id_fails_and_changes_nothing(string mine, string theirs)
    {
        var me = fx.Companies[mine];
        var them = fx.Companies[theirs];
        var client = fx.Api.Client(TestTokens.CompanyAdmin(me.Slug));

        var update = await client.PostAsync("mutation($u: ID!) { updateUnit(input: {id: $u, buildingArea: 1}) { unit { id } errors { code field } } }", new { u = them.UnitId });
        Assert.Equal("NOT_FOUND", update.AssertNoErrors().Data["updateUnit"]!["errors"]![0]!["code"]!.GetValue<string>());
        var end = await client.PostAsync("mutation($o: ID!) { endOwnership(input: {ownershipId: $o, endDate: \"2026-01-01\"}) { errors { code } } }", new { o = them.OwnershipId });
        Assert.Equal("NOT_FOUND", end.AssertNoErrors().Data["endOwnership"]!["errors"]![0]!["code"]!.GetValue<string>());
        var addOwner = await client.PostAsync("mutation($u: ID!, $p: ID!) { addOwner(input: {unitId: $u, personId: $p, startDate: \"2026-01-01\", share: 10}) { errors { code } } }", new { u = them.UnitId, p = them.PersonId });
        Assert.Equal("NOT_FOUND", addOwner.AssertNoErrors().Data["addOwner"]!["errors"]![0]!["code"]!.GetValue<string>());

        await using var catalog = fx.Api.Get<PropertySaaS.Api.Tenancy.CatalogDatabase>().Open();
        var theirTenant = await catalog.Tenants.SingleAsync(t => t.Slug == them.Slug);
        await using var db = fx.Api.Open(theirTenant);
        Assert.Equal(89.5m, (await db.Units.SingleAsync(u => u.Id == them.UnitId)).BuildingArea);
        Assert.Null((await db.Ownerships.SingleAsync(o => o.Id == them.OwnershipId)).EndDate);
        Assert.Equal(1, await db.Ownerships.CountAsync());
    }

    [Theory, MemberData(nameof(Pairs))]
    public async Task Buildings_units_and_staff_cannot_be_added_to_another_companys_estate_or_department(string mine, string theirs)
    {
        var me = fx.Companies[mine];
        var them = fx.Companies[theirs];
        var client = fx.Api.Client(TestTokens.CompanyAdmin(me.Slug));

        var building = await client.PostAsync("mutation($e: ID!) { createBuilding(input: {estateId: $e, name: \"侵入楼\", floors: 3}) { building { id } errors { code } } }", new { e = them.EstateId });
        Assert.Equal("NOT_FOUND", building.AssertNoErrors().Data["createBuilding"]!["errors"]![0]!["code"]!.GetValue<string>());

        await using var catalog = fx.Api.Get<PropertySaaS.Api.Tenancy.CatalogDatabase>().Open();
        var theirTenant = await catalog.Tenants.SingleAsync(t => t.Slug == them.Slug);
        Guid theirDepartment;
        await using (var db = fx.Api.Open(theirTenant))
            theirDepartment = (await db.Departments.FirstAsync()).Id;
        var staff = await client.PostAsync("mutation($d: ID!, $e: ID!) { createStaffMember(input: {name: \"侵入者\", phone: \"13800009999\", departmentId: $d, position: FRONT_DESK_RECEPTIONIST, hiredOn: \"2026-01-01\", estateIds: [$e]}) { staffMember { id } errors { code field } } }",
            new { d = theirDepartment, e = them.EstateId });
        var fields = staff.AssertNoErrors().Data["createStaffMember"]!["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).ToList();
        Assert.Contains("departmentId", fields);
        Assert.Contains("estateIds", fields);

        var departments = await client.PostAsync("{ departments { id } staff { totalCount } }");
        Assert.DoesNotContain(theirDepartment.ToString(), departments.AssertNoErrors().Json);
        await using var theirDb = fx.Api.Open(theirTenant);
        Assert.False(await theirDb.Buildings.AnyAsync(b => b.Name == "侵入楼"));
        Assert.False(await theirDb.StaffMembers.AnyAsync(m => m.Name == "侵入者"));
    }

    [Fact]
    public async Task A_resident_sees_only_their_own_units()
    {
        var a = fx.Companies["iso-a"];
        var t = await fx.Api.Get<PropertySaaS.Api.Tenancy.TenantDirectory>().ResolveAsync(a.Slug, default);
        Guid neighbourUnit;
        await using (var db = fx.Api.Get<PropertySaaS.Api.Tenancy.TenantDatabases>().Open(t.Location))
        {
            var b = new RegistryBuilder(db, seed: 99);
            var estate = await db.Estates.SingleAsync(e => e.Id == a.EstateId);
            var other = b.Unit(b.Building(estate), "2202", 18);
            b.Owner(other, b.Person("邻居"));
            await b.SaveAsync();
            neighbourUnit = other.Id;
        }
        var resident = fx.Api.Client(TestTokens.For(a.Slug, ["resident"], person: a.PersonId));

        var mine = await resident.PostAsync("{ myUnits { id number owners { person { name phone } } } }");
        var units = mine.AssertNoErrors().Data["myUnits"]!.AsArray();
        Assert.Equal(a.UnitId.ToString(), Assert.Single(units)!["id"]!.GetValue<string>());

        var peek = await resident.PostAsync("query($u: ID!) { unit(id: $u) { id } }", new { u = neighbourUnit });
        Assert.Null(peek.AssertNoErrors().Data["unit"]);
        var search = await resident.PostAsync("{ units { totalCount } }");
        Assert.Equal("FORBIDDEN", search.FirstErrorCode);
    }

    [Fact]
    public async Task Staff_see_only_the_estates_in_their_scope()
    {
        var a = fx.Companies["iso-a"];
        var outOfScope = fx.Api.Client(TestTokens.For(a.Slug, ["front_desk"], estates: [Guid.NewGuid()]));
        var r = await outOfScope.PostAsync("query($u: ID!) { units { totalCount } unit(id: $u) { id } estates { totalCount } }", new { u = a.UnitId });
        r.AssertNoErrors();
        Assert.Equal(0, r.Data["units"]!["totalCount"]!.GetValue<int>());
        Assert.Null(r.Data["unit"]);
        Assert.Equal(0, r.Data["estates"]!["totalCount"]!.GetValue<int>());

        var inScope = fx.Api.Client(TestTokens.For(a.Slug, ["front_desk"], estates: [a.EstateId]));
        var ok = await inScope.PostAsync("{ units { totalCount } }");
        Assert.True(ok.AssertNoErrors().Data["units"]!["totalCount"]!.GetValue<int>() >= 1);
    }
}
