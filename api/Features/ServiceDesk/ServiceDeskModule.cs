using GraphQL.Types;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>The service desk (issue 15): one intake for every request, dispatch, handling, return visits, deadlines.</summary>
public sealed class ServiceDeskModule : FeatureModule
{
    public override int Order => 110;

    public override void AddQueries(ObjectGraphType query) => ServiceDeskGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => ServiceDeskGraph.AddMutations(mutation);

    public override void MapEndpoints(IEndpointRouteBuilder app) => ServiceRequestAttachmentEndpoints.Map(app);
}
