using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Staff;

/// <summary>The departments every company and every estate starts with (organisation.md §2); companies may add more.</summary>
public static class ReferenceData
{
    private static readonly (DepartmentKind Kind, string Name)[] CompanyDepartments =
    [
        (DepartmentKind.Quality, "品质管理部"),
        (DepartmentKind.Finance, "财务管理部"),
        (DepartmentKind.HumanResources, "人事行政部"),
    ];

    private static readonly (DepartmentKind Kind, string Name)[] EstateDepartments =
    [
        (DepartmentKind.CustomerService, "客户服务中心"),
        (DepartmentKind.Engineering, "工程维养部"),
        (DepartmentKind.Security, "秩序维护部"),
        (DepartmentKind.Environment, "环境管理部"),
        (DepartmentKind.Greening, "绿化组"),
    ];

    /// <summary>Idempotent: provisioning may run it again after a failure.</summary>
    public static async Task EnsureCompanyAsync(TenantDbContext db, CancellationToken ct)
    {
        var existing = await db.Departments.Where(d => d.EstateId == null).Select(d => d.Kind).ToListAsync(ct);
        foreach (var (kind, name) in CompanyDepartments.Where(d => !existing.Contains(d.Kind)))
            db.Departments.Add(new Department { Kind = kind, Name = name });
        await db.SaveChangesAsync(ct);
    }

    public static void AddEstateDepartments(TenantDbContext db, Guid estateId)
    {
        foreach (var (kind, name) in EstateDepartments)
            db.Departments.Add(new Department { EstateId = estateId, Kind = kind, Name = name });
    }
}
