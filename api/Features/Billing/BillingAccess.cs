using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>Who may see a unit's bills, payments, receipts and checkouts.</summary>
public static class BillingAccess
{
    /// <summary>Staff who manage fees, bills and payments: the registry roles, within their estates.</summary>
    public static readonly Access Staff = Access.Roles(BillingGraph.BillingStaff);

    /// <summary>Who may ask for a unit's bills and payments; <see cref="CanSeeUnitAsync"/> then narrows to the unit.</summary>
    public static readonly Access UnitReaders = Access.Roles([.. BillingGraph.BillingStaff, AppRoles.Resident]);

    /// <summary>Billing staff see units of their estates; residents see the units they belong to; anyone else is refused.</summary>
    public static async Task<bool> CanSeeUnitAsync(RequestContext rc, Guid unitId, CancellationToken ct)
    {
        if (rc.Viewer.HasAny(BillingGraph.BillingStaff))
            return await rc.Db.Units.InScope(rc.Viewer.EstateScope, u => u.EstateId).AnyAsync(u => u.Id == unitId, ct);
        if (rc.Viewer.IsResident && rc.Tenant is not null)
            return await rc.Db.Units.OfResident(rc.Db, rc.Viewer.PersonId).AnyAsync(u => u.Id == unitId, ct);
        throw rc.Error(ErrorCodes.Forbidden, "FORBIDDEN");
    }
}
