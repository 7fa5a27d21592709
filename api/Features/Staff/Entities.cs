using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Staff;

/// 部门 — a department of the company (EstateId null) or of one estate.
public sealed class Department
{
    public Guid Id { get; set; } = Ids.New();
    public Guid? EstateId { get; set; }
    public DepartmentKind Kind { get; set; }
    public required string Name { get; set; }
}

/// Business lines from organisation.md §2.
public enum DepartmentKind
{
    CustomerService, Engineering, Security, Environment, Greening, GeneralAffairs, HumanResources, Quality, Finance, ControlCentre, CommunityCulture,
}

/// 岗位 — positions from organisation.md §3–§4 and §9.
public enum Position
{
    EstateHead, CsCentreManager, CsSupervisor, CsSpecialist, ZoneButler, FrontDeskLead, FrontDeskReceptionist,
    EngineeringHead, Technician, SecurityOfficer, ControlCentreOperator, CleaningStaff, GreeningTechnician,
    Cashier, Archivist, QualityOfficer, InformationClerk,
}

/// 员工 — a staff member of the company.
public sealed class StaffMember
{
    public Guid Id { get; set; } = Ids.New();
    public required string Name { get; set; }
    public required string Phone { get; set; }
    public Guid DepartmentId { get; set; }
    public Department? Department { get; set; }
    public Position Position { get; set; }
    /// <summary>Identity-server user id once the person has a login.</summary>
    public string? UserId { get; set; }
    public bool Active { get; set; } = true;
    public DateOnly HiredOn { get; set; }
    public List<EstateAssignment> Assignments { get; set; } = [];
}

/// An estate a staff member works at, from a date; ended assignments stay as history.
public sealed class EstateAssignment
{
    public Guid Id { get; set; } = Ids.New();
    public Guid StaffMemberId { get; set; }
    public Guid EstateId { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}
