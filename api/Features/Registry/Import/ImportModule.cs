using GraphQL.Types;

namespace PropertySaaS.Api.Features.Registry.Import;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class ImportModule : FeatureModule
{
    public override int Order => 85;

    public override void AddMutations(ObjectGraphType mutation) => ImportMutations.AddTo(mutation);
}
