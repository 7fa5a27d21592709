using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.GraphQL;

/// <summary>
/// Every error the API sends carries a code from docs/contracts.md and a message in zh-CN or en, and never exception
/// text — here in Development, where a stack trace would be most tempting to send.
/// </summary>
public sealed partial class ErrorContractTests(ErrorContractTests.Fixture fx) : IClassFixture<ErrorContractTests.Fixture>
{
    /// <summary>The API as a developer runs it (Development), with its log kept for inspection.</summary>
    public sealed class DevelopmentApi : ApiFactory
    {
        public ConcurrentQueue<(LogLevel Level, string Text, Exception? Exception)> Log { get; } = new();
        protected override string Environment => "Development";
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["GraphQL:MaxComplexity"] = "200" };

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureLogging(l => l.AddProvider(new ListLoggerProvider(Log)));
        }
    }

    private sealed class ListLoggerProvider(ConcurrentQueue<(LogLevel, string, Exception?)> log) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public void Dispose() { }
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) log.Enqueue((logLevel, formatter(state, exception), exception));
        }
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public DevelopmentApi Api { get; } = new();
        public string Token { get; private set; } = "";
        /// <summary>A company whose database lost tables: every read of estates or payments fails unexpectedly.</summary>
        public string BrokenToken { get; private set; } = "";

        public async ValueTask InitializeAsync()
        {
            Token = TestTokens.CompanyAdmin((await Api.CompanyAsync("errors")).Slug);
            var broken = await Api.CompanyAsync("broken");
            await using (var db = Api.Open(broken))
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF");
                await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Estates\"");
                await db.Database.ExecuteSqlRawAsync("DROP TABLE \"Payments\"");
            }
            BrokenToken = TestTokens.CompanyAdmin(broken.Slug);
        }

        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>One request of each class of GraphQL.NET error, with the code it must answer.</summary>
    public static TheoryData<string, string, string?, string> GraphQLErrors => new()
    {
        { "parse error", "{ me { ", null, ErrorCodes.BadRequest },
        { "unknown field", "{ noSuchField }", null, ErrorCodes.InvalidQuery },
        { "unknown argument", "{ estates(nope: 1) { totalCount } }", null, ErrorCodes.InvalidQuery },
        { "selection on a scalar", "{ me { userId { x } } }", null, ErrorCodes.InvalidQuery },
        { "non-GUID id", """{ unit(id: "x") { id } }""", null, ErrorCodes.Validation },
        { "non-GUID id in a variable", "query($id: ID!) { unit(id: $id) { id } }", """{"id":"x"}""", ErrorCodes.Validation },
        { "wrong argument type", """{ estates(first: "ten") { totalCount } }""", null, ErrorCodes.Validation },
        { "out-of-range Int", "{ estates(first: 99999999999) { totalCount } }", null, ErrorCodes.Validation },
        { "bad enum", "{ units(filter: { status: NOPE }) { totalCount } }", null, ErrorCodes.Validation },
        { "bad enum in a variable", "query($s: UnitStatus) { units(filter: { status: $s }) { totalCount } }", """{"s":"NOPE"}""", ErrorCodes.Validation },
        { "missing variable", "query($id: ID!) { unit(id: $id) { id } }", null, ErrorCodes.Validation },
        { "undefined variable", "{ unit(id: $id) { id } }", null, ErrorCodes.InvalidQuery },
        { "unknown operation name", "query A { me { userId } }", null, ErrorCodes.BadRequest },
        { "too complex", "{ " + string.Join(" ", Enumerable.Range(0, 120).Select(i => $"a{i}: me {{ userId name }}")) + " }", null, ErrorCodes.TooComplex },
        { "too deep", "{ units { nodes { building { estate { buildings { estate { buildings { estate { buildings { estate { buildings { estate { name } } } } } } } } } } } } }", null, ErrorCodes.TooComplex },
    };

    private static Task<GraphQLResponse> SendAsync(GraphQLClient client, string query, string? variables, string? operationName = null)
    {
        var body = new JsonObject { ["query"] = query, ["variables"] = variables is null ? null : JsonNode.Parse(variables) };
        if (query.StartsWith("query A")) body["operationName"] = "B";
        return client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") }, null);
    }

    [Theory]
    [MemberData(nameof(GraphQLErrors))]
    public async Task Each_GraphQL_error_class_answers_a_documented_code_in_the_callers_language(string what, string query, string? variables, string code)
    {
        var zh = await SendAsync(fx.Api.Client(fx.Token, language: ""), query, variables);
        var en = await SendAsync(fx.Api.Client(fx.Token, language: "en"), query, variables);
        foreach (var (r, chinese) in new[] { (zh, true), (en, false) })
        {
            Assert.True(HttpStatusCode.BadRequest == r.Status, $"{what}: {r.Status} {r.Json}");
            Assert.Null(r.Body!["data"]);
            Assert.NotEmpty(r.Errors!);
            foreach (var error in r.Errors!)
            {
                Assert.Equal(code, error!["extensions"]?["code"]?.GetValue<string>());
                var message = error["message"]!.GetValue<string>();
                Assert.True(chinese == HasChinese(message), $"{what}: '{message}' is not in {(chinese ? "zh-CN" : "en")}");
            }
            AssertNoInternals(r);
        }
    }

    [Fact]
    public async Task Value_errors_name_the_argument_or_variable_at_fault()
    {
        var literal = await SendAsync(fx.Api.Client(fx.Token, language: "en"), """{ unit(id: "x") { id } }""", null);
        Assert.Equal("id", literal.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains("id", literal.FirstErrorMessage);
        var variable = await SendAsync(fx.Api.Client(fx.Token), "query($unit: ID!) { unit(id: $unit) { id } }", """{"unit":"x"}""");
        Assert.Equal("$unit", variable.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Contains("$unit", variable.FirstErrorMessage);
        var unknown = await SendAsync(fx.Api.Client(fx.Token), "{ noSuchField }", null);
        Assert.Equal("noSuchField", unknown.Errors![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_non_GUID_id_changes_nothing_and_a_GUID_id_still_works()
    {
        var r = await SendAsync(fx.Api.Client(fx.Token), """mutation { updateUnit(input: { id: "1 OR 1=1", number: "x" }) { unit { id } } }""", null);
        Assert.Equal(ErrorCodes.Validation, r.FirstErrorCode);
        Assert.Null(r.Body!["data"]);
        var ok = await fx.Api.Client(fx.Token).PostAsync("query($id: ID!) { unit(id: $id) { id } }", new { id = Guid.NewGuid() });
        Assert.Null(ok.AssertNoErrors().Data["unit"]);
    }

    [Fact]
    public async Task An_unexpected_exception_answers_INTERNAL_with_a_correlation_id_that_the_log_has()
    {
        var r = await fx.Api.Client(fx.BrokenToken).PostAsync("{ estates { totalCount } }");
        Assert.Equal(HttpStatusCode.OK, r.Status);
        var error = Assert.Single(r.Errors!)!;
        Assert.Equal(ErrorCodes.Internal, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal(Messages.Get(Messages.Chinese, "INTERNAL"), error["message"]!.GetValue<string>());
        AssertNoInternals(r);
        var id = error["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(id));
        Assert.Contains(fx.Api.Log, e => e.Level == LogLevel.Error && e.Text.Contains(id) && e.Exception is not null);

        var en = await fx.Api.Client(fx.BrokenToken, language: "en").PostAsync("{ estates { totalCount } }");
        Assert.Equal(Messages.Get(Messages.English, "INTERNAL"), en.FirstErrorMessage);
        Assert.NotEqual(id, en.Errors![0]!["extensions"]!["correlationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_field_the_fast_path_cannot_write_answers_INTERNAL_with_a_correlation_id_that_the_log_has()
    {
        // A stored status that is no UnitStatus: its serializer throws where the fast path reads the field in place.
        // That is the field's error, on either strategy — INTERNAL, a correlation id, the exception in the log — never
        // a second attempt or a silent null.
        var tenant = await fx.Api.CompanyAsync("odd-status");
        await using (var db = fx.Api.Open(tenant))
        {
            var b = new RegistryBuilder(db, seed: 3);
            b.Unit(b.Building(b.Estate("东园"), "1栋"), "101", 1, 80m);
            await b.SaveAsync();
            await db.Database.ExecuteSqlRawAsync("UPDATE \"Units\" SET \"Status\" = '99'");
        }
        var r = await fx.Api.Client(TestTokens.CompanyAdmin(tenant.Slug)).PostAsync("{ units(first: 5) { nodes { number status } } }");
        var error = Assert.Single(r.Errors!)!;
        Assert.Equal(ErrorCodes.Internal, error["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("status", error["path"]!.AsArray().Last()!.GetValue<string>());
        AssertNoInternals(r);
        var id = error["extensions"]!["correlationId"]!.GetValue<string>();
        Assert.Contains(fx.Api.Log, e => e.Level == LogLevel.Error && e.Text.Contains(id) && e.Exception is InvalidOperationException);
    }

    [Fact]
    public async Task An_unexpected_exception_in_a_REST_endpoint_answers_the_same_shape_without_exception_text()
    {
        var client = fx.Api.Client(fx.BrokenToken, language: "en");
        var r = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/receipts/{Guid.NewGuid()}"), null);
        Assert.Equal(HttpStatusCode.InternalServerError, r.Status);
        Assert.Equal("application/problem+json", r.ContentType);
        Assert.Equal(ErrorCodes.Internal, r.Body!["code"]!.GetValue<string>());
        Assert.Equal(Messages.Get(Messages.English, "INTERNAL"), r.Body!["title"]!.GetValue<string>());
        AssertNoInternals(r);
        var id = r.Body!["correlationId"]!.GetValue<string>();
        Assert.Contains(fx.Api.Log, e => e.Level == LogLevel.Error && e.Text.Contains(id) && e.Exception is not null);
    }

    [Fact]
    public async Task REST_endpoints_answer_refusals_in_the_same_shape()
    {
        var receipt = await fx.Api.Client(fx.Token).SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/receipts/{Guid.NewGuid()}"), null);
        Assert.Equal(HttpStatusCode.NotFound, receipt.Status);
        Assert.Equal(ErrorCodes.NotFound, receipt.Body!["code"]!.GetValue<string>());
        Assert.True(HasChinese(receipt.Body!["title"]!.GetValue<string>()));

        var file = await fx.Api.Client(null, language: "en").SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/bank-collections/{Guid.NewGuid()}.csv"), null);
        Assert.Equal(HttpStatusCode.Unauthorized, file.Status);
        Assert.Equal(ErrorCodes.Unauthenticated, file.Body!["code"]!.GetValue<string>());
        Assert.Equal(Messages.Get(Messages.English, "UNAUTHENTICATED"), file.Body!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_suspended_company_is_told_in_one_language()
    {
        var tenant = await fx.Api.CompanyAsync("suspended");
        await fx.Api.Get<TenantProvisioner>().SetStatusAsync(tenant.Slug, TenantStatus.Suspended, "欠费 overdue");
        var zh = await fx.Api.Client(TestTokens.CompanyAdmin(tenant.Slug)).PostAsync("{ me { userId } }");
        var en = await fx.Api.Client(TestTokens.CompanyAdmin(tenant.Slug), language: "en").PostAsync("{ me { userId } }");
        Assert.Equal(HttpStatusCode.Forbidden, zh.Status);
        Assert.Equal(ErrorCodes.Forbidden, zh.FirstErrorCode);
        Assert.Equal(Messages.Get(Messages.Chinese, "TENANT_SUSPENDED"), zh.FirstErrorMessage);
        Assert.Equal(Messages.Get(Messages.English, "TENANT_SUSPENDED"), en.FirstErrorMessage);
        Assert.DoesNotMatch("[A-Za-z]", zh.FirstErrorMessage!);
        Assert.False(HasChinese(en.FirstErrorMessage!));
    }

    /// <summary>GraphQL-over-HTTP status codes: a request that is not well-formed is 4xx whatever the client accepts.</summary>
    [Theory]
    [InlineData("application/json", "{ not json", HttpStatusCode.BadRequest)]
    [InlineData("application/graphql-response+json", "{ not json", HttpStatusCode.BadRequest)]
    [InlineData("application/json", """{"variables":{}}""", HttpStatusCode.BadRequest)]
    [InlineData("application/graphql-response+json", """{"variables":{}}""", HttpStatusCode.BadRequest)]
    [InlineData("application/json", """{"query":1}""", HttpStatusCode.BadRequest)]
    [InlineData("application/json", """{"query":"{ me { userId } }","variables":[1]}""", HttpStatusCode.BadRequest)]
    [InlineData("application/json", """[{"query":"{ me { userId } }"}]""", HttpStatusCode.BadRequest)]
    // A well-formed request whose document fails: 200 for legacy application/json clients, 400 otherwise.
    [InlineData("application/json", """{"query":"{ me { "}""", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", """{"query":"{ me { "}""", HttpStatusCode.BadRequest)]
    [InlineData("application/json", """{"query":"{ noSuchField }"}""", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", """{"query":"{ noSuchField }"}""", HttpStatusCode.BadRequest)]
    [InlineData("application/json", """{"query":"query($id: ID!) { unit(id: $id) { id } }","variables":{"id":"x"}}""", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", """{"query":"query($id: ID!) { unit(id: $id) { id } }","variables":{"id":"x"}}""", HttpStatusCode.BadRequest)]
    // A field error in an executed request: 200 with data either way.
    [InlineData("application/json", """{"query":"{ estates(first: 1000) { totalCount } }"}""", HttpStatusCode.OK)]
    [InlineData("application/graphql-response+json", """{"query":"{ estates(first: 1000) { totalCount } }"}""", HttpStatusCode.OK)]
    public async Task Status_codes_follow_GraphQL_over_HTTP(string accept, string body, HttpStatusCode status)
    {
        var r = await fx.Api.Client(fx.Token, accept: accept).SendAsync(
            new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") }, null);
        Assert.True(status == r.Status, $"{r.Status} {r.Json}");
        Assert.StartsWith(accept, r.ContentType);
        Assert.Contains(r.FirstErrorCode, ErrorCodes.All);
        AssertNoInternals(r);
    }

    [Fact]
    public void Every_code_the_server_can_emit_is_documented_with_its_status_and_has_zh_and_en_messages()
    {
        var contracts = File.ReadAllText(Path.Combine(RepoRoot.Find(AppContext.BaseDirectory), "docs", "contracts.md"));
        var codes = typeof(ErrorCodes).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Equal(codes.Order(), ErrorCodes.All.Order());
        foreach (var code in codes)
        {
            // One table row per code: | `CODE` | status | meaning |
            Assert.Matches(new Regex($@"^\| `{code}` \| \d{{3}}", RegexOptions.Multiline), contracts);
            Assert.True(Messages.All.TryGetValue(code, out var text), code + " has no message");
            Assert.True(HasChinese(text.Zh) && !HasChinese(text.En) && text.En.Length > 0, code);
        }
        // And the documented set is exactly this set.
        var documented = ErrorCodeRow().Matches(contracts).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(codes.Order(), documented.Order());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Exception_text_is_sent_only_when_a_developer_switches_it_on(bool expose)
    {
        var http = new Microsoft.AspNetCore.Http.DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddLogging().BuildServiceProvider(),
        };
        var error = new ApiErrors(http, Messages.English, new GraphQLEndpointOptions { ExposeExceptionDetails = expose })
            .Map(new global::GraphQL.Execution.UnhandledError("boom", new InvalidOperationException("secret table name")));
        var info = new ApiErrorInfoProvider().GetInfo(error);
        Assert.Equal(ErrorCodes.Internal, info.Extensions!["code"]);
        Assert.Equal(Messages.Get(Messages.English, "INTERNAL"), info.Message);
        Assert.Equal(expose, info.Extensions.TryGetValue("details", out var details) && details!.ToString()!.Contains("secret table name"));
        Assert.False(new GraphQLEndpointOptions().ExposeExceptionDetails);
    }

    [Fact]
    public void An_error_that_bypassed_the_mapper_is_still_written_without_its_text()
    {
        var info = new ApiErrorInfoProvider().GetInfo(new global::GraphQL.ExecutionError("Npgsql: relation \"Units\" does not exist") { Code = "NPGSQL" });
        Assert.Equal(ErrorCodes.Internal, info.Extensions!["code"]);
        Assert.DoesNotContain("Units", info.Message);
        Assert.Single(info.Extensions);
    }

    [GeneratedRegex(@"^\| `([A-Z_]+)` \| \d{3}", RegexOptions.Multiline)]
    private static partial Regex ErrorCodeRow();

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');

    private static void AssertNoInternals(GraphQLResponse r)
    {
        var json = r.Json;
        foreach (var leak in new[] { "details", "stack", "Exception", "   at ", "--- End of", ".cs:line", "GraphQL.", "System.", "SQLite", "no such table" })
            Assert.DoesNotContain(leak, json);
    }
}
