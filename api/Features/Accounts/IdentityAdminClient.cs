using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace PropertySaaS.Api.Features.Accounts;

public sealed class IdentityAdminOptions
{
    /// <summary>Base address of the identity server (its internal admin API lives under /internal/).</summary>
    public string BaseUrl { get; set; } = "http://localhost:5090/";
    public string ClientId { get; set; } = "propertysaas-api";
    public string ClientSecret { get; set; } = "propertysaas-api-dev-secret";
}

/// <summary>
/// A member of the company. <see cref="AccountManaged"/>: the company owns the account (created it); only then does the
/// identity server fill in the account-level fields (e-mail, first-sign-in, second factor, lockout, disabled).
/// </summary>
public sealed record IdentityUser(string UserId, string UserName, string DisplayName, bool AccountManaged, string? Email, string[] Roles, Guid[] Estates,
    Guid? Person, bool? MustChangePassword, bool? TwoFactorEnabled, bool? LockedOut, bool? Disabled);
public sealed record IdentityMembership(string? Tenant, string[] Roles, Guid[] Estates, Guid? Person);
/// <summary>A pending staff invitation of an existing account: it joins the company once it accepts, signed in with its own password.</summary>
public sealed record IdentityStaffInvitation(string Code, string Url, string Tenant, string[] Roles, Guid[] Estates, DateTimeOffset ExpiresAt);
/// <summary>Either a new account (<see cref="UserId"/>, <see cref="Membership"/>) or, for an existing user name, <see cref="Invitation"/> alone.</summary>
public sealed record CreatedIdentityUser(string? UserId, string UserName, string? TemporaryPassword, IdentityMembership? Membership, IdentityStaffInvitation? Invitation);
/// <param name="ClientSecret">Only when just created; the identity server keeps a hash.</param>
public sealed record IdentityIntegrationClient(string ClientId, string? ClientSecret, string DisplayName, string[] Roles, Guid[] Estates);
public sealed record IdentityInvitation(string Code, string Tenant, Guid PersonId, string UnitLabel, DateTimeOffset ExpiresAt);

/// <summary>The identity server refused a request; <see cref="Status"/> tells bad input (400) from unknown records (404).</summary>
public sealed class IdentityAdminException(HttpStatusCode status, string message) : Exception(message)
{
    public HttpStatusCode Status { get; } = status;
}

