using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing.Collection;

internal sealed class ArrearsReminderConfiguration : IEntityTypeConfiguration<ArrearsReminder>
{
    public void Configure(EntityTypeBuilder<ArrearsReminder> e)
    {
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.TemplateCode).HasMaxLength(60);
        e.Property(x => x.Text).HasMaxLength(1000);
        e.Property(x => x.Error).HasMaxLength(500);
        e.Property(x => x.CreatedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.UnitId, x.CreatedAt });
        e.HasIndex(x => new { x.Status, x.ScheduledFor });
        e.HasIndex(x => x.EstateId);
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LateFeeAssessmentConfiguration : IEntityTypeConfiguration<LateFeeAssessment>
{
    public void Configure(EntityTypeBuilder<LateFeeAssessment> e)
    {
        // One late fee per bill per day, whatever runs the job twice.
        e.HasIndex(x => new { x.BillId, x.Day }).IsUnique();
        e.HasOne<Bill>().WithMany().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<LedgerEntry>().WithMany().HasForeignKey(x => x.LedgerEntryId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BankMandateConfiguration : IEntityTypeConfiguration<BankMandate>
{
    public void Configure(EntityTypeBuilder<BankMandate> e)
    {
        e.Property(x => x.BankName).HasMaxLength(50);
        e.Property(x => x.AccountName).HasMaxLength(100);
        e.Property(x => x.AccountNumber).HasMaxLength(40);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CreatedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.UnitId, x.Status });
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BankCollectionBatchConfiguration : IEntityTypeConfiguration<BankCollectionBatch>
{
    public void Configure(EntityTypeBuilder<BankCollectionBatch> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CreatedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.EstateId, x.CollectionDate });
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.BatchId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BankCollectionLineConfiguration : IEntityTypeConfiguration<BankCollectionLine>
{
    public void Configure(EntityTypeBuilder<BankCollectionLine> e)
    {
        e.Property(x => x.UnitLabel).HasMaxLength(120);
        e.Property(x => x.AccountName).HasMaxLength(100);
        e.Property(x => x.AccountNumber).HasMaxLength(40);
        e.Property(x => x.Result).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.FailureReason).HasMaxLength(200);
        e.HasIndex(x => new { x.BatchId, x.LineNo }).IsUnique();
        e.HasIndex(x => x.UnitId);
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<BankMandate>().WithMany().HasForeignKey(x => x.MandateId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Payment>().WithMany().HasForeignKey(x => x.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}
