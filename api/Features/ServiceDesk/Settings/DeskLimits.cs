using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

/// <summary>
/// The urgency classes' limits a company uses (service-desk.md §6.5): its own values where it set them, the suggested
/// defaults of <see cref="ServiceDeadlines"/> otherwise. <see cref="ServiceDeadlines.AtIntake"/> takes them as a parameter.
/// </summary>
public sealed record DeskLimits(TimeSpan EmergencyAcknowledge, TimeSpan EmergencyOnSite, double OrdinaryAppointmentWorkingHours, TimeSpan OrdinaryOnSite,
    int CompletionWorkingDays)
{
    public static readonly DeskLimits Defaults = new(ServiceDeadlines.EmergencyAcknowledge, ServiceDeadlines.EmergencyOnSite,
        ServiceDeadlines.OrdinaryAppointmentWorkingHours, ServiceDeadlines.OrdinaryOnSite, ServiceDeadlines.CompletionWorkingDays);

    public static DeskLimits Of(DeskLimitSettings? s) => s is null ? Defaults : new(
        s.EmergencyAcknowledgeMinutes is { } a ? TimeSpan.FromMinutes(a) : Defaults.EmergencyAcknowledge,
        s.EmergencyOnSiteMinutes is { } o ? TimeSpan.FromMinutes(o) : Defaults.EmergencyOnSite,
        s.OrdinaryAppointmentWorkingHours ?? Defaults.OrdinaryAppointmentWorkingHours,
        s.OrdinaryOnSiteHours is { } h ? TimeSpan.FromHours(h) : Defaults.OrdinaryOnSite,
        s.CompletionWorkingDays ?? Defaults.CompletionWorkingDays);

    /// <summary>The settings lookup: the company's limits now.</summary>
    public static async Task<DeskLimits> ForCompanyAsync(TenantDbContext db, CancellationToken ct) =>
        Of(await db.Set<DeskLimitSettings>().AsNoTracking().SingleOrDefaultAsync(ct));
}
