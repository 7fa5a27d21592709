using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.ServiceDesk.Settings;

namespace PropertySaaS.Api.Data;

/// <summary>The service desk's admin settings on the company database.</summary>
public static class DeskSettingsData
{
    extension(TenantDbContext db)
    {
        public DbSet<ServiceCategory> ServiceCategories => db.Set<ServiceCategory>();
        public DbSet<DeskLimitSettings> DeskLimitSettings => db.Set<DeskLimitSettings>();
        public DbSet<PublishedChannels> PublishedChannels => db.Set<PublishedChannels>();
    }
}
