using Microsoft.EntityFrameworkCore;
using System.Linq.Expressions;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Registry;

/// <summary>
/// What of the registry a caller may see: one rule, used by every query, loader and look-up of a mutation, so that a
/// record outside it is answered exactly like a record that does not exist.
/// <list type="bullet">
/// <item>Staff: units of their estates (company administrators: all), with their whole history; people linked to those
/// units by any ownership, lease or household membership, past or present.</item>
/// <item>Residents: the units they live in now (<see cref="RegistryQueryExtensions.OfResident"/>), and of those only the
/// current household — current owners, current tenants, current members. Ownership history is for staff.</item>
/// <item>Anyone else: nothing.</item>
/// </list>
/// Which units is decided once, by <see cref="UnitScope.Of"/>; the EF queries here (<see cref="Units(TenantDbContext, UnitScope)"/>)
/// and the hand-written unit page (<see cref="UnitPageReader"/>, through <see cref="UnitScope.Sql"/>) are both made
/// from that value, and UnitPageReaderTests check that they select the same units.
/// </summary>
public static class RegistryScope
{
    public static IQueryable<Unit> Units(RequestContext rc) => Units(rc.Db, UnitScope.Of(rc.Viewer));

    public static IQueryable<Unit> Units(TenantDbContext db, UnitScope scope) => scope switch
    {
        UnitScope.Staff staff => db.Units.InScope(staff.Estates, u => u.EstateId),
        UnitScope.Resident resident => db.Units.OfResident(db, resident.PersonId),
        _ => db.Units.Where(_ => false),
    };

    public static IQueryable<Estate> Estates(RequestContext rc)
    {
        if (UnitScope.Of(rc.Viewer) is UnitScope.Staff staff) return rc.Db.Estates.InScope(staff.Estates, e => e.Id);
        var estates = Units(rc).Select(u => u.EstateId);
        return rc.Db.Estates.Where(e => estates.Contains(e.Id));
    }

    /// <summary>Whether the estate exists and is the caller's to see (the answer for "not yours" and "no such estate" is the same).</summary>
    public static Task<bool> EstateVisibleAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        Estates(rc).AnyAsync(e => e.Id == estateId, ct);

    public static IQueryable<Building> Buildings(RequestContext rc)
    {
        if (UnitScope.Of(rc.Viewer) is UnitScope.Staff staff) return rc.Db.Buildings.InScope(staff.Estates, b => b.EstateId);
        var buildings = Units(rc).Select(u => u.BuildingId);
        return rc.Db.Buildings.Where(b => buildings.Contains(b.Id));
    }

    public static IQueryable<Ownership> Ownerships(RequestContext rc) => Household(rc, rc.Db.Ownerships, Current.Ownership);
    public static IQueryable<Lease> Leases(RequestContext rc) => Household(rc, rc.Db.Leases, Current.Lease);
    public static IQueryable<HouseholdMember> Members(RequestContext rc) => Household(rc, rc.Db.HouseholdMembers, Current.Member);

    /// <summary>Rows of visible units: all of them for staff, the current ones for residents.</summary>
    private static IQueryable<T> Household<T>(RequestContext rc, IQueryable<T> rows, Expression<Func<T, bool>> current) where T : class, IHouseholdRow
    {
        var units = Units(rc).Select(u => u.Id);
        var q = rows.Where(r => units.Contains(r.UnitId));
        return UnitScope.Of(rc.Viewer) is UnitScope.Staff ? q : q.Where(current);
    }

    /// <summary>People linked to a visible unit by a visible row (and a resident themself).</summary>
    public static IQueryable<Person> People(RequestContext rc)
    {
        var owners = Ownerships(rc).Select(o => o.PersonId);
        var tenants = Leases(rc).Select(t => t.PersonId);
        var members = Members(rc).Select(m => m.PersonId);
        var self = UnitScope.Of(rc.Viewer) is UnitScope.Staff ? null : rc.Viewer.PersonId;
        return rc.Db.People.Where(p => p.Id == self || owners.Contains(p.Id) || tenants.Contains(p.Id) || members.Contains(p.Id));
    }

    /// <summary>Which rows of a unit's household are current (the rest is history).</summary>
    public static class Current
    {
        public static readonly Expression<Func<Ownership, bool>> Ownership = o => o.EndDate == null;
        public static readonly Expression<Func<HouseholdMember, bool>> Member = m => m.Until == null;
        /// <summary>Not ended (退租); the same test that links a tenant to the unit in <see cref="RegistryQueryExtensions.OfResident"/>.</summary>
        public static readonly Expression<Func<Lease, bool>> Lease = t => t.EndedOn == null;
    }

}

/// <summary>Which units of the registry a caller sees (<see cref="RegistryScope"/>): the rule, decided once.</summary>
public abstract record UnitScope
{
    /// <summary>Staff: the units of these estates; null is every estate (company administrators, <see cref="Viewer.EstateScope"/>).</summary>
    public sealed record Staff(IReadOnlySet<Guid>? Estates) : UnitScope;

    /// <summary>Residents: the units they live in now.</summary>
    public sealed record Resident(Guid? PersonId) : UnitScope;

    /// <summary>Anyone else: no unit.</summary>
    public sealed record Nothing : UnitScope;

    public static UnitScope Of(Viewer viewer) =>
        viewer.IsStaff ? new Staff(viewer.EstateScope) : viewer.IsResident ? new Resident(viewer.PersonId) : new Nothing();

    /// <summary>
    /// The scope as a SQL condition on a unit's estate column, for hand-written statements (<see cref="UnitPageReader"/>):
    /// null for every estate. A resident's units are found through their household, which only the EF form says
    /// (<see cref="RegistryQueryExtensions.OfResident"/>), so it has no SQL form: <see cref="UnitPageReader.Supports"/> refuses it.
    /// </summary>
    public string? Sql(string estateColumn, Func<Guid, string> param) => this switch
    {
        Staff { Estates: null } => null,
        Staff { Estates: { Count: > 0 } estates } => $"{estateColumn} IN ({string.Join(", ", estates.Select(param))})",
        Staff or Nothing => "1 = 0",
        _ => throw new NotSupportedException($"{this} has no SQL form; read it with RegistryScope.Units."),
    };
}
