using System.Collections;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// GraphQL.NET's serial execution, with shortcuts that change no answer (tests/Api.Tests ExecutionTests runs every
/// document on both and compares the JSON and GraphQL.NET's dictionary form; CI runs the API tests on both,
/// docs/architecture/graphql-execution.md):
/// <list type="number">
/// <item>An object type's fields are collected from a selection set once per request instead of once per object. A
/// list of 100 units otherwise walks the same <c>{ id number … }</c> selection, looks up each field's definition and
/// fills a dictionary 100 times (and again for every building and owner); that was about a fifth of the execution's
/// CPU (docs/benchmarks.md §2). Collection depends only on the selection set, the object type and the request's
/// variables (through @skip/@include); the first two are the key while the variables are fixed for the request.</item>
/// <item>Fields that declare how their answer is read from the source (<see cref="SourceReads"/>: a plain member, or a
/// unit's building when the page query already joined it) are read when their object's fields are laid out, instead
/// of each going through the resolver pipeline. A scalar that reads cleanly is serialized by its type and kept as a
/// value on its object (<see cref="PlannedObjectNode"/>), not as a node; any other read value (an object, a list, a
/// null, a batched result) is handed to GraphQL.NET as the resolver's result, to complete and report on as usual.</item>
/// <item>Objects, and the items of lists of objects, that GraphQL.NET's check of a result cannot refuse (a value its
/// object type accepts) are completed at once — checked by GraphQL.NET's own <c>ValidateNodeResult</c>, fields laid
/// out — without GraphQL.NET's async completion per object (two async calls per list item). Any other result (a null,
/// a value the type may refuse) is completed by GraphQL.NET, which reports it on its node.</item>
/// </list>
/// Nothing here catches an exception to try another way. A read that throws is that field's error, reported once by
/// GraphQL.NET's own resolver-error handling (→ INTERNAL with a correlation id, logged: ApiErrors); it is not read again.
/// Only GraphQL.NET's public, documented extension points are used: the protected members of ExecutionStrategy.
/// </summary>
public sealed class FieldPlanningExecutionStrategy : SerialExecutionStrategy
{
    // This execution's plans: dropped when it ends (ExecuteAsync), so nothing outlives a request or is shared by two.
    private static readonly ConditionalWeakTable<ExecutionContext, Dictionary<GraphQLSelectionSet, Plan>> Plans = new();

    // A selection set's fields for one object type; the next plan is the same selection set on another type (a
    // fragment on an interface or union meets several). Selection sets are compared by reference: the document's nodes.
    private sealed record Plan(IGraphType Type, PlannedField[] Fields, Plan? Next)
    {
        /// <summary>How many fields are executed as nodes when every scalar read answers in place.</summary>
        public int NodeCount { get; } = Fields.Count(f => f.Read?.Scalar is null);
    }

    internal sealed record PlannedField(GraphQLField Field, FieldType Definition, FieldRead? Read)
    {
        /// <summary>The response key (alias or name) as JSON; GraphQL names are ASCII letters, digits and _.</summary>
        public JsonEncodedText Key { get; } = JsonEncodedText.Encode(Field.Alias?.Name.StringValue ?? Definition.Name);
    }

