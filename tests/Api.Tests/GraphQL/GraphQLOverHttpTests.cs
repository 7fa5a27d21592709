using System.Net;
using System.Text;

namespace PropertySaaS.Api.Tests.GraphQL;

/// <summary>The endpoint follows the GraphQL-over-HTTP specification.</summary>
public sealed class GraphQLOverHttpTests(GraphQLOverHttpTests.Fixture fx) : IClassFixture<GraphQLOverHttpTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public string Token { get; private set; } = "";
        public async ValueTask InitializeAsync() => Token = TestTokens.CompanyAdmin((await Api.CompanyAsync("http")).Slug);
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private const string MeQuery = "{ me { userId roles company { slug } } }";

    [Fact]
    public async Task Post_with_graphql_response_accept_returns_that_media_type()
    {
        var r = await fx.Api.Client(fx.Token).PostAsync(MeQuery);
        r.AssertNoErrors();
        Assert.Equal("application/graphql-response+json", r.ContentType);
        Assert.Equal(fx.Api.Slug("http"), r.Data["me"]!["company"]!["slug"]!.GetValue<string>());
    }

    [Fact]
    public async Task Times_read_back_from_SQLite_are_sent_as_UTC()
    {
        // Stored as UTC, read back by SQLite without a kind: without the designator a browser shows it 8 hours off.
        var r = await fx.Api.Client(TestTokens.PlatformAdmin()).PostAsync("{ companies(first: 100) { nodes { slug createdAt } } }");
        var company = r.AssertNoErrors().Data["companies"]!["nodes"]!.AsArray().Single(n => n!["slug"]!.GetValue<string>() == fx.Api.Slug("http"));
        var text = company!["createdAt"]!.GetValue<string>();
        Assert.EndsWith("Z", text);
        Assert.InRange(DateTimeOffset.Parse(text), DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow.AddMinutes(1));
    }

    [Fact]
    public async Task Post_with_json_accept_or_none_returns_application_json()
    {
        Assert.Equal("application/json", (await fx.Api.Client(fx.Token, accept: "application/json").PostAsync(MeQuery)).ContentType);
        Assert.Equal("application/json", (await fx.Api.Client(fx.Token, accept: "").PostAsync(MeQuery)).ContentType);
    }

    [Fact]
    public async Task Unsupported_accept_is_406()
    {
        var r = await fx.Api.Client(fx.Token, accept: "text/html").PostAsync(MeQuery);
        Assert.Equal(HttpStatusCode.NotAcceptable, r.Status);
    }

    [Fact]
    public async Task Get_runs_queries()
    {
        var r = await fx.Api.Client(fx.Token).GetAsync("query Q($n: Int) { estates(first: $n) { totalCount } }", new { n = 5 });
        r.AssertNoErrors();
        Assert.Equal(0, r.Data["estates"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_refuses_mutations_with_405_and_changes_nothing()
    {
        var r = await fx.Api.Client(fx.Token).GetAsync("""mutation { createEstate(input: {name: "GET园", address: "a", city: "c", type: RESIDENTIAL, totalFloorArea: 1}) { estate { id } } }""");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, r.Status);
        var after = await fx.Api.Client(fx.Token).PostAsync("""{ estates(search: "GET园") { totalCount } }""");
        Assert.Equal(0, after.Data["estates"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Unparseable_json_body_is_400()
    {
        var client = fx.Api.Client(fx.Token);
        var r = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("{ not json", Encoding.UTF8, "application/json") }, null);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.NotNull(r.Errors);
    }

    [Fact]
    public async Task Wrong_content_type_is_415()
    {
        var client = fx.Api.Client(fx.Token);
        var r = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("query=x", Encoding.UTF8, "application/x-www-form-urlencoded") }, null);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.Status);
    }

    [Fact]
    public async Task Syntax_error_is_400_with_graphql_response_and_200_with_json()
    {
        var strict = await fx.Api.Client(fx.Token).PostAsync("{ me { ");
        Assert.Equal(HttpStatusCode.BadRequest, strict.Status);
        Assert.Equal("BAD_REQUEST", strict.FirstErrorCode);
        var legacy = await fx.Api.Client(fx.Token, accept: "application/json").PostAsync("{ me { ");
        Assert.Equal(HttpStatusCode.OK, legacy.Status);
        Assert.NotNull(legacy.Errors);
    }

    [Fact]
    public async Task Invalid_document_is_400_without_data()
    {
        var r = await fx.Api.Client(fx.Token).PostAsync("{ noSuchField }");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Null(r.Body!["data"]);
        Assert.NotEmpty(r.Errors!);
    }

    [Fact]
    public async Task Missing_or_bad_token_is_401()
    {
        var anonymous = await fx.Api.Client(null).PostAsync(MeQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.Status);
        Assert.Equal("UNAUTHENTICATED", anonymous.FirstErrorCode);
        var garbage = await fx.Api.Client("not-a-jwt").PostAsync(MeQuery);
        Assert.Equal(HttpStatusCode.Unauthorized, garbage.Status);
    }

    [Fact]
    public async Task Body_over_the_limit_is_413()
    {
        var huge = "{ me { userId } }" + new string(' ', 17 * 1024 * 1024);
        var r = await fx.Api.Client(fx.Token).PostAsync(huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.Status);
    }

    [Fact]
    public async Task Errors_are_localised_by_accept_language()
    {
        var zh = await fx.Api.Client(fx.Token, language: "zh-CN").PostAsync("{ estates(first: 1000) { totalCount } }");
        var en = await fx.Api.Client(fx.Token, language: "en-US").PostAsync("{ estates(first: 1000) { totalCount } }");
        Assert.Equal("VALIDATION", zh.FirstErrorCode);
        Assert.Equal("VALIDATION", en.FirstErrorCode);
        Assert.Contains("每页最多 100 条", zh.FirstErrorMessage);
        Assert.Contains("At most 100 items per page", en.FirstErrorMessage);
    }

    [Fact]
    public async Task Too_deep_queries_are_refused_before_execution()
    {
        var deep = "{ units { nodes { building { estate { buildings { estate { buildings { estate { buildings { estate { buildings { estate { name } } } } } } } } } } } } }";
        var r = await fx.Api.Client(fx.Token).PostAsync(deep);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Null(r.Body!["data"]);
    }

    [Fact]
    public async Task Browser_preflight_from_the_portal_origin_is_allowed()
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "http://localhost:5173");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        var response = await fx.Api.CreateClient().SendAsync(request);
        Assert.Equal("http://localhost:5173", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));

        var other = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        other.Headers.Add("Origin", "https://evil.example");
        other.Headers.Add("Access-Control-Request-Method", "POST");
        Assert.False((await fx.Api.CreateClient().SendAsync(other)).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Introspection_is_off_outside_development()
    {
        var r = await fx.Api.Client(fx.Token).PostAsync("{ __schema { queryType { name } } }");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("INVALID_QUERY", r.FirstErrorCode);
    }
}
