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

internal sealed class StripeEventRecordConfiguration : IEntityTypeConfiguration<StripeEventRecord>
{
    public void Configure(EntityTypeBuilder<StripeEventRecord> e)
    {
        e.ToTable("StripeEvents");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasMaxLength(200);
        e.Property(x => x.Type).HasMaxLength(100);
        e.Property(x => x.Account).HasMaxLength(100);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.HasIndex(x => x.ProcessedAt);
    }
}

internal sealed class StripeReconciliationConfiguration : IEntityTypeConfiguration<StripeReconciliation>
{
    public void Configure(EntityTypeBuilder<StripeReconciliation> e)
    {
        e.Property(x => x.RequestedBy).HasMaxLength(100);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.HasIndex(x => x.RanAt);
    }
}
