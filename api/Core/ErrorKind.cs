using System.Reflection;

namespace PropertySaaS.Api.Core;

/// <summary>
/// One rule's refusal, declared once by its feature (a <c>public static readonly ErrorKind</c> field, usually in the
/// feature's <c>&lt;Feature&gt;Errors</c> class): its own schema type (e.g. <c>RateOverlaps</c>, implementing the
/// <c>UserError</c> interface), its code from <see cref="ErrorCodes"/> and its message key (zh-CN and en in the feature's
/// message table). Clients switch on <c>__typename</c>; <c>code</c> stays the coarse class.
/// </summary>
public sealed record ErrorKind(string TypeName, string Code, string MessageKey, string Description)
{
    /// <summary>The input clashes with existing data or the record's state.</summary>
    public static ErrorKind Conflict(string typeName, string messageKey, string description) => new(typeName, ErrorCodes.Conflict, messageKey, description);
    /// <summary>A value is not acceptable.</summary>
    public static ErrorKind Invalid(string typeName, string messageKey, string description) => new(typeName, ErrorCodes.Validation, messageKey, description);

    public RuleError Error(string message, string? field) => new(this, message, field) { Rule = MessageKey };

    /// <summary>Every kind declared in the API, found by reflection (type names are checked unique).</summary>
    public static IReadOnlyList<ErrorKind> All => all.Value;

    private static readonly Lazy<IReadOnlyList<ErrorKind>> all = new(() =>
    {
        var kinds = typeof(ErrorKind).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(ErrorKind) && f.IsInitOnly)
            .Select(f => (ErrorKind)f.GetValue(null)!)
            .Distinct().OrderBy(k => k.TypeName, StringComparer.Ordinal).ToList();
        var twice = kinds.GroupBy(k => k.TypeName).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new InvalidOperationException($"Error type '{twice.Key}' is declared twice.");
        return kinds;
    });
}

/// <summary>A payload error of a declared <see cref="ErrorKind"/>.</summary>
public sealed record RuleError(ErrorKind Kind, string Message, string? Field) : UserError(Kind.Code, Message, Field);

/// <summary>
/// Thrown by domain code deep inside a use case when a rule refuses (a state move, a payment check); the use-case
/// field turns it into the payload's typed error, so every layer reports refusals the same way.
/// </summary>
public sealed class RuleException(ErrorKind kind, string? field, params object?[] args) : Exception(kind.MessageKey)
{
    public ErrorKind Kind { get; } = kind;
    public string? Field { get; } = field;
    public object?[] Args { get; } = args;

    public RuleError ToError(System.Globalization.CultureInfo culture) =>
        Kind.Error(Localization.Messages.Get(culture, Kind.MessageKey, Args), Field);
}
