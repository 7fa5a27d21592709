using System.Text;
using GraphQL;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.GraphQL;

/// <summary>A Relay-style page of results: <paramref name="Nodes"/> start at <paramref name="Offset"/> in the list's order.</summary>
public sealed record Connection<T>(IReadOnlyList<T> Nodes, int Offset, PageInfo PageInfo, int TotalCount)
{
    // Built only when a client asks for edges (most ask for nodes). A list, not a lazy Select: GraphQL.NET sizes its
    // result nodes from the count.
    public IReadOnlyList<Edge<T>> Edges => field ??= Nodes.Select((n, i) => new Edge<T>(Offset + i, n)).ToList();

    public static Connection<T> Of(IReadOnlyList<T> nodes, int offset, bool hasNextPage, int totalCount) =>
        new(nodes, offset, new PageInfo(hasNextPage, offset > 0,
            nodes.Count > 0 ? Paging.Encode(offset) : null, nodes.Count > 0 ? Paging.Encode(offset + nodes.Count - 1) : null), totalCount);
}

/// <summary>An item and its position in the ordered list; the cursor is written only when a client asks for it.</summary>
public sealed record Edge<T>(int Offset, T Node)
{
    public string Cursor => Paging.Encode(Offset);
}
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static QueryArguments Arguments(params QueryArgument[] more) => new QueryArguments(
        new QueryArgument<IntGraphType> { Name = "first", Description = $"Page size, at most {MaxPageSize}." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Cursor of the last item of the previous page." })
    {
        // Appending keeps `first`/`after` first in the SDL for every list.
    }.With(more);

    private static QueryArguments With(this QueryArguments args, QueryArgument[] more)
    {
        foreach (var a in more) args.Add(a);
        return args;
    }

    /// <summary>
    /// Pages an already ordered query. Cursors are opaque offsets into that order. Counts only when the client
    /// selected <c>totalCount</c>, and reads one row more than the page to know whether another page follows,
    /// so a plain page costs one SQL command.
    /// </summary>
    public static Task<Connection<T>> ToConnectionAsync<T>(this IQueryable<T> ordered, IResolveFieldContext ctx) =>
        PageAsync(ctx, (skip, take, ct) => ordered.Skip(skip).Take(take).ToListAsync(ct), ordered.CountAsync);

    /// <summary>The same paging over any reader of an ordered list: <paramref name="read"/> gets (skip, take).</summary>
    public static async Task<Connection<T>> PageAsync<T>(IResolveFieldContext ctx, Func<int, int, CancellationToken, Task<List<T>>> read, Func<CancellationToken, Task<int>> count)
    {
        var rc = (RequestContext)ctx.UserContext;
        var first = ctx.GetArgument<int?>("first") ?? DefaultPageSize;
        if (first < 0 || first > MaxPageSize) throw rc.Error(ErrorCodes.Validation, "PAGE_SIZE", MaxPageSize);
        var offset = Decode(ctx.GetArgument<string?>("after"), rc) is { } after ? after + 1 : 0;
        var rows = await read(offset, first + 1, ctx.CancellationToken);
        var hasNext = rows.Count > first;
        var items = hasNext ? rows.GetRange(0, first) : rows;
        var total = SelectsTotalCount(ctx)
            ? (!hasNext && (items.Count > 0 || offset == 0) ? offset + items.Count : await count(ctx.CancellationToken))
            : -1;
        return Connection<T>.Of(items, offset, hasNext, total);
    }

    private static bool SelectsTotalCount(IResolveFieldContext ctx) =>
        ctx.SubFields?.Values.Any(f => f.Field.Name.StringValue == "totalCount") ?? true;

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes("o:" + offset));

    private static int? Decode(string? cursor, RequestContext rc)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("o:") && int.TryParse(text[2..], out var o) && o >= 0) return o;
        }
        catch (FormatException) { }
        throw rc.Error(ErrorCodes.Validation, "INVALID_CURSOR");
    }
}

/// <summary>What a connection field's caller selected on its nodes, so that the page query reads what is shown.</summary>
public static class Selections
{
    /// <summary>
    /// Every field selected on the nodes of the connection being resolved (under <c>nodes</c> and <c>edges { node }</c>,
    /// all occurrences, fragments spread in, @skip/@include ignored so the answer is never less than what executes),
    /// or null when that cannot be told (fragments nested too deep).
    /// </summary>
    public static List<GraphQLField>? NodeFields(IResolveFieldContext ctx)
    {
        var connection = FieldsOf(ctx.FieldAst.SelectionSet, ctx.Document);
        if (connection is null) return null;
        List<GraphQLField> nodes = [];
        foreach (var f in connection)
        {
            if (f.Name.StringValue == "nodes" && !Collect(f.SelectionSet, ctx.Document, nodes, 0)) return null;
            if (f.Name.StringValue != "edges") continue;
            if (FieldsOf(f.SelectionSet, ctx.Document) is not { } edge) return null;
            foreach (var n in edge)
                if (n.Name.StringValue == "node" && !Collect(n.SelectionSet, ctx.Document, nodes, 0)) return null;
        }
        return nodes;
    }

    /// <summary>The fields of a selection set with its fragments spread in; null when they nest too deep to follow.</summary>
    public static List<GraphQLField>? FieldsOf(GraphQLSelectionSet? set, GraphQLDocument doc)
    {
        List<GraphQLField> fields = [];
        return Collect(set, doc, fields, 0) ? fields : null;
    }

    private static bool Collect(GraphQLSelectionSet? set, GraphQLDocument doc, List<GraphQLField> into, int depth)
    {
        if (set is null) return true;
        if (depth > 8) return false;
        foreach (var s in set.Selections)
        {
            switch (s)
            {
                case GraphQLField f:
                    into.Add(f);
                    break;
                case GraphQLInlineFragment i:
                    if (!Collect(i.SelectionSet, doc, into, depth + 1)) return false;
                    break;
                // A spread of an unknown fragment never validates, so it never executes either.
                case GraphQLFragmentSpread spread:
                    var fragment = doc.FindFragmentDefinition(spread.FragmentName.Name);
                    if (!Collect(fragment?.SelectionSet, doc, into, depth + 1)) return false;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }
}

public sealed class PageInfoType : ObjectGraphType<PageInfo>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        this.MemberField(x => x.HasNextPage);
        this.MemberField(x => x.HasPreviousPage);
        this.MemberField(x => x.StartCursor, nullable: true);
        this.MemberField(x => x.EndCursor, nullable: true);
    }
}

public sealed class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>> where TNodeType : IGraphType
{
    public EdgeType()
    {
        Name = NodeName<TNodeType>() + "Edge";
        this.MemberField(x => x.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }

    internal static string NodeName<TN>() => typeof(TN).Name.Replace("GraphType", "").Replace("Type", "");
}

public sealed class ConnectionType<TNodeType, T> : ObjectGraphType<Connection<T>> where TNodeType : IGraphType
{
    public ConnectionType()
    {
        Name = EdgeType<TNodeType, T>.NodeName<TNodeType>() + "Connection";
        this.MemberField(x => x.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source.PageInfo);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeType<TNodeType, T>>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
    }
}
