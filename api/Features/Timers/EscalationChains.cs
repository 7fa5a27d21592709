using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Staff;

namespace PropertySaaS.Api.Features.Timers;

/// <summary>Who the engine escalates to: the estate's chain as configured, or its staff in the CS-head / estate-head positions.</summary>
public static class EscalationChains
{
    /// <summary>Positions that stand for the CS head (客服中心经理, 客服主管) and the estate manager (管理处经理) when the chain names nobody.</summary>
    public static readonly Position[] CsHeadPositions = [Position.CsCentreManager, Position.CsSupervisor];
    public static readonly Position[] ManagerPositions = [Position.EstateHead];

    /// <summary>The chain of each estate: its stored row, or the defaults.</summary>
    public static async Task<Dictionary<Guid, EscalationChain>> ForEstatesAsync(TenantDbContext db, IReadOnlyCollection<Guid> estates, CancellationToken ct)
    {
        var stored = await db.Set<EscalationChain>().AsNoTracking().Where(c => estates.Contains(c.EstateId)).ToDictionaryAsync(c => c.EstateId, ct);
        return estates.ToDictionary(e => e, e => stored.GetValueOrDefault(e) ?? new EscalationChain { EstateId = e });
    }

    /// <summary>The CS head and estate manager of each chain's estate (named, else the first active staff member in the position there).</summary>
    public static async Task<Dictionary<Guid, (StaffMember? CsHead, StaffMember? Manager)>> RecipientsAsync(TenantDbContext db, IReadOnlyCollection<EscalationChain> chains,
        DateTime now, CancellationToken ct)
    {
        if (chains.Count == 0) return [];
        var estates = chains.Select(c => c.EstateId).ToList();
        var named = chains.SelectMany(c => new[] { c.CsHeadStaffMemberId, c.ManagerStaffMemberId }).OfType<Guid>().Distinct().ToList();
        var today = DateOnly.FromDateTime(now);
        var positions = CsHeadPositions.Concat(ManagerPositions).ToList();
        var staff = await db.Set<StaffMember>().AsNoTracking().Include(s => s.Assignments)
            .Where(s => s.Active && (named.Contains(s.Id) || (positions.Contains(s.Position)
                && s.Assignments.Any(a => estates.Contains(a.EstateId) && a.From <= today && (a.To == null || a.To >= today)))))
            .OrderBy(s => s.Position).ThenBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);
        StaffMember? Pick(Guid estate, Guid? id, Position[] fallback) => id is { } x
            ? staff.FirstOrDefault(s => s.Id == x)
            : staff.FirstOrDefault(s => fallback.Contains(s.Position) && s.Assignments.Any(a => a.EstateId == estate && a.From <= today && (a.To == null || a.To >= today)));
        return chains.ToDictionary(c => c.EstateId, c => (Pick(c.EstateId, c.CsHeadStaffMemberId, CsHeadPositions), Pick(c.EstateId, c.ManagerStaffMemberId, ManagerPositions)));
    }

    /// <summary>The active staff records of the given logins.</summary>
    public static async Task<Dictionary<string, StaffMember>> HandlersAsync(TenantDbContext db, IReadOnlyCollection<string> userIds, CancellationToken ct)
    {
        if (userIds.Count == 0) return [];
        var rows = await db.Set<StaffMember>().AsNoTracking().Where(s => s.Active && s.UserId != null && userIds.Contains(s.UserId)).ToListAsync(ct);
        return rows.GroupBy(s => s.UserId!).ToDictionary(g => g.Key, g => g.First());
    }
}
