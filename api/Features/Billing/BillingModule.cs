using GraphQL.Types;
using PropertySaaS.Api.Jobs;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class BillingModule : FeatureModule
{
    public override int Order => 50;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddTenantJob<BillingRunJob>();
    }

    public override void AddQueries(ObjectGraphType query) => BillingGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => BillingGraph.AddMutations(mutation);
}
