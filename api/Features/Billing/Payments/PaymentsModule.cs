using GraphQL.Types;

namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class PaymentsModule : FeatureModule
{
    public override int Order => 70;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.AddReceiptFonts();
    }

    public override void AddQueries(ObjectGraphType query) => PaymentsGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => PaymentsGraph.AddMutations(mutation);

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapReceipts();
    }
}
