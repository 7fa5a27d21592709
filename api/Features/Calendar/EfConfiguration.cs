using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Calendar;

internal sealed class CalendarSettingsConfiguration : IEntityTypeConfiguration<CalendarSettings>
{
    public void Configure(EntityTypeBuilder<CalendarSettings> e)
    {
        e.ToTable("CalendarSettings");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.TimeZone).HasMaxLength(64);
        e.Property(x => x.UpdatedBy).HasMaxLength(100);
        e.HasData(new CalendarSettings { Id = 1, UpdatedAt = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc) });
    }
}

internal sealed class EstateWorkingHoursConfiguration : IEntityTypeConfiguration<EstateWorkingHours>
{
    public void Configure(EntityTypeBuilder<EstateWorkingHours> e)
    {
        e.ToTable("EstateWorkingHours");
        e.HasKey(x => x.EstateId);
        e.Property(x => x.UpdatedBy).HasMaxLength(100);
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarDayOverrideConfiguration : IEntityTypeConfiguration<CalendarDayOverride>
{
    public void Configure(EntityTypeBuilder<CalendarDayOverride> e)
    {
        e.ToTable("CalendarDayOverrides");
        e.Property(x => x.Note).HasMaxLength(100);
        e.Property(x => x.CreatedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.EstateId, x.Date }).IsUnique();
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Cascade);
    }
}
