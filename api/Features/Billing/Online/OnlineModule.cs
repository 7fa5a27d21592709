using GraphQL.Types;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Billing.Online;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class OnlineModule : FeatureModule
{
    public override int Order => 90;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.Configure<StripeOptions>(builder.Configuration.GetSection("Stripe"));
        builder.Services.AddSingleton<StripeGateway>();
        builder.Services.AddTenantJob<StripeEventJob>();
        builder.Services.AddRecurringTenantJob<StripeReconcileJob>("0 0 3 * * ?", Notifications.ContactWindows.Zone);
    }

    public override void AddQueries(ObjectGraphType query) => OnlineGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => OnlineGraph.AddMutations(mutation);

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapStripeWebhook();
    }
}
