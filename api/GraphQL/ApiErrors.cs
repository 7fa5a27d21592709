using System.Diagnostics;
using System.Globalization;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Errors;
using GraphQL.Validation.Errors.Custom;
using GraphQLParser.AST;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// The one place that turns a failure into what a caller sees: a code from <see cref="ErrorCodes"/> and a message in
/// the caller's language, never exception text. GraphQL.NET's parse, validation, coercion and limit errors, our own
/// <see cref="ApiException"/>s and unexpected exceptions all pass through <see cref="Map"/>; REST endpoints use
/// <see cref="ApiProblem"/> with the same codes. It runs only when there is an error, never on the way of a result.
/// </summary>
public sealed class ApiErrors(HttpContext http, CultureInfo culture, GraphQLEndpointOptions options)
{
    /// <summary>The id a response gives for an unexpected failure and the log records it under: the request's trace id.</summary>
    public static string CorrelationId(HttpContext http) => Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    public ApiException Map(ExecutionError error)
    {
        var mapped = error switch
        {
            ApiException api when ErrorCodes.IsDocumented(api.Code) => api,
            UnhandledError { InnerException: ApiException api } when ErrorCodes.IsDocumented(api.Code) => api,
            SyntaxError syntax => Error(ErrorCodes.BadRequest, "GRAPHQL_SYNTAX", null,
                syntax.Locations?.FirstOrDefault().Line, syntax.Locations?.FirstOrDefault().Column),
            InvalidOperationNameError => Error(ErrorCodes.BadRequest, "OPERATION_NOT_FOUND", null),
            NoOperationNameError => Error(ErrorCodes.BadRequest, "OPERATION_NAME_REQUIRED", null),
            NoOperationError => Error(ErrorCodes.BadRequest, "NO_OPERATION", null),
            QueryMissingError => Error(ErrorCodes.BadRequest, "QUERY_MISSING", null),
            ComplexityError => Error(ErrorCodes.TooComplex, "TOO_COMPLEX", null, options.MaxDepth),
            NoIntrospectionError => Error(ErrorCodes.InvalidQuery, "INTROSPECTION_DISABLED", null),
            // A value that does not fit its type (a non-GUID ID, an unknown enum value, an Int out of range, a
            // required variable without a value): the request is understood, the input is not acceptable.
            InvalidVariableError v => Named(ErrorCodes.Validation, "INVALID_VARIABLE", v),
            ProvidedNonNullArgumentsError v => Named(ErrorCodes.Validation, "MISSING_ARGUMENT", v),
            ArgumentsOfCorrectTypeError or DefaultValuesOfCorrectTypeError or InvalidLiteralError or InvalidValueError
                or OneOfInputValuesError or InputFieldsAndArgumentsOfCorrectLengthError => Named(ErrorCodes.Validation, "INVALID_ARGUMENT", (ValidationError)error),
            // The document does not fit the schema.
            FieldsOnCorrectTypeError v => Named(ErrorCodes.InvalidQuery, "UNKNOWN_FIELD", v),
            KnownArgumentNamesError v => Named(ErrorCodes.InvalidQuery, "UNKNOWN_ARGUMENT", v),
            ValidationError v => Named(ErrorCodes.InvalidQuery, "INVALID_QUERY_AT", v),
            DocumentError => Error(ErrorCodes.BadRequest, ErrorCodes.BadRequest, null),
            _ => Internal(error.InnerException ?? error),
        };
        if (ReferenceEquals(mapped, error)) return mapped;
        // Where the error is in the document and in the result stays as GraphQL.NET found it.
        foreach (var location in error.Locations ?? []) mapped.AddLocation(location);
        mapped.Path = error.Path;
        return mapped;
    }

    /// <summary>An unexpected failure: logged with its correlation id, answered without its text.</summary>
    public ApiException Internal(Exception exception)
    {
        var id = CorrelationId(http);
        http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PropertySaaS.Api.Errors")
            .LogError(exception, "Unexpected error in {Method} {Path}, correlation id {CorrelationId}", http.Request.Method, http.Request.Path.Value, id);
        return new ApiException(culture, ErrorCodes.Internal, "INTERNAL")
        {
            CorrelationId = id,
            Details = options.ExposeExceptionDetails ? exception.ToString() : null,
        };
    }

    public ApiException Error(string code, string key, string? field, params object?[] args) => new(culture, code, key, args) { Field = field };

