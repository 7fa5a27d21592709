using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Timers;

internal sealed class TimerMarkConfiguration : IEntityTypeConfiguration<TimerMark>
{
    public void Configure(EntityTypeBuilder<TimerMark> e)
    {
        e.ToTable("TimerMarks");
        e.Property(x => x.Source).HasMaxLength(40);
        e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(30);
        // Each stage of an item fires once per due instant (a moved deadline warns again); the sweep reads a source's marks by item.
        e.HasIndex(x => new { x.Source, x.ItemId, x.Stage, x.DueAt }).IsUnique();
        e.HasIndex(x => x.SubjectId);
    }
}

internal sealed class EscalationChainConfiguration : IEntityTypeConfiguration<EscalationChain>
{
    public void Configure(EntityTypeBuilder<EscalationChain> e)
    {
        e.ToTable("EscalationChains");
        e.HasKey(x => x.EstateId);
        e.Property(x => x.UpdatedBy).HasMaxLength(100);
        e.HasOne<Estate>().WithOne().HasForeignKey<EscalationChain>(x => x.EstateId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Staff.StaffMember>().WithMany().HasForeignKey(x => x.CsHeadStaffMemberId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Staff.StaffMember>().WithMany().HasForeignKey(x => x.ManagerStaffMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}
