using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Registry;

public sealed class CreateEstateInput
{
    public string Name { get; set; } = "";
    public string Address { get; set; } = "";
    public string City { get; set; } = "";
    public EstateType Type { get; set; }
    public decimal TotalFloorArea { get; set; }
}

public sealed class CreateBuildingInput
{
    public Guid EstateId { get; set; }
    public string Name { get; set; } = "";
    public int Floors { get; set; }
}

public sealed class CreateUnitInput
{
    public Guid BuildingId { get; set; }
    public string Number { get; set; } = "";
    public int Floor { get; set; }
    public decimal BuildingArea { get; set; }
    public UnitUsage Usage { get; set; }
    public UnitStatus Status { get; set; } = UnitStatus.Unsold;
}

public sealed class UpdateUnitInput
{
    public Guid Id { get; set; }
    public string? Number { get; set; }
    public int? Floor { get; set; }
    public decimal? BuildingArea { get; set; }
    public UnitUsage? Usage { get; set; }
    public UnitStatus? Status { get; set; }
}

public sealed class PersonInput
{
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public string? IdNumber { get; set; }
    public string? EmergencyContactName { get; set; }
    public string? EmergencyContactPhone { get; set; }
}

public sealed class AddOwnerInput
{
    public Guid UnitId { get; set; }
    public Guid? PersonId { get; set; }
    public PersonInput? Person { get; set; }
    public decimal Share { get; set; } = 100m;
    public DateOnly StartDate { get; set; }
}

public sealed class EndOwnershipInput
{
    public Guid OwnershipId { get; set; }
    public DateOnly EndDate { get; set; }
}

public sealed class AddTenancyInput
{
    public Guid UnitId { get; set; }
    public Guid? PersonId { get; set; }
    public PersonInput? Person { get; set; }
    public DateOnly LeaseStart { get; set; }
    public DateOnly LeaseEnd { get; set; }
}

public sealed class EndTenancyInput
{
    public Guid TenancyId { get; set; }
    public DateOnly EndedOn { get; set; }
}

public sealed class AddHouseholdMemberInput
{
    public Guid UnitId { get; set; }
    public Guid? PersonId { get; set; }
    public PersonInput? Person { get; set; }
    public string Relation { get; set; } = "";
    public DateOnly Since { get; set; }
}

public sealed class CreateEstateInputType : InputObjectGraphType<CreateEstateInput>
{
    public CreateEstateInputType()
    {
        Name = "CreateEstateInput";
        Field(x => x.Name); Field(x => x.Address); Field(x => x.City);
        Field(x => x.Type, type: typeof(NonNullGraphType<EstateTypeEnum>));
        Field(x => x.TotalFloorArea);
    }
}

public sealed class CreateBuildingInputType : InputObjectGraphType<CreateBuildingInput>
{
    public CreateBuildingInputType()
    {
        Name = "CreateBuildingInput";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>)); Field(x => x.Name); Field(x => x.Floors);
    }
}

public sealed class CreateUnitInputType : InputObjectGraphType<CreateUnitInput>
{
    public CreateUnitInputType()
    {
        Name = "CreateUnitInput";
        Field(x => x.BuildingId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Number); Field(x => x.Floor); Field(x => x.BuildingArea);
        Field(x => x.Usage, type: typeof(NonNullGraphType<UnitUsageEnum>));
        Field(x => x.Status, type: typeof(UnitStatusEnum)).DefaultValue(UnitStatus.Unsold);
    }
}

public sealed class UpdateUnitInputType : InputObjectGraphType<UpdateUnitInput>
{
    public UpdateUnitInputType()
    {
        Name = "UpdateUnitInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Number, nullable: true); Field(x => x.Floor, nullable: true); Field(x => x.BuildingArea, nullable: true);
        Field(x => x.Usage, type: typeof(UnitUsageEnum)); Field(x => x.Status, type: typeof(UnitStatusEnum));
    }
}

