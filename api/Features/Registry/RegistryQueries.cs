using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.GraphQL;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.Registry;

public sealed class UnitFilterInput : InputObjectGraphType<UnitFilter>
{
    public UnitFilterInput()
    {
        Name = "UnitFilter";
        Field(x => x.EstateId, nullable: true, type: typeof(IdGraphType));
        Field(x => x.BuildingId, nullable: true, type: typeof(IdGraphType));
        Field(x => x.Search, nullable: true).Description("Unit number, owner or tenant name, or the last 4 digits of their phone.");
        Field(x => x.Status, nullable: true, type: typeof(UnitStatusEnum));
        Field(x => x.Usage, nullable: true, type: typeof(UnitUsageEnum));
    }
}

public sealed class UnitFilter
{
    public Guid? EstateId { get; set; }
    public Guid? BuildingId { get; set; }
    public string? Search { get; set; }
    public UnitStatus? Status { get; set; }
    public UnitUsage? Usage { get; set; }
}

public static class RegistryQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<EstateGraphType, Estate>>>("estates")
            .Description("Estates in the caller's scope.")
            .Arguments(Paging.Arguments(new QueryArgument<StringGraphType> { Name = "search" }))
            .Reads(Access.Staff, (rc, c) => RegistryReads.Estates(rc, c.GetArgument<string?>("search")).ToConnectionAsync(c));

        query.Field<EstateGraphType>("estate")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id" })
            .Reads(Access.Staff, (rc, c) => RegistryReads.EstateAsync(rc, c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<UnitGraphType, Unit>>>("units")
            .Description("Units in the caller's scope, by building and number.")
            .Arguments(Paging.Arguments(new QueryArgument<UnitFilterInput> { Name = "filter" }))
            .Reads(Access.Staff, (rc, c) => RegistryReads.UnitPageAsync(rc, c.GetArgument<UnitFilter?>("filter") ?? new UnitFilter(), c));

        query.Field<UnitGraphType>("unit")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id" })
            .Reads(Access.CompanyMembers, (rc, c) => RegistryReads.UnitAsync(rc, c.GetArgument<Guid>("id"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitGraphType>>>>("myUnits")
            .Description("The resident's own units: as current owner, current tenant or household member.")
            .Reads(Access.Residents, (rc, c) => RegistryReads.MyUnitsAsync(rc, c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<PersonGraphType, Person>>>("people")
            .Description("Owners, tenants and family members of units in the caller's scope.")
            .Arguments(Paging.Arguments(
                new QueryArgument<StringGraphType> { Name = "search" },
                new QueryArgument<IdGraphType> { Name = "estateId" }))
            .Reads(Access.Staff, (rc, c) => RegistryReads.People(rc, c.GetArgument<Guid?>("estateId"), c.GetArgument<string?>("search")).ToConnectionAsync(c));
    }
}

/// <summary>The registry's reads, each within <see cref="RegistryScope"/>.</summary>
public static class RegistryReads
{
    public static IQueryable<Estate> Estates(RequestContext rc, string? search)
    {
        var q = RegistryScope.Estates(rc).AsNoTracking();
        if (search is { Length: > 0 } s) q = q.Where(e => e.Name.Contains(s) || e.City.Contains(s));
        return q.OrderBy(e => e.Name).ThenBy(e => e.Id);
    }

    public static Task<Estate?> EstateAsync(RequestContext rc, Guid id, CancellationToken ct) =>
        RegistryScope.Estates(rc).AsNoTracking().SingleOrDefaultAsync(e => e.Id == id, ct);

    /// <summary>A unit for staff or a resident of the company (residents: their own units only).</summary>
    /// <summary>One unit: staff within their estates, residents their own (<see cref="RegistryScope.Units"/>).</summary>
    public static Task<Unit?> UnitAsync(RequestContext rc, Guid id, CancellationToken ct) =>
        RegistryScope.Units(rc).AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);

    public static Task<List<Unit>> MyUnitsAsync(RequestContext rc, CancellationToken ct) =>
        rc.Db.Units.AsNoTracking().OfResident(rc.Db, rc.Viewer.PersonId).OrderBy(u => u.Number).ToListAsync(ct);

    public static IQueryable<Person> People(RequestContext rc, Guid? estateId, string? search)
    {
        var db = rc.Db;
        var q = RegistryScope.People(rc).AsNoTracking();
        if (estateId is { } e)
        {
            var units = RegistryScope.Units(rc).Where(u => u.EstateId == e).Select(u => u.Id);
            q = q.Where(p => db.Set<Ownership>().Any(o => o.PersonId == p.Id && units.Contains(o.UnitId)) ||
                db.Set<Lease>().Any(t => t.PersonId == p.Id && units.Contains(t.UnitId)) ||
                db.Set<HouseholdMember>().Any(m => m.PersonId == p.Id && units.Contains(m.UnitId)));
        }
        if (search?.Trim() is { Length: > 0 } s) q = q.Where(p => p.Name.Contains(s) || p.PhoneLast4 == s);
        return q.OrderBy(p => p.Name).ThenBy(p => p.Id);
    }

    /// <summary>A page of the unit list: by building, floor and number, with what the selection shows.</summary>
    public static async Task<Connection<Unit>> UnitPageAsync(RequestContext rc, UnitFilter f, IResolveFieldContext c)
    {
        IQueryable<Unit> Filtered()
        {
            var q = RegistryScope.Units(rc).AsNoTracking();
            if (f.EstateId is { } e) q = q.Where(u => u.EstateId == e);
            if (f.BuildingId is { } b) q = q.Where(u => u.BuildingId == b);
            if (f.Status is { } st) q = q.Where(u => u.Status == st);
            if (f.Usage is { } us) q = q.Where(u => u.Usage == us);
            if (f.Search?.Trim() is { Length: > 0 } s) q = q.Search(s);
            return q;
        }
        // One hand-written command reads the page with its buildings and, when shown, its owners, and only the
        // columns the selection shows (UnitPageColumns); search and SQL Server use the EF query.
        var columns = UnitPageColumns.For(c);
        var scope = UnitScope.Of(rc.Viewer);
        if (UnitPageReader.Supports(rc.Db, f, scope))
            return await Paging.PageAsync(c, (skip, take, ct) => UnitPageReader.ReadAsync(rc.Db, f, scope, columns, skip, take, ct), ct => Filtered().CountAsync(ct));
        // The list is ordered by building anyway, so the building comes with it instead of in a second command.
        var ordered = Filtered().Include(u => u.Building).OrderBy(u => u.Building!.Name).ThenBy(u => u.Floor).ThenBy(u => u.Number).ThenBy(u => u.Id);
        if (!columns.Owners) return await ordered.ToConnectionAsync(c);
        var page = await ordered.Include(u => u.Ownerships.OrderBy(o => o.EndDate != null).ThenByDescending(o => o.StartDate).ThenBy(o => o.Id)).ThenInclude(o => o.Person).ToConnectionAsync(c);
        foreach (var u in page.Nodes) u.OwnersRead = true;
        return page;
    }
}

internal static class RegistryQueryExtensions
{
    /// <summary>
    /// Limits a query to the caller's estates; a null scope is the whole company. The same condition as SQL:
    /// <see cref="UnitScope.Sql"/>.
    /// </summary>
    public static IQueryable<T> InScope<T>(this IQueryable<T> q, IReadOnlySet<Guid>? scope, System.Linq.Expressions.Expression<Func<T, Guid>> estateOf)
    {
        if (scope is null) return q;
        var ids = scope.ToList();
        // The list is read through a closure, as a lambda capturing it would: EF makes it a parameter of one cached
        // statement. A constant list would be part of the query's cache key and compile the query for every request.
        System.Linq.Expressions.Expression<Func<List<Guid>>> captured = () => ids;
        var param = estateOf.Parameters[0];
        var contains = System.Linq.Expressions.Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
            captured.Body, estateOf.Body);
        return q.Where(System.Linq.Expressions.Expression.Lambda<Func<T, bool>>(contains, param));
    }

    /// <summary>Front-desk search: unit number, a current owner's or tenant's name, or the last four digits of their phone.</summary>
    public static IQueryable<Unit> Search(this IQueryable<Unit> q, string s)
    {
        var last4 = s.Length == 4 && s.All(char.IsAsciiDigit) ? s : null;
        return q.Where(u => u.Number.Contains(s)
            || u.Ownerships.Any(o => o.EndDate == null && (o.Person!.Name.Contains(s) || o.Person.PhoneLast4 == last4))
            || u.Tenancies.Any(t => t.EndedOn == null && (t.Person!.Name.Contains(s) || t.Person.PhoneLast4 == last4)));
    }

    /// <summary>
    /// Units a resident is linked to now: current owner, current tenant or current household member
    /// (<see cref="RegistryScope.Current"/>). Written as "id in (the person's rows)", so the database starts from the
    /// person's few rows (indexed by person) instead of testing every unit of the company.
    /// </summary>
    public static IQueryable<Unit> OfResident(this IQueryable<Unit> q, TenantDbContext db, Guid? personId)
    {
        if (personId is not { } p) return q.Where(_ => false);
        var units = ResidentUnitIds(db, p);
        return q.Where(u => units.Contains(u.Id));
    }

    /// <summary>The ids of the units a person is linked to now (the rule of <see cref="OfResident"/>).</summary>
    public static IQueryable<Guid> ResidentUnitIds(TenantDbContext db, Guid personId) =>
        db.Set<Ownership>().Where(RegistryScope.Current.Ownership).Where(o => o.PersonId == personId).Select(o => o.UnitId)
            .Concat(db.Set<Lease>().Where(RegistryScope.Current.Lease).Where(t => t.PersonId == personId).Select(t => t.UnitId))
            .Concat(db.Set<HouseholdMember>().Where(RegistryScope.Current.Member).Where(m => m.PersonId == personId).Select(m => m.UnitId));
}
