using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.Timers;

namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

/// <summary>A category as the company uses it: its own row, or the default it has not changed.</summary>
public sealed record CategoryView(ServiceRequestType Type, string Code, string Name, bool Active, int SortOrder, bool IsDefault)
{
    public static CategoryView Of(ServiceCategory c) => new(c.Type, c.Code, c.Name, c.Active, c.SortOrder, DefaultCategories.Find(c.Type, c.Code) is not null);
}

/// <summary>The urgency limits in whole units, as shown and edited.</summary>
public sealed record DeskLimitValues(int EmergencyAcknowledgeMinutes, int EmergencyOnSiteMinutes, int OrdinaryAppointmentWorkingHours, int OrdinaryOnSiteHours,
    int CompletionWorkingDays)
{
    public static DeskLimitValues Of(DeskLimits l) => new((int)l.EmergencyAcknowledge.TotalMinutes, (int)l.EmergencyOnSite.TotalMinutes,
        (int)l.OrdinaryAppointmentWorkingHours, (int)l.OrdinaryOnSite.TotalHours, l.CompletionWorkingDays);
}

/// <summary>The company's limits now and the suggested defaults of §6.5 beside them.</summary>
public sealed record DeskLimitsView(DeskLimitValues Current, DeskLimitValues Defaults)
{
    public static DeskLimitsView Of(DeskLimits current) => new(DeskLimitValues.Of(current), DeskLimitValues.Of(DeskLimits.Defaults));
}

/// <summary>An estate's escalation chain: who is named, who is escalated to in effect (named, else the position's holder), and the steps.</summary>
public sealed record EscalationChainView(Guid EstateId, Guid? CsHeadStaffMemberId, Guid? ManagerStaffMemberId, Guid? EffectiveCsHeadId, string? EffectiveCsHeadName,
    Guid? EffectiveManagerId, string? EffectiveManagerName, int CsHeadAfterMinutes, int ManagerAfterMinutes);

public static class DeskSettingsQueries
{
    /// <summary>The categories of a type (all types when null), defaults merged with the company's own rows, in their order.</summary>
    public static async Task<List<CategoryView>> CategoriesAsync(RequestContext rc, ServiceRequestType? type, bool includeInactive, CancellationToken ct)
    {
        var own = await rc.Db.ServiceCategories.AsNoTracking().Where(c => type == null || c.Type == type).ToListAsync(ct);
        var mine = own.Select(CategoryView.Of).ToList();
        var defaults = DefaultCategories.All.Where(d => (type is null || d.Type == type) && !own.Any(o => o.Type == d.Type && o.Code == d.Code))
            .Select(d => new CategoryView(d.Type, d.Code, d.Name, true, d.SortOrder, true));
        return mine.Concat(defaults).Where(c => includeInactive || c.Active).OrderBy(c => c.Type).ThenBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).ToList();
    }

    public static async Task<DeskLimitsView> LimitsAsync(RequestContext rc, CancellationToken ct) => DeskLimitsView.Of(await DeskLimits.ForCompanyAsync(rc.Db, ct));

    /// <summary>The chain of a visible estate; null when the estate is not the caller's (or does not exist).</summary>
    public static async Task<EscalationChainView?> ChainAsync(RequestContext rc, Guid estateId, CancellationToken ct)
    {
        if (!await RegistryScope.EstateVisibleAsync(rc, estateId, ct)) return null;
        var chain = (await EscalationChains.ForEstatesAsync(rc.Db, [estateId], ct))[estateId];
        return await ChainViewAsync(rc.Db, chain, rc.Now, ct);
    }

    internal static async Task<EscalationChainView> ChainViewAsync(TenantDbContext db, EscalationChain chain, DateTime now, CancellationToken ct)
    {
        var (cs, manager) = (await EscalationChains.RecipientsAsync(db, [chain], now, ct))[chain.EstateId];
        return new EscalationChainView(chain.EstateId, chain.CsHeadStaffMemberId, chain.ManagerStaffMemberId, cs?.Id, cs?.Name, manager?.Id, manager?.Name,
            chain.CsHeadAfterMinutes, chain.ManagerAfterMinutes);
    }

    /// <summary>An estate's published complaint channels, for its residents and staff; null when not published or not the caller's estate.</summary>
    public static async Task<PublishedChannels?> ChannelsAsync(RequestContext rc, Guid estateId, CancellationToken ct)
    {
        var visible = RegistryScope.Estates(rc).Where(e => e.Id == estateId).Select(e => e.Id);
        return await rc.Db.PublishedChannels.AsNoTracking().Where(c => c.EstateId == estateId && visible.Contains(c.EstateId)).SingleOrDefaultAsync(ct);
    }
}
