using System.Collections.Concurrent;
using System.Net.Mime;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.GraphQL;

public sealed class GraphQLEndpointOptions
{
    public int MaxRequestBytes { get; set; } = 16 * 1024 * 1024;
    public int MaxDepth { get; set; } = 12;
    public int MaxComplexity { get; set; } = 25000;
    /// <summary>On in Development only, unless configured.</summary>
    public bool? Introspection { get; set; }
    /// <summary>
    /// Sends exception text (<c>extensions.details</c>) with INTERNAL errors. Off in every environment, Development
    /// included: a developer switches it on for a session (GraphQL__ExposeExceptionDetails=true), never a deployment.
    /// </summary>
    public bool ExposeExceptionDetails { get; set; }
    /// <summary>
    /// <see cref="GraphQLExecutionStrategy.Fast"/> unless configured (<c>GraphQL__ExecutionStrategy=Stock</c>): CI runs
    /// the API tests once more on <see cref="GraphQLExecutionStrategy.Stock"/> (docs/architecture/graphql-execution.md).
    /// </summary>
    public GraphQLExecutionStrategy ExecutionStrategy { get; set; }
}

/// <summary>How GraphQL requests are executed and written (Hosting.AddApiExecution).</summary>
public enum GraphQLExecutionStrategy
{
    /// <summary>The API's strategy, result writer and remembered validation: the same answers, less CPU.</summary>
    Fast,
    /// <summary>GraphQL.NET's serial strategy, its result writer and validator, as shipped.</summary>
    Stock,
}

