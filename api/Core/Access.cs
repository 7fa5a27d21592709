namespace PropertySaaS.Api.Core;

/// <summary>
/// Who may call a use case: checked once, by the field that runs it (docs/architecture.md). Estate and household walls
/// are not here — they are data rules (RegistryScope) applied by the use case's reads, so "not yours" answers like
/// "does not exist".
/// </summary>
public sealed class Access
{
    private readonly Action<RequestContext> demand;
    private Access(Action<RequestContext> demand) => this.demand = demand;

    public void Demand(RequestContext rc) => demand(rc);

    /// <summary>Any staff member of the company (any staff role, or its administrator).</summary>
    public static readonly Access Staff = new(rc => rc.RequireStaff());
    /// <summary>Anyone the endpoint let in (a valid token, with or without a company): reads of the caller's own identity.</summary>
    public static readonly Access SignedIn = new(_ => { });
    /// <summary>A resident signed in to the company.</summary>
    public static readonly Access Residents = new(rc => rc.RequireAny(AppRoles.Resident));
    /// <summary>Anyone signed in to the company (staff or resident); the use case narrows by data scope.</summary>
    public static readonly Access CompanyMembers = new(rc => rc.RequireAny([AppRoles.Resident, AppRoles.CompanyAdmin, .. Viewer.StaffRoles]));
    /// <summary>The platform operator (catalog-level work).</summary>
    public static readonly Access PlatformAdmin = new(rc => rc.RequirePlatformAdmin());

    /// <summary>Holders of one of these roles in the company.</summary>
    public static Access Roles(params string[] roles) => new(rc => rc.RequireAny(roles));
}
