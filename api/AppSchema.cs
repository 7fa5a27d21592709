using GraphQL.Resolvers;
using GraphQL.Types;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api;

/// <summary>The one schema: each feature module adds its fields to the root types.</summary>
public sealed class AppSchema : Schema
{
    public AppSchema(IServiceProvider services) : base(services)
    {
        var query = new ObjectGraphType { Name = "Query" };
        foreach (var module in FeatureModule.All) module.AddQueries(query);
        Query = query;

        var mutation = new ObjectGraphType { Name = "Mutation" };
        foreach (var module in FeatureModule.All) module.AddMutations(mutation);
        DiscardFailedChanges(mutation);
        Mutation = mutation;

        RegisterType(new UtcDateTimeGraphType());
        RegisterType(new GuidIdGraphType());
        RegisterType(new InvalidInputType());
        RegisterType(new NotFoundType());
        RegisterType(new ConflictType());
        foreach (var kind in ErrorKind.All) RegisterType(new RuleErrorGraphType(kind));
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
