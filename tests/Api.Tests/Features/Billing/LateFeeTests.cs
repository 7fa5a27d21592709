using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Collection;
using PropertySaaS.Api.Features.Billing.Payments;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Late fees (billing.md §10): off unless configured with a contract clause; daily, on overdue principal, once a day.</summary>
public sealed class LateFeeTests(CollectionFixture fx) : IClassFixture<CollectionFixture>
{
    private static async Task EnableAsync(Api.Data.TenantDbContext db, string? clause = "物业服务合同第12条")
    {
        await db.BillingSettings.Where(s => s.Id == 1).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.LateFeeEnabled, true).SetProperty(x => x.LateFeeDailyRate, 0.0005m)
            .SetProperty(x => x.LateFeeGraceDays, 10).SetProperty(x => x.LateFeeContractClause, clause));
    }

    [Fact]
    public async Task Late_fees_are_off_by_default()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(w.Tenant);
        await db.BillAsync(w.U101, "2026-01", 1000m, w.Today.AddDays(-60));
        Assert.False((await db.BillingSettings.SingleAsync()).LateFeeEnabled);
        await w.EnqueueAsync<LateFeeJob>(fx.Api);
        await CollectionWorld.RunJobsAsync(fx.Api);
        Assert.Equal(0, await db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.LateFee));

        await EnableAsync(db, clause: null); // enabled without the authorising clause: still nothing
        Assert.Equal(0, await LateFees.AssessAsync(db, w.Today, DateTime.UtcNow, default));
    }

    [Fact]
    public async Task When_enabled_overdue_principal_after_the_grace_days_is_charged_once_a_day()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(w.Tenant);
        await EnableAsync(db);
        var late = await db.BillAsync(w.U101, "2026-01", 1000m, w.Today.AddDays(-20));
        var grace = await db.BillAsync(w.U102, "2026-01", 1000m, w.Today.AddDays(-5));   // inside the grace days
        var paid = await db.BillAsync(w.U103, "2026-01", 1000m, w.Today.AddDays(-30));
        await PaymentBooking.BookAsync(db, new PaymentRequest(w.U101, 200.5m, PaymentMethod.Cash, "k1", "desk", NotesChecked: true), TimeProvider.System, default);
        await PaymentBooking.BookAsync(db, new PaymentRequest(w.U103, 1000m, PaymentMethod.Cash, "k2", "desk", NotesChecked: true), TimeProvider.System, default);

        await w.EnqueueAsync<LateFeeJob>(fx.Api);
        await w.EnqueueAsync<LateFeeJob>(fx.Api);
        await CollectionWorld.RunJobsAsync(fx.Api);

        db.ChangeTracker.Clear();
        var fees = await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.LateFee).ToListAsync();
        var fee = Assert.Single(fees);
        Assert.Equal(late.Id, fee.BillId);
        Assert.Equal(0.40m, fee.Amount); // 799.50 × 0.0005 = 0.39975 → 0.40
        Assert.Contains("第12条", fee.Reason);
        Assert.DoesNotContain(fees, f => f.BillId == grace.Id || f.BillId == paid.Id);

        // The next day charges again on the principal only, not on yesterday's late fee.
        Assert.Equal(1, await LateFees.AssessAsync(db, w.Today.AddDays(1), DateTime.UtcNow, default));
        Assert.Equal(0, await LateFees.AssessAsync(db, w.Today.AddDays(1), DateTime.UtcNow, default));
        Assert.Equal([0.40m, 0.40m], await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.LateFee).Select(e => e.Amount).ToListAsync());

        // The unique (bill, day) index is the last defence.
        db.Add(new LateFeeAssessment { BillId = late.Id, Day = w.Today, Amount = 1m, LedgerEntryId = fee.Id, CreatedAt = DateTime.UtcNow });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }
}
