using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Data;

/// <summary>The Payments feature's tables on the company database (C# extension members, so the feature's folder owns them).</summary>
public static class PaymentsData
{
    extension(TenantDbContext db)
    {
        public DbSet<PropertySaaS.Api.Features.Billing.Payments.Payment> Payments => db.Set<PropertySaaS.Api.Features.Billing.Payments.Payment>();
        public DbSet<PropertySaaS.Api.Features.Billing.Payments.PaymentAllocation> PaymentAllocations => db.Set<PropertySaaS.Api.Features.Billing.Payments.PaymentAllocation>();
        public DbSet<PropertySaaS.Api.Features.Billing.Payments.PaymentRefund> PaymentRefunds => db.Set<PropertySaaS.Api.Features.Billing.Payments.PaymentRefund>();
        public DbSet<PropertySaaS.Api.Features.Billing.Payments.CashierShift> CashierShifts => db.Set<PropertySaaS.Api.Features.Billing.Payments.CashierShift>();
        public DbSet<PropertySaaS.Api.Features.Billing.Payments.BillingSettings> BillingSettings => db.Set<PropertySaaS.Api.Features.Billing.Payments.BillingSettings>();
    }
}
