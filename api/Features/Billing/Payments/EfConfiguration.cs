using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing.Payments;

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> e)
    {
        e.ToTable("Payments");
        e.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Currency).HasMaxLength(3);
        e.Property(x => x.IdempotencyKey).HasMaxLength(120);
        e.Property(x => x.ExternalReference).HasMaxLength(120);
        e.Property(x => x.PayerName).HasMaxLength(100);
        e.Property(x => x.Note).HasMaxLength(500);
        e.Property(x => x.ReceivedBy).HasMaxLength(100);
        // Booking twice is impossible: a repeated key hits this index and returns the first payment.
        e.HasIndex(x => x.IdempotencyKey).IsUnique();
        e.HasIndex(x => x.ReceiptNumber).IsUnique();
        e.HasIndex(x => new { x.UnitId, x.ReceivedAt });
        e.HasIndex(x => new { x.EstateId, x.ReceivedAt });
        e.HasIndex(x => x.ShiftId);
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<CashierShift>().WithMany().HasForeignKey(x => x.ShiftId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Allocations).WithOne().HasForeignKey(x => x.PaymentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PaymentAllocationConfiguration : IEntityTypeConfiguration<PaymentAllocation>
{
    public void Configure(EntityTypeBuilder<PaymentAllocation> e)
    {
        e.ToTable("PaymentAllocations");
        e.HasIndex(x => x.BillId);
        e.HasOne<Bill>().WithMany().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentRefundConfiguration : IEntityTypeConfiguration<PaymentRefund>
{
    public void Configure(EntityTypeBuilder<PaymentRefund> e)
    {
        e.ToTable("PaymentRefunds");
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.IdempotencyKey).HasMaxLength(120);
        e.Property(x => x.ExternalReference).HasMaxLength(120);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.Property(x => x.RequestedBy).HasMaxLength(100);
        e.HasIndex(x => x.IdempotencyKey).IsUnique();
        e.HasIndex(x => x.PaymentId);
        e.HasOne<Payment>().WithMany().HasForeignKey(x => x.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ReceiptVoidConfiguration : IEntityTypeConfiguration<ReceiptVoid>
{
    public void Configure(EntityTypeBuilder<ReceiptVoid> e)
    {
        e.ToTable("ReceiptVoids");
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.VoidedBy).HasMaxLength(100);
        e.Property(x => x.IdempotencyKey).HasMaxLength(120);
        e.HasIndex(x => x.Number).IsUnique();
        e.HasIndex(x => x.ReplacedBy).IsUnique();
        e.HasIndex(x => x.IdempotencyKey).IsUnique();
        e.HasIndex(x => x.PaymentId);
        e.HasOne<Payment>().WithMany().HasForeignKey(x => x.PaymentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DocumentSequenceConfiguration : IEntityTypeConfiguration<DocumentSequence>
{
    public void Configure(EntityTypeBuilder<DocumentSequence> e)
    {
        e.HasKey(x => x.Name);
        e.Property(x => x.Name).HasMaxLength(40);
        e.HasData(new DocumentSequence { Name = DocumentSequence.Receipt, Next = 1 });
    }
}

internal sealed class CashierShiftConfiguration : IEntityTypeConfiguration<CashierShift>
{
    public void Configure(EntityTypeBuilder<CashierShift> e)
    {
        e.ToTable("CashierShifts");
        e.Property(x => x.CashierId).HasMaxLength(100);
        e.Property(x => x.CashierName).HasMaxLength(100);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.CloseNote).HasMaxLength(500);
        e.Property(x => x.DifferenceReason).HasMaxLength(500);
        e.Property(x => x.ReconciledBy).HasMaxLength(100);
        e.HasIndex(x => new { x.CashierId, x.Status });
        // One open shift per cashier (one till, one drawer), guaranteed by the database so that two requests racing
        // past the check in Shifts.OpenForAsync cannot both open one. Double-quoted identifiers are standard SQL:
        // SQLite, PostgreSQL and SQL Server (QUOTED_IDENTIFIER is on for SqlClient and required by filtered indexes) all accept them.
        e.HasIndex(x => x.CashierId).IsUnique().HasFilter("\"Status\" = 'Open'").HasDatabaseName("IX_CashierShifts_CashierId_Open");
        e.HasIndex(x => new { x.EstateId, x.OpenedAt });
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BillingSettingsConfiguration : IEntityTypeConfiguration<BillingSettings>
{
    public void Configure(EntityTypeBuilder<BillingSettings> e)
    {
        e.ToTable("BillingSettings");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.StripeAccountId).HasMaxLength(100);
        e.Property(x => x.Currency).HasMaxLength(3);
        e.Property(x => x.LateFeeDailyRate).HasPrecision(9, 6);
        e.Property(x => x.LateFeeContractClause).HasMaxLength(200);
        e.Property(x => x.UpdatedBy).HasMaxLength(100);
        e.Property(x => x.MaxPaymentAmount).HasDefaultValue(BillingSettings.DefaultMaxPayment);
        e.Property(x => x.MaxRefundAmount).HasDefaultValue(BillingSettings.DefaultMaxRefund);
        e.Property(x => x.MaxAdjustmentAmount).HasDefaultValue(BillingSettings.DefaultMaxAdjustment);
        e.HasData(new BillingSettings { Id = 1, UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}
