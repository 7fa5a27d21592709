using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Registry;

/// 管理处/项目 — an estate (managed site) of the company.
public sealed class Estate
{
    public Guid Id { get; set; } = Ids.New();
    public required string Name { get; set; }
    public required string Address { get; set; }
    public required string City { get; set; }
    public EstateType Type { get; set; }
    /// <summary>建筑面积 in ㎡.</summary>
    public decimal TotalFloorArea { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Building> Buildings { get; set; } = [];
}

public enum EstateType { Residential, Commercial, Office, Mixed, Industrial }

/// 楼栋 — a building of an estate.
public sealed class Building
{
    public Guid Id { get; set; } = Ids.New();
    public Guid EstateId { get; set; }
    public Estate? Estate { get; set; }
    public required string Name { get; set; }
    public int Floors { get; set; }

    /// <summary>
    /// True for a building a list read with its unit: its name, and its id and estate only when the list's selection
    /// shows more than the name (<see cref="UnitPageColumns"/>); the rest is loaded by id on ask.
    /// </summary>
    internal bool OnlyName;
}

/// 房屋 — a unit (flat, office, shop, factory unit or parking space).
public sealed class Unit
{
    public Guid Id { get; set; } = Ids.New();
    public Guid BuildingId { get; set; }
    public Building? Building { get; set; }
    /// <summary>Copied from the building so scope filters need no join.</summary>
    public Guid EstateId { get; set; }
    public required string Number { get; set; }
    public int Floor { get; set; }
    /// <summary>建筑面积 in ㎡, two decimals.</summary>
    public decimal BuildingArea { get; set; }
    public UnitUsage Usage { get; set; }
    public UnitStatus Status { get; set; }
    public List<Ownership> Ownerships { get; set; } = [];
    public List<Lease> Tenancies { get; set; } = [];
    public List<HouseholdMember> Members { get; set; } = [];

    /// <summary>
    /// True when the list that read this unit read all its ownerships with it, in the API's order, with what the
    /// list's selection shows: <c>owners</c> then resolves from the unit itself, never from a request-wide cache
    /// another selection could read.
    /// </summary>
    internal bool OwnersRead;

    /// <summary>Changes the status through <see cref="UnitTransitions"/>.</summary>
    public void MoveTo(UnitStatus status)
    {
        UnitTransitions.Table.Ensure(Status, status);
        Status = status;
    }
}

public enum UnitUsage { Residential, Office, Shop, Factory, Parking }
public enum UnitStatus { Unsold, Vacant, Occupied, Renovating }

/// 业主/住户 — a person known to the company: owner, tenant or family member.
public sealed class Person
{
    public Guid Id { get; set; } = Ids.New();
    public required string Name { get; set; }
    public required string Phone { get; set; }
    /// <summary>Last four digits of the phone, indexed for the front desk's "尾号" search.</summary>
    public string PhoneLast4 { get; set; } = "";
    /// <summary>身份证号 — stored whole, never shown whole.</summary>
    public string? IdNumber { get; set; }
    public string? EmergencyContactName { get; set; }
    public string? EmergencyContactPhone { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>
    /// True for a person read by a list for display (name and phone, and the id only when the list's selection shows more,
    /// <see cref="UnitPageColumns"/>): its other details are loaded by id when a caller asks for them
    /// (<see cref="PersonGraphType"/>). A field, so EF never maps it.
    /// </summary>
    internal bool OnlyNameAndPhone;
}

/// 产权 — ownership of a unit by a person; history is kept by ending, never deleting.
public sealed class Ownership : IHouseholdRow
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>Share of the unit in percent (0 &lt; share ≤ 100).</summary>
    public decimal Share { get; set; } = 100m;
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }

    /// <summary>The shares of a unit's current owners never exceed 100% (by hand and by import).</summary>
    public static bool SharesFit(IEnumerable<decimal> currentShares, decimal share) => currentShares.Sum() + share <= 100m;

    /// <summary>Ends the ownership (sale, transfer); an ended ownership is history and is not ended again.</summary>
    public void End(DateOnly on)
    {
        if (EndDate is not null) throw new RuleException(RegistryErrors.AlreadyEnded, "ownershipId");
        EndDate = on;
    }
}

/// 租赁 — a tenant's lease of a unit.
public sealed class Lease : IHouseholdRow
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    public DateOnly LeaseStart { get; set; }
    public DateOnly LeaseEnd { get; set; }
    /// <summary>Set when the lease ends early (退租); the record stays.</summary>
    public DateOnly? EndedOn { get; set; }

    /// <summary>退租 — ends the lease early; an ended lease is history and is not ended again.</summary>
    public void End(DateOnly on)
    {
        if (EndedOn is not null) throw new RuleException(RegistryErrors.AlreadyEnded, "tenancyId");
        EndedOn = on;
    }
}

/// 家庭成员 — a family member living in a unit.
public sealed class HouseholdMember : IHouseholdRow
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public Unit? Unit { get; set; }
    public Guid PersonId { get; set; }
    public Person? Person { get; set; }
    /// <summary>配偶, 子女, 父母, 其他 …</summary>
    public required string Relation { get; set; }
    public DateOnly Since { get; set; }
    public DateOnly? Until { get; set; }
}

/// <summary>A row that links a person to a unit's household: ownership, lease or membership (<see cref="RegistryScope"/>).</summary>
public interface IHouseholdRow
{
    Guid UnitId { get; }
    Guid PersonId { get; }
}
