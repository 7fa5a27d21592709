using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Staff;

namespace PropertySaaS.Api.Features.Registry;

/// <summary>Who edits the registry: the front desk and the estate's managers (their estates), and the company.</summary>
public static class RegistryAccess
{
    public static readonly Access Editors = Access.Roles(AppRoles.RegistryEditors);

    /// <summary>A visible unit (<see cref="RegistryScope.Units"/>), or NotFound on <c>unitId</c> like an unknown id.</summary>
    public static async Task<Unit?> UnitAsync(RequestContext rc, Guid unitId, Check check, CancellationToken ct)
    {
        var unit = await RegistryScope.Units(rc).SingleOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null) check.Missing("unitId", "NOT_FOUND", "entity.unit");
        return unit;
    }
}

/// <summary>Creates an estate with its standard departments (company administrators only).</summary>
public static class CreateEstate
{
    public static readonly UseCase<CreateEstateInput, Estate> UseCase = new(Access.Roles(AppRoles.CompanyAdmin), RunAsync);

    public static async Task<Payload<Estate>> RunAsync(RequestContext rc, CreateEstateInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.Name, "name", 100).Required(i.Address, "address", 300).Required(i.City, "city", 50).Positive(i.TotalFloorArea, "totalFloorArea");
        if (check.Failed) return Payload<Estate>.Fail(check);
        var db = rc.Db;
        var estate = new Estate { Name = i.Name.Trim(), Address = i.Address.Trim(), City = i.City.Trim(), Type = i.Type, TotalFloorArea = i.TotalFloorArea, CreatedAt = rc.Now };
        db.Estates.Add(estate);
        ReferenceData.AddEstateDepartments(db, estate.Id);
        await db.SaveChangesAsync(ct);
        return Payload<Estate>.Ok(estate);
    }
}

/// <summary>Adds a building to a visible estate; building names are unique in the estate.</summary>
public static class CreateBuilding
{
    public static readonly UseCase<CreateBuildingInput, Building> UseCase = new(Access.Roles(AppRoles.CompanyAdmin, AppRoles.EstateManager), RunAsync);

    public static async Task<Payload<Building>> RunAsync(RequestContext rc, CreateBuildingInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture).Required(i.Name, "name", 50);
        if (i.Floors is < 1 or > 200) check.Invalid("floors", "OUT_OF_RANGE", "field.floors");
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct)) check.Missing("estateId", "NOT_FOUND", "entity.estate");
        else if (!check.Failed && await db.Buildings.AnyAsync(b => b.EstateId == i.EstateId && b.Name == i.Name.Trim(), ct))
            check.Fail(RegistryErrors.BuildingNameTaken, "name", i.Name.Trim());
        if (check.Failed) return Payload<Building>.Fail(check);
        var building = new Building { EstateId = i.EstateId, Name = i.Name.Trim(), Floors = i.Floors };
        db.Buildings.Add(building);
        await db.SaveChangesAsync(ct);
        return Payload<Building>.Ok(building);
    }
}

/// <summary>Adds a unit to a visible building (<see cref="UnitRules"/>).</summary>
public static class CreateUnit
{
    public static readonly UseCase<CreateUnitInput, Unit> UseCase = new(RegistryAccess.Editors, RunAsync);

    public static async Task<Payload<Unit>> RunAsync(RequestContext rc, CreateUnitInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture);
        var building = await RegistryScope.Buildings(rc).AsNoTracking().SingleOrDefaultAsync(b => b.Id == i.BuildingId, ct);
        if (building is null) return Payload<Unit>.Fail(check.Missing("buildingId", "NOT_FOUND", "entity.building"));
        var unit = new Unit { BuildingId = building.Id, EstateId = building.EstateId, Number = i.Number?.Trim() ?? "", Floor = i.Floor, BuildingArea = i.BuildingArea, Usage = i.Usage, Status = i.Status };
        await UnitRules.ValidateAsync(db, unit, building, check, ct);
        if (check.Failed) return Payload<Unit>.Fail(check);
        db.Units.Add(unit);
        await db.SaveChangesAsync(ct);
        return Payload<Unit>.Ok(unit);
    }
}

/// <summary>Changes a visible unit's details; the status moves through <see cref="UnitTransitions"/>.</summary>
public static class UpdateUnit
{
    public static readonly UseCase<UpdateUnitInput, Unit> UseCase = new(RegistryAccess.Editors, RunAsync);

    public static async Task<Payload<Unit>> RunAsync(RequestContext rc, UpdateUnitInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        var unit = await RegistryScope.Units(rc).Include(u => u.Building).SingleOrDefaultAsync(u => u.Id == i.Id, ct);
        if (unit is null) return Payload<Unit>.Fail(check.Missing("id", "NOT_FOUND", "entity.unit"));
        if (i.Number is not null) unit.Number = i.Number.Trim();
        if (i.Floor is { } f) unit.Floor = f;
        if (i.BuildingArea is { } a) unit.BuildingArea = a;
        if (i.Usage is { } us) unit.Usage = us;
        if (i.Status is { } st) unit.MoveTo(st);
        await UnitRules.ValidateAsync(rc.Db, unit, unit.Building!, check, ct);
        if (check.Failed) return Payload<Unit>.Fail(check);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<Unit>.Ok(unit);
    }
}