    public override async Task<ExecutionResult> ExecuteAsync(ExecutionContext context)
    {
        try
        {
            return await base.ExecuteAsync(context).ConfigureAwait(false);
        }
        finally
        {
            Plans.Remove(context);
        }
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
        // Sized for every scalar read answering in place; a read that does not (rare) makes room for its node.
        var nodes = planned is null || source is null ? new ExecutionNode[plan.Fields.Length]
            : plan.NodeCount == 0 ? [] : new ExecutionNode[plan.NodeCount];
        var count = 0;
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var (field, definition, read) = plan.Fields[i];
            ExecutionNode node;
            if (read is null || planned is null || source is null)
                node = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
            else
            {
                switch (read.Read(source, out var value, out var failure))
                {
                    case ReadOutcome.InPlace:
                        if (values is null)
                        {
                            values = new object?[plan.Fields.Length];
                            values.AsSpan(0, i).Fill(PlannedObjectNode.InNode);
                        }
                        values[i] = value;
                        continue;
                    case ReadOutcome.Resolve:
                        node = BuildExecutionNode(parent, definition.ResolvedType!, field, definition);
                        break;
                    default:
                        node = ReadNode(context, parent, field, definition, value, failure);
                        break;
                }
            }
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

    private static IGraphType Unwrapped(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;

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
    /// A field whose resolver's part was done by its read: <see cref="ExecutionNode.Result"/> is what the resolver would
    /// have returned, or <see cref="Failure"/> what it would have thrown.
    /// </summary>
    internal interface IReadNode
    {
        ExceptionDispatchInfo? Failure { get; }
    }

    internal sealed class ReadObjectNode(ExecutionNode parent, IGraphType type, GraphQLField field, FieldType definition, ExceptionDispatchInfo? failure)
        : PlannedObjectNode(parent, type, field, definition, null), IReadNode
    {
        public ExceptionDispatchInfo? Failure => failure;
        /// <summary>Completed when its parent's fields were laid out (<see cref="CompletesAtOnce"/>).</summary>
        public bool Completed { get; set; }
    }

    internal sealed class ReadListNode(ExecutionNode parent, IGraphType type, GraphQLField field, FieldType definition, ExceptionDispatchInfo? failure)
        : ArrayExecutionNode(parent, type, field, definition, null), IReadNode
    {
        public ExceptionDispatchInfo? Failure => failure;
        /// <summary>Its items' completion, when started as its parent's fields were laid out.</summary>
        public Task? Completion { get; set; }
    }

    internal sealed class ReadValueNode(ExecutionNode parent, ScalarGraphType type, GraphQLField field, FieldType definition, ExceptionDispatchInfo? failure)
        : ValueExecutionNode(parent, type, field, definition, null), IReadNode
    {
        public ExceptionDispatchInfo? Failure => failure;
    }

    private ExecutionNode ReadNode(ExecutionContext context, ExecutionNode parent, GraphQLField field, FieldType definition, object? value, ExceptionDispatchInfo? failure)
    {
        var type = Unwrapped(definition.ResolvedType!);
        switch (type)
        {
            case ListGraphType listType:
                var list = new ReadListNode(parent, type, field, definition, failure) { Result = value };
                // A list of objects that all complete at once is laid out now too (GraphQL.NET's check of a list value
                // cannot refuse it); any other list waits for its execution, so errors come in GraphQL.NET's order.
                if (failure is null && value is IList items && Unwrapped(listType.ResolvedType!) is IObjectGraphType itemType && AllComplete(itemType, items))
                {
                    ValidateNodeResult(context, list);
                    list.Completion = SetArrayItemNodesAsync(context, list);
                }
                return list;
            case ScalarGraphType scalar:
                return new ReadValueNode(parent, scalar, field, definition, failure) { Result = value };
            default:
                var node = new ReadObjectNode(parent, type, field, definition, failure) { Result = value };
                if (failure is null && CompletesAtOnce(node))
                {
                    CompleteObject(context, node);
                    node.Completed = true;
                }
                return node;
        }
    }

    /// <summary>
    /// Whether GraphQL.NET's check of an object's result (<c>ValidateNodeResult</c>) cannot refuse it: a value of an object
    /// type that accepts it. Decided before completing, so that nothing needs catching.
    /// </summary>
    private static bool CompletesAtOnce(ObjectExecutionNode node) => node.GraphType is IObjectGraphType type && Accepts(type, node.Result);

    private static bool Accepts(IObjectGraphType type, object? result) =>
        result is not (null or IDataLoaderResult) && (type.IsTypeOf is null || type.SkipTypeCheck || type.IsTypeOf(result));

    // Batched items are completed when their loader has run.
    private static bool AllComplete(IObjectGraphType type, IList items)
    {
        foreach (var item in items)
            if (item is not IDataLoaderResult && !Accepts(type, item)) return false;
        return true;
    }

    /// <summary>An object's completion as GraphQL.NET's (check, then lay out its fields), without its async call.</summary>
    private void CompleteObject(ExecutionContext context, ObjectExecutionNode node)
    {
        ValidateNodeResult(context, node);
        SetSubFieldNodes(context, node);
    }

    /// <summary>
    /// The items of a list of objects, completed as GraphQL.NET's list completion does but without its two async calls
    /// per item, as long as each item <see cref="CompletesAtOnce"/>; from the first that may not, GraphQL.NET completes
    /// the rest one by one, reporting errors on their items in order. Other lists are GraphQL.NET's.
    /// </summary>
    protected override Task SetArrayItemNodesAsync(ExecutionContext context, ArrayExecutionNode parent)
    {
        if (Unwrapped(((ListGraphType)parent.GraphType).ResolvedType!) is not IObjectGraphType itemType || parent.Result is not IList list)
            return base.SetArrayItemNodesAsync(context, parent);
        var items = new List<ExecutionNode>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var node = (ObjectExecutionNode)BuildExecutionNode(parent, itemType, parent.Field, parent.FieldDefinition, i);
            node.Result = list[i];
            items.Add(node);
            // A batched item is completed when its loader has run, as in GraphQL.NET.
            if (node.Result is IDataLoaderResult) continue;
            if (!CompletesAtOnce(node)) return CompleteItemsAsync(context, parent, itemType, list, items, i);
            CompleteObject(context, node);
        }
        parent.Items = items;
        return Task.CompletedTask;
    }

    private async Task CompleteItemsAsync(ExecutionContext context, ArrayExecutionNode parent, IObjectGraphType itemType, IList list, List<ExecutionNode> items, int from)
    {
        await CompleteNodeAsync(context, items[from]).ConfigureAwait(false);
        for (var i = from + 1; i < list.Count; i++)
        {
            var node = BuildExecutionNode(parent, itemType, parent.Field, parent.FieldDefinition, i);
            node.Result = list[i];
            items.Add(node);
            if (node.Result is not IDataLoaderResult) await CompleteNodeAsync(context, node).ConfigureAwait(false);
        }
        parent.Items = items;
    }

    protected override Task ExecuteNodeAsync(ExecutionContext context, ExecutionNode node)
    {
        // Completed when laid out: nothing left to execute (its children are executed next).
        if (node is ReadObjectNode { Completed: true }) return Task.CompletedTask;
        if (node is ReadListNode { Completion: { } completion }) return completion;
        // A read that failed goes through GraphQL.NET's own execution, whose resolver rethrows it (SelectResolver):
        // reported as any resolver's exception is.
        if (node is not IReadNode { Failure: null }) return base.ExecuteNodeAsync(context, node);
        // Read from its source: the resolver's part is done. A batched result waits for its loader (the serial
        // strategy queues it); anything else is completed by GraphQL.NET — checked, laid out, errors on this node.
        context.CancellationToken.ThrowIfCancellationRequested();
        return node.Result is IDataLoaderResult ? Task.CompletedTask : CompleteNodeAsync(context, node);
    }

    protected override IFieldResolver SelectResolver(ExecutionNode node, ExecutionContext context) =>
        node is IReadNode { Failure: { } failure } ? new Rethrowing(failure) : base.SelectResolver(node, context);

    /// <summary>Throws what the field's read threw, with its original stack trace, where GraphQL.NET calls a resolver.</summary>
    private sealed class Rethrowing(ExceptionDispatchInfo failure) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            failure.Throw();
            return default;
        }
    }

    internal enum ReadOutcome
    {
        /// <summary>A scalar, serialized: kept as a value on its object.</summary>
        InPlace,
        /// <summary>The read has no answer: the field's resolver runs (a source read's fallback, e.g. a batch loader).</summary>
        Resolve,
        /// <summary>The resolver's result (or its exception): GraphQL.NET completes the node.</summary>
        Node,
    }

    /// <summary>
    /// A field's read (<see cref="SourceReads"/>) with the field's type: scalars are serialized by that type, as
    /// completion would serialize them.
    /// </summary>
    internal sealed class FieldRead(SourceReads.Read read, ScalarGraphType? scalar, bool nonNull)
    {
        /// <summary>The field's scalar type; null for objects and lists.</summary>
        public ScalarGraphType? Scalar => scalar;

        public ReadOutcome Read(object source, out object? value, out ExceptionDispatchInfo? failure)
        {
            failure = null;
            try
            {
                value = read.Get(source);
                if (value is null)
                    return read.FallsBack ? ReadOutcome.Resolve : scalar is not null && !nonNull ? ReadOutcome.InPlace : ReadOutcome.Node;
                if (scalar is null || value is Task or IDataLoaderResult) return ReadOutcome.Node;
                // An ID held as a Guid stays one: the writer formats it as the ID's string ("D") without a string in
                // between (100 per page); the dictionary form gets the string (PlannedObjectNode.ToValue).
                if (value is Guid && scalar is IdGraphType) return ReadOutcome.InPlace;
                // A value its type serializes to null is left to completion, which answers null or reports it.
                if (scalar.Serialize(value) is not { } serialized) return ReadOutcome.Node;
                value = serialized;
                return ReadOutcome.InPlace;
            }
            catch (Exception e)
            {
                // Not a way around the failure: it becomes this field's error (ReadNode → Rethrowing), exactly where and
                // how GraphQL.NET reports a resolver's or serializer's exception, and the read is not tried again.
                value = null;
                failure = ExceptionDispatchInfo.Capture(e);
                return ReadOutcome.Node;
            }
        }

        // Weakly keyed: a schema (tests build many) takes its reads with it.
        private static readonly ConditionalWeakTable<FieldType, StrongBox<FieldRead?>> Known = new();

        public static FieldRead? Of(FieldType definition) => Known.GetValue(definition, static d => new(Build(d))).Value;

        private static FieldRead? Build(FieldType definition)
        {
            if (SourceReads.Of(definition) is not { } read) return null;
            var fieldType = definition.ResolvedType;
            var nonNull = fieldType is NonNullGraphType;
            if (fieldType is NonNullGraphType wrapper) fieldType = wrapper.ResolvedType;
            var scalar = fieldType as ScalarGraphType;
            return scalar is not null || fieldType is IObjectGraphType or ListGraphType ? new FieldRead(read, scalar, nonNull) : null;
        }
    }
}
