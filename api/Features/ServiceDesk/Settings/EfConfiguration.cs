using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

internal sealed class ServiceCategoryConfiguration : IEntityTypeConfiguration<ServiceCategory>
{
    public void Configure(EntityTypeBuilder<ServiceCategory> e)
    {
        e.ToTable("ServiceCategories");
        e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Code).HasMaxLength(20);
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.UpdatedBy).HasMaxLength(100);
        e.HasIndex(x => new { x.Type, x.Code }).IsUnique();
    }
}

internal sealed class DeskLimitSettingsConfiguration : IEntityTypeConfiguration<DeskLimitSettings>
{
    public void Configure(EntityTypeBuilder<DeskLimitSettings> e)
    {
        e.ToTable("DeskLimitSettings");
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.UpdatedBy).HasMaxLength(100);
    }
}

internal sealed class PublishedChannelsConfiguration : IEntityTypeConfiguration<PublishedChannels>
{
    public void Configure(EntityTypeBuilder<PublishedChannels> e)
    {
        e.ToTable("PublishedChannels");
        e.HasKey(x => x.EstateId);
        e.Property(x => x.Phone).HasMaxLength(30);
        e.Property(x => x.Hours).HasMaxLength(100);
        e.Property(x => x.Email).HasMaxLength(100);
        e.Property(x => x.Fax).HasMaxLength(30);
        e.Property(x => x.Address).HasMaxLength(200);
        e.Property(x => x.ContactPerson).HasMaxLength(50);
        e.Property(x => x.HqComplaintLine).HasMaxLength(30);
        e.Property(x => x.UpdatedBy).HasMaxLength(100);
        e.HasOne<Estate>().WithOne().HasForeignKey<PublishedChannels>(x => x.EstateId).OnDelete(DeleteBehavior.Cascade);
    }
}
