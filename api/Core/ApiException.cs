using System.Globalization;
using GraphQL;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.Core;

/// <summary>A request-level GraphQL error with a stable <c>extensions.code</c> and a message in the caller's language.</summary>
public sealed class ApiException : ExecutionError
{
    public ApiException(CultureInfo culture, string code, string messageKey, params object?[] args)
        : base(Messages.Get(culture, messageKey, args))
    {
        Code = code;
    }

    /// <summary><c>extensions.field</c>: the argument, variable ($name) or field of the document at fault, if one.</summary>
    public string? Field { get; init; }
    /// <summary><c>extensions.correlationId</c>: the id under which the server logged an unexpected failure.</summary>
    public string? CorrelationId { get; init; }
    /// <summary><c>extensions.details</c>: exception text, only when a developer set GraphQL:ExposeExceptionDetails.</summary>
    public string? Details { get; init; }
}

/// <summary>
/// Every code an error of this API can carry, in GraphQL (<c>errors[].extensions.code</c>), in mutation payloads
/// (<c>errors[].code</c>) and in REST problem bodies (<c>code</c>). docs/contracts.md lists each with its status; a
/// test keeps the two in step, and each code has a message of the same key in zh-CN and en.
/// </summary>
public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string Conflict = "CONFLICT";
    public const string BadRequest = "BAD_REQUEST";
    public const string InvalidQuery = "INVALID_QUERY";
    public const string TooComplex = "TOO_COMPLEX";
    public const string SchemaOutdated = "TENANT_SCHEMA_OUTDATED";
    public const string Unavailable = "UNAVAILABLE";
    public const string Internal = "INTERNAL";

    /// <summary>The HTTP status of each code when it refuses a whole request (REST, or GraphQL request errors).</summary>
    private static readonly Dictionary<string, int> Statuses = new()
    {
        [Unauthenticated] = StatusCodes.Status401Unauthorized,
        [Forbidden] = StatusCodes.Status403Forbidden,
        [NotFound] = StatusCodes.Status404NotFound,
        [Validation] = StatusCodes.Status400BadRequest,
        [Conflict] = StatusCodes.Status409Conflict,
        [BadRequest] = StatusCodes.Status400BadRequest,
        [InvalidQuery] = StatusCodes.Status400BadRequest,
        [TooComplex] = StatusCodes.Status400BadRequest,
        [SchemaOutdated] = StatusCodes.Status503ServiceUnavailable,
        [Unavailable] = StatusCodes.Status503ServiceUnavailable,
        [Internal] = StatusCodes.Status500InternalServerError,
    };

    public static IReadOnlyCollection<string> All => Statuses.Keys;

    public static bool IsDocumented(string? code) => code is not null && Statuses.ContainsKey(code);

    public static int Status(string code) => Statuses[code];
}
