using GraphQL.Types;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>The feature's registrations (docs/architecture.md, "A feature is its folder").</summary>
public sealed class CollectionModule : FeatureModule
{
    public override int Order => 80;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<Jobs.IJobHandler, ReminderJobHandler>();
        builder.Services.AddSingleton<Jobs.IJobHandler, EscalationJobHandler>();
        builder.Services.AddSingleton<Jobs.IJobHandler, LateFeeJobHandler>();
        if (builder.Configuration.GetValue("Jobs:RunScheduler", builder.Configuration.GetValue("Jobs:RunWorker", true))) builder.Services.AddHostedService<CollectionScheduler>();
    }

    public override void AddQueries(ObjectGraphType query) => CollectionGraph.AddQueries(query);

    public override void AddMutations(ObjectGraphType mutation) => CollectionGraph.AddMutations(mutation);

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        app.MapBankCollectionFiles();
    }
}
