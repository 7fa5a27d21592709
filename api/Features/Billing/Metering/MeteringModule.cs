using GraphQL.Types;

namespace PropertySaaS.Api.Features.Billing.Metering;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class MeteringModule : FeatureModule
{
    public override int Order => 60;

    public override void AddQueries(ObjectGraphType query) => MeteringGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => MeteringGraph.AddMutations(mutation);
}
