using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.ServiceDesk;

internal sealed class ServiceRequestConfiguration : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> e)
    {
        e.ToTable("ServiceRequests");
        e.Property(x => x.Number).HasMaxLength(30);
        e.HasIndex(x => x.Number).IsUnique();
        e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Urgency).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Description).HasMaxLength(2000);
        e.Property(x => x.CompletionNotes).HasMaxLength(2000);
        e.Property(x => x.RejectReason).HasMaxLength(500);
        e.Property(x => x.CancelReason).HasMaxLength(500);
        e.Property(x => x.Category).HasMaxLength(50);
        e.Property(x => x.ContactPhone).HasMaxLength(30);
        e.Property(x => x.FirstReceiverId).HasMaxLength(100);
        e.Property(x => x.AssignedUserId).HasMaxLength(100);
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.ReporterPersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Staff.Department>().WithMany().HasForeignKey(x => x.AssignedDepartmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Staff.StaffMember>().WithMany().HasForeignKey(x => x.AssignedStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Timeline).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Deadlines).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        // The staff queue: an estate's requests by status, newest first.
        e.HasIndex(x => new { x.EstateId, x.Status, x.ReceivedAt });
        // The queue across statuses: received-date ranges and the newest-first order (channel, urgency, search narrow it).
        e.HasIndex(x => new { x.EstateId, x.ReceivedAt });
        e.HasIndex(x => x.UnitId);
        e.Property(x => x.SignedOffBy).HasMaxLength(50);
        e.Property(x => x.ChargeStatus).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ChargeTotal).HasPrecision(18, 2);
        e.Property(x => x.ChargeConfirmedBy).HasMaxLength(50);
        e.HasOne<Billing.FeeItem>().WithMany().HasForeignKey(x => x.ChargeFeeItemId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Billing.Bill>().WithMany().HasForeignKey(x => x.ChargeBillId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.ChargeLines).WithOne().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ServiceChargeLineConfiguration : IEntityTypeConfiguration<ServiceChargeLine>
{
    public void Configure(EntityTypeBuilder<ServiceChargeLine> e)
    {
        e.ToTable("ServiceChargeLines");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Description).HasMaxLength(80);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.HasIndex(x => new { x.RequestId, x.Sequence }).IsUnique();
    }
}

internal sealed class ServiceRequestEventConfiguration : IEntityTypeConfiguration<ServiceRequestEvent>
{
    public void Configure(EntityTypeBuilder<ServiceRequestEvent> e)
    {
        e.ToTable("ServiceRequestEvents");
        e.Property(x => x.Action).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.FromStatus).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ToStatus).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ComplaintFrom).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ComplaintTo).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ActorId).HasMaxLength(100);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.HasIndex(x => new { x.RequestId, x.Sequence }).IsUnique();
    }
}

internal sealed class ServiceDeadlineConfiguration : IEntityTypeConfiguration<ServiceDeadline>
{
    public void Configure(EntityTypeBuilder<ServiceDeadline> e)
    {
        e.ToTable("ServiceDeadlines");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        // The sweep: open limits whose warning time has come.
        e.HasIndex(x => new { x.MetAt, x.VoidedAt, x.WarnAt });
        e.HasIndex(x => x.RequestId);
    }
}

internal sealed class ServiceRequestAttachmentConfiguration : IEntityTypeConfiguration<ServiceRequestAttachment>
{
    public void Configure(EntityTypeBuilder<ServiceRequestAttachment> e)
    {
        e.ToTable("ServiceRequestAttachments");
        e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.FileName).HasMaxLength(200);
        e.Property(x => x.ContentType).HasMaxLength(100);
        e.Property(x => x.UploadedBy).HasMaxLength(100);
        e.Property(x => x.UploadedByName).HasMaxLength(200);
        e.HasOne<ServiceRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.RequestId, x.UploadedAt });
    }
}
