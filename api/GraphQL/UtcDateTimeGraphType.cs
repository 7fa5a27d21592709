using GraphQL.Types;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// The DateTime scalar, sent with its UTC designator. Every DateTime we store is UTC, but SQLite and SQL Server hand
/// it back without a kind, and the JSON writer would then drop the "Z": browsers read such a time as local time and
/// show it 8 hours off in China. Replaces GraphQL.NET's built-in scalar of the same name.
/// </summary>
public sealed class UtcDateTimeGraphType : DateTimeGraphType
{
    public UtcDateTimeGraphType() => Name = "DateTime";

    public override object? Serialize(object? value) =>
        base.Serialize(value is DateTime { Kind: DateTimeKind.Unspecified } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : value);
}
