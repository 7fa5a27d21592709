using GraphQL.Types;

namespace PropertySaaS.Api.Features.Staff;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class StaffModule : FeatureModule
{
    public override int Order => 30;

    public override void AddQueries(ObjectGraphType query) => StaffGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => StaffGraph.AddMutations(mutation);
}
