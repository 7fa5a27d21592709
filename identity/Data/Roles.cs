namespace PropertySaaS.Identity.Data;

/// <summary>Role claim values fixed by docs/contracts.md.</summary>
public static class Roles
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

    public static readonly IReadOnlySet<string> All = new HashSet<string>
    {
        Resident, FrontDesk, CsSpecialist, Engineer, Security, Supervisor, EstateManager, CompanyAdmin, PlatformAdmin,
    };

    /// <summary>Administrators must use a second factor: they can create users and change everyone's access.</summary>
    public static bool RequiresTotp(IEnumerable<string> roles) => roles.Any(r => r is CompanyAdmin or PlatformAdmin);
}
