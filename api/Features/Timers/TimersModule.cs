using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Timers;

/// <summary>
/// The shared timer engine (issue 15 §5): features plug their running limits in as <see cref="ITimerSource"/>s; one
/// recurring job per company warns and escalates (docs/architecture/scheduled-work.md, "Timers").
/// </summary>
public sealed class TimersModule : FeatureModule
{
    public override int Order => 100;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddRecurringTenantJob<TimerSweepJob>("0 0/5 * * * ?", Notifications.ContactWindows.Zone);
    }
}
