using GraphQL.Types;

namespace PropertySaaS.Api.Features.Companies;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class CompaniesModule : FeatureModule
{
    public override int Order => 10;

    public override void AddQueries(ObjectGraphType query) => CompanyGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => CompanyGraph.AddMutations(mutation);
}
