using GraphQL;
using GraphQL.Builders;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// The one opening of every resolver (docs/architecture.md): take the request's context, demand the caller's access,
/// read the arguments, run the use case, map its outcome. A field never holds a rule; a use case never sees GraphQL.
/// </summary>
public static class UseCaseFields
{
    /// <summary>
    /// A mutation field that runs <paramref name="useCase"/> on its <c>input</c> argument, after demanding its access. A <see cref="RuleException"/>
    /// thrown inside becomes the payload's typed error, and nothing the use case changed is saved.
    /// </summary>
    public static FieldBuilder<TSource, object> RunsUseCase<TSource, TInput, T>(this FieldBuilder<TSource, object> field, UseCase<TInput, T> useCase)
        where T : class =>
        field.ResolveAsync(async c =>
        {
            var rc = (RequestContext)c.UserContext;
            useCase.Who.Demand(rc);
            try { return await useCase.Run(rc, c.GetArgument<TInput>("input"), c.CancellationToken); }
            catch (RuleException e)
            {
                rc.Discard();
                return Payload<T>.Fail([e.ToError(rc.Culture)]);
            }
        });

    /// <summary>A query field: demands access, then reads with the request's context and the field's arguments.</summary>
    public static FieldBuilder<TSource, object> Reads<TSource, T>(this FieldBuilder<TSource, object> field, Access access,
        Func<RequestContext, IResolveFieldContext<TSource>, Task<T>> read) =>
        field.ResolveAsync(async c =>
        {
            var rc = (RequestContext)c.UserContext;
            access.Demand(rc);
            return (object?)await read(rc, c);
        });
}