/// <summary>Records a (co-)owner of a visible unit; an unsold unit becomes vacant with its first owner.</summary>
public static class AddOwner
{
    public static readonly UseCase<AddOwnerInput, Ownership> UseCase = new(RegistryAccess.Editors, RunAsync);

    public static async Task<Payload<Ownership>> RunAsync(RequestContext rc, AddOwnerInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture).InRange(i.Share, 0.01m, 100m, "share");
        var unit = await RegistryAccess.UnitAsync(rc, i.UnitId, check, ct);
        var person = await PersonRules.ResolveAsync(rc, i.PersonId, i.Person, check, ct);
        if (check.Failed) return Payload<Ownership>.Fail(check);
        var held = await db.Ownerships.Where(o => o.UnitId == unit!.Id && o.EndDate == null).Select(o => o.Share).ToListAsync(ct);
        if (!Ownership.SharesFit(held, i.Share)) return Payload<Ownership>.Fail(check.Fail(RegistryErrors.SharesExceed100, "share"));
        var ownership = new Ownership { UnitId = unit!.Id, PersonId = person!.Id, Person = person, Share = i.Share, StartDate = i.StartDate };
        db.Ownerships.Add(ownership);
        if (unit.Status == UnitStatus.Unsold) unit.MoveTo(UnitStatus.Vacant);
        await db.SaveChangesAsync(ct);
        return Payload<Ownership>.Ok(ownership);
    }
}

/// <summary>Ends a visible ownership (sale, transfer); the record stays as history.</summary>
public static class EndOwnership
{
    public static readonly UseCase<EndOwnershipInput, Ownership> UseCase = new(RegistryAccess.Editors, RunAsync);

    public static async Task<Payload<Ownership>> RunAsync(RequestContext rc, EndOwnershipInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        var o = await RegistryScope.Ownerships(rc).SingleOrDefaultAsync(x => x.Id == i.OwnershipId, ct);
        if (o is null) return Payload<Ownership>.Fail(check.Missing("ownershipId", "NOT_FOUND", "entity.ownership"));
        if (o.EndDate is null && check.Ordered(o.StartDate, i.EndDate, "startDate", "endDate").Failed) return Payload<Ownership>.Fail(check);
        o.End(i.EndDate);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<Ownership>.Ok(o);
    }
}

/// <summary>Records a tenant's lease of a visible unit.</summary>
public static class AddTenancy
{
    public static readonly UseCase<AddTenancyInput, Lease> UseCase = new(RegistryAccess.Editors, RunAsync);

    public static async Task<Payload<Lease>> RunAsync(RequestContext rc, AddTenancyInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Ordered(i.LeaseStart, i.LeaseEnd, "leaseStart", "leaseEnd");
        var unit = await RegistryAccess.UnitAsync(rc, i.UnitId, check, ct);
        var person = await PersonRules.ResolveAsync(rc, i.PersonId, i.Person, check, ct);
        if (check.Failed) return Payload<Lease>.Fail(check);
        var t = new Lease { UnitId = unit!.Id, PersonId = person!.Id, Person = person, LeaseStart = i.LeaseStart, LeaseEnd = i.LeaseEnd };
        rc.Db.Leases.Add(t);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<Lease>.Ok(t);
    }
}

/// <summary>退租 — ends a visible lease early; the record stays.</summary>
public static class EndTenancy
{
    public static readonly UseCase<EndTenancyInput, Lease> UseCase = new(RegistryAccess.Editors, RunAsync);

    public static async Task<Payload<Lease>> RunAsync(RequestContext rc, EndTenancyInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        var t = await RegistryScope.Leases(rc).SingleOrDefaultAsync(x => x.Id == i.TenancyId, ct);
        if (t is null) return Payload<Lease>.Fail(check.Missing("tenancyId", "NOT_FOUND", "entity.tenancy"));
        if (t.EndedOn is null && check.Ordered(t.LeaseStart, i.EndedOn, "leaseStart", "endDate").Failed) return Payload<Lease>.Fail(check);
        t.End(i.EndedOn);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<Lease>.Ok(t);
    }
}

/// <summary>Records a family member living in a visible unit.</summary>
public static class AddHouseholdMember
{
    public static readonly UseCase<AddHouseholdMemberInput, HouseholdMember> UseCase = new(RegistryAccess.Editors, RunAsync);

    public static async Task<Payload<HouseholdMember>> RunAsync(RequestContext rc, AddHouseholdMemberInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.Relation, "relation", 20);
        var unit = await RegistryAccess.UnitAsync(rc, i.UnitId, check, ct);
        var person = await PersonRules.ResolveAsync(rc, i.PersonId, i.Person, check, ct);
        if (check.Failed) return Payload<HouseholdMember>.Fail(check);
        var m = new HouseholdMember { UnitId = unit!.Id, PersonId = person!.Id, Person = person, Relation = i.Relation.Trim(), Since = i.Since };
        rc.Db.HouseholdMembers.Add(m);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<HouseholdMember>.Ok(m);
    }
}
