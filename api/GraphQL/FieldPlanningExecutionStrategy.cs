using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// GraphQL.NET's serial execution, with two shortcuts that change no answer (tests/Api.Tests ExecutionTests runs every
/// document on both and compares the JSON):
/// <list type="number">
/// <item>An object type's fields are collected from a selection set once per request instead of once per object. A
/// list of 100 units otherwise walks the same <c>{ id number … }</c> selection, looks up each field's definition and
/// fills a dictionary 100 times (and again for every building and owner); that was about a fifth of the execution's
/// CPU (docs/benchmarks.md §2). Collection depends only on the selection set, the object type and the request's
/// variables (through @skip/@include); the first two are the key while the variables are fixed for the request.</item>
/// <item>Scalar fields declared as a plain property of their source (<c>Field(x =&gt; x.Number)</c>) are read when
/// their object's fields are laid out, instead of each going through the resolver pipeline (a resolve context, an
/// async resolver call, completion and validation), which costs several times the read itself. Anything unusual —
/// a null for a non-null field, a getter or serializer that throws — is left to the normal path, which reports it
/// as GraphQL.NET would.</item>
/// </list>
/// </summary>
public sealed class FieldPlanningExecutionStrategy : SerialExecutionStrategy
{
    // Per request: keyed by the execution context, gone with it. Nothing here outlives a request or is shared by two.
    private static readonly ConditionalWeakTable<ExecutionContext, Dictionary<GraphQLSelectionSet, Plan>> Plans = new();

    // A selection set's fields for one object type; the next plan is the same selection set on another type (a
    // fragment on an interface or union meets several). Selection sets are compared by reference: the document's nodes.
    private sealed record Plan(IGraphType Type, PlannedField[] Fields, Plan? Next);

    private sealed record PlannedField(GraphQLField Field, FieldType Definition, PropertyRead? Read);

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent.SelectionSet is not { } selectionSet || type is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var plans = Plans.GetValue(context, static _ => new(ReferenceEqualityComparer.Instance));
        plans.TryGetValue(selectionSet, out var first);
        var plan = first;
        while (plan is not null && !ReferenceEquals(plan.Type, type)) plan = plan.Next;
        if (plan is null)
        {
            var collected = CollectFieldsFrom(context, type, selectionSet, null);
            var fields = new PlannedField[collected.Count];
            var n = 0;
            foreach (var (field, definition) in collected.Values) fields[n++] = new(field, definition, PropertyRead.Of(definition));
            plans[selectionSet] = plan = new Plan(type, fields, first);
        }

        var source = parent.Result;
        var nodes = new ExecutionNode[plan.Fields.Length];
        for (var i = 0; i < nodes.Length; i++)
        {
            var (field, definition, read) = plan.Fields[i];
            nodes[i] = read is not null && source is not null && read.TryRead(source, out var value)
                ? new ReadValueNode(parent, read.Scalar, field, definition) { Result = value }
                : BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
        }
        parent.SubFields = nodes;
    }

    // A scalar already read and serialized when its parent's fields were laid out: nothing left to execute.
    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node) =>
        node is ReadValueNode ? Task.CompletedTask : base.ExecuteNodeAsync(context, node);

    private sealed class ReadValueNode(ExecutionNode parent, ScalarGraphType type, GraphQLField field, FieldType definition)
        : ValueExecutionNode(parent, type, field, definition, null);

    /// <summary>
    /// A scalar field whose resolver is GraphQL.NET's own for <c>Field(x =&gt; x.Member)</c>: the same member read
    /// through a compiled getter, then serialized by the field's scalar type, as the resolver and completion would.
    /// Fields with any other resolver (including middleware wrapped around this one) are not read here.
    /// </summary>
    private sealed class PropertyRead(Func<object, object?> get, ScalarGraphType scalar, bool nonNull)
    {
        public ScalarGraphType Scalar => scalar;

        public bool TryRead(object source, out object? value)
        {
            try
            {
                value = scalar.Serialize(get(source));
            }
            catch (Exception)
            {
                // The normal path runs the resolver again and reports the error on this field.
                value = null;
                return false;
            }
            return value is not null || !nonNull;
        }

        // Weakly keyed: a schema (tests build many) takes its reads with it.
        private static readonly ConditionalWeakTable<FieldType, StrongBox<PropertyRead?>> Known = new();

        public static PropertyRead? Of(FieldType definition) => Known.GetValue(definition, static d => new(Build(d))).Value;

        private static PropertyRead? Build(FieldType definition)
        {
            var resolver = definition.Resolver?.GetType();
            if (resolver is not { IsGenericType: true } || resolver.GetGenericTypeDefinition() != typeof(ExpressionFieldResolver<,>)) return null;
            if (definition.GetMetadata<string>("ORIGINAL_EXPRESSION_PROPERTY_NAME") is not { } name) return null;
            var fieldType = definition.ResolvedType;
            var nonNull = fieldType is NonNullGraphType;
            if (fieldType is NonNullGraphType wrapper) fieldType = wrapper.ResolvedType;
            if (fieldType is not ScalarGraphType scalar) return null;

            var sourceType = resolver.GetGenericArguments()[0];
            var member = (MemberInfo?)sourceType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? sourceType.GetField(name, BindingFlags.Public | BindingFlags.Instance);
            var memberType = member switch { PropertyInfo p => p.PropertyType, FieldInfo f => f.FieldType, _ => null };
            // The expression resolver awaits tasks; those stay with it.
            if (memberType is null || typeof(Task).IsAssignableFrom(memberType)
                || (memberType.IsGenericType && memberType.GetGenericTypeDefinition() == typeof(ValueTask<>)) || memberType == typeof(ValueTask))
                return null;

            var source = Expression.Parameter(typeof(object), "source");
            var read = Expression.MakeMemberAccess(Expression.Convert(source, sourceType), member!);
            var get = Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
            return new PropertyRead(get, scalar, nonNull);
        }
    }
}