public sealed class PersonInputType : InputObjectGraphType<PersonInput>
{
    public PersonInputType()
    {
        Name = "PersonInput";
        Field(x => x.Name); Field(x => x.Phone);
        Field(x => x.IdNumber, nullable: true); Field(x => x.EmergencyContactName, nullable: true); Field(x => x.EmergencyContactPhone, nullable: true);
    }
}

public sealed class AddOwnerInputType : InputObjectGraphType<AddOwnerInput>
{
    public AddOwnerInputType()
    {
        Name = "AddOwnerInput";
        Description = "An existing person by id, or a new person.";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PersonId, type: typeof(IdGraphType)); Field(x => x.Person, type: typeof(PersonInputType));
        Field(x => x.Share).DefaultValue(100m); Field(x => x.StartDate);
    }
}

public sealed class EndOwnershipInputType : InputObjectGraphType<EndOwnershipInput>
{
    public EndOwnershipInputType()
    {
        Name = "EndOwnershipInput";
        Field(x => x.OwnershipId, type: typeof(NonNullGraphType<IdGraphType>)); Field(x => x.EndDate);
    }
}

public sealed class AddTenancyInputType : InputObjectGraphType<AddTenancyInput>
{
    public AddTenancyInputType()
    {
        Name = "AddTenancyInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PersonId, type: typeof(IdGraphType)); Field(x => x.Person, type: typeof(PersonInputType));
        Field(x => x.LeaseStart); Field(x => x.LeaseEnd);
    }
}

public sealed class EndTenancyInputType : InputObjectGraphType<EndTenancyInput>
{
    public EndTenancyInputType()
    {
        Name = "EndTenancyInput";
        Field(x => x.TenancyId, type: typeof(NonNullGraphType<IdGraphType>)); Field(x => x.EndedOn);
    }
}

public sealed class AddHouseholdMemberInputType : InputObjectGraphType<AddHouseholdMemberInput>
{
    public AddHouseholdMemberInputType()
    {
        Name = "AddHouseholdMemberInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PersonId, type: typeof(IdGraphType)); Field(x => x.Person, type: typeof(PersonInputType));
        Field(x => x.Relation); Field(x => x.Since);
    }
}

public sealed class EstatePayloadType() : PayloadType<EstateGraphType, Estate>("EstatePayload", "estate");
public sealed class BuildingPayloadType() : PayloadType<BuildingGraphType, Building>("BuildingPayload", "building");
public sealed class UnitPayloadType() : PayloadType<UnitGraphType, Unit>("UnitPayload", "unit");
public sealed class OwnershipPayloadType() : PayloadType<OwnershipGraphType, Ownership>("OwnershipPayload", "ownership");
public sealed class TenancyPayloadType() : PayloadType<TenancyGraphType, Lease>("TenancyPayload", "tenancy");
public sealed class HouseholdMemberPayloadType() : PayloadType<HouseholdMemberGraphType, HouseholdMember>("HouseholdMemberPayload", "member");

public static class RegistryMutations
{
    public static void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EstatePayloadType>>("createEstate")
            .Argument<NonNullGraphType<CreateEstateInputType>>("input").RunsUseCase(CreateEstate.UseCase);
        mutation.Field<NonNullGraphType<BuildingPayloadType>>("createBuilding")
            .Argument<NonNullGraphType<CreateBuildingInputType>>("input").RunsUseCase(CreateBuilding.UseCase);
        mutation.Field<NonNullGraphType<UnitPayloadType>>("createUnit")
            .Argument<NonNullGraphType<CreateUnitInputType>>("input").RunsUseCase(CreateUnit.UseCase);
        mutation.Field<NonNullGraphType<UnitPayloadType>>("updateUnit")
            .Argument<NonNullGraphType<UpdateUnitInputType>>("input").RunsUseCase(UpdateUnit.UseCase);
        mutation.Field<NonNullGraphType<OwnershipPayloadType>>("addOwner")
            .Description("Records a (co-)owner of a unit. Shares of current owners may not exceed 100%.")
            .Argument<NonNullGraphType<AddOwnerInputType>>("input").RunsUseCase(AddOwner.UseCase);
        mutation.Field<NonNullGraphType<OwnershipPayloadType>>("endOwnership")
            .Description("Ends an ownership (sale, transfer); the record stays as history.")
            .Argument<NonNullGraphType<EndOwnershipInputType>>("input").RunsUseCase(EndOwnership.UseCase);
        mutation.Field<NonNullGraphType<TenancyPayloadType>>("addTenancy")
            .Argument<NonNullGraphType<AddTenancyInputType>>("input").RunsUseCase(AddTenancy.UseCase);
        mutation.Field<NonNullGraphType<TenancyPayloadType>>("endTenancy")
            .Description("退租 — ends a lease early; the record stays.")
            .Argument<NonNullGraphType<EndTenancyInputType>>("input").RunsUseCase(EndTenancy.UseCase);
        mutation.Field<NonNullGraphType<HouseholdMemberPayloadType>>("addHouseholdMember")
            .Argument<NonNullGraphType<AddHouseholdMemberInputType>>("input").RunsUseCase(AddHouseholdMember.UseCase);
    }
}