    // The useful fact of a validation error is the name of the node it is about: field, argument or $variable.
    private ApiException Named(string code, string key, ValidationError error)
    {
        var name = error.Nodes?.Select(NameOf).FirstOrDefault(n => n is not null);
        return name is null ? Error(code, code, null) : Error(code, key, name, name);
    }

    private static string? NameOf(ASTNode node) => node switch
    {
        GraphQLField f => f.Name.StringValue,
        GraphQLArgument a => a.Name.StringValue,
        GraphQLObjectField o => o.Name.StringValue,
        GraphQLVariableDefinition d => "$" + d.Variable.Name.StringValue,
        GraphQLVariable v => "$" + v.Name.StringValue,
        GraphQLDirective d => "@" + d.Name.StringValue,
        GraphQLFragmentSpread s => s.FragmentName.Name.StringValue,
        GraphQLFragmentDefinition d => d.FragmentName.Name.StringValue,
        GraphQLOperationDefinition { Name: { } n } => n.StringValue,
        _ => null,
    };
}

/// <summary>
/// Writes errors as GraphQL.NET's serializer sends them: the message, and in <c>extensions</c> only the code and what
/// <see cref="ApiException"/> adds (field, correlation id, details when switched on) — never GraphQL.NET's own
/// codes, numbers or exception data. An error that did not pass <see cref="ApiErrors"/> is written as INTERNAL.
/// </summary>
public sealed class ApiErrorInfoProvider : IErrorInfoProvider
{
    public ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is not ApiException { Code: var code } error || !ErrorCodes.IsDocumented(code))
            return new ErrorInfo { Message = Messages.Get(Messages.Chinese, "INTERNAL"), Extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.Internal } };
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (error.Field is { } field) extensions["field"] = field;
        if (error.CorrelationId is { } id) extensions["correlationId"] = id;
        if (error.Details is { } details) extensions["details"] = details;
        return new ErrorInfo { Message = error.Message, Extensions = extensions };
    }
}

/// <summary>
/// The error body of the REST endpoints (receipts, bank files, …): <c>application/problem+json</c>
/// <c>{ status, code, title, correlationId? }</c>, with the codes and messages of the GraphQL errors.
/// </summary>
public static class ApiProblem
{
    public const string MediaType = "application/problem+json";

    public static IResult Result(HttpContext http, string code, string key, params object?[] args)
    {
        if (code == ErrorCodes.Unauthenticated) http.Response.Headers.WWWAuthenticate = "Bearer";
        var culture = Messages.CultureFrom(http.Request.Headers.AcceptLanguage);
        return Body(ErrorCodes.Status(code), code, Messages.Get(culture, key, args), null, null);
    }

    /// <summary>
    /// A use case's refusal as a problem body: its code and localised message, and in <c>type</c> the schema type a
    /// GraphQL client would switch on (<c>AttachmentTooLarge</c>, <c>NotFound</c> …).
    /// </summary>
    public static IResult Result(UserError error) =>
        Body(ErrorCodes.Status(error.Code), error.Code, error.Message, null, null, error is RuleError r ? r.Kind.TypeName : error.GetType().Name);

    /// <summary>A request-level refusal (an <see cref="Access"/> demand) as a problem body.</summary>
    public static IResult Result(ApiException error)
    {
        var code = ErrorCodes.IsDocumented(error.Code) ? error.Code! : ErrorCodes.Internal;
        return Body(ErrorCodes.Status(code), code, error.Message, null, null);
    }

    /// <summary>The handler of unexpected exceptions outside GraphQL (app.UseExceptionHandler).</summary>
    public static async Task HandleExceptionAsync(HttpContext http)
    {
        var exception = http.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error ?? new InvalidOperationException("Unknown failure.");
        var culture = Messages.CultureFrom(http.Request.Headers.AcceptLanguage);
        var options = http.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<GraphQLEndpointOptions>>().Value;
        var error = new ApiErrors(http, culture, options).Internal(exception);
        await Body(StatusCodes.Status500InternalServerError, ErrorCodes.Internal, error.Message, error.CorrelationId, error.Details).ExecuteAsync(http);
    }

    private static IResult Body(int status, string code, string message, string? correlationId, string? details, string? type = null) =>
        Results.Json(new Problem(status, code, message, correlationId, details, type), ProblemJson, MediaType, status);

    private static readonly System.Text.Json.JsonSerializerOptions ProblemJson = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private sealed record Problem(int Status, string Code, string Title, string? CorrelationId, string? Details, string? Type);
}
