using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using static PropertySaaS.Api.Features.ServiceDesk.ServiceDeskScope;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>Visits of the caller's estates only: a visit elsewhere answers like one that does not exist.</summary>
internal static class VisitScope
{
    public static IQueryable<CustomerVisit> Visits(RequestContext rc) =>
        rc.Viewer.IsStaff ? rc.Db.CustomerVisits.InScope(rc.Viewer.EstateScope, v => v.EstateId) : rc.Db.CustomerVisits.Where(_ => false);

    public static async Task<Payload<CustomerVisit>> StepAsync(RequestContext rc, Guid visitId, Check check, Func<CustomerVisit, Task> act, CancellationToken ct)
    {
        var v = await Visits(rc).SingleOrDefaultAsync(x => x.Id == visitId, ct);
        if (v is null) return Payload<CustomerVisit>.Fail(check.Missing("visitId", "NOT_FOUND", "entity.visit"));
        if (check.Failed) return Payload<CustomerVisit>.Fail(check);
        await act(v);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<CustomerVisit>.Ok(v);
    }

    public static void Rating(Check check, int? rating)
    {
        if (rating is { } r && !Satisfaction.InRange(r)) check.Invalid("rating", "SR_RATING_RANGE");
    }

    /// <summary>T-110: a door visit is agreed at least one day (24 h) before it takes place.</summary>
    public static void DoorLeadTime(CustomerVisit v, DateTime bookedAt)
    {
        if (v.Mode == VisitMode.Door && v.PlannedFor < bookedAt.AddDays(1)) throw new RuleException(ComplaintErrors.DoorVisitTooSoon, "plannedFor");
    }
}

/// <summary>
/// Plans a visit or interview of a household by a staff member of its estate (§9.2–§9.3). A household that opted out
/// (§9.4) gets none, unless an override reason is given.
/// </summary>
public static class PlanCustomerVisit
{
    public static readonly UseCase<PlanCustomerVisitInput, CustomerVisit> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static async Task<Payload<CustomerVisit>> RunAsync(RequestContext rc, PlanCustomerVisitInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.OverrideReason, "reason", 500, required: false);
        if (i.PlannedFor < rc.Now) check.Invalid("plannedFor", "SR_NOT_IN_PAST", "sd.field.plannedFor");
        var unit = await RegistryScope.Units(rc).AsNoTracking().Where(u => u.Id == i.UnitId).Select(u => new { u.Id, u.EstateId }).SingleOrDefaultAsync(ct);
        if (unit is null) return Payload<CustomerVisit>.Fail(check.Missing("unitId", "NOT_FOUND", "entity.unit"));
        var today = DateOnly.FromDateTime(rc.Now);
        if (!await rc.Db.StaffMembers.AnyAsync(s => s.Id == i.StaffMemberId && s.Active
                && s.Assignments.Any(a => a.EstateId == unit.EstateId && a.From <= today && (a.To == null || a.To >= today)), ct))
            check.Missing("staffMemberId", "NOT_FOUND", "entity.staff");
        if (string.IsNullOrWhiteSpace(i.OverrideReason) && await rc.Db.VisitOptOuts.AnyAsync(o => o.UnitId == unit.Id, ct))
            check.Fail(ComplaintErrors.HouseholdOptedOut, "unitId");
        if (check.Failed) return Payload<CustomerVisit>.Fail(check);
        var v = new CustomerVisit
        {
            EstateId = unit.EstateId, UnitId = unit.Id, Kind = i.Kind, Mode = i.Mode, StaffMemberId = i.StaffMemberId, PlannedFor = i.PlannedFor,
            PlannedAt = rc.Now, Status = VisitStatus.Planned, OverrideReason = i.OverrideReason?.Trim() is { Length: > 0 } o ? o : null,
        };
        rc.Db.CustomerVisits.Add(v);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<CustomerVisit>.Ok(v);
    }
}

