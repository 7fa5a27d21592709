using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertySaaS.Api.Features.Notifications;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> e)
    {
        e.ToTable("NotificationOutbox");
        e.Property(x => x.Reference).HasMaxLength(120);
        e.HasIndex(x => x.Reference).IsUnique();
        e.Property(x => x.Audience).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Recipient).HasMaxLength(100);
        e.Property(x => x.TemplateCode).HasMaxLength(60);
        e.Property(x => x.Text).HasMaxLength(1000);
        e.Property(x => x.Error).HasMaxLength(500);
        // The sender: queued messages by due time.
        e.HasIndex(x => new { x.Status, x.ScheduledFor });
    }
}
