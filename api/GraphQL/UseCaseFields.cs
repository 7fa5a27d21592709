using System.Reflection;
using GraphQL;
using GraphQL.Builders;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// The one opening of every resolver (docs/architecture.md): take the request's context, demand the caller's access,
/// read the arguments, run the use case, map its outcome. A field never holds a rule; a use case never sees GraphQL.
/// </summary>
public static class UseCaseFields
{
    /// <summary>Metadata key naming how a root field opens (<c>useCase</c> or <c>reads</c>); ShapeTests checks every root field has one.</summary>
    public const string Opening = "opening";

    /// <summary>
    /// A mutation field that runs <paramref name="useCase"/> on its <c>input</c> argument, after demanding its access. A <see cref="RuleException"/>
    /// thrown inside becomes the payload's typed error, and nothing the use case changed is saved.
    /// </summary>
    public static FieldBuilder<TSource, object> RunsUseCase<TSource, TInput, T>(this FieldBuilder<TSource, object> field, UseCase<TInput, T> useCase)
        where T : class =>
        field.Runs(useCase, c => c.GetArgument<TInput>("input"));

    /// <summary>
    /// <see cref="RunsUseCase{TSource, TInput, T}(FieldBuilder{TSource, object}, UseCase{TInput, T})"/> for a field whose arguments are loose
    /// (older fields without one <c>input</c>; the SDL stays as it is): each argument becomes the input record's constructor parameter of the
    /// same name. Declare the arguments first; a parameter without an argument, or an argument without a parameter, stops the schema from building.
    /// </summary>
    public static FieldBuilder<TSource, object> RunsUseCaseOnArguments<TSource, TInput, T>(this FieldBuilder<TSource, object> field, UseCase<TInput, T> useCase)
        where T : class
    {
        var read = ArgumentsOf<TInput>(field.FieldType.Name, [.. (field.FieldType.Arguments ?? []).Select(a => a.Name)]);
        return field.Runs(useCase, read);
    }

    /// <summary>A query field: demands access, then reads with the request's context and the field's arguments.</summary>
    public static FieldBuilder<TSource, object> Reads<TSource, T>(this FieldBuilder<TSource, object> field, Access access,
        Func<RequestContext, IResolveFieldContext<TSource>, Task<T>> read) =>
        field.WithMetadata(Opening, "reads").ResolveAsync(async c =>
        {
            var rc = (RequestContext)c.UserContext;
            access.Demand(rc);
            return (object?)await read(rc, c);
        });

    private static FieldBuilder<TSource, object> Runs<TSource, TInput, T>(this FieldBuilder<TSource, object> field, UseCase<TInput, T> useCase,
        Func<IResolveFieldContext, TInput> input) where T : class =>
        field.WithMetadata(Opening, "useCase").ResolveAsync(async c =>
        {
            var rc = (RequestContext)c.UserContext;
            useCase.Who.Demand(rc);
            try { return await useCase.Run(rc, input(c), c.CancellationToken); }
            catch (RuleException e)
            {
                rc.Discard();
                return Payload<T>.Fail([e.ToError(rc.Culture)]);
            }
        });

    /// <summary>Reads a field's named arguments into <typeparamref name="TInput"/>'s one public constructor, parameter by (case-insensitive) name.</summary>
    internal static Func<IResolveFieldContext, TInput> ArgumentsOf<TInput>(string fieldName, IReadOnlyList<string> arguments)
    {
        var ctor = typeof(TInput).GetConstructors(BindingFlags.Public | BindingFlags.Instance) is [var only] ? only
            : throw new InvalidOperationException($"{typeof(TInput).Name} (input of {fieldName}) needs exactly one public constructor.");
        var parameters = ctor.GetParameters()
            .Select(p => (p.ParameterType, Name: arguments.SingleOrDefault(a => string.Equals(a, p.Name, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"{fieldName} has no argument for {typeof(TInput).Name}.{p.Name}.")))
            .ToArray();
        if (arguments.FirstOrDefault(a => !parameters.Any(p => p.Name == a)) is { } extra)
            throw new InvalidOperationException($"{fieldName}'s argument {extra} is not a parameter of {typeof(TInput).Name}.");
        return c => (TInput)ctor.Invoke([.. parameters.Select(p => c.GetArgument(p.ParameterType, p.Name))]);
    }
}
