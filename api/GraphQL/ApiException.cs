using System.Globalization;
using GraphQL;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.GraphQL;

/// <summary>A request-level GraphQL error with a stable <c>extensions.code</c> and a message in the caller's language.</summary>
public sealed class ApiException : ExecutionError
{
    public ApiException(CultureInfo culture, string code, string messageKey, params object?[] args)
        : base(Messages.Get(culture, messageKey, args))
    {
        Code = code;
    }
}

public static class ErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
    public const string NotFound = "NOT_FOUND";
    public const string Validation = "VALIDATION";
    public const string Conflict = "CONFLICT";
    public const string SchemaOutdated = "TENANT_SCHEMA_OUTDATED";
    public const string Internal = "INTERNAL";
}
