using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing.Online;

internal sealed class OnlineCheckoutConfiguration : IEntityTypeConfiguration<OnlineCheckout>
{
    public void Configure(EntityTypeBuilder<OnlineCheckout> e)
    {
        e.Ignore(x => x.Bills);
        e.Property(x => x.BillIds).HasMaxLength(4000);
        e.Property(x => x.Currency).HasMaxLength(3);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.IdempotencyKey).HasMaxLength(160);
        e.Property(x => x.SessionId).HasMaxLength(200);
        e.Property(x => x.Url).HasMaxLength(1000);
        e.Property(x => x.StripeAccountId).HasMaxLength(100);
        e.Property(x => x.PaymentIntentId).HasMaxLength(200);
        e.Property(x => x.CreatedBy).HasMaxLength(100);
        e.HasIndex(x => x.IdempotencyKey).IsUnique();
        e.HasIndex(x => x.SessionId);
        e.HasIndex(x => new { x.UnitId, x.CreatedAt });
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class OnlineCheckoutBillConfiguration : IEntityTypeConfiguration<OnlineCheckoutBill>
{
    public void Configure(EntityTypeBuilder<OnlineCheckoutBill> e)
    {
        e.HasKey(x => x.BillId);
        e.HasIndex(x => x.CheckoutId);
        e.HasOne<OnlineCheckout>().WithMany().HasForeignKey(x => x.CheckoutId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Bill>().WithMany().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentAnomalyConfiguration : IEntityTypeConfiguration<PaymentAnomaly>
{
    public void Configure(EntityTypeBuilder<PaymentAnomaly> e)
    {
        e.Property(x => x.PaymentIntentId).HasMaxLength(200);
        e.Property(x => x.Currency).HasMaxLength(3);
        e.Property(x => x.StripeAccountId).HasMaxLength(100);
        e.Property(x => x.EventId).HasMaxLength(200);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.StripeRefundId).HasMaxLength(200);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.ResolvedBy).HasMaxLength(100);
        e.HasIndex(x => x.PaymentIntentId).IsUnique();
        e.HasIndex(x => new { x.Status, x.ReceivedAt });
        e.HasOne<OnlineCheckout>().WithMany().HasForeignKey(x => x.CheckoutId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StripeEventRecordConfiguration : IEntityTypeConfiguration<StripeEventRecord>
{
    /// <summary>Long enough for any JSON we keep: varchar(1000000) on PostgreSQL, nvarchar(max) on SQL Server, TEXT on SQLite.</summary>
    public const int LongText = 1_000_000;

    public void Configure(EntityTypeBuilder<StripeEventRecord> e)
    {
        e.ToTable("StripeEvents");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(200);
        e.Property(x => x.Type).HasMaxLength(100);
        e.Property(x => x.Account).HasMaxLength(100);
        // Whole event bodies: the 200-character default of strings cut every real event on PostgreSQL and SQL Server.
        e.Property(x => x.PayloadJson).HasMaxLength(LongText);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.HasIndex(x => x.ProcessedAt);
    }
}

internal sealed class StripeReconciliationConfiguration : IEntityTypeConfiguration<StripeReconciliation>
{
    public void Configure(EntityTypeBuilder<StripeReconciliation> e)
    {
        e.Property(x => x.RequestedBy).HasMaxLength(100);
        e.Property(x => x.DifferencesJson).HasMaxLength(StripeEventRecordConfiguration.LongText);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.HasIndex(x => x.RanAt);
    }
}
