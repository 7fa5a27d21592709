using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Staff;

public sealed class DepartmentKindEnum : EnumerationGraphType<DepartmentKind> { public DepartmentKindEnum() { Name = "DepartmentKind"; } }
public sealed class PositionEnum : EnumerationGraphType<Position> { public PositionEnum() { Name = "Position"; } }

public sealed class DepartmentGraphType : ObjectGraphType<Department>
{
    public DepartmentGraphType()
    {
        Name = "Department";
        Description = "部门 — a department of the company (no estate) or of an estate.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.EstateId, nullable: true, type: typeof(IdGraphType));
        Field<NonNullGraphType<DepartmentKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Name);
    }
}

public sealed class EstateAssignmentGraphType : ObjectGraphType<EstateAssignment>
{
    public EstateAssignmentGraphType()
    {
        Name = "EstateAssignment";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<EstateGraphType>>("estate").Resolve(c => Loaders.Estate(c, c.Source.EstateId));
        Field(x => x.From);
        Field(x => x.To, nullable: true);
    }
}

public sealed class StaffMemberGraphType : ObjectGraphType<StaffMember>
{
    public StaffMemberGraphType()
    {
        Name = "StaffMember";
        Description = "员工 — a staff member.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field<NonNullGraphType<StringGraphType>>("phoneMasked").Resolve(c => Masking.Phone(c.Source.Phone));
        Field<NonNullGraphType<PositionEnum>>("position").Resolve(c => c.Source.Position);
        Field<NonNullGraphType<DepartmentGraphType>>("department").Resolve(c => c.Source.Department);
        Field(x => x.UserId, nullable: true);
        Field(x => x.Active);
        Field(x => x.HiredOn);
        // Only assignments to estates the caller may see: an estate outside their scope is not shown (and its name not read).
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstateAssignmentGraphType>>>>("assignments")
            .Resolve(c => c.Source.Assignments.Where(a => ((RequestContext)c.UserContext).Viewer.CanSeeEstate(a.EstateId)).ToList());
    }
}

public sealed class CreateStaffMemberInput
{
    public string Name { get; set; } = "";
    public string Phone { get; set; } = "";
    public Guid DepartmentId { get; set; }
    public Position Position { get; set; }
    public DateOnly HiredOn { get; set; }
    public List<Guid> EstateIds { get; set; } = [];
}

public sealed class CreateStaffMemberInputType : InputObjectGraphType<CreateStaffMemberInput>
{
    public CreateStaffMemberInputType()
    {
        Name = "CreateStaffMemberInput";
        Field(x => x.Name); Field(x => x.Phone);
        Field(x => x.DepartmentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Position, type: typeof(NonNullGraphType<PositionEnum>));
        Field(x => x.HiredOn);
        Field(x => x.EstateIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
    }
}

public sealed class StaffMemberPayloadType() : PayloadType<StaffMemberGraphType, StaffMember>("StaffMemberPayload", "staffMember");

public static class StaffGraph
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<DepartmentGraphType>>>>("departments")
            .Description("Company departments, and those of one estate when estateId is given.")
            .Arguments(new QueryArgument<IdGraphType> { Name = "estateId" })
            .Reads(Access.Staff, (rc, c) => StaffReads.DepartmentsAsync(rc, c.GetArgument<Guid?>("estateId"), c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<StaffMemberGraphType, StaffMember>>>("staff")
            .Arguments(Paging.Arguments(new QueryArgument<IdGraphType> { Name = "estateId" }, new QueryArgument<StringGraphType> { Name = "search" }))
            .Reads(Access.Roles(AppRoles.CompanyAdmin, AppRoles.EstateManager, AppRoles.Supervisor),
                (rc, c) => StaffReads.Staff(rc, c.GetArgument<Guid?>("estateId"), c.GetArgument<string?>("search")).ToConnectionAsync(c));
    }

    public static void AddMutations(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<StaffMemberPayloadType>>("createStaffMember")
            .Argument<NonNullGraphType<CreateStaffMemberInputType>>("input").RunsUseCase(CreateStaffMember.UseCase);
}

/// <summary>The staff reads.</summary>
public static class StaffReads
{
    /// <summary>Company departments, and those of one estate the caller may see (another estate is FORBIDDEN_ESTATE).</summary>
    public static async Task<List<Department>> DepartmentsAsync(RequestContext rc, Guid? estateId, CancellationToken ct)
    {
        if (estateId is { } e) rc.RequireEstate(e);
        return await rc.Db.Departments.AsNoTracking().Where(d => d.EstateId == null || d.EstateId == estateId)
            .OrderBy(d => d.EstateId).ThenBy(d => d.Kind).ToListAsync(ct);
    }

    /// <summary>Staff currently assigned to the caller's estates (company administrators: everyone), by name.</summary>
    public static IQueryable<StaffMember> Staff(RequestContext rc, Guid? estateId, string? search)
    {
        IQueryable<StaffMember> q = rc.Db.StaffMembers.AsNoTracking().Include(s => s.Department).Include(s => s.Assignments);
        if (rc.Viewer.EstateScope is { } scope)
        {
            var ids = scope.ToList();
            q = q.Where(s => s.Assignments.Any(a => a.To == null && ids.Contains(a.EstateId)));
        }
        if (estateId is { } e) q = q.Where(s => s.Assignments.Any(a => a.To == null && a.EstateId == e));
        if (search?.Trim() is { Length: > 0 } t) q = q.Where(x => x.Name.Contains(t) || x.Phone.EndsWith(t));
        return q.OrderBy(x => x.Name).ThenBy(x => x.Id);
    }
}

/// <summary>Adds a staff member to a department, assigned to estates from the hiring date (company administrators).</summary>
public static class CreateStaffMember
{
    public static readonly UseCase<CreateStaffMemberInput, StaffMember> UseCase = new(Access.Roles(AppRoles.CompanyAdmin), RunAsync);

    public static async Task<Payload<StaffMember>> RunAsync(RequestContext rc, CreateStaffMemberInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture).Required(i.Name, "name", 50).Phone(i.Phone);
        if (!await db.Departments.AnyAsync(d => d.Id == i.DepartmentId, ct)) check.Missing("departmentId", "NOT_FOUND", "entity.department");
        var estates = i.EstateIds.Distinct().ToList();
        if (await db.Estates.CountAsync(e => estates.Contains(e.Id), ct) != estates.Count) check.Missing("estateIds", "NOT_FOUND", "entity.estate");
        if (check.Failed) return Payload<StaffMember>.Fail(check);
        var member = new StaffMember
        {
            Name = i.Name.Trim(), Phone = i.Phone.Trim(), DepartmentId = i.DepartmentId, Position = i.Position, HiredOn = i.HiredOn,
            Assignments = estates.Select(e => new EstateAssignment { EstateId = e, From = i.HiredOn }).ToList(),
        };
        db.StaffMembers.Add(member);
        await db.SaveChangesAsync(ct);
        await db.Entry(member).Reference(m => m.Department).LoadAsync(ct);
        return Payload<StaffMember>.Ok(member);
    }
}
