using System.Runtime.CompilerServices;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQLParser.AST;
using ExecutionContext = GraphQL.Execution.ExecutionContext;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// GraphQL.NET's serial execution, except that an object type's fields are collected from a selection set once per
/// request instead of once per object. A list of 100 units otherwise walks the same <c>{ id number … }</c> selection,
/// looks up each field's definition and fills a dictionary 100 times (and again for every building and owner); that
/// was about a fifth of the execution's CPU (docs/benchmarks.md §2). Collection depends only on the selection set, the
/// object type and the request's variables (through @skip/@include), and the first two are the key while the
/// variables are fixed for the request, so the first object's result holds for every other.
/// </summary>
public sealed class FieldPlanningExecutionStrategy : SerialExecutionStrategy
{
    // Per request: keyed by the execution context, gone with it. Nothing here outlives a request or is shared by two.
    private static readonly ConditionalWeakTable<ExecutionContext, Dictionary<GraphQLSelectionSet, Plan>> Plans = new();

    // A selection set's fields for one object type; the next plan is the same selection set on another type (a
    // fragment on an interface or union meets several). Selection sets are compared by reference: the document's nodes.
    private sealed record Plan(IGraphType Type, (GraphQLField Field, FieldType Definition)[] Fields, Plan? Next);

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
            var fields = new (GraphQLField, FieldType)[collected.Count];
            var n = 0;
            foreach (var (field, definition) in collected.Values) fields[n++] = (field, definition);
            plans[selectionSet] = plan = new Plan(type, fields, first);
        }

        var nodes = new ExecutionNode[plan.Fields.Length];
        for (var i = 0; i < nodes.Length; i++)
            nodes[i] = BuildExecutionNode(parent, plan.Fields[i].Definition.ResolvedType!, plan.Fields[i].Field, plan.Fields[i].Definition);
        parent.SubFields = nodes;
    }
}
