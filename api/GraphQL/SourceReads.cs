using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// Fields whose answer is often already on their source object — a building or owner list the page query joined, a
/// value computed from the row — declare that read apart from the rest of their resolver, so that the execution
/// strategy (<see cref="FieldPlanningExecutionStrategy"/>) can take it when laying out the parent's fields instead of
/// running the resolver pipeline once per row.
/// </summary>
public static class SourceReads
{
    private sealed record SourceRead(Func<object, object?> Read, IFieldResolver Resolver);

    // Per field definition; a schema (tests build many) takes its entries with it.
    private static readonly ConditionalWeakTable<FieldType, SourceRead> Reads = new();

    /// <summary>
    /// Resolves the field with <paramref name="read"/> on the source, or — when that gives null — with
    /// <paramref name="otherwise"/> (a batch loader, say). Without <paramref name="otherwise"/> null is the answer.
    /// </summary>
    public static FieldBuilder<TSource, object> ResolveFromSource<TSource>(this FieldBuilder<TSource, object> field,
        Func<TSource, object?> read, Func<IResolveFieldContext<TSource>, object?>? otherwise = null)
    {
        field.Resolve(otherwise is null ? c => read(c.Source) : c => read(c.Source) ?? otherwise(c));
        Reads.AddOrUpdate(field.FieldType, new SourceRead(source => read((TSource)source), field.FieldType.Resolver!));
        return field;
    }

    /// <summary>
    /// The field's source read, if it has one and its resolver is still the one set with it (middleware wrapped
    /// around a resolver must run, so such a field is never read around it).
    /// </summary>
    internal static Func<object, object?>? Of(FieldType definition) =>
        Reads.TryGetValue(definition, out var read) && ReferenceEquals(definition.Resolver, read.Resolver) ? read.Read : null;
}
