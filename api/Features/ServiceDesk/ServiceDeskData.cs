using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.ServiceDesk;

namespace PropertySaaS.Api.Data;

/// <summary>The service desk's tables on the company database (C# extension members, so the feature's folder owns them).</summary>
public static class ServiceDeskData
{
    extension(TenantDbContext db)
    {
        public DbSet<ServiceRequest> ServiceRequests => db.Set<ServiceRequest>();
        public DbSet<ServiceRequestEvent> ServiceRequestEvents => db.Set<ServiceRequestEvent>();
        public DbSet<ServiceDeadline> ServiceDeadlines => db.Set<ServiceDeadline>();
        public DbSet<ServiceChargeLine> ServiceChargeLines => db.Set<ServiceChargeLine>();
        public DbSet<ServiceRequestAttachment> ServiceRequestAttachments => db.Set<ServiceRequestAttachment>();
    }
}
