using System.Collections.Concurrent;
using System.Net.Mime;
using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Validation;
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
}

/// <summary>
/// Our GraphQL-over-HTTP endpoint (https://graphql.github.io/graphql-over-http/): POST application/json, GET for
/// queries only, application/graphql-response+json when the client accepts it (then request errors are 4xx),
/// application/json otherwise (then they are 200 as legacy clients expect).
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string GraphQLResponse = "application/graphql-response+json";

    public static IEndpointConventionBuilder MapGraphQLHttp(this IEndpointRouteBuilder app, string pattern = "/graphql") =>
        app.Map(pattern, HandleAsync);

    private static async Task HandleAsync(HttpContext http)
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

        Task Fail(int status, string code, string key, params object?[] args) =>
            WriteErrorAsync(http, mediaType, status, code, Messages.Get(culture, key, args));

        if (http.User.Identity?.IsAuthenticated != true)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await Fail(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, "UNAUTHENTICATED");
            return;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<GraphQLEndpointOptions>>().Value;
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        GraphQLRequest? request;
        try
        {
            request = HttpMethods.IsGet(method) ? FromQueryString(http.Request.Query, serializer) : await FromBodyAsync(http, serializer, options);
        }
        catch (RequestRejected r)
        {
            await Fail(r.Status, "BAD_REQUEST", "BAD_REQUEST", r.Message);
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await Fail(StatusCodes.Status400BadRequest, "BAD_REQUEST", "BAD_REQUEST", "query");
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
                await WriteErrorAsync(http, mediaType, strict ? 400 : 200, "GRAPHQL_PARSE_FAILED", e.Message);
                return;
            }
        }
        var operation = FindOperation(document, request.OperationName);
        if (HttpMethods.IsGet(method) && operation?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await Fail(StatusCodes.Status405MethodNotAllowed, "BAD_REQUEST", "MUTATION_OVER_GET");
            return;
        }

        var viewer = Viewer.From(http.User);
        ResolvedTenant? tenant = null;
        if (viewer.TenantSlug is { } slug)
        {
            try
            {
                tenant = await http.RequestServices.GetRequiredService<TenantDirectory>().ResolveAsync(slug, http.RequestAborted);
            }
            catch (TenancyException e)
            {
                var (status, code, key) = e.Error switch
                {
                    TenancyError.SchemaOutdated => (StatusCodes.Status503ServiceUnavailable, ErrorCodes.SchemaOutdated, "TENANT_SCHEMA_OUTDATED"),
                    TenancyError.TenantNotActive => (StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "TENANT_NOT_ACTIVE"),
                    _ => (StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "TENANT_UNKNOWN"),
                };
                await Fail(status, code, key, e.Message);
                return;
            }
            // A client may name the company it believes it is talking to; it must agree with the token.
            if (http.Request.Headers.TryGetValue("X-Tenant", out var hinted) && hinted.ToString() != slug)
            {
                await Fail(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "TENANT_MISMATCH");
                return;
            }
        }
        else if (!viewer.IsPlatformAdmin)
        {
            await Fail(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "NO_COMPANY");
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
            if (!(options.Introspection ?? env.IsDevelopment())) rules.Add(new NoIntrospectionRule(culture));
        }

        await using var context = new RequestContext(viewer, tenant, culture,
            tenant is null ? null : http.RequestServices.GetRequiredService<TenantDatabases>(), http.RequestServices);
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
        catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException)
        {
            throw new RequestRejected(StatusCodes.Status400BadRequest, e.Message);
        }
    }

    private static async Task<GraphQLRequest?> FromBodyAsync(HttpContext http, IGraphQLTextSerializer serializer, GraphQLEndpointOptions options)
    {
        var contentType = http.Request.ContentType ?? "";
        if (!contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
            throw new RequestRejected(StatusCodes.Status415UnsupportedMediaType, "Content-Type must be application/json");
        if (http.Request.ContentLength > options.MaxRequestBytes)
            throw new RequestRejected(StatusCodes.Status413PayloadTooLarge, $"request body over {options.MaxRequestBytes} bytes");
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
                    throw new RequestRejected(StatusCodes.Status413PayloadTooLarge, $"request body over {options.MaxRequestBytes} bytes");
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
            throw new RequestRejected(StatusCodes.Status400BadRequest, "body is not a GraphQL request in JSON");
        }
    }

    private static GraphQLOperationDefinition? FindOperation(GraphQLDocument doc, string? name) =>
        doc.Definitions.OfType<GraphQLOperationDefinition>()
            .FirstOrDefault(o => name is null || o.Name?.StringValue == name);

    private static async Task WriteErrorAsync(HttpContext http, string mediaType, int status, string code, string message)
    {
        // Legacy application/json clients read errors from a 200 body, except for auth and transport failures.
        http.Response.StatusCode = mediaType == GraphQLResponse || status is 401 or 403 or 405 or 413 or 415 or 503 ? status : 200;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = code });
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private sealed class RequestRejected(int status, string message) : Exception(message)
    {
        public int Status { get; } = status;
    }
}

/// <summary>Refuses <c>__schema</c> and <c>__type</c> outside Development so production does not publish its schema.</summary>
public sealed class NoIntrospectionRule(System.Globalization.CultureInfo culture) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Name.StringValue is "__schema" or "__type")
                ctx.ReportError(new ValidationError(ctx.Document.Source, "INTROSPECTION_DISABLED", Messages.Get(culture, "INTROSPECTION_DISABLED"), field) { Code = "INTROSPECTION_DISABLED" });
        }));
}
