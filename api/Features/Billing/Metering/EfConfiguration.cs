using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing.Metering;

internal sealed class MeterReadingConfiguration : IEntityTypeConfiguration<MeterReading>
{
    public void Configure(EntityTypeBuilder<MeterReading> e)
    {
        e.Property(x => x.Meter).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Period).HasMaxLength(7);
        e.Property(x => x.Previous).HasPrecision(18, 2);
        e.Property(x => x.Current).HasPrecision(18, 2);
        e.Property(x => x.RecordedBy).HasMaxLength(100);
        e.Ignore(x => x.Consumption);
        // One reading per unit, meter and month: the billing run takes exactly this one.
        e.HasIndex(x => new { x.UnitId, x.Meter, x.Period }).IsUnique();
        // The billing run reads an estate's readings of one month.
        e.HasIndex(x => new { x.EstateId, x.Period });
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
    }
}
