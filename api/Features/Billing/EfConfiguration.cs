using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing;

internal sealed class FeeItemConfiguration : IEntityTypeConfiguration<FeeItem>
{
    public void Configure(EntityTypeBuilder<FeeItem> e)
    {
        e.ToTable("FeeItems");
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.AppliesTo).HasMaxLength(100);
        e.Property(x => x.Meter).HasConversion<string>().HasMaxLength(20);
        e.Ignore(x => x.Usages);
        e.HasIndex(x => new { x.EstateId, x.Name }).IsUnique();
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Rates).WithOne().HasForeignKey(x => x.FeeItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FeeRateConfiguration : IEntityTypeConfiguration<FeeRate>
{
    public void Configure(EntityTypeBuilder<FeeRate> e)
    {
        e.ToTable("FeeRates");
        e.Property(x => x.Amount).HasPrecision(18, 4);
        e.HasIndex(x => new { x.FeeItemId, x.EffectiveFrom }).IsUnique();
    }
}

internal sealed class BillingRunConfiguration : IEntityTypeConfiguration<BillingRun>
{
    public void Configure(EntityTypeBuilder<BillingRun> e)
    {
        e.ToTable("BillingRuns");
        e.Property(x => x.Period).HasMaxLength(7);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Error).HasMaxLength(1000);
        e.Property(x => x.RequestedBy).HasMaxLength(100);
        // One run per estate and month: starting it again finds the same run.
        e.HasIndex(x => new { x.EstateId, x.Period }).IsUnique();
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BillConfiguration : IEntityTypeConfiguration<Bill>
{
    public void Configure(EntityTypeBuilder<Bill> e)
    {
        e.ToTable("Bills");
        e.Property(x => x.Period).HasMaxLength(7);
        e.Property(x => x.Source).HasMaxLength(60);
        // One monthly bill per unit and month: a resumed or repeated run cannot bill a unit twice.
        e.HasIndex(x => new { x.UnitId, x.Period, x.Source }).IsUnique();
        e.HasIndex(x => new { x.EstateId, x.Period });
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<BillingRun>().WithMany().HasForeignKey(x => x.BillingRunId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BillLineConfiguration : IEntityTypeConfiguration<BillLine>
{
    public void Configure(EntityTypeBuilder<BillLine> e)
    {
        e.ToTable("BillLines");
        e.Property(x => x.Description).HasMaxLength(100);
        e.Property(x => x.UnitRate).HasPrecision(18, 4);
        e.HasOne<FeeItem>().WithMany().HasForeignKey(x => x.FeeItemId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LedgerEntryConfiguration : IEntityTypeConfiguration<LedgerEntry>
{
    public void Configure(EntityTypeBuilder<LedgerEntry> e)
    {
        e.ToTable("LedgerEntries");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.CreatedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.UnitId, x.CreatedAt });
        e.HasIndex(x => x.BillId);
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Bill>().WithMany().HasForeignKey(x => x.BillId).OnDelete(DeleteBehavior.Restrict);
    }
}
