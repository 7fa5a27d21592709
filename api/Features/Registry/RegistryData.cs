using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Data;

/// <summary>The Registry feature's tables on the company database (C# extension members, so the feature's folder owns them).</summary>
public static class RegistryData
{
    extension(TenantDbContext db)
    {
        public DbSet<PropertySaaS.Api.Features.Registry.Estate> Estates => db.Set<PropertySaaS.Api.Features.Registry.Estate>();
        public DbSet<PropertySaaS.Api.Features.Registry.Building> Buildings => db.Set<PropertySaaS.Api.Features.Registry.Building>();
        public DbSet<PropertySaaS.Api.Features.Registry.Unit> Units => db.Set<PropertySaaS.Api.Features.Registry.Unit>();
        public DbSet<PropertySaaS.Api.Features.Registry.Person> People => db.Set<PropertySaaS.Api.Features.Registry.Person>();
        public DbSet<PropertySaaS.Api.Features.Registry.Ownership> Ownerships => db.Set<PropertySaaS.Api.Features.Registry.Ownership>();
        public DbSet<PropertySaaS.Api.Features.Registry.Lease> Leases => db.Set<PropertySaaS.Api.Features.Registry.Lease>();
        public DbSet<PropertySaaS.Api.Features.Registry.HouseholdMember> HouseholdMembers => db.Set<PropertySaaS.Api.Features.Registry.HouseholdMember>();
    }
}
