using Bogus;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Registry;
using Person = PropertySaaS.Api.Features.Registry.Person;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>Builds registry data straight into a company database (Bogus, zh_CN, fixed seed per builder).</summary>
public sealed class RegistryBuilder(TenantDbContext db, int seed = 7)
{
    private readonly Faker _f = new("zh_CN") { Random = new Randomizer(seed) };
    private int _phone = 1000;

    public Estate Estate(string? name = null)
    {
        var e = new Estate { Name = name ?? _f.Address.StreetName() + "花园", Address = _f.Address.StreetAddress(), City = "杭州", TotalFloorArea = 50000m, CreatedAt = DateTime.UtcNow };
        db.Estates.Add(e);
        return e;
    }

    public Building Building(Estate estate, string? name = null, int floors = 20)
    {
        var b = new Building { EstateId = estate.Id, Name = name ?? $"{_f.Random.Number(1, 99)}栋-{Guid.NewGuid().ToString()[..4]}", Floors = floors };
        db.Buildings.Add(b);
        return b;
    }

    public Unit Unit(Building building, string? number = null, int floor = 1, decimal area = 89.5m)
    {
        var u = new Unit { BuildingId = building.Id, EstateId = building.EstateId, Number = number ?? $"{floor}{_f.Random.Number(1, 99):00}", Floor = floor, BuildingArea = area, Usage = UnitUsage.Residential, Status = UnitStatus.Occupied };
        db.Units.Add(u);
        return u;
    }

    public Person Person(string? name = null, string? phone = null)
    {
        var p = phone ?? $"1380000{_phone++:0000}";
        var person = new Person { Name = name ?? _f.Name.LastName() + _f.Name.FirstName(), Phone = p, PhoneLast4 = p[^4..], IdNumber = "330106199001011234", CreatedAt = DateTime.UtcNow };
        db.People.Add(person);
        return person;
    }

    public Ownership Owner(Unit unit, Person person, decimal share = 100m)
    {
        var o = new Ownership { UnitId = unit.Id, PersonId = person.Id, Share = share, StartDate = new DateOnly(2020, 1, 1) };
        db.Ownerships.Add(o);
        return o;
    }

    public Lease Lease(Unit unit, Person person)
    {
        var l = new Lease { UnitId = unit.Id, PersonId = person.Id, LeaseStart = new DateOnly(2026, 1, 1), LeaseEnd = new DateOnly(2027, 12, 31) };
        db.Leases.Add(l);
        return l;
    }

    public HouseholdMember Member(Unit unit, Person person, string relation = "配偶")
    {
        var m = new HouseholdMember { UnitId = unit.Id, PersonId = person.Id, Relation = relation, Since = new DateOnly(2020, 1, 1) };
        db.HouseholdMembers.Add(m);
        return m;
    }

    public Task SaveAsync() => db.SaveChangesAsync();
}

public sealed record UnitView(Guid Id, string Number, int Floor, decimal BuildingArea, string Usage, string Status, IReadOnlyList<OwnershipView> Owners);
public sealed record OwnershipView(Guid Id, decimal Share, DateOnly StartDate, DateOnly? EndDate, bool Current, PersonView Person);
public sealed record TenancyView(Guid Id, DateOnly LeaseStart, DateOnly LeaseEnd, bool Current, PersonView Person);
public sealed record PersonView(Guid Id, string Name, string? Phone, string PhoneMasked, string? IdNumberMasked);
public sealed record UnitPage(int TotalCount, IReadOnlyList<UnitView> Nodes);

/// <summary>
/// Registry changes through the API as the given client, the way the portals make them. <paramref name="input"/>s
/// are the schema's input objects as given (anonymous objects), so a test states exactly what it sends.
/// </summary>
public static class RegistryApi
{
    private const string Errors = "errors { __typename code field message }";
    private const string OwnershipFields = "id share startDate endDate current person { id name phone phoneMasked idNumberMasked }";

    public const string CreateUnit = $"mutation($i: CreateUnitInput!) {{ createUnit(input: $i) {{ unit {{ id number floor buildingArea usage status }} {Errors} }} }}";
    public const string AddOwner = $"mutation($i: AddOwnerInput!) {{ addOwner(input: $i) {{ ownership {{ {OwnershipFields} }} {Errors} }} }}";
    public const string EndOwnership = $"mutation($i: EndOwnershipInput!) {{ endOwnership(input: $i) {{ ownership {{ {OwnershipFields} }} {Errors} }} }}";
    public const string AddTenancy = $"mutation($i: AddTenancyInput!) {{ addTenancy(input: $i) {{ tenancy {{ id leaseStart leaseEnd current }} {Errors} }} }}";

    public static Task<Payload<UnitView>> CreateUnitAsync(this GraphQLClient c, object input) => c.MutateAsync<Payload<UnitView>>(CreateUnit, new { i = input });
    public static Task<Payload<OwnershipView>> AddOwnerAsync(this GraphQLClient c, object input) => c.MutateAsync<Payload<OwnershipView>>(AddOwner, new { i = input });
    public static Task<Payload<OwnershipView>> EndOwnershipAsync(this GraphQLClient c, Guid ownershipId, string endDate) =>
        c.MutateAsync<Payload<OwnershipView>>(EndOwnership, new { i = new { ownershipId, endDate } });
    public static Task<Payload<TenancyView>> AddTenancyAsync(this GraphQLClient c, object input) => c.MutateAsync<Payload<TenancyView>>(AddTenancy, new { i = input });

    public static Task<UnitPage> UnitsAsync(this GraphQLClient c, string? search) =>
        c.QueryAsync<UnitPage>("query($s: String) { units(filter: {search: $s}) { totalCount nodes { id number } } }", new { s = search });
}
