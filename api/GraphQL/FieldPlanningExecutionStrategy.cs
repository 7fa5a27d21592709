using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// GraphQL.NET's serial execution, with shortcuts that change no answer (tests/Api.Tests ExecutionTests runs every
/// document on both and compares the JSON and GraphQL.NET's dictionary form):
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
/// as GraphQL.NET would. The values are kept on their object (<see cref="PlannedObjectNode"/>), not as a node each.</item>
/// <item>Fields that declare how to read their answer from the source (<see cref="SourceReads.ResolveFromSource{TSource}"/>,
/// e.g. a unit's building when the page query already joined it) are read the same way when that read answers:
/// scalars are serialized as above, objects and lists of objects are completed at once (result checks, child
/// fields, list items), anything else when executed. When the read has no answer the field's resolver runs.</item>
/// <item>Objects and lists of objects are completed without GraphQL.NET's async machinery (a closure and two async
/// calls per list item); an item or object that does not complete cleanly is completed by GraphQL.NET's code, which
/// reports the error.</item>
/// </list>
/// </summary>
public sealed class FieldPlanningExecutionStrategy : SerialExecutionStrategy
{
    // Per request: keyed by the execution context, gone with it. Nothing here outlives a request or is shared by two.
    private static readonly ConditionalWeakTable<ExecutionContext, Dictionary<GraphQLSelectionSet, Plan>> Plans = new();

    // A selection set's fields for one object type; the next plan is the same selection set on another type (a
    // fragment on an interface or union meets several). Selection sets are compared by reference: the document's nodes.
    private sealed record Plan(IGraphType Type, PlannedField[] Fields, Plan? Next)
    {
        /// <summary>How many fields are executed as nodes when every scalar read answers.</summary>
        public int NodeCount { get; } = Fields.Count(f => f.Read?.Scalar is null);
    }

