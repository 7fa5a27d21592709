using GraphQL.Resolvers;
using GraphQL.Types;
using PropertySaaS.Api.Features.Accounts;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Companies;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api;

/// <summary>The one schema: each feature adds its fields to the root types here.</summary>
public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        CompanyGraph.AddQueries(query);
        RegistryQueries.AddTo(query);
        StaffGraph.AddQueries(query);
        AccountsGraph.AddQueries(query);
        BillingGraph.AddQueries(query);
        global::PropertySaaS.Api.Features.Billing.Metering.MeteringGraph.AddQueries(query);
        global::PropertySaaS.Api.Features.Billing.Payments.PaymentsGraph.AddQueries(query);
        global::PropertySaaS.Api.Features.Billing.Collection.CollectionGraph.AddQueries(query);
        global::PropertySaaS.Api.Features.Billing.Online.OnlineGraph.AddQueries(query);
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        CompanyGraph.AddMutations(mutation);
        RegistryMutations.AddTo(mutation);
        StaffGraph.AddMutations(mutation);
        AccountsGraph.AddMutations(mutation);
        BillingGraph.AddMutations(mutation);
        global::PropertySaaS.Api.Features.Billing.Metering.MeteringGraph.AddMutations(mutation);
        global::PropertySaaS.Api.Features.Billing.Payments.PaymentsGraph.AddMutations(mutation);
        global::PropertySaaS.Api.Features.Billing.Collection.CollectionGraph.AddMutations(mutation);
        global::PropertySaaS.Api.Features.Registry.Import.ImportMutations.AddTo(mutation);
        global::PropertySaaS.Api.Features.Billing.Online.OnlineGraph.AddMutations(mutation);
        DiscardFailedChanges(mutation);
        Mutation = mutation;

        RegisterType(new UtcDateTimeGraphType());
        RegisterType(new GuidIdGraphType());
        RegisterType(new InvalidInputType());
        RegisterType(new NotFoundType());
        RegisterType(new ConflictType());
    }

    /// <summary>A mutation that returns typed errors, or throws, leaves nothing behind for a later mutation to save.</summary>
    private static void DiscardFailedChanges(ObjectGraphType mutation)
    {
        foreach (var field in mutation.Fields)
        {
            var inner = field.Resolver!;
            field.Resolver = new FuncFieldResolver<object?>(async ctx =>
            {
                try
                {
                    var result = await inner.ResolveAsync(ctx);
                    if (result is IPayload { HasErrors: true }) ((RequestContext)ctx.UserContext).Discard();
                    return result;
                }
                catch
                {
                    ((RequestContext)ctx.UserContext).Discard();
                    throw;
                }
            });
        }
    }
}