/// <summary>
/// Our GraphQL-over-HTTP endpoint (https://graphql.github.io/graphql-over-http/): POST application/json, GET for
/// queries only, application/graphql-response+json when the client accepts it (then request errors are 4xx),
/// application/json otherwise (then they are 200 as legacy clients expect). A request that is not well-formed (no JSON,
/// no query) is 4xx either way. Every error passes <see cref="ApiErrors"/>: a documented code and a localised message.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder app, string pattern = "/graphql") =>
        app.Map(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext http)
    {
        try
        {
            await HandleRequestAsync(http);
        }
        catch (Exception e) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            // A failure outside execution (catalog unreachable …) still answers in GraphQL's shape.
            var culture = Messages.CultureFrom(http.Request.Headers.AcceptLanguage);
            var error = new ApiErrors(http, culture, Options(http)).Internal(e);
            await WriteErrorAsync(http, NegotiateMediaType(http.Request.Headers.Accept.ToString()) ?? MediaTypeNames.Application.Json, StatusCodes.Status500InternalServerError, error);
        }
    }

    private static GraphQLEndpointOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value;

    private static async Task HandleRequestAsync(HttpContext http)
    {
        var culture = Messages.CultureFrom(http.Request.Headers.AcceptLanguage);
        var method = http.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsPost(method))
        {
            http.Response.Headers.Allow = "GET, POST";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var mediaType = NegotiateMediaType(http.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            http.Response.StatusCode = StatusCodes.Status406NotAcceptable;
            return;
        }
        var strict = mediaType == GraphQLResponse;
        var options = Options(http);
        // Made only on the way of an error: a request that succeeds never builds it.
        ApiErrors Errors() => new(http, culture, options);

        // Refusals of the request as a whole carry their status for either media type (401, 403, 405, 413, 415, 503,
        // and 400 for a request that is not well-formed, as GraphQL-over-HTTP asks of application/json too).
        Task Fail(int status, string code, string key, params object?[] args) =>
            WriteErrorAsync(http, mediaType, status, Errors().Error(code, key, null, args));

        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await Fail(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "UNAUTHENTICATED");
            return;
        }

        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLRequest? request;
        try
        {
            request = HttpMethods.IsGet(method) ? FromQueryString(http.Request.Query, serializer) : await FromBodyAsync(http, serializer, options);
        }
        catch (RequestRejected r)
        {
            await Fail(r.Status, ErrorCodes.BadRequest, r.MessageKey, r.Args);
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await Fail(StatusCodes.Status400BadRequest, ErrorCodes.BadRequest, "QUERY_MISSING");
            return;
        }

        var validDocuments = ValidDocuments.GetValue(http.RequestServices.GetRequiredService<AppSchema>(), _ => new());
        var cached = validDocuments.TryGetValue(request.Query, out var document);
        if (!cached)
        {
            try
            {
                document = GraphQLParser.Parser.Parse(request.Query);
            }
            catch (GraphQLParser.Exceptions.GraphQLSyntaxErrorException e)
            {
                // A well-formed request with a broken document: 200 for legacy application/json clients.
                await WriteErrorAsync(http, mediaType, strict ? 400 : 200, Errors().Map(new global::GraphQL.Execution.SyntaxError(e)));
                return;
            }
        }
        var operation = FindOperation(document, request.OperationName);
        if (HttpMethods.IsGet(method) && operation?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await Fail(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest, "MUTATION_OVER_GET");
            return;
        }

        // The company comes from the token only, through the one gate every entry point uses.
        var gate = http.RequestServices.GetRequiredService<TenantGate>();
        var (admitted, refused) = await gate.AdmitAsync(http, platformAllowed: true);
        if (refused is not null)
        {
            await Fail(refused.Status, refused.Code, refused.MessageKey);
            return;
        }

        // A document that passed validation once passes it again: the rules here look at the document and the schema
        // only. The complexity analyser is appended by GraphQL.NET to every request's rules, cached or not, and
        // variables are still coerced and checked per request (RepeatedDocumentValidator remembers the outcome only
        // for operations without variables).
        List<IValidationRule> rules = [];
        if (!cached)
        {
            rules.AddRange(DocumentValidator.CoreRules);
            var env = http.RequestServices.GetRequiredService<IHostEnvironment>();
            if (!(options.Introspection ?? env.IsDevelopment())) rules.Add(NoIntrospectionValidationRule.Instance);
        }

        await using var context = gate.Context(admitted!, http.RequestServices);
        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<AppSchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Document = document!,
            OperationName = request.OperationName,
            Variables = request.Variables,
            Extensions = request.Extensions,
            UserContext = context,
            User = http.User,
            RequestServices = http.RequestServices,
            CancellationToken = http.RequestAborted,
            ValidationRules = rules,
        });

        if (!cached && result.Executed) Remember(validDocuments, request.Query, document!);
        if (result.Errors is { Count: > 0 } raised)
        {
            var errors = Errors();
            var mapped = new ExecutionErrors();
            foreach (var error in raised) mapped.Add(errors.Map(error));
            result.Errors = mapped;
        }

        // A request that never executed (invalid document, bad variables) is the client's error.
        http.Response.StatusCode = !result.Executed && strict ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    // Parsed documents that passed validation, by query text. Clients send a handful of fixed documents with
    // variables, so a small cache skips parsing and validation for nearly every request; it is bounded in entries
    // and in query length so that arbitrary queries cannot grow it.
    private const int CachedDocuments = 1000;
    private const int CachedQueryChars = 16 * 1024;
    // Per schema instance, i.e. per host: hosts in one process (tests) may differ in schema and introspection rule.
    private static readonly ConditionalWeakTable<AppSchema, ConcurrentDictionary<string, GraphQLDocument>> ValidDocuments = new();

    private static void Remember(ConcurrentDictionary<string, GraphQLDocument> documents, string query, GraphQLDocument document)
    {
        if (query.Length > CachedQueryChars) return;
        if (documents.Count >= CachedDocuments) documents.Clear();
        documents.TryAdd(query, document);
    }

    /// <summary>Accept negotiation per the spec: graphql-response+json preferred, json for legacy clients, none → json.</summary>
    internal static string? NegotiateMediaType(string accept)
    {
        if (string.IsNullOrWhiteSpace(accept)) return MediaTypeNames.Application.Json;
        var types = accept.Split(',').Select(p => p.Split(';')[0].Trim().ToLowerInvariant()).ToList();
        if (types.Contains(GraphQLResponse)) return GraphQLResponse;
        if (types.Contains("application/json") || types.Contains("application/*") || types.Contains("*/*")) return MediaTypeNames.Application.Json;
        return null;
    }

    private static GraphQLRequest FromQueryString(IQueryCollection q, IGraphQLTextSerializer serializer)
    {
        try
        {
            return new GraphQLRequest
            {
                Query = q["query"].ToString(),
                OperationName = q["operationName"].ToString() is { Length: > 0 } op ? op : null,
                Variables = q["variables"].ToString() is { Length: > 0 } v ? serializer.Deserialize<Inputs>(v) : null,
                Extensions = q["extensions"].ToString() is { Length: > 0 } x ? serializer.Deserialize<Inputs>(x) : null,
            };
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new RequestRejected(StatusCodes.Status400BadRequest, "REQUEST_NOT_JSON");
        }
    }

    private static async Task<GraphQLRequest?> FromBodyAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLEndpointOptions options)
    {
        var contentType = http.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            throw new RequestRejected(StatusCodes.Status415UnsupportedMediaType, "REQUEST_CONTENT_TYPE");
        if (http.Request.ContentLength > options.MaxRequestBytes)
            throw new RequestRejected(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", options.MaxRequestBytes);
        // The usual body is a few hundred bytes: read it through a pooled chunk into a buffer of its announced size
        // (capped, so that an announced size alone reserves little).
        using var buffer = new MemoryStream((int)Math.Clamp(http.Request.ContentLength ?? 1024, 0, 64 * 1024));
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxRequestBytes)
                    throw new RequestRejected(StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", options.MaxRequestBytes);
            }
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }
        buffer.Position = 0;
        try
        {
            return await serializer.ReadAsync<GraphQLRequest>(buffer, http.RequestAborted);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            throw new RequestRejected(StatusCodes.Status400BadRequest, "REQUEST_NOT_JSON");
        }
    }

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument doc, string? name) =>
        doc.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => name is null || o.Name?.StringValue == name);

    private static async Task WriteErrorAsync(HttpContext http, string mediaType, int status, ApiException error)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var result = new ExecutionResult { Executed = false };
        result.AddError(error);
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>The request is not a well-formed GraphQL-over-HTTP request; the message key says why.</summary>
    private sealed class RequestRejected(int status, string messageKey, params object?[] args) : Exception(messageKey)
    {
        public int Status { get; } = status;
        public string MessageKey { get; } = messageKey;
        public object?[] Args { get; } = args;
    }
}
