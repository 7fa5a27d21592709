using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PropertySaaS.Api.Features.Registry;

internal sealed class EstateConfiguration : IEntityTypeConfiguration<Estate>
{
    public void Configure(EntityTypeBuilder<Estate> e)
    {
        e.ToTable("Estates");
        e.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Address).HasMaxLength(300);
        e.HasIndex(x => x.Name);
        e.HasMany(x => x.Buildings).WithOne(x => x.Estate).HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BuildingConfiguration : IEntityTypeConfiguration<Building>
{
    public void Configure(EntityTypeBuilder<Building> e)
    {
        e.ToTable("Buildings");
        e.HasIndex(x => new { x.EstateId, x.Name }).IsUnique();
        e.Property(x => x.Name).HasMaxLength(50);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> e)
    {
        e.ToTable("Units");
        e.Property(x => x.Number).HasMaxLength(30);
        e.Property(x => x.Usage).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.BuildingArea).HasPrecision(10, 2);
        e.HasIndex(x => new { x.BuildingId, x.Number }).IsUnique();
        e.HasIndex(x => new { x.EstateId, x.Number });
        e.HasOne(x => x.Building).WithMany().HasForeignKey(x => x.BuildingId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Ownerships).WithOne(x => x.Unit).HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Tenancies).WithOne(x => x.Unit).HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Members).WithOne(x => x.Unit).HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.ToTable("People");
        e.Property(x => x.Name).HasMaxLength(50);
        e.Property(x => x.Phone).HasMaxLength(20);
        e.Property(x => x.PhoneLast4).HasMaxLength(4);
        e.Property(x => x.IdNumber).HasMaxLength(30);
        e.Property(x => x.EmergencyContactPhone).HasMaxLength(20);
        e.HasIndex(x => x.Name);
        e.HasIndex(x => x.PhoneLast4);
    }
}

internal sealed class OwnershipConfiguration : IEntityTypeConfiguration<Ownership>
{
    public void Configure(EntityTypeBuilder<Ownership> e)
    {
        e.ToTable("Ownerships");
        e.Property(x => x.Share).HasPrecision(5, 2);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.PersonId);
    }
}

internal sealed class TenancyConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> e)
    {
        e.ToTable("Leases");
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.PersonId);
    }
}

internal sealed class HouseholdMemberConfiguration : IEntityTypeConfiguration<HouseholdMember>
{
    public void Configure(EntityTypeBuilder<HouseholdMember> e)
    {
        e.ToTable("HouseholdMembers");
        e.Property(x => x.Relation).HasMaxLength(20);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.PersonId);
    }
}
