using System.Globalization;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Core;

/// <summary>Why the gate turned a caller or a job away: a code of <see cref="ErrorCodes"/> and the message key that says it.</summary>
public sealed record TenantRefusal(string Code, string MessageKey)
{
    public int Status => ErrorCodes.Status(Code);
    public static readonly TenantRefusal Unauthenticated = new(ErrorCodes.Unauthenticated, "UNAUTHENTICATED");
    public static readonly TenantRefusal NoCompany = new(ErrorCodes.Forbidden, "NO_COMPANY");
    public static readonly TenantRefusal Unknown = new(ErrorCodes.Forbidden, "TENANT_UNKNOWN");
}

/// <summary>Who was let in: the caller, their company (null only for the platform administrator) and their language.</summary>
public sealed record TenantAdmission(Viewer Viewer, ResolvedTenant? Tenant, CultureInfo Culture);

/// <summary>
/// The one door to a company (docs/architecture/tenant-gate.md). Every entry point — the GraphQL endpoint, REST
/// endpoints, webhooks and background jobs — asks it for the company it may work on: from the validated access token
/// for requests, from an explicit company slug for webhooks and jobs. It answers the company (known, active, schema
/// current) or a <see cref="TenantRefusal"/>, mapped from the tenancy rule in one place (<see cref="Refusal"/>), so every
/// entry point refuses a suspended company, an outdated schema or a token without a company with the same code.
/// </summary>
public sealed class TenantGate(TenantDirectory directory, TenantDatabases databases)
{
    public TenantDatabases Databases => databases;

    /// <summary>
    /// A request: the company comes only from the <c>tenant</c> claim of the validated token. A token without one is
    /// let in only where <paramref name="platformAllowed"/> (the platform administrator's GraphQL fields).
    /// </summary>
    public async Task<(TenantAdmission? Admitted, TenantRefusal? Refused)> AdmitAsync(HttpContext http, bool platformAllowed = false)
    {
        var culture = Messages.CultureFrom(http.Request.Headers.AcceptLanguage);
        if (http.User.Identity?.IsAuthenticated != true) return (null, TenantRefusal.Unauthenticated);
        var viewer = Viewer.From(http.User);
        if (viewer.TenantSlug is not { } slug)
            return platformAllowed && viewer.IsPlatformAdmin ? (new TenantAdmission(viewer, null, culture), null) : (null, TenantRefusal.NoCompany);
        var (tenant, refused) = await ResolveAsync(slug, http.RequestAborted);
        return refused is null ? (new TenantAdmission(viewer, tenant, culture), null) : (null, refused);
    }

    /// <summary>A webhook or a job names its company explicitly; the same rules decide whether it may work on it.</summary>
    public async Task<(ResolvedTenant? Tenant, TenantRefusal? Refused)> ResolveAsync(string slug, CancellationToken ct)
    {
        try { return (await directory.ResolveAsync(slug, ct), null); }
        catch (TenancyException e) { return (null, Refusal(e)); }
    }

    /// <summary>How a company that may not be served is refused, by every entry point alike.</summary>
    public static TenantRefusal Refusal(TenancyException e) => e.Error switch
    {
        TenancyError.SchemaOutdated => new(ErrorCodes.SchemaOutdated, "TENANT_SCHEMA_OUTDATED"),
        TenancyError.TenantNotActive => new(ErrorCodes.Forbidden, e.Status switch
        {
            TenantStatus.Provisioning => "TENANT_PROVISIONING",
            TenantStatus.Failed => "TENANT_FAILED",
            _ => "TENANT_SUSPENDED",
        }),
        _ => TenantRefusal.Unknown,
    };

    /// <summary>The request's context for an admitted caller, as GraphQL resolvers get it.</summary>
    public RequestContext Context(TenantAdmission admitted, IServiceProvider services) =>
        new(admitted.Viewer, admitted.Tenant, admitted.Culture, admitted.Tenant is null ? null : databases, services);
}

/// <summary>
/// REST endpoints pass the gate the way GraphQL does: <c>.RequireCompany()</c> on the route refuses with the gate's
/// problem body, and the handler reads the request's <see cref="RequestContext"/> with <c>http.RequestContext()</c>.
/// </summary>
public static class TenantGateEndpoints
{
    private static readonly object Key = new();

    public static RouteHandlerBuilder RequireCompany(this RouteHandlerBuilder route) => route.AddEndpointFilter(async (invocation, next) =>
    {
        var http = invocation.HttpContext;
        var gate = http.RequestServices.GetRequiredService<TenantGate>();
        var (admitted, refused) = await gate.AdmitAsync(http);
        if (refused is not null) return ApiProblem.Result(http, refused.Code, refused.MessageKey);
        await using var context = gate.Context(admitted!, http.RequestServices);
        http.Items[Key] = context;
        try { return await next(invocation); }
        finally { http.Items.Remove(Key); }
    });

    /// <summary>The context the gate made for this request; only on routes with <see cref="RequireCompany"/>.</summary>
    public static RequestContext RequestContext(this HttpContext http) =>
        http.Items[Key] as RequestContext ?? throw new InvalidOperationException("The route does not pass the tenant gate (RequireCompany).");
}
