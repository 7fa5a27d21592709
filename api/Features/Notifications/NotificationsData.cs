using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Notifications;

namespace PropertySaaS.Api.Data;

/// <summary>The notification outbox on the company database.</summary>
public static class NotificationsData
{
    extension(TenantDbContext db)
    {
        public DbSet<OutboxMessage> NotificationOutbox => db.Set<OutboxMessage>();
    }
}
