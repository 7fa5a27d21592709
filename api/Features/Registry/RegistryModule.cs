using GraphQL.Types;

namespace PropertySaaS.Api.Features.Registry;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class RegistryModule : FeatureModule
{
    public override int Order => 20;

    public override void AddQueries(ObjectGraphType query) => RegistryQueries.AddTo(query);

    public override void AddMutations(ObjectGraphType mutation) => RegistryMutations.AddTo(mutation);
}