    internal sealed record PlannedField(GraphQLField Field, FieldType Definition, FieldRead? Read)
    {
        /// <summary>The response key (alias or name) as JSON; GraphQL names are ASCII letters, digits and _.</summary>
        public JsonEncodedText Key { get; } = JsonEncodedText.Encode(Field.Alias?.Name.StringValue ?? Definition.Name);
    }

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
            foreach (var (field, definition) in collected.Values) fields[n++] = new(field, definition, FieldRead.Of(definition));
            plans[selectionSet] = plan = new Plan(type, fields, first);
        }

        var source = parent.Result;
        var planned = parent as PlannedObjectNode;
        // Scalars read in place are kept as values on their object, not as one node each (a page of units had ~700).
        object?[]? values = null;
        // Sized for every scalar read answering; a read that does not answer (rare) makes room for its node.
        var nodes = planned is null || source is null ? new ExecutionNode[plan.Fields.Length]
            : plan.NodeCount == 0 ? [] : new ExecutionNode[plan.NodeCount];
        var count = 0;
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var (field, definition, read) = plan.Fields[i];
            ExecutionNode node;
            if (read is null || planned is null || source is null || !read.TryRead(source, out var value))
                node = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
            else if (read.Scalar is not null)
            {
                if (values is null)
                {
                    values = new object?[plan.Fields.Length];
                    values.AsSpan(0, i).Fill(PlannedObjectNode.InNode);
                }
                values[i] = value;
                continue;
            }
            else
                node = ReadNode(context, parent, field, definition, value);
            if (values is not null) values[i] = PlannedObjectNode.InNode;
            if (count == nodes.Length) Array.Resize(ref nodes, plan.Fields.Length);
            nodes[count++] = node;
        }
        if (count < nodes.Length) Array.Resize(ref nodes, count);
        parent.SubFields = nodes;
        if (values is null) return;
        planned!.Fields = plan.Fields;
        planned.Values = values;
    }

    // Objects are planned objects, so that their scalar fields can be held as values.
    protected override ExecutionNode BuildExecutionNode(ExecutionNode parent, IGraphType graphType, GraphQLField field, FieldType fieldDefinition, int? indexInParentNode = null)
    {
        var type = Unwrapped(graphType);
        return type is IObjectGraphType or IAbstractGraphType
            ? new PlannedObjectNode(parent, type, field, fieldDefinition, indexInParentNode)
            : base.BuildExecutionNode(parent, graphType, field, fieldDefinition, indexInParentNode);
    }

    /// <summary>
    /// An object whose scalar fields read in place are held as <see cref="Values"/> in the order of
    /// <see cref="Fields"/>; <see cref="ObjectExecutionNode.SubFields"/> holds only the fields still executed, in the same
    /// order, each standing where <see cref="Values"/> has <see cref="InNode"/>. Without values it is a plain object node.
    /// </summary>
    internal class PlannedObjectNode(ExecutionNode parent, IGraphType type, GraphQLField field, FieldType definition, int? index)
        : ObjectExecutionNode(parent, type, field, definition, index)
    {
        public static readonly object InNode = new();

        public PlannedField[]? Fields { get; set; }
        public object?[]? Values { get; set; }

        // GraphQL.NET's dictionary form of the result (ExecutionResult.Data's ToValue), fields in response order.
        public override object? ToValue()
        {
            if (Values is null || SubFields is null) return base.ToValue();
            var result = new Dictionary<string, object?>(Values.Length);
            for (int i = 0, k = 0; i < Values.Length; i++)
            {
                result.Add(Fields![i].Key.Value, ReferenceEquals(Values[i], InNode) ? SubFields[k++].ToValue()
                    : Values[i] is Guid id && Fields[i].Read?.Scalar is IdGraphType ? id.ToString("D") : Values[i]);
            }
            return result;
        }
    }

    /// <summary>
    /// An object or list read from its source: what its resolver would have returned, completed now when that needs
    /// no awaiting and reports no error (objects; lists of objects), else when it is executed.
    /// </summary>
    private ExecutionNode ReadNode(ExecutionContext context, ExecutionNode parent, GraphQLField field, FieldType definition, object? value)
    {
        var type = Unwrapped(definition.ResolvedType!);
        if (type is ListGraphType)
        {
            var list = new ReadListNode(parent, type, field, definition) { Result = value };
            try
            {
                ValidateNodeResult(context, list);
                list.Completed = TryCompleteObjectList(context, list);
            }
            catch (Exception)
            {
                list.Items = null;
            }
            return list;
        }
        var node = new ReadObjectNode(parent, type, field, definition) { Result = value };
        node.Completed = TryCompleteObject(context, node);
        return node;
    }

    private static IGraphType Unwrapped(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;

    /// <summary>
    /// Completes an object node as GraphQL.NET's completion does — check the result, lay out its fields — without its
    /// async machinery. False, with nothing laid out, when the result is refused or anything throws: the caller then
    /// leaves the node to GraphQL.NET's completion, which reports the error.
    /// </summary>
    private bool TryCompleteObject(ExecutionContext context, ObjectExecutionNode node)
    {
        try
        {
            ValidateNodeResult(context, node);
            if (node.Result is not null) SetSubFieldNodes(context, node);
            return true;
        }
        catch (Exception)
        {
            node.SubFields = null;
            return false;
        }
    }

    /// <summary>
    /// A list of objects completed as GraphQL.NET's list completion does, without its closure and two async calls per
    /// item. False, with no items, for any other list, or if any item does not complete cleanly (a null in a list of required items, say):
    /// GraphQL.NET's completion then does the whole list and reports the errors in its order.
    /// </summary>
    private bool TryCompleteObjectList(ExecutionContext context, ArrayExecutionNode parent)
    {
        if (Unwrapped(((ListGraphType)parent.GraphType).ResolvedType!) is not IObjectGraphType itemType || parent.Result is not IList list) return false;
        var items = new List<ExecutionNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var node = BuildExecutionNode(parent, itemType, parent.Field, parent.FieldDefinition, i);
            node.Result = item;
            // A batched item is completed when its loader has run, as in GraphQL.NET.
            if (item is not global::GraphQL.DataLoader.IDataLoaderResult && !TryCompleteObject(context, (ObjectExecutionNode)node))
            {
                parent.Items = null;
                return false;
            }
            items.Add(node);
        }
        parent.Items = items;
        return true;
    }

    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent) =>
        TryCompleteObjectList(context, parent) ? Task.CompletedTask : base.SetArrayItemNodesAsync(context, parent);

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        switch (node)
        {
            // An object or list already completed when its parent's fields were laid out: nothing left to execute
            // (its children are executed next).
            case ReadObjectNode { Completed: true } or ReadListNode { Completed: true }:
                return Task.CompletedTask;
            // Read from its source: the resolver's part is done, completion is GraphQL.NET's.
            case ReadObjectNode or ReadListNode:
                context.CancellationToken.ThrowIfCancellationRequested();
                return CompleteNodeAsync(context, node);
            default:
                return base.ExecuteNodeAsync(context, node);
        }
    }

    internal sealed class ReadObjectNode(ExecutionNode parent, IGraphType type, GraphQLField field, FieldType definition)
        : PlannedObjectNode(parent, type, field, definition, null)
    {
        public bool Completed;
    }

    internal sealed class ReadListNode(ExecutionNode parent, IGraphType type, GraphQLField field, FieldType definition)
        : ArrayExecutionNode(parent, type, field, definition, null)
    {
        public bool Completed;
    }

    /// <summary>
    /// How to read a field's answer straight from its source, as its resolver would: a member declared with
    /// <c>Field(x =&gt; x.Member)</c> (GraphQL.NET's expression resolver) through a compiled getter, or the read a field
    /// declared with <see cref="SourceReads.ResolveFromSource{TSource}"/>. Scalars are serialized by the field's type, as
    /// completion would. Fields whose resolver is anything else — middleware wrapped around one of these included —
    /// are not read here.
    /// </summary>
    internal sealed class FieldRead(Func<object, object?> get, ScalarGraphType? scalar, bool nonNull)
    {
        /// <summary>The field's scalar type; null for objects and lists.</summary>
        public ScalarGraphType? Scalar => scalar;

        /// <summary>False when the normal path must answer: no value, or one it must report on.</summary>
        public bool TryRead(object source, out object? value)
        {
            try
            {
                value = get(source);
                // An ID held as a Guid stays one: the writer formats it as the ID's string ("D") without a string in
                // between (100 per page); the dictionary form gets the string (PlannedObjectNode.ToValue).
                if (scalar is not null && !(value is Guid && scalar is IdGraphType)) value = scalar.Serialize(value);
            }
            catch (Exception)
            {
                // The normal path runs the resolver again and reports the error on this field.
                value = null;
                return false;
            }
            // A read without an answer leaves the field to its resolver (a source read's fallback, a loader); so does
            // anything still to be awaited or batched.
            if (value is null) return !nonNull && scalar is not null && !fallsBack;
            return value is not (Task or global::GraphQL.DataLoader.IDataLoaderResult);
        }

        // Set for a source read: null from it means "ask the resolver", not "the answer is null".
        private bool fallsBack;

        // Weakly keyed: a schema (tests build many) takes its reads with it.
        private static readonly ConditionalWeakTable<FieldType, StrongBox<FieldRead?>> Known = new();

        public static FieldRead? Of(FieldType definition) => Known.GetValue(definition, static d => new(Build(d))).Value;

        private static FieldRead? Build(FieldType definition)
        {
            var fieldType = definition.ResolvedType;
            var nonNull = fieldType is NonNullGraphType;
            if (fieldType is NonNullGraphType wrapper) fieldType = wrapper.ResolvedType;
            var scalar = fieldType as ScalarGraphType;
            if (scalar is null && fieldType is not (IObjectGraphType or ListGraphType)) return null;

            if (SourceReads.Of(definition) is { } read) return new FieldRead(read, scalar, nonNull) { fallsBack = true };

            var resolver = definition.Resolver?.GetType();
            if (resolver is not { IsGenericType: true } || resolver.GetGenericTypeDefinition() != typeof(ExpressionFieldResolver<,>)) return null;
            if (definition.GetMetadata<string>("ORIGINAL_EXPRESSION_PROPERTY_NAME") is not { } name) return null;

            var sourceType = resolver.GetGenericArguments()[0];
            var member = (MemberInfo?)sourceType.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)
                ?? sourceType.GetField(name, BindingFlags.Public | BindingFlags.Instance);
            var memberType = member switch { PropertyInfo p => p.PropertyType, FieldInfo f => f.FieldType, _ => null };
            // The expression resolver awaits tasks; those stay with it.
            if (memberType is null || typeof(Task).IsAssignableFrom(memberType)
                || (memberType.IsGenericType && memberType.GetGenericTypeDefinition() == typeof(ValueTask<>)) || memberType == typeof(ValueTask))
                return null;

            var source = Expression.Parameter(typeof(object), "source");
            var access = Expression.MakeMemberAccess(Expression.Convert(source, sourceType), member!);
            var get = Expression.Lambda<Func<object, object?>>(Expression.Convert(access, typeof(object)), source).Compile();
            return new FieldRead(get, scalar, nonNull);
        }
    }
}
