using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Data;

/// <summary>The Billing feature's tables on the company database (C# extension members, so the feature's folder owns them).</summary>
public static class BillingData
{
    extension(TenantDbContext db)
    {
        public DbSet<PropertySaaS.Api.Features.Billing.FeeItem> FeeItems => db.Set<PropertySaaS.Api.Features.Billing.FeeItem>();
        public DbSet<PropertySaaS.Api.Features.Billing.FeeRate> FeeRates => db.Set<PropertySaaS.Api.Features.Billing.FeeRate>();
        public DbSet<PropertySaaS.Api.Features.Billing.BillingRun> BillingRuns => db.Set<PropertySaaS.Api.Features.Billing.BillingRun>();
        public DbSet<PropertySaaS.Api.Features.Billing.Bill> Bills => db.Set<PropertySaaS.Api.Features.Billing.Bill>();
        public DbSet<PropertySaaS.Api.Features.Billing.BillLine> BillLines => db.Set<PropertySaaS.Api.Features.Billing.BillLine>();
        public DbSet<PropertySaaS.Api.Features.Billing.LedgerEntry> LedgerEntries => db.Set<PropertySaaS.Api.Features.Billing.LedgerEntry>();
    }
}