/// <summary>
/// Calls the identity server's internal admin API with a client-credentials token (scope identity.admin).
/// Every call names its company in the path, taken from the caller's validated token by the resolver.
/// </summary>
public sealed class IdentityAdminClient(HttpClient http, Microsoft.Extensions.Options.IOptions<IdentityAdminOptions> options, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SemaphoreSlim _tokenGate = new(1, 1);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _knownTenants = new();

    /// <summary>Makes sure the identity server knows the company (its picker shows the names); once per company per process.</summary>
    public async Task EnsureKnownAsync(string slug, string nameZh, string nameEn, CancellationToken ct)
    {
        if (_knownTenants.ContainsKey(slug)) return;
        await EnsureTenantAsync(slug, nameZh, nameEn, ct);
        _knownTenants[slug] = true;
    }
    private (string Token, DateTimeOffset Expires)? _token;

    public Task EnsureTenantAsync(string slug, string nameZh, string nameEn, CancellationToken ct) =>
        SendAsync<object>(HttpMethod.Put, $"internal/tenants/{slug}", new { nameZh, nameEn }, ct);

    /// <summary>A suspended company gets no sign-in and no token refresh at the identity server.</summary>
    public Task SetTenantStatusAsync(string slug, string nameZh, string nameEn, bool suspended, CancellationToken ct) =>
        SendAsync<object>(HttpMethod.Put, $"internal/tenants/{slug}", new { nameZh, nameEn, status = suspended ? "suspended" : "active" }, ct);

    public Task<CreatedIdentityUser> CreateStaffAsync(string slug, string userName, string displayName, string? email, string[] roles, Guid[] estates, CancellationToken ct) =>
        SendAsync<CreatedIdentityUser>(HttpMethod.Post, $"internal/tenants/{slug}/staff", new { userName, displayName, email, roles, estates }, ct);

    public Task<CreatedIdentityUser> CreateAdministratorAsync(string slug, string userName, string displayName, string? email, CancellationToken ct) =>
        SendAsync<CreatedIdentityUser>(HttpMethod.Post, $"internal/tenants/{slug}/admins", new { userName, displayName, email }, ct);

    public Task<IdentityMembership> SetMembershipAsync(string slug, string userId, string[] roles, Guid[] estates, Guid? person, CancellationToken ct) =>
        SendAsync<IdentityMembership>(HttpMethod.Put, $"internal/tenants/{slug}/users/{Uri.EscapeDataString(userId)}/membership", new { roles, estates, person }, ct);

    public Task<List<IdentityUser>> UsersAsync(string slug, CancellationToken ct) =>
        SendAsync<List<IdentityUser>>(HttpMethod.Get, $"internal/tenants/{slug}/users", null, ct);

    public Task<IdentityInvitation> InviteResidentAsync(string slug, Guid personId, string unitLabel, CancellationToken ct) =>
        SendAsync<IdentityInvitation>(HttpMethod.Post, $"internal/tenants/{slug}/invitations", new { personId, unitLabel, validDays = 30 }, ct);

    public Task<IdentityIntegrationClient> CreateIntegrationClientAsync(string slug, string displayName, string[] roles, Guid[] estates, CancellationToken ct) =>
        SendAsync<IdentityIntegrationClient>(HttpMethod.Post, $"internal/tenants/{slug}/clients", new { displayName, roles, estates }, ct);

    public Task<List<IdentityIntegrationClient>> IntegrationClientsAsync(string slug, CancellationToken ct) =>
        SendAsync<List<IdentityIntegrationClient>>(HttpMethod.Get, $"internal/tenants/{slug}/clients", null, ct);

    /// <summary>False when the company has no such client (404).</summary>
    public async Task<bool> RevokeIntegrationClientAsync(string slug, string clientId, CancellationToken ct)
    {
        try
        {
            await SendAsync<object>(HttpMethod.Delete, $"internal/tenants/{slug}/clients/{Uri.EscapeDataString(clientId)}", null, ct);
            return true;
        }
        catch (IdentityAdminException e) when (e.Status == HttpStatusCode.NotFound) { return false; }
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken ct)
    {
        var request = new HttpRequestMessage(method, new Uri(new Uri(options.Value.BaseUrl), path));
        if (body is not null) request.Content = JsonContent.Create(body, options: Json);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(ct));
        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadFromJsonAsync<JsonElement?>(Json, ct).ConfigureAwait(false) is { } e && e.ValueKind == JsonValueKind.Object && e.TryGetProperty("error", out var m)
                ? m.GetString() ?? response.ReasonPhrase : response.ReasonPhrase;
            throw new IdentityAdminException(response.StatusCode, error ?? "identity server error");
        }
        if (response.StatusCode == HttpStatusCode.NoContent || typeof(T) == typeof(object)) return default!;
        return (await response.Content.ReadFromJsonAsync<T>(Json, ct))!;
    }

    private async Task<string> TokenAsync(CancellationToken ct)
    {
        await _tokenGate.WaitAsync(ct);
        try
        {
            if (_token is { } t && t.Expires > clock.GetUtcNow().AddMinutes(1)) return t.Token;
            var o = options.Value;
            using var response = await http.PostAsync(new Uri(new Uri(o.BaseUrl), "connect/token"), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials", ["client_id"] = o.ClientId, ["client_secret"] = o.ClientSecret, ["scope"] = "identity.admin",
            }), ct);
            if (!response.IsSuccessStatusCode) throw new IdentityAdminException(response.StatusCode, "identity server refused the API's client credentials");
            var json = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
            var token = json.GetProperty("access_token").GetString()!;
            _token = (token, clock.GetUtcNow().AddSeconds(json.TryGetProperty("expires_in", out var e) ? e.GetInt32() : 300));
            return token;
        }
        finally { _tokenGate.Release(); }
    }
}
