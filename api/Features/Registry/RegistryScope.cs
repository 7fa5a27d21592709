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
/// </summary>
public static class RegistryScope
{
    public static IQueryable<Unit> Units(RequestContext rc)
    {
        var v = rc.Viewer;
        if (v.IsStaff) return rc.Db.Units.InScope(v.EstateScope, u => u.EstateId);
        if (v.IsResident) return rc.Db.Units.OfResident(v.PersonId);
        return rc.Db.Units.Where(_ => false);
    }

    public static IQueryable<Estate> Estates(RequestContext rc)
    {
        if (rc.Viewer.IsStaff) return rc.Db.Estates.InScope(rc.Viewer.EstateScope, e => e.Id);
        var estates = Units(rc).Select(u => u.EstateId);
        return rc.Db.Estates.Where(e => estates.Contains(e.Id));
    }

    /// <summary>Whether the estate exists and is the caller's to see (the answer for "not yours" and "no such estate" is the same).</summary>
    public static Task<bool> EstateVisibleAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        Estates(rc).AnyAsync(e => e.Id == estateId, ct);

    public static IQueryable<Building> Buildings(RequestContext rc)
    {
        if (rc.Viewer.IsStaff) return rc.Db.Buildings.InScope(rc.Viewer.EstateScope, b => b.EstateId);
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
        return rc.Viewer.IsStaff ? q : q.Where(current);
    }

    /// <summary>People linked to a visible unit by a visible row (and a resident themself).</summary>
    public static IQueryable<Person> People(RequestContext rc)
    {
        var owners = Ownerships(rc).Select(o => o.PersonId);
        var tenants = Leases(rc).Select(t => t.PersonId);
        var members = Members(rc).Select(m => m.PersonId);
        var self = rc.Viewer.IsStaff ? null : rc.Viewer.PersonId;
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

    /// <summary>
    /// The estate-scope condition of <see cref="RegistryQueryExtensions.InScope{T}"/> as SQL, for hand-written statements
    /// (<see cref="UnitPageReader"/>): null for the whole company, else the column in the scope (nothing for an empty scope).
    /// Kept next to the EF form so both say the same; UnitPageReaderTests compare the two.
    /// </summary>
    public static string? InScopeSql(IReadOnlySet<Guid>? scope, string column, Func<Guid, string> param) =>
        scope is null ? null : scope.Count == 0 ? "1 = 0" : $"{column} IN ({string.Join(", ", scope.Select(param))})";
}
