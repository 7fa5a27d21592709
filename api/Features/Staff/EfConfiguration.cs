using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Staff;

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> e)
    {
        e.ToTable("Departments");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.HasIndex(x => new { x.EstateId, x.Kind });
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StaffMemberConfiguration : IEntityTypeConfiguration<StaffMember>
{
    public void Configure(EntityTypeBuilder<StaffMember> e)
    {
        e.ToTable("StaffMembers");
        e.Property(x => x.Position).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Phone).HasMaxLength(20);
        e.HasIndex(x => x.UserId);
        e.HasOne(x => x.Department).WithMany().HasForeignKey(x => x.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Assignments).WithOne().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EstateAssignmentConfiguration : IEntityTypeConfiguration<EstateAssignment>
{
    public void Configure(EntityTypeBuilder<EstateAssignment> e)
    {
        e.ToTable("EstateAssignments");
        e.HasIndex(x => new { x.EstateId, x.StaffMemberId });
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
    }
}
