using GraphQL.Types;
using GraphQLParser.AST;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// The ID scalar, accepting only GUIDs as input: every ID of this API is one (docs/contracts.md). A malformed id is
/// then refused while arguments and variables are coerced — a VALIDATION error naming the argument — instead of
/// failing inside a resolver that reads it as a Guid. Values stay strings, as with GraphQL.NET's built-in scalar,
/// which this replaces; output is unchanged.
/// </summary>
public sealed class GuidIdGraphType : IdGraphType
{
    public GuidIdGraphType() => Name = "ID";

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue || value is GraphQLStringValue s && Guid.TryParse(s.Value.Span, out _);

    public override object? ParseLiteral(GraphQLValue value) =>
        CanParseLiteral(value) ? base.ParseLiteral(value) : ThrowLiteralConversionError(value);

    public override bool CanParseValue(object? value) =>
        value is null or Guid || value is string s && Guid.TryParse(s, out _);

    public override object? ParseValue(object? value) =>
        CanParseValue(value) ? base.ParseValue(value) : ThrowValueConversionError(value);
}
