using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// Fields whose answer is a plain read of their source object — a member, a building or owner list the page query
/// joined, a value computed from the row — declare that read where the field is defined, so that the execution
/// strategy (<see cref="FieldPlanningExecutionStrategy"/>) can take it when laying out the parent's fields instead of
/// running the resolver pipeline once per row. The field's resolver is set from the same read, so GraphQL.NET's own
/// strategy answers the same. A read must be a pure function of the source: it may run when the field's resolver
/// would not have been asked yet.
/// </summary>
public static class SourceReads
{
    /// <summary>A field's read: <paramref name="Get"/> on the source; when <paramref name="FallsBack"/>, null means "ask the resolver".</summary>
    internal sealed record Read(Func<object, object?> Get, bool FallsBack);

    private sealed record Declared(Read Read, IFieldResolver Resolver);

    // Per field definition; a schema (tests build many) takes its entries with it.
    private static readonly ConditionalWeakTable<FieldType, Declared> Reads = new();

    /// <summary>
    /// Resolves the field with <paramref name="read"/> on the source, or — when that gives null — with
    /// <paramref name="otherwise"/> (a batch loader, say). Without <paramref name="otherwise"/> null is the answer.
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveFromSource<TSource>(this FieldBuilder<TSource, object> field,
        Func<TSource, object?> read, Func<IResolveFieldContext<TSource>, object?>? otherwise = null)
    {
        field.Resolve(otherwise is null ? c => read(c.Source) : c => read(c.Source) ?? otherwise(c));
        Reads.AddOrUpdate(field.FieldType, new(new(source => read((TSource)source), otherwise is not null), field.FieldType.Resolver!));
        return field;
    }

    /// <summary>
    /// A field that shows a member of its source: GraphQL.NET's <c>Field(x =&gt; x.Member)</c> — the same name, type,
    /// description and resolver — whose value the API's strategy reads in place. Give either
    /// <paramref name="nullable"/> or <paramref name="type"/>, as with <c>Field</c>.
    /// </summary>
    public static FieldBuilder<TSource, TMember> MemberField<TSource, TMember>(this ComplexGraphType<TSource> graphType,
        Expression<Func<TSource, TMember>> member, bool? nullable = null, Type? type = null, string? name = null)
    {
        // A task is awaited by GraphQL.NET's expression resolver; it is not a plain value to read in place.
        if (typeof(Task).IsAssignableFrom(typeof(TMember)) || typeof(TMember) == typeof(ValueTask)
            || (typeof(TMember).IsGenericType && typeof(TMember).GetGenericTypeDefinition() == typeof(ValueTask<>)))
            throw new ArgumentException($"{member} is not a plain member; declare it with Field().", nameof(member));
        var field = (name, nullable, type) switch
        {
            (null, null, null) => graphType.Field(member),
            (null, { } n, null) => graphType.Field(member, n),
            (null, null, { } t) => graphType.Field(member, t),
            ({ } named, null, null) => graphType.Field(named, member),
            ({ } named, { } n, null) => graphType.Field(named, member, n),
            ({ } named, null, { } t) => graphType.Field(named, member, t),
            _ => throw new ArgumentException("Give either nullable or type.", nameof(type)),
        };
        var get = member.Compile();
        Reads.AddOrUpdate(field.FieldType, new(new(source => get((TSource)source), FallsBack: false), field.FieldType.Resolver!));
        return field;
    }

    /// <summary>
    /// The field's read, if it declared one and its resolver is still the one declared with it (middleware wrapped
    /// around a resolver must run, so such a field is never read around it).
    /// </summary>
    internal static Read? Of(FieldType definition) =>
        Reads.TryGetValue(definition, out var declared) && ReferenceEquals(definition.Resolver, declared.Resolver) ? declared.Read : null;
}
