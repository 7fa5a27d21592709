using System.Text;
using System.Text.Json.Nodes;
using GraphQL.Types;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>One place an ID can be passed to a root field: <c>unit.id</c>, <c>recordPayment.input.billIds</c>.</summary>
public sealed record IdArgument(string Operation, FieldType Field, string Path, bool IsList)
{
    public override string ToString() => Path;
}

/// <summary>
/// Reads the executable schema: every Query and Mutation field with an argument of type ID (directly, or inside an input
/// object, lists included), and builds a minimal valid operation for one of those arguments — the other required
/// arguments filled by a generic filler per scalar and input type (overridable per path), other ID arguments given the
/// caller's own ids — selecting what the field's result shows.
/// </summary>
public sealed class SchemaOperations(ISchema schema)
{
    public IEnumerable<IdArgument> IdArguments()
    {
        foreach (var (operation, root) in Roots())
            foreach (var field in root.Fields)
                foreach (var arg in field.Arguments ?? [])
                    foreach (var (path, isList) in IdPaths(arg.ResolvedType!, $"{field.Name}.{arg.Name}", []))
                        yield return new IdArgument(operation, field, path, isList);
    }

    private IEnumerable<(string Operation, IObjectGraphType Root)> Roots()
    {
        schema.Initialize();
        yield return ("query", schema.Query);
        if (schema.Mutation is { } m) yield return ("mutation", m);
    }

    private static IEnumerable<(string Path, bool IsList)> IdPaths(IGraphType type, string path, HashSet<IGraphType> seen)
    {
        var (named, isList) = Unwrap(type);
        if (named is IdGraphType) yield return (path, isList);
        else if (named is IInputObjectGraphType input && seen.Add(input))
            foreach (var f in input.Fields)
                foreach (var p in IdPaths(f.ResolvedType!, $"{path}.{f.Name}", seen))
                    yield return p;
    }

    private static (IGraphType Named, bool IsList) Unwrap(IGraphType type)
    {
        var list = false;
        while (true)
        {
            switch (type)
            {
                case NonNullGraphType n: type = n.ResolvedType!; break;
                case ListGraphType l: list = true; type = l.ResolvedType!; break;
                default: return (type, list);
            }
        }
    }

    private static string Sdl(IGraphType type) => type switch
    {
        NonNullGraphType n => Sdl(n.ResolvedType!) + "!",
        ListGraphType l => "[" + Sdl(l.ResolvedType!) + "]",
        _ => type.Name,
    };

    /// <summary>
    /// The operation for <paramref name="target"/> with <paramref name="id"/> in its place. <paramref name="idOf"/> gives
    /// the caller's own id for any other ID path; <paramref name="overrides"/> a value for a path the generic filler
    /// cannot guess.
    /// </summary>
    public (string Query, JsonObject Variables) Build(IdArgument target, Guid id, Func<string, Guid> idOf, IReadOnlyDictionary<string, JsonNode> overrides)
    {
        var field = target.Field;
        var variables = new JsonObject();
        var declared = new List<string>();
        var passed = new List<string>();
        foreach (var arg in field.Arguments ?? [])
        {
            var path = $"{field.Name}.{arg.Name}";
            var value = Value(arg.ResolvedType!, path, arg.DefaultValue is not null, target, id, idOf, overrides);
            if (value is null) continue;
            declared.Add($"${arg.Name}: {Sdl(arg.ResolvedType!)}");
            passed.Add($"{arg.Name}: ${arg.Name}");
            variables[arg.Name] = value;
        }
        var q = new StringBuilder(target.Operation);
        if (declared.Count > 0) q.Append('(').Append(string.Join(", ", declared)).Append(')');
        q.Append(" { ").Append(field.Name);
        if (passed.Count > 0) q.Append('(').Append(string.Join(", ", passed)).Append(')');
        q.Append(Selection(field.ResolvedType!, 0)).Append(" }");
        return (q.ToString(), variables);
    }

    /// <summary>A value for one argument or input field; null to leave it out (optional and not on the target's path).</summary>
    private static JsonNode? Value(IGraphType type, string path, bool hasDefault, IdArgument target, Guid id, Func<string, Guid> idOf,
        IReadOnlyDictionary<string, JsonNode> overrides)
    {
        if (overrides.TryGetValue(path, out var given)) return given.DeepClone();
        var onTarget = target.Path == path || target.Path.StartsWith(path + ".", StringComparison.Ordinal);
        if (!onTarget && (type is not NonNullGraphType || hasDefault)) return null;
        var (named, isList) = Unwrap(type);
        JsonNode? one;
        switch (named)
        {
            case IdGraphType:
                one = JsonValue.Create((target.Path == path ? id : idOf(path)).ToString());
                break;
            case IInputObjectGraphType input:
                var o = new JsonObject();
                foreach (var f in input.Fields)
                    if (Value(f.ResolvedType!, $"{path}.{f.Name}", f.DefaultValue is not null, target, id, idOf, overrides) is { } v)
                        o[f.Name] = v;
                one = o;
                break;
            case EnumerationGraphType e:
                one = JsonValue.Create(e.Values.First().Name);
                break;
            default:
                one = Scalar(named.Name);
                break;
        }
        return isList ? new JsonArray(one) : one;
    }

    private static JsonNode Scalar(string name) => name switch
    {
        "String" => JsonValue.Create("wall")!,
        "Int" or "Long" => JsonValue.Create(1)!,
        "Float" or "Decimal" => JsonValue.Create(1m)!,
        "Boolean" => JsonValue.Create(false)!,
        "DateOnly" or "Date" => JsonValue.Create("2026-11-01")!,
        "DateTime" or "DateTimeOffset" => JsonValue.Create("2026-11-01T00:00:00Z")!,
        _ => throw new Xunit.Sdk.XunitException($"The isolation suite has no filler for scalar {name}: add one to SchemaOperations.Scalar."),
    };

    /// <summary>What the field's result shows, three levels deep: every field without required arguments.</summary>
    private static string Selection(IGraphType type, int depth)
    {
        var (named, _) = Unwrap(type);
        if (named is not IComplexGraphType complex) return "";
        var parts = new List<string> { "__typename" };
        if (depth < 3)
            foreach (var f in complex.Fields)
            {
                if (f.Name.StartsWith("__") || (f.Arguments ?? []).Any(a => a.ResolvedType is NonNullGraphType && a.DefaultValue is null)) continue;
                var (inner, _) = Unwrap(f.ResolvedType!);
                if (inner is IComplexGraphType && depth == 2) continue;
                if (inner is UnionGraphType) { parts.Add(f.Name + " { __typename }"); continue; }
                parts.Add(f.Name + Selection(f.ResolvedType!, depth + 1));
            }
        return " { " + string.Join(" ", parts) + " }";
    }
}
