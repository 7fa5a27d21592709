using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Data;

/// <summary>The Calendar feature's tables on the company database.</summary>
public static class CalendarData
{
    extension(TenantDbContext db)
    {
        public DbSet<PropertySaaS.Api.Features.Calendar.CalendarSettings> CalendarSettings => db.Set<PropertySaaS.Api.Features.Calendar.CalendarSettings>();
        public DbSet<PropertySaaS.Api.Features.Calendar.EstateWorkingHours> EstateWorkingHours => db.Set<PropertySaaS.Api.Features.Calendar.EstateWorkingHours>();
        public DbSet<PropertySaaS.Api.Features.Calendar.CalendarDayOverride> CalendarDayOverrides => db.Set<PropertySaaS.Api.Features.Calendar.CalendarDayOverride>();
    }
}
