using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Tests.Features.Registry;

/// <summary>Registry changes: valid input is saved, each bad input gets a typed, localised error and changes nothing.</summary>
public sealed class RegistryMutationTests(RegistryMutationTests.Fixture fx) : IClassFixture<RegistryMutationTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public PropertySaaS.Api.Tenancy.Tenant Tenant { get; private set; } = null!;
        public Guid EstateId { get; private set; }
        public Guid BuildingId { get; private set; }

        public async ValueTask InitializeAsync()
        {
            var company = new TestCompany(Api, await Api.CompanyAsync("reg"));
            Tenant = company.Tenant;
            (EstateId, BuildingId) = await company.RegistryAsync(b =>
            {
                var estate = b.Estate("登记园");
                return (estate.Id, b.Building(estate, "8栋", floors: 30).Id);
            });
        }

        public ValueTask DisposeAsync() => Api.DisposeAsync();
        public GraphQLClient Clerk(string language = "zh-CN") => Api.Client(TestTokens.For(Tenant.Slug, ["front_desk"], estates: [EstateId]), language: language);
    }

    private async Task<Guid> NewUnitAsync(string number) =>
        (await fx.Clerk().CreateUnitAsync(new { buildingId = fx.BuildingId, number, floor = 12, buildingArea = 101.25m, usage = "RESIDENTIAL" })).Result!.Id;

    private async Task<int> UnitCountAsync()
    {
        await using var db = fx.Api.Open(fx.Tenant);
        return await db.Units.CountAsync();
    }

    [Fact]
    public async Task A_unit_with_valid_input_is_created()
    {
        var unit = (await fx.Clerk().CreateUnitAsync(new { buildingId = fx.BuildingId, number = "1203", floor = 12, buildingArea = 89.45m, usage = "RESIDENTIAL" })).Result!;
        Assert.Equal(89.45m, unit.BuildingArea);
        Assert.Equal("UNSOLD", unit.Status);
    }

    [Theory]
    [InlineData(0, 5, "1", "buildingArea", "建筑面积必须大于 0")]
    [InlineData(88.123, 5, "2", "buildingArea", "最多保留两位小数")]
    [InlineData(88, 31, "3", "floor", "楼层超出允许范围")]
    [InlineData(88, 5, "", "number", "房号不能为空")]
    public async Task Bad_unit_input_gets_a_localised_validation_error_and_creates_nothing(decimal area, int floor, string number, string field, string message)
    {
        var before = await UnitCountAsync();
        var payload = await fx.Clerk().CreateUnitAsync(new { buildingId = fx.BuildingId, number, floor, buildingArea = area, usage = "RESIDENTIAL" });
        Assert.Null(payload.Result);
        var error = Assert.Single(payload.Errors);
        Assert.Equal("InvalidInput", error.Typename);
        Assert.Equal(field, error.Field);
        Assert.Contains(message, error.Message);
        Assert.Equal(before, await UnitCountAsync());
    }

    [Fact]
    public async Task A_unit_number_is_unique_in_its_building()
    {
        await NewUnitAsync("2201");
        var r = await fx.Clerk("en").CreateUnitAsync(new { buildingId = fx.BuildingId, number = "2201", floor = 22, buildingArea = 90m, usage = "RESIDENTIAL" });
        var error = Assert.Single(r.Errors);
        Assert.Equal(("UnitNumberTaken", "CONFLICT"), (error.Typename, error.Code));
        Assert.Contains("Unit 2201 already exists", error.Message);
    }

    [Fact]
    public async Task Owners_shares_may_not_exceed_100_percent_and_ID_numbers_are_shown_masked()
    {
        var unit = await NewUnitAsync("1701");
        var first = await fx.Clerk().AddOwnerAsync(new { unitId = unit, share = 60m, startDate = "2024-03-01", person = new { name = "王芳", phone = "13912345678", idNumber = "330106198801012345" } });
        var person = first.Result!.Person;
        Assert.Equal("139****5678", person.PhoneMasked);
        Assert.Equal("13912345678", person.Phone); // front desk may call the owner
        Assert.Equal("330***********2345", person.IdNumberMasked);

        var tooMuch = await fx.Clerk().AddOwnerAsync(new { unitId = unit, share = 50m, startDate = "2024-03-01", person = new { name = "李强", phone = "13987654321" } });
        Assert.Equal("CONFLICT", Assert.Single(tooMuch.Errors).Code);
        await using var db = fx.Api.Open(fx.Tenant);
        Assert.False(await db.People.AnyAsync(p => p.Name == "李强")); // the person of a refused ownership is not kept
    }

    [Fact]
    public async Task Bad_person_data_and_dates_out_of_order_are_refused()
    {
        var unit = await NewUnitAsync("1601");
        var badPerson = await fx.Clerk().AddOwnerAsync(new { unitId = unit, startDate = "2024-03-01", person = new { name = "", phone = "12345", idNumber = "abc" } });
        var fields = badPerson.Errors.Select(e => e.Field).ToList();
        Assert.Contains("name", fields);
        Assert.Contains("phone", fields);
        Assert.Contains("idNumber", fields);

        var lease = await fx.Clerk().AddTenancyAsync(new { unitId = unit, leaseStart = "2026-06-01", leaseEnd = "2026-05-31", person = new { name = "租客", phone = "13700001111" } });
        Assert.Equal("leaseEnd", Assert.Single(lease.Errors).Field);
        await using var db = fx.Api.Open(fx.Tenant);
        Assert.False(await db.Leases.AnyAsync(l => l.UnitId == unit));
    }

    [Fact]
    public async Task Ending_an_ownership_keeps_it_as_history_and_a_new_owner_can_follow()
    {
        var unit = await NewUnitAsync("1501");
        var first = await fx.Clerk().AddOwnerAsync(new { unitId = unit, startDate = "2020-01-01", person = new { name = "原业主", phone = "13800001501" } });
        var ownershipId = first.Result!.Id;
        var ended = await fx.Clerk().EndOwnershipAsync(ownershipId, "2026-10-31");
        Assert.False(ended.Result!.Current);
        await fx.Clerk().AddOwnerAsync(new { unitId = unit, startDate = "2026-11-01", person = new { name = "新业主", phone = "13800001502" } });

        var owners = (await fx.Clerk().QueryAsync<UnitView>("query($u: ID!) { unit(id: $u) { owners { current person { name } } } }", new { u = unit })).Owners;
        Assert.Equal(2, owners.Count);
        Assert.Equal("新业主", owners[0].Person.Name); // current first
        Assert.False(owners[1].Current);

        var again = await fx.Clerk().EndOwnershipAsync(ownershipId, "2026-11-30");
        Assert.Equal("CONFLICT", again.Errors[0].Code);
    }

    [Fact]
    public async Task Front_desk_finds_units_by_number_owner_name_or_last_four_phone_digits()
    {
        var unit = await NewUnitAsync("1401");
        await fx.Clerk().AddOwnerAsync(new { unitId = unit, startDate = "2022-01-01", person = new { name = "欧阳娜娜", phone = "13655559876" } });
        foreach (var search in new[] { "1401", "欧阳", "9876" })
            Assert.Contains((await fx.Clerk().UnitsAsync(search)).Nodes, n => n.Id == unit);
        Assert.Equal(0, (await fx.Clerk().UnitsAsync("不存在的人")).TotalCount);
    }

    [Fact]
    public async Task Engineers_may_read_but_not_change_the_registry()
    {
        var engineer = fx.Api.Client(TestTokens.For(fx.Tenant.Slug, ["engineer"], estates: [fx.EstateId]));
        (await engineer.PostAsync("{ units { totalCount } }")).AssertNoErrors();
        var r = await engineer.PostAsync(RegistryApi.CreateUnit, new { i = new { buildingId = fx.BuildingId, number = "9999", floor = 9, buildingArea = 50m, usage = "RESIDENTIAL" } });
        Assert.Equal("FORBIDDEN", r.FirstErrorCode);
    }
}
