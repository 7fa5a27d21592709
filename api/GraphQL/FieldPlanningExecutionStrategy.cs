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
    private static readonly ConditionalWeakTable<ExecutionContext, Dictionary<(GraphQLSelectionSet, IGraphType), (GraphQLField Field, FieldType Definition)[]>> Plans = new();

    protected override void SetSubFieldNodes(ExecutionContext context, ObjectExecutionNode parent)
    {
        var type = parent.GetObjectGraphType(context.Schema) ?? parent.GraphType;
        if (parent.SelectionSet is not { } selectionSet || type is null)
        {
            base.SetSubFieldNodes(context, parent);
            return;
        }
        var plans = Plans.GetValue(context, static _ => []);
        if (!plans.TryGetValue((selectionSet, type), out var plan))
        {
            var collected = CollectFieldsFrom(context, type, selectionSet, null);
            plan = new (GraphQLField, FieldType)[collected.Count];
            var n = 0;
            foreach (var (field, definition) in collected.Values) plan[n++] = (field, definition);
            plans[(selectionSet, type)] = plan;
        }

        var nodes = new ExecutionNode[plan.Length];
        for (var i = 0; i < plan.Length; i++)
            nodes[i] = BuildExecutionNode(parent, plan[i].Definition.ResolvedType!, plan[i].Field, plan[i].Definition);
        parent.SubFields = nodes;
    }
}
