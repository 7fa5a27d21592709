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

        /// <summary>The database of one of the fixture's companies.</summary>
        public async Task<PropertySaaS.Api.Data.TenantDbContext> OpenAsync(string company)
        {
            var t = await Api.Get<PropertySaaS.Api.Tenancy.TenantDirectory>().ResolveAsync(Companies[company].Slug, default);
            return Api.Get<PropertySaaS.Api.Tenancy.TenantDatabases>().Open(t.Location);
        }
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
        Guid neighbourUnit;
        await using (var db = await fx.OpenAsync("iso-a"))
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

    /// <summary>
    /// A unit of iso-a sold twice: the previous owner (ended), an ended lease and a member who moved out are history;
    /// the current owner lives there with a spouse and a tenant. Returns the unit, the current owner and the history's names.
    /// </summary>
    private async Task<(Guid Unit, Guid Owner, Guid Estate, string[] History, string[] Current)> SoldUnitAsync()
    {
        var a = fx.Companies["iso-a"];
        await using var db = await fx.OpenAsync("iso-a");
        var b = new RegistryBuilder(db, seed: 31);
        var estate = await db.Estates.SingleAsync(e => e.Id == a.EstateId);
        var unit = b.Unit(b.Building(estate), "0701", 7);
        var tag = Guid.NewGuid().ToString("N")[..6];
        var previous = b.Person("前业主" + tag);
        var old = b.Owner(unit, previous);
        old.StartDate = new DateOnly(2010, 1, 1);
        old.EndDate = new DateOnly(2019, 12, 31);
        var oldTenant = b.Person("前租户" + tag);
        b.Lease(unit, oldTenant).EndedOn = new DateOnly(2026, 3, 1);
        var movedOut = b.Person("搬走的" + tag);
        b.Member(unit, movedOut).Until = new DateOnly(2019, 12, 31);
        var owner = b.Person("现业主" + tag);
        b.Owner(unit, owner);
        var spouse = b.Person("配偶" + tag);
        b.Member(unit, spouse);
        var tenant = b.Person("现租户" + tag);
        b.Lease(unit, tenant);
        await b.SaveAsync();
        return (unit.Id, owner.Id, a.EstateId, [previous.Name, oldTenant.Name, movedOut.Name], [owner.Name, spouse.Name, tenant.Name]);
    }

    [Fact]
    public async Task A_resident_sees_the_current_household_of_their_unit_and_no_history()
    {
        var sold = await SoldUnitAsync();
        const string fields = "name phoneMasked idNumberMasked emergencyContactName emergencyContactPhone";
        var query = $$"""
            query($u: ID!) {
              unit(id: $u) { owners { endDate person { {{fields}} } } tenancies { person { {{fields}} } } members { person { {{fields}} } } }
              myUnits { owners { person { name } } tenancies { person { name } } members { person { name } } }
            }
            """;
        var resident = fx.Api.Client(TestTokens.For(fx.Companies["iso-a"].Slug, ["resident"], person: sold.Owner));
        var json = (await resident.PostAsync(query, new { u = sold.Unit })).AssertNoErrors().Json;
        foreach (var name in sold.Current) Assert.Contains(name, json);
        foreach (var name in sold.History) Assert.DoesNotContain(name, json);

        // Ownership history is for staff: the estate's front desk still sees every row.
        var staff = fx.Api.Client(TestTokens.For(fx.Companies["iso-a"].Slug, ["front_desk"], estates: [sold.Estate]));
        var staffJson = (await staff.PostAsync(query.Replace("myUnits { owners { person { name } } tenancies { person { name } } members { person { name } } }", ""), new { u = sold.Unit })).AssertNoErrors().Json;
        foreach (var name in sold.History.Concat(sold.Current)) Assert.Contains(name, staffJson);
    }

    [Fact]
    public async Task A_person_of_another_estate_is_answered_like_an_unknown_person_and_nothing_is_added()
    {
        var a = fx.Companies["iso-a"];
        Guid otherEstatePerson;
        await using (var db = await fx.OpenAsync("iso-a"))
        {
            var b = new RegistryBuilder(db, seed: 57);
            var other = b.Estate("别的管理处" + Guid.NewGuid().ToString("N")[..4]);
            var person = b.Person("别处业主");
            b.Owner(b.Unit(b.Building(other), "0101", 1), person);
            await b.SaveAsync();
            otherEstatePerson = person.Id;
        }
        var staff = fx.Api.Client(TestTokens.For(a.Slug, ["front_desk"], estates: [a.EstateId]));
        var mutations = new[]
        {
            "mutation($u: ID!, $p: ID!) { addOwner(input: {unitId: $u, personId: $p, startDate: \"2026-01-01\", share: 1}) { ownership { id person { name } } errors { __typename code field message } } }",
            "mutation($u: ID!, $p: ID!) { addTenancy(input: {unitId: $u, personId: $p, leaseStart: \"2026-01-01\", leaseEnd: \"2026-12-31\"}) { tenancy { id person { name } } errors { __typename code field message } } }",
            "mutation($u: ID!, $p: ID!) { addHouseholdMember(input: {unitId: $u, personId: $p, relation: \"子女\", since: \"2026-01-01\"}) { member { id person { name } } errors { __typename code field message } } }",
        };
        foreach (var m in mutations)
        {
            var unknown = await staff.PostAsync(m, new { u = a.UnitId, p = Guid.NewGuid() });
            var foreign = await staff.PostAsync(m, new { u = a.UnitId, p = otherEstatePerson });
            Assert.Equal(unknown.AssertNoErrors().Json, foreign.AssertNoErrors().Json);
        }
        await using var check = await fx.OpenAsync("iso-a");
        Assert.False(await check.Ownerships.AnyAsync(o => o.PersonId == otherEstatePerson && o.UnitId == a.UnitId));
        Assert.False(await check.Leases.AnyAsync(l => l.PersonId == otherEstatePerson));
        Assert.False(await check.HouseholdMembers.AnyAsync(m => m.PersonId == otherEstatePerson));
    }

    [Fact]
    public async Task An_import_never_links_a_person_of_another_estate()
    {
        var a = fx.Companies["iso-a"];
        Guid elsewhere, estate;
        await using (var db = await fx.OpenAsync("iso-a"))
        {
            var b = new RegistryBuilder(db, seed: 73);
            var other = b.Estate("导入别处" + Guid.NewGuid().ToString("N")[..4]);
            var person = b.Person("别处导入业主", "13900007777");
            b.Owner(b.Unit(b.Building(other), "0101", 1), person);
            estate = b.Estate("导入园" + Guid.NewGuid().ToString("N")[..4]).Id;
            await b.SaveAsync();
            elsewhere = person.Id;
        }
        // The manager of the importing estate knows a name and a phone; that must not attach the other estate's record
        // (its ID number, emergency contact) to a unit they can read.
        var csv = "楼栋,房号,楼层,建筑面积,用途,状态,业主姓名,业主手机,业主身份证号,产权份额,产权开始日期\n1栋,101,1,89.50,住宅,已入住,别处导入业主,13900007777,,100,2020-01-01\n";
        var manager = fx.Api.Client(TestTokens.For(a.Slug, ["estate_manager"], estates: [estate]));
        var r = await manager.PostAsync("mutation($i: ImportUnitsInput!) { importUnits(input: $i) { importedUnits errors { code message } } }",
            new { i = new { estateId = estate, fileName = "units.csv", contentBase64 = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(csv)) } });
        Assert.Equal(1, r.AssertNoErrors().Data["importUnits"]!["importedUnits"]!.GetValue<int>());
        await using var check = await fx.OpenAsync("iso-a");
        var owner = await check.Ownerships.Where(o => o.Unit!.EstateId == estate).Select(o => o.PersonId).SingleAsync();
        Assert.NotEqual(elsewhere, owner);
    }
}
