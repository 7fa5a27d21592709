using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.ServiceDesk;

namespace PropertySaaS.Api.Data;

/// <summary>Complaints, claims, monthly reports, customer visits and opt-outs (service-desk.md §7, §9).</summary>
public static class ComplaintsData
{
    extension(TenantDbContext db)
    {
        public DbSet<Complaint> Complaints => db.Set<Complaint>();
        public DbSet<ComplaintClaim> ComplaintClaims => db.Set<ComplaintClaim>();
        public DbSet<ComplaintMonthlyReport> ComplaintMonthlyReports => db.Set<ComplaintMonthlyReport>();
        public DbSet<CustomerVisit> CustomerVisits => db.Set<CustomerVisit>();
        public DbSet<VisitOptOut> VisitOptOuts => db.Set<VisitOptOut>();
    }
}
