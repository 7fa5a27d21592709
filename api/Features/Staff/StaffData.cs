using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Data;

/// <summary>The Staff feature's tables on the company database (C# extension members, so the feature's folder owns them).</summary>
public static class StaffData
{
    extension(TenantDbContext db)
    {
        public DbSet<PropertySaaS.Api.Features.Staff.Department> Departments => db.Set<PropertySaaS.Api.Features.Staff.Department>();
        public DbSet<PropertySaaS.Api.Features.Staff.StaffMember> StaffMembers => db.Set<PropertySaaS.Api.Features.Staff.StaffMember>();
        public DbSet<PropertySaaS.Api.Features.Staff.EstateAssignment> EstateAssignments => db.Set<PropertySaaS.Api.Features.Staff.EstateAssignment>();
    }
}
