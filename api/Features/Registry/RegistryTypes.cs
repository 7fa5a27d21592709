using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.GraphQL;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.Registry;

public sealed class EstateTypeEnum : EnumerationGraphType<EstateType> { public EstateTypeEnum() { Name = "EstateType"; } }
public sealed class UnitUsageEnum : EnumerationGraphType<UnitUsage> { public UnitUsageEnum() { Name = "UnitUsage"; } }
public sealed class UnitStatusEnum : EnumerationGraphType<UnitStatus> { public UnitStatusEnum() { Name = "UnitStatus"; } }

public sealed class EstateGraphType : ObjectGraphType<Estate>
{
    public EstateGraphType()
    {
        Name = "Estate";
        Description = "管理处/项目 — an estate.";
        this.MemberField(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.MemberField(x => x.Name);
        this.MemberField(x => x.Address);
        this.MemberField(x => x.City);
        this.MemberField(x => x.Type, type: typeof(NonNullGraphType<EstateTypeEnum>));
        this.MemberField(x => x.TotalFloorArea).Description("Total building area in ㎡.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BuildingGraphType>>>>("buildings")
            .Resolve(c => Loaders.BuildingsOfEstate(c, c.Source.Id));
        Field<NonNullGraphType<IntGraphType>>("unitCount")
            .Resolve(c => Loaders.UnitCount(c, c.Source.Id));
    }
}

public sealed class BuildingGraphType : ObjectGraphType<Building>
{
    public BuildingGraphType()
    {
        Name = "Building";
        Description = "楼栋 — a building.";
        this.MemberField(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.MemberField(x => x.Name);
        Field<NonNullGraphType<IntGraphType>>("floors").Resolve(c => Loaders.Whole(c.Source, c.Source.OnlyName, () => Loaders.LoadBuilding(c, c.Source.Id), b => b.Floors));
        Field<NonNullGraphType<EstateGraphType>>("estate").Resolve(c => Loaders.Estate(c, c.Source.EstateId));
    }
}

public sealed class UnitGraphType : ObjectGraphType<Unit>
{
    public UnitGraphType()
    {
        Name = "Unit";
        Description = "房屋 — a unit.";
        this.MemberField(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.MemberField(x => x.Number);
        this.MemberField(x => x.Floor);
        this.MemberField(x => x.BuildingArea).Description("建筑面积 in ㎡, two decimals.");
        this.MemberField(x => x.Usage, type: typeof(NonNullGraphType<UnitUsageEnum>));
        this.MemberField(x => x.Status, type: typeof(NonNullGraphType<UnitStatusEnum>));
        Field<NonNullGraphType<BuildingGraphType>>("building").ResolveFromSource(u => u.Building, c => Loaders.LoadBuilding(c, c.Source.BuildingId));
        Field<NonNullGraphType<EstateGraphType>>("estate").Resolve(c => Loaders.Estate(c, c.Source.EstateId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OwnershipGraphType>>>>("owners")
            .Description("Owners, current first, then newest (co-owners by id); ended ownerships stay as history.")
            .ResolveFromSource(u => u.OwnersRead ? u.Ownerships : null, c => Loaders.Ownerships(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TenancyGraphType>>>>("tenancies")
            .Resolve(c => Loaders.Tenancies(c, c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HouseholdMemberGraphType>>>>("members")
            .Resolve(c => Loaders.Members(c, c.Source.Id));
    }
}

public sealed class PersonGraphType : ObjectGraphType<Person>
{
    public PersonGraphType()
    {
        Name = "Person";
        Description = "业主/住户 — an owner, tenant or family member.";
        this.MemberField(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        this.MemberField(x => x.Name);
        Field<NonNullGraphType<StringGraphType>>("phoneMasked").ResolveFromSource(p => Masking.Phone(p.Phone));
        Field<StringGraphType>("phone")
            .Description("The whole number: only for registry staff and the person themself.")
            .Resolve(c => CanSeeContact(c) ? c.Source.Phone : null);
        Field<StringGraphType>("idNumberMasked").Resolve(c => Detail(c, p => Masking.IdNumber(p.IdNumber)));
        Field<StringGraphType>("emergencyContactName").Resolve(c => Detail(c, p => p.EmergencyContactName));
        Field<StringGraphType>("emergencyContactPhone").Resolve(c => Detail(c, p => CanSeeContact(c) ? p.EmergencyContactPhone : Masking.Phone(p.EmergencyContactPhone)));
    }

    private static object? Detail(IResolveFieldContext<Person> c, Func<Person, string?> pick) =>
        Loaders.Whole(c.Source, c.Source.OnlyNameAndPhone, () => Loaders.LoadPerson(c, c.Source.Id), pick);

    private static bool CanSeeContact(IResolveFieldContext<Person> c)
    {
        var v = ((RequestContext)c.UserContext).Viewer;
        return v.PersonId == c.Source.Id || v.HasAny(AppRoles.RegistryEditors) || v.HasAny(AppRoles.Security, AppRoles.Engineer);
    }
}

public sealed class OwnershipGraphType : ObjectGraphType<Ownership>
{
    public OwnershipGraphType()
    {
        Name = "Ownership";
        this.MemberField(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<PersonGraphType>>("person").ResolveFromSource(x => x.Person, c => Loaders.LoadPerson(c, c.Source.PersonId));
        this.MemberField(x => x.Share).Description("Share of the unit in percent.");
        this.MemberField(x => x.StartDate);
        this.MemberField(x => x.EndDate, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("current").Resolve(c => c.Source.EndDate is null);
    }
}

public sealed class TenancyGraphType : ObjectGraphType<Lease>
{
    public TenancyGraphType()
    {
        Name = "Tenancy";
        this.MemberField(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<PersonGraphType>>("person").ResolveFromSource(x => x.Person, c => Loaders.LoadPerson(c, c.Source.PersonId));
        this.MemberField(x => x.LeaseStart);
        this.MemberField(x => x.LeaseEnd);
        this.MemberField(x => x.EndedOn, nullable: true);
        Field<NonNullGraphType<BooleanGraphType>>("current").Resolve(c =>
        {
            var today = DateOnly.FromDateTime(((RequestContext)c.UserContext).Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
            return c.Source.EndedOn is null && c.Source.LeaseStart <= today && c.Source.LeaseEnd >= today;
        });
    }
}

public sealed class HouseholdMemberGraphType : ObjectGraphType<HouseholdMember>
{
    public HouseholdMemberGraphType()
    {
        Name = "HouseholdMember";
        this.MemberField(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<PersonGraphType>>("person").ResolveFromSource(x => x.Person, c => Loaders.LoadPerson(c, c.Source.PersonId));
        this.MemberField(x => x.Relation);
        this.MemberField(x => x.Since);
        this.MemberField(x => x.Until, nullable: true);
    }
}

/// <summary>
/// Batch loaders of the registry: one SQL command per field per query level, however many parents. Each reads through
/// <see cref="RegistryScope"/>, so a nested field never shows what the caller could not look up directly.
/// </summary>
internal static class Loaders
{

    public static global::GraphQL.DataLoader.IDataLoaderResult<Estate> Estate(IResolveFieldContext c, Guid id) =>
        Rc(c).Loaders.Load<Guid, Estate>("estate", id, async (ids, ct) =>
            await RegistryScope.Estates(Rc(c)).AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct), null!);

    public static global::GraphQL.DataLoader.IDataLoaderResult<Building> LoadBuilding(IResolveFieldContext c, Guid id) =>
        Rc(c).Loaders.Load<Guid, Building>("building", id, async (ids, ct) =>
            await RegistryScope.Buildings(Rc(c)).AsNoTracking().Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct), null!);

    public static global::GraphQL.DataLoader.IDataLoaderResult<Person> LoadPerson(IResolveFieldContext c, Guid id) =>
        Rc(c).Loaders.Load<Guid, Person>("person", id, async (ids, ct) =>
            await RegistryScope.People(Rc(c)).AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct), null!);

    /// <summary>
    /// A field of a row a list read with only what it shows (<see cref="Registry.Building.OnlyName"/>,
    /// <see cref="Registry.Person.OnlyNameAndPhone"/>): from the row when it is whole, else from the whole row, batched.
    /// </summary>
    public static object? Whole<T>(T row, bool partial, Func<global::GraphQL.DataLoader.IDataLoaderResult<T>> load, Func<T, object?> pick) where T : class =>
        partial ? load().Then(whole => whole is null ? null : pick(whole)) : pick(row);

    public static global::GraphQL.DataLoader.IDataLoaderResult<List<Building>> BuildingsOfEstate(IResolveFieldContext c, Guid estateId) =>
        Rc(c).Loaders.Load<Guid, List<Building>>("estate.buildings", estateId, async (ids, ct) =>
            Group(await RegistryScope.Buildings(Rc(c)).AsNoTracking().Where(b => ids.Contains(b.EstateId)).OrderBy(b => b.Name).ToListAsync(ct), b => b.EstateId), []);

    public static global::GraphQL.DataLoader.IDataLoaderResult<int> UnitCount(IResolveFieldContext c, Guid estateId) =>
        Rc(c).Loaders.Load<Guid, int>("estate.unitCount", estateId, async (ids, ct) =>
            await RegistryScope.Units(Rc(c)).Where(u => ids.Contains(u.EstateId)).GroupBy(u => u.EstateId)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct), 0);

    public static global::GraphQL.DataLoader.IDataLoaderResult<List<Ownership>> Ownerships(IResolveFieldContext c, Guid unitId) =>
        Rc(c).Loaders.Load<Guid, List<Ownership>>("unit.owners", unitId, async (ids, ct) =>
            Group(await RegistryScope.Ownerships(Rc(c)).AsNoTracking().Include(o => o.Person).Where(o => ids.Contains(o.UnitId))
                .OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate).ThenBy(o => o.Id).ToListAsync(ct), o => o.UnitId), []);

    public static global::GraphQL.DataLoader.IDataLoaderResult<List<Lease>> Tenancies(IResolveFieldContext c, Guid unitId) =>
        Rc(c).Loaders.Load<Guid, List<Lease>>("unit.tenancies", unitId, async (ids, ct) =>
            Group(await RegistryScope.Leases(Rc(c)).AsNoTracking().Include(t => t.Person).Where(t => ids.Contains(t.UnitId))
                .OrderByDescending(t => t.LeaseStart).ToListAsync(ct), t => t.UnitId), []);

    public static global::GraphQL.DataLoader.IDataLoaderResult<List<HouseholdMember>> Members(IResolveFieldContext c, Guid unitId) =>
        Rc(c).Loaders.Load<Guid, List<HouseholdMember>>("unit.members", unitId, async (ids, ct) =>
            Group(await RegistryScope.Members(Rc(c)).AsNoTracking().Include(m => m.Person).Where(m => ids.Contains(m.UnitId))
                .OrderBy(m => m.Since).ToListAsync(ct), m => m.UnitId), []);

    private static IDictionary<Guid, List<T>> Group<T>(List<T> rows, Func<T, Guid> key) =>
        rows.GroupBy(key).ToDictionary(g => g.Key, g => g.ToList());
}
