using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PropertySaaS.Identity.Tests.Infrastructure;

/// <summary>What the GraphQL API does: client credentials as propertysaas-api, then calls /internal/.</summary>
public static class AdminApi
{
    public static async Task<string> TokenAsync(IdentityServerFixture server)
    {
        var tokens = await Oidc.PostTokenAsync(server, new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "propertysaas-api",
            ["client_secret"] = IdentityServerFixture.ApiSecret, ["scope"] = "identity.admin",
        });
        Assert.Equal(200, tokens.Status);
        return tokens.AccessToken;
    }

    public static async Task<HttpClient> ClientAsync(IdentityServerFixture server)
    {
        var http = new HttpClient { BaseAddress = server.BaseUri };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(server));
        return http;
    }

    /// <summary>A new company with a random slug, as the API's createCompany tells the identity server.</summary>
    public static async Task<string> NewCompanyAsync(this HttpClient admin, string nameZh)
    {
        var slug = "c" + Guid.NewGuid().ToString("N")[..8];
        await admin.PutAsync($"/internal/tenants/{slug}", new { nameZh, nameEn = slug }, 200);
        return slug;
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, int expectedStatus)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<JsonElement> PostAsync(this HttpClient http, string url, object body, int expectedStatus) =>
        await (await http.PostAsJsonAsync(url, body)).JsonAsync(expectedStatus);

    public static async Task<JsonElement> PutAsync(this HttpClient http, string url, object body, int expectedStatus) =>
        await (await http.PutAsJsonAsync(url, body)).JsonAsync(expectedStatus);
}
