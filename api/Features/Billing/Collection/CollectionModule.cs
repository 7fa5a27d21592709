using GraphQL.Types;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class CollectionModule : FeatureModule
{
    public override int Order => 80;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        // Every half hour on :00 and :30 local, so the 14:30 SMS window opens on time; escalation and late fees daily at 01:00.
        builder.Services.AddRecurringTenantJob<ReminderJob>("0 0,30 * * * ?", ContactWindows.Zone);
        builder.Services.AddRecurringTenantJob<EscalationJob>("0 0 1 * * ?", ContactWindows.Zone);
        builder.Services.AddRecurringTenantJob<LateFeeJob>("0 0 1 * * ?", ContactWindows.Zone);
    }

    public override void AddQueries(ObjectGraphType query) => CollectionGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => CollectionGraph.AddMutations(mutation);

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapBankCollectionFiles();
    }
}