/// <summary>Rules a unit must satisfy however it is created: by hand, by update or by import.</summary>
public static class UnitRules
{
    public static async Task ValidateAsync(TenantDbContext db, Unit unit, Building building, Check check, CancellationToken ct)
    {
        CheckFields(unit, building, check);
        if (!check.Failed && await db.Units.AnyAsync(u => u.BuildingId == unit.BuildingId && u.Number == unit.Number && u.Id != unit.Id, ct))
            check.Fail(RegistryErrors.UnitNumberTaken, "number", unit.Number);
    }

    public static void CheckFields(Unit unit, Building building, Check check, string prefix = "")
    {
        check.Required(unit.Number, prefix + "number", 30).Positive(unit.BuildingArea, prefix + "buildingArea");
        if (unit.BuildingArea > 100_000m) check.Invalid(prefix + "buildingArea", "OUT_OF_RANGE", "field.buildingArea");
        // Basements are negative floors; a unit cannot sit above its building's top floor.
        if (unit.Floor < -10 || (building.Floors > 0 && unit.Floor > building.Floors) || unit.Floor == 0)
            check.Invalid(prefix + "floor", "OUT_OF_RANGE", "field.floor");
    }
}

public static class PersonRules
{
    /// <summary>
    /// Finds the person by id among those the caller may see (<see cref="RegistryScope.People"/>: a person of another
    /// estate is not found, exactly like an unknown id), or validates and adds a new one; adds errors to <paramref name="check"/> otherwise.
    /// </summary>
    public static async Task<Person?> ResolveAsync(RequestContext rc, Guid? personId, PersonInput? input, Check check, CancellationToken ct)
    {
        var now = rc.Now;
        if (personId is { } id)
        {
            var existing = await RegistryScope.People(rc).SingleOrDefaultAsync(p => p.Id == id, ct);
            if (existing is null) check.Missing("personId", "NOT_FOUND", "entity.person");
            return existing;
        }
        if (input is null) { check.Invalid("person", "REQUIRED", "entity.person"); return null; }
        var errorsBefore = check.Errors.Count;
        check.Required(input.Name, "name", 50).Phone(input.Phone).IdNumber(input.IdNumber).Optional(input.EmergencyContactName, "name", 50);
        if (!string.IsNullOrWhiteSpace(input.EmergencyContactPhone)) check.Phone(input.EmergencyContactPhone, "emergencyContactPhone");
        if (check.Errors.Count > errorsBefore) return null;
        // Not added here: it is saved with the record that references it, or not at all if that record fails.
        return New(input, now);
    }

    public static Person New(PersonInput input, DateTime now)
    {
        var phone = input.Phone.Trim();
        return new Person
        {
            Name = input.Name.Trim(), Phone = phone, PhoneLast4 = Masking.Last4(phone), IdNumber = input.IdNumber?.Trim().ToUpperInvariant(),
            EmergencyContactName = input.EmergencyContactName?.Trim(), EmergencyContactPhone = input.EmergencyContactPhone?.Trim(), CreatedAt = now,
        };
    }
}
