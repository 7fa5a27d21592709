using GraphQL;
using System.Globalization;
using System.Security.Claims;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Tenancy;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Core;

/// <summary>Who is calling, taken from the validated access token only.</summary>
public sealed record Viewer(string UserId, string Name, string? TenantSlug, IReadOnlySet<string> Roles, IReadOnlySet<Guid> EstateIds, Guid? PersonId)
{
    public static readonly string[] StaffRoles = [AppRoles.FrontDesk, AppRoles.CsSpecialist, AppRoles.Engineer, AppRoles.Security, AppRoles.Supervisor, AppRoles.EstateManager];

    public bool IsPlatformAdmin => Roles.Contains(AppRoles.PlatformAdmin);
    public bool IsCompanyAdmin => Roles.Contains(AppRoles.CompanyAdmin);
    public bool IsResident => Roles.Contains(AppRoles.Resident);
    public bool IsStaff => StaffRoles.Any(Roles.Contains) || IsCompanyAdmin;
    public bool HasAny(params string[] roles) => roles.Any(Roles.Contains);

    /// <summary>Null means every estate of the company (company administrators).</summary>
    public IReadOnlySet<Guid>? EstateScope => IsCompanyAdmin ? null : EstateIds;
    public bool CanSeeEstate(Guid estateId) => IsCompanyAdmin || EstateIds.Contains(estateId);

    public static Viewer From(ClaimsPrincipal p)
    {
        var roles = p.FindAll("role").Concat(p.FindAll(ClaimTypes.Role)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        var estates = p.FindAll("estate").Select(c => Guid.TryParse(c.Value, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToHashSet();
        Guid? person = Guid.TryParse(p.FindFirst("person")?.Value, out var pid) ? pid : null;
        var sub = p.FindFirst("sub")?.Value ?? p.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? "";
        var name = p.FindFirst("name")?.Value ?? p.FindFirst("preferred_username")?.Value ?? sub;
        return new Viewer(sub, name, p.FindFirst("tenant")?.Value, roles, estates, person);
    }
}

/// <summary>Role names as they appear in the <c>role</c> claim (docs/contracts.md).</summary>
public static class AppRoles
{
    public const string Resident = "resident";
    public const string FrontDesk = "front_desk";
    public const string CsSpecialist = "cs_specialist";
    public const string Engineer = "engineer";
    public const string Security = "security";
    public const string Supervisor = "supervisor";
    public const string EstateManager = "estate_manager";
    public const string CompanyAdmin = "company_admin";
    public const string PlatformAdmin = "platform_admin";

    /// <summary>Who may change the property registry (units, households).</summary>
    public static readonly string[] RegistryEditors = [FrontDesk, CsSpecialist, Supervisor, EstateManager, CompanyAdmin];
}

/// <summary>
/// Everything a resolver may know about the request: the caller, their company (already checked active and
/// current) and their language. Built once per request from the validated token; never changed afterwards.
/// </summary>
public sealed class RequestContext : Dictionary<string, object?>, IAsyncDisposable
{
    private readonly TenantDatabases? _databases;
    private TenantDbContext? _db;

    public RequestContext(Viewer viewer, ResolvedTenant? tenant, CultureInfo culture, TenantDatabases? databases, IServiceProvider services)
    {
        Viewer = viewer;
        Tenant = tenant;
        Culture = culture;
        Services = services;
        _databases = databases;
    }

    public Viewer Viewer { get; }
    public ResolvedTenant? Tenant { get; }
    public CultureInfo Culture { get; }
    public IServiceProvider Services { get; }
    public BatchLoaders Loaders { get; } = new();

    /// <summary>The request's clock (tests replace TimeProvider): every "now" of a resolver comes from here.</summary>
    public TimeProvider Clock => Services.GetRequiredService<TimeProvider>();
    public DateTime Now => Clock.GetUtcNow().UtcDateTime;
    /// <summary>The UTC calendar date of <see cref="Now"/>.</summary>
    public DateOnly UtcToday => DateOnly.FromDateTime(Now);

    /// <summary>The caller's company database. Resolvers run one at a time (serial strategy), so one context serves the request.</summary>
    public TenantDbContext Db
    {
        get
        {
            if (Tenant is null || _databases is null) throw Error(ErrorCodes.Forbidden, "NO_COMPANY");
            return _db ??= _databases.Open(Tenant.Location);
        }
    }

    public ApiException Error(string code, string key, params object?[] args) => new(Culture, code, key, args);

    public void RequireStaff()
    {
        if (Tenant is null) throw Error(ErrorCodes.Forbidden, "NO_COMPANY");
        if (!Viewer.IsStaff) throw Error(ErrorCodes.Forbidden, "FORBIDDEN");
    }

    public void RequireAny(params string[] roles)
    {
        if (Tenant is null) throw Error(ErrorCodes.Forbidden, "NO_COMPANY");
        if (!Viewer.HasAny(roles)) throw Error(ErrorCodes.Forbidden, "FORBIDDEN");
    }

    public void RequireEstate(Guid estateId)
    {
        if (!Viewer.CanSeeEstate(estateId)) throw Error(ErrorCodes.Forbidden, "FORBIDDEN_ESTATE");
    }

    public void RequirePlatformAdmin()
    {
        if (!Viewer.IsPlatformAdmin) throw Error(ErrorCodes.Forbidden, "PLATFORM_ONLY");
    }

    /// <summary>Forgets unsaved changes of a mutation that failed, so a later mutation of the same request cannot save them.</summary>
    public void Discard() => _db?.ChangeTracker.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_db is not null) await _db.DisposeAsync();
    }
}
