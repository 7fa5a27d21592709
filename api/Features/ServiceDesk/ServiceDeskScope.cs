using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>
/// Which requests a caller may see or act on, one rule for every query and use case (a request outside it answers like
/// one that does not exist): staff — requests of their estates (administrators: all); residents — requests of the units
/// of their current household, and what they reported without a unit; anyone else — nothing.
/// </summary>
public static class ServiceDeskScope
{
    /// <summary>The customer-service centre: records, dispatches, visits back and closes (service-desk.md §1).</summary>
    public static readonly string[] DeskRoles = [AppRoles.FrontDesk, AppRoles.CsSpecialist, AppRoles.Supervisor, AppRoles.EstateManager, AppRoles.CompanyAdmin];
    /// <summary>May act for a handler (accept, start, complete on their behalf) and set deadlines.</summary>
    public static readonly string[] SupervisorRoles = [AppRoles.Supervisor, AppRoles.EstateManager, AppRoles.CompanyAdmin];

    public static IQueryable<ServiceRequest> Requests(RequestContext rc)
    {
        var v = rc.Viewer;
        if (v.IsStaff) return rc.Db.ServiceRequests.InScope(v.EstateScope, r => r.EstateId);
        if (v.IsResident && v.PersonId is { } person)
        {
            var units = RegistryScope.Units(rc).Select(u => u.Id);
            return rc.Db.ServiceRequests.Where(r => (r.UnitId != null && units.Contains(r.UnitId.Value)) || (r.UnitId == null && r.ReporterPersonId == person));
        }
        return rc.Db.ServiceRequests.Where(_ => false);
    }

    /// <summary>A request to act on, tracked, with its deadlines; null when it does not exist or is not the caller's.</summary>
    public static Task<ServiceRequest?> FindAsync(RequestContext rc, Guid id, CancellationToken ct) =>
        Requests(rc).Include(r => r.Deadlines).SingleOrDefaultAsync(r => r.Id == id, ct);

    public static Task<WorkingCalendar> CalendarAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        rc.Services.GetRequiredService<IWorkingCalendars>().ForEstateAsync(rc.Db, estateId, ct);

    /// <summary>The caller's own staff record (by login), if they have one.</summary>
    public static Task<Staff.StaffMember?> StaffRecordAsync(RequestContext rc, CancellationToken ct) =>
        rc.Db.StaffMembers.AsNoTracking().Where(s => s.UserId == rc.Viewer.UserId && s.Active).FirstOrDefaultAsync(ct);

    /// <summary>Who a request of the estate may be dispatched to: active staff assigned to it today (one rule for the list and the step).</summary>
    public static IQueryable<Staff.StaffMember> Handlers(RequestContext rc, Guid estateId)
    {
        var today = DateOnly.FromDateTime(rc.Now);
        return rc.Db.StaffMembers.Where(s => s.Active && s.Assignments.Any(a => a.EstateId == estateId && a.From <= today && (a.To == null || a.To >= today)));
    }

    /// <summary>
    /// The handler a request binds: its assigned staff member, or, while only a department is assigned, every member of
    /// that department.
    /// </summary>
    public static async Task<bool> IsBoundHandlerAsync(RequestContext rc, ServiceRequest r, CancellationToken ct)
    {
        if (r.AssignedUserId is not null) return r.AssignedUserId == rc.Viewer.UserId;
        if (r.AssignedDepartmentId is not { } department) return false;
        return await StaffRecordAsync(rc, ct) is { } me && me.DepartmentId == department;
    }

    /// <summary>Handler steps (accept, reject, start, complete): the bound handler, or a supervisor on their behalf.</summary>
    public static async Task EnsureHandlerAsync(RequestContext rc, ServiceRequest r, CancellationToken ct)
    {
        if (rc.Viewer.HasAny(SupervisorRoles) || await IsBoundHandlerAsync(rc, r, ct)) return;
        throw new RuleException(ServiceDeskErrors.NotAssignee, "requestId");
    }
}
