using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.ServiceDesk;

internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public void Configure(EntityTypeBuilder<Complaint> e)
    {
        e.ToTable("Complaints");
        e.HasKey(x => x.RequestId);
        e.HasOne<ServiceRequest>().WithOne(r => r.Complaint).HasForeignKey<Complaint>(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<ServiceRequest>().WithMany().HasForeignKey(x => x.RepeatOfRequestId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Category).HasConversion<string>().HasMaxLength(4);
        e.Property(x => x.MajorSource).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.HotSource).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Exemption).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ClosedBy).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ClaimedAmount).HasPrecision(18, 2);
        e.Property(x => x.ValidityReason).HasMaxLength(500);
        e.Property(x => x.ValidityDecidedBy).HasMaxLength(100);
        e.Property(x => x.MajorReason).HasMaxLength(500);
        e.Property(x => x.HotReason).HasMaxLength(500);
        e.Property(x => x.Plan).HasMaxLength(2000);
        e.Property(x => x.HandlingResponsible).HasMaxLength(100);
        e.Property(x => x.HandlingMeasures).HasMaxLength(2000);
        e.Property(x => x.HandlingFeedback).HasMaxLength(2000);
        // Hot detection and the monthly statistics: an estate's complaints by category.
        e.HasIndex(x => new { x.EstateId, x.Category });
        e.HasIndex(x => new { x.Status, x.HandledAt });
    }
}

internal sealed class ComplaintClaimConfiguration : IEntityTypeConfiguration<ComplaintClaim>
{
    public void Configure(EntityTypeBuilder<ComplaintClaim> e)
    {
        e.ToTable("ComplaintClaims");
        e.HasOne<ServiceRequest>().WithMany().HasForeignKey(x => x.RequestId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Amount).HasPrecision(18, 2);
        e.Property(x => x.Currency).HasMaxLength(3);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Liability).HasMaxLength(1000);
        e.Property(x => x.LegalOpinion).HasMaxLength(2000);
        e.Property(x => x.LegalReviewedBy).HasMaxLength(100);
        e.Property(x => x.DecisionNote).HasMaxLength(1000);
        e.Property(x => x.DecidedBy).HasMaxLength(100);
        e.Property(x => x.PaymentReference).HasMaxLength(100);
        e.HasIndex(x => x.RequestId);
    }
}

internal sealed class ComplaintMonthlyReportConfiguration : IEntityTypeConfiguration<ComplaintMonthlyReport>
{
    public void Configure(EntityTypeBuilder<ComplaintMonthlyReport> e)
    {
        e.ToTable("ComplaintMonthlyReports");
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.SubmittedBy).HasMaxLength(100);
        e.Property(x => x.Analysis).HasMaxLength(8000);
        e.HasIndex(x => new { x.EstateId, x.Year, x.Month }).IsUnique();
    }
}

internal sealed class CustomerVisitConfiguration : IEntityTypeConfiguration<CustomerVisit>
{
    public void Configure(EntityTypeBuilder<CustomerVisit> e)
    {
        e.ToTable("CustomerVisits");
        e.HasOne<Estate>().WithMany().HasForeignKey(x => x.EstateId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Staff.StaffMember>().WithMany().HasForeignKey(x => x.StaffMemberId).OnDelete(DeleteBehavior.Restrict);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Mode).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(10);
        e.Property(x => x.Notes).HasMaxLength(2000);
        e.Property(x => x.OverrideReason).HasMaxLength(500);
        // Quotas: a staff member's visits in a month.
        e.HasIndex(x => new { x.EstateId, x.StaffMemberId, x.PlannedFor });
    }
}

internal sealed class VisitOptOutConfiguration : IEntityTypeConfiguration<VisitOptOut>
{
    public void Configure(EntityTypeBuilder<VisitOptOut> e)
    {
        e.ToTable("VisitOptOuts");
        e.HasKey(x => x.UnitId);
        e.HasOne<Unit>().WithOne().HasForeignKey<VisitOptOut>(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        e.Property(x => x.Reason).HasMaxLength(500);
        e.Property(x => x.ByUserId).HasMaxLength(100);
    }
}
