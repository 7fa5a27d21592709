using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Notifications;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class NotificationsModule : FeatureModule
{
    public override int Order => 95;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<INotificationSender, LoggingNotificationSender>();
        builder.Services.AddRecurringTenantJob<OutboxJob>("0 0/2 * * * ?", ContactWindows.Zone);
    }
}
