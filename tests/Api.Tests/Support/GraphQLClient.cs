using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PropertySaaS.Api.Tests.Support;

public sealed record GraphQLResponse(HttpStatusCode Status, string? ContentType, JsonNode? Body)
{
    public JsonNode Data => Body?["data"] ?? throw new Xunit.Sdk.XunitException("No data: " + Body?.ToJsonString());
    public JsonArray? Errors => Body?["errors"] as JsonArray;
    /// <summary>The body as text with Chinese left readable, for Contains/DoesNotContain checks.</summary>
    public string Json => Body?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "";
    public string? FirstErrorCode => Errors?.FirstOrDefault()?["extensions"]?["code"]?.GetValue<string>();
    public string? FirstErrorMessage => Errors?.FirstOrDefault()?["message"]?.GetValue<string>();

    public GraphQLResponse AssertNoErrors()
    {
        Assert.True(Errors is null || Errors.Count == 0, "Unexpected errors: " + Errors?.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, Status);
        return this;
    }

    /// <summary>
    /// A root field of <c>data</c> read into a record (the only one when <paramref name="field"/> is not given); null
    /// when the field is null. Records name the fields they read; fields the query did not select stay default.
    /// </summary>
    public T Read<T>(string? field = null)
    {
        var node = field is not null ? Data[field] : Data.AsObject().Count == 1 ? Data.AsObject().Single().Value
            : throw new Xunit.Sdk.XunitException("Name the field to read: " + Data.ToJsonString());
        return node.Deserialize<T>(GraphQLJson.Options)!;
    }
}

/// <summary>How the tests read the API's JSON into records: web defaults (camelCase), payloads through <see cref="Payload{T}"/>.</summary>
public static class GraphQLJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

/// <summary>Talks to the API exactly as a portal does: JSON over HTTP with a bearer token.</summary>
public sealed class GraphQLClient(HttpClient http, string? token, string accept, string language)
{
    public HttpClient Http => http;

    public async Task<GraphQLResponse> PostAsync(string query, object? variables = null, Action<HttpRequestMessage>? tweak = null)
    {
        var body = JsonSerializer.Serialize(new { query, variables });
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        return await SendAsync(request, tweak);
    }

    /// <summary>Posts, asserts the request itself succeeded, and reads the operation's one root field into <typeparamref name="T"/>.</summary>
    public async Task<T> QueryAsync<T>(string query, object? variables = null) => (await PostAsync(query, variables)).AssertNoErrors().Read<T>();

    /// <inheritdoc cref="QueryAsync{T}"/>
    public Task<T> MutateAsync<T>(string mutation, object? variables = null) => QueryAsync<T>(mutation, variables);

    public async Task<GraphQLResponse> GetAsync(string query, object? variables = null)
    {
        var url = "/graphql?query=" + Uri.EscapeDataString(query);
        if (variables is not null) url += "&variables=" + Uri.EscapeDataString(JsonSerializer.Serialize(variables));
        return await SendAsync(new HttpRequestMessage(HttpMethod.Get, url), null);
    }

    public async Task<GraphQLResponse> SendAsync(HttpRequestMessage request, Action<HttpRequestMessage>? tweak)
    {
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (accept.Length > 0) request.Headers.Accept.ParseAdd(accept);
        request.Headers.AcceptLanguage.ParseAdd(language);
        tweak?.Invoke(request);
        var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        if (text.Length > 0) try { json = JsonNode.Parse(text); } catch (JsonException) { }
        return new GraphQLResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, json);
    }
}