/// <summary>A door visit's appointment agreed with the customer, at least one day ahead (001 七 4, T-110).</summary>
public static class BookCustomerVisit
{
    public static readonly UseCase<BookCustomerVisitInput, CustomerVisit> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static Task<Payload<CustomerVisit>> RunAsync(RequestContext rc, BookCustomerVisitInput i, CancellationToken ct) =>
        VisitScope.StepAsync(rc, i.VisitId, new Check(rc.Culture), v =>
        {
            v.Move(VisitStatus.Booked);
            if (i.PlannedFor is { } at) v.PlannedFor = at;
            VisitScope.DoorLeadTime(v, rc.Now);
            v.BookedAt = rc.Now;
            return Task.CompletedTask;
        }, ct);
}

/// <summary>
/// The visit took place (or was missed): its record — needs, measures — and the customer's satisfaction on the §10 scale.
/// </summary>
public static class RecordCustomerVisit
{
    public static readonly UseCase<RecordCustomerVisitInput, CustomerVisit> UseCase = new(Access.Staff, RunAsync);

    public static Task<Payload<CustomerVisit>> RunAsync(RequestContext rc, RecordCustomerVisitInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        VisitScope.Rating(check, i.Rating);
        Intake.Text(check, i.Notes, "notes", 2000, required: !i.Missed);
        return VisitScope.StepAsync(rc, i.VisitId, check, v =>
        {
            v.Move(i.Missed ? VisitStatus.Missed : VisitStatus.Done);
            v.Notes = i.Notes?.Trim();
            if (!i.Missed) (v.DoneAt, v.Rating) = (rc.Now, i.Rating);
            return Task.CompletedTask;
        }, ct);
    }
}

/// <summary>主管审阅 (001 七 6): a supervisor reviews the visit record before it is archived.</summary>
public static class ReviewCustomerVisit
{
    public static readonly UseCase<ReviewCustomerVisitInput, CustomerVisit> UseCase = new(Access.Roles(SupervisorRoles), RunAsync);

    public static Task<Payload<CustomerVisit>> RunAsync(RequestContext rc, ReviewCustomerVisitInput i, CancellationToken ct) =>
        VisitScope.StepAsync(rc, i.VisitId, new Check(rc.Culture), v => { v.Move(VisitStatus.Reviewed); return Task.CompletedTask; }, ct);
}

/// <summary>
/// 拒绝回访 (§9.4): the household strongly rejects visits — flagged with the reason; its planned visits are skipped and
/// no return visit of its complaints is due. <c>optedOut: false</c> removes the flag.
/// </summary>
public static class SetVisitOptOut
{
    public static readonly UseCase<SetVisitOptOutInput, VisitOptOutResult> UseCase = new(Access.Roles(DeskRoles), RunAsync);

    public static async Task<Payload<VisitOptOutResult>> RunAsync(RequestContext rc, SetVisitOptOutInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        Intake.Text(check, i.Reason, "reason", 500, required: i.OptedOut);
        var unit = await RegistryScope.Units(rc).AsNoTracking().Where(u => u.Id == i.UnitId).Select(u => new { u.Id, u.EstateId }).SingleOrDefaultAsync(ct);
        if (unit is null) check.Missing("unitId", "NOT_FOUND", "entity.unit");
        if (check.Failed) return Payload<VisitOptOutResult>.Fail(check);
        var row = await rc.Db.VisitOptOuts.SingleOrDefaultAsync(o => o.UnitId == unit!.Id, ct);
        if (i.OptedOut)
        {
            if (row is null) rc.Db.VisitOptOuts.Add(row = new VisitOptOut { UnitId = unit!.Id, EstateId = unit.EstateId, Reason = i.Reason!.Trim(), At = rc.Now, ByUserId = rc.Viewer.UserId });
            else (row.Reason, row.At, row.ByUserId) = (i.Reason!.Trim(), rc.Now, rc.Viewer.UserId);
            foreach (var v in await rc.Db.CustomerVisits.Where(v => v.UnitId == unit.Id && v.Status == VisitStatus.Planned && v.OverrideReason == null).ToListAsync(ct))
                v.Move(VisitStatus.Skipped);
        }
        else if (row is not null) rc.Db.VisitOptOuts.Remove(row);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<VisitOptOutResult>.Ok(new VisitOptOutResult(unit!.Id, i.OptedOut, i.OptedOut ? row!.Reason : null));
    }
}

public sealed record VisitOptOutResult(Guid UnitId, bool OptedOut, string? Reason);
