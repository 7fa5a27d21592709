using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Jobs;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Fee items, the monthly billing run, the household ledger and arrears, through the API over real databases.</summary>
public sealed class BillingTests(BillingTests.Fixture fx) : IClassFixture<BillingTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>A company with one estate: unit A 100.5 ㎡ and B 89.5 ㎡ (residential), P 12.5 ㎡ (parking), and an owner of A.</summary>
    private sealed record World(Tenant Tenant, Guid EstateId, Guid UnitA, Guid UnitB, Guid UnitP, Guid OwnerA, GraphQLClient Admin);

    private async Task<World> WorldAsync(string server = "local")
    {
        var company = await fx.Api.NewCompanyAsync("bill", server);
        return await company.RegistryAsync(b =>
        {
            var estate = b.Estate("账单园");
            var building = b.Building(estate, "1栋");
            var a = b.Unit(building, "101", 1, 100.5m);
            var bb = b.Unit(building, "102", 1, 89.5m);
            var p = b.Unit(building, "P01", -1, 12.5m);
            p.Usage = UnitUsage.Parking;
            var owner = b.Person("账单业主");
            b.Owner(a, owner);
            return new World(company.Tenant, estate.Id, a.Id, bb.Id, p.Id, owner.Id, company.Admin);
        });
    }

    private async Task RunJobsAsync()
    {
        await fx.Api.RunDueJobsAsync();
    }

    private async Task<Dictionary<Guid, decimal>> BillTotalsAsync(World w, string period)
    {
        await using var db = fx.Api.Open(w.Tenant);
        return await db.Bills.Where(b => b.Period == period).ToDictionaryAsync(b => b.UnitId, b => b.Total);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_billing_run_bills_each_unit_area_times_rate_rounded_to_the_fen(string server)
    {
        var w = await WorldAsync(server);
        await w.Admin.StandardFeesAsync(w.EstateId);

        var start = await w.Admin.StartBillingRunAsync(w.EstateId, "2026-11");
        Assert.Empty(start.Errors);
        Assert.Equal("QUEUED", start.Result!.Status);
        await RunJobsAsync();

        var totals = await BillTotalsAsync(w, "2026-11");
        // 100.5 × 2.13 = 214.065 → 214.07 (half away from zero, not banker's 214.06), + 30
        Assert.Equal(244.07m, totals[w.UnitA]);
        Assert.Equal(220.64m, totals[w.UnitB]); // 89.5 × 2.13 = 190.635 → 190.64, + 30
        Assert.Equal(26.63m, totals[w.UnitP]);  // parking: 12.5 × 2.13 = 26.625 → 26.63, no residential fee
        Assert.Equal(3, totals.Count);

        await using var db = fx.Api.Open(w.Tenant);
        var lines = await db.BillLines.Where(l => db.Set<PropertySaaS.Api.Features.Billing.Bill>().Any(b => b.Id == l.BillId && b.UnitId == w.UnitA)).OrderBy(l => l.Amount).ToListAsync();
        Assert.Equal([30m, 214.07m], lines.Select(l => l.Amount));
        Assert.Equal(100.5m, lines[1].Quantity);
        Assert.Equal(2.13m, lines[1].UnitRate);
        Assert.Equal(3, await db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.Charge));

        var run = (await w.Admin.BillingRunsAsync(w.EstateId))[0];
        Assert.Equal("COMPLETED", run.Status);
        Assert.Equal(3, run.TotalUnits);
        Assert.Equal(3, run.ProcessedUnits);
        Assert.Equal(3, run.BillsCreated);
    }

    [Fact]
    public async Task Running_a_period_twice_creates_nothing_new()
    {
        var w = await WorldAsync();
        await w.Admin.StandardFeesAsync(w.EstateId);
        var first = await w.Admin.StartBillingRunAsync(w.EstateId, "2026-11");
        await RunJobsAsync();
        var second = await w.Admin.StartBillingRunAsync(w.EstateId, "2026-11");
        Assert.Equal(first.Result!.Id, second.Result!.Id);
        Assert.Equal("COMPLETED", second.Result.Status);
        await RunJobsAsync();

        // Even forcing the same run through the runner again bills nobody twice.
        await using var db = fx.Api.Open(w.Tenant);
        var runId = first.Result.Id;
        await db.BillingRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, BillingRunStatus.Running));
        await BillingRunner.RunAsync(db, runId, TimeProvider.System, default);

        Assert.Equal(3, await db.Bills.CountAsync());
        Assert.Equal(3, await db.LedgerEntries.CountAsync());
        Assert.Equal(1, await db.BillingRuns.CountAsync());
    }

    [Fact]
    public async Task A_run_interrupted_half_way_completes_the_rest_without_duplicates()
    {
        var w = await WorldAsync();
        await w.Admin.StandardFeesAsync(w.EstateId);
        await using var db = fx.Api.Open(w.Tenant);
        // The crash: the run was running and had billed unit B only.
        var run = new BillingRun { EstateId = w.EstateId, Period = "2026-11", Status = BillingRunStatus.Running, RequestedBy = "test", CreatedAt = DateTime.UtcNow };
        db.BillingRuns.Add(run);
        var before = new Bill { UnitId = w.UnitB, EstateId = w.EstateId, Period = "2026-11", BillingRunId = run.Id, Total = 220.64m, IssuedAt = DateTime.UtcNow, DueDate = new DateOnly(2026, 11, 15) };
        db.Bills.Add(before);
        db.LedgerEntries.Add(new LedgerEntry { UnitId = w.UnitB, BillId = before.Id, Kind = LedgerEntryKind.Charge, Amount = 220.64m, CreatedBy = "system", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        // The job queue re-runs the job once its lease runs out; starting it again is the same resume.
        await BillingRunJob.EnqueueAsync(fx.Api.Get<TenantJobs>(), w.Tenant.Slug, run.Id);
        await RunJobsAsync();

        db.ChangeTracker.Clear();
        var bills = await db.Bills.ToListAsync();
        Assert.Equal(3, bills.Count);
        Assert.Equal(before.Id, bills.Single(b => b.UnitId == w.UnitB).Id);
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.UnitId == w.UnitB));
        var done = await db.BillingRuns.SingleAsync();
        Assert.Equal(BillingRunStatus.Completed, done.Status);
        Assert.Equal(3, done.BillsCreated);

        // The unique index is the last defence against a second bill for a unit and month.
        db.Bills.Add(new Bill { UnitId = w.UnitB, EstateId = w.EstateId, Period = "2026-11", Total = 1m, IssuedAt = DateTime.UtcNow, DueDate = new DateOnly(2026, 11, 15) });
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_run_over_several_batches_resumes_around_bills_already_made(string server)
    {
        var w = await WorldAsync(server);
        await w.Admin.StandardFeesAsync(w.EstateId);
        await using var db = fx.Api.Open(w.Tenant);
        var b = new RegistryBuilder(db);
        var building = b.Building(await db.Estates.SingleAsync(e => e.Id == w.EstateId), "2栋");
        for (var n = 0; n < BillingRunner.BatchSize * 2 + 50; n++) b.Unit(building, $"B{n:000}", 2, 50m);
        await b.SaveAsync();
        // Every third unit was billed before the crash.
        var run = new BillingRun { EstateId = w.EstateId, Period = "2026-11", Status = BillingRunStatus.Running, RequestedBy = "test", CreatedAt = DateTime.UtcNow };
        db.BillingRuns.Add(run);
        var unitIds = await db.Units.Where(u => u.EstateId == w.EstateId).OrderBy(u => u.Number).Select(u => u.Id).ToListAsync();
        foreach (var id in unitIds.Where((_, i) => i % 3 == 0))
            db.Bills.Add(new Bill { UnitId = id, EstateId = w.EstateId, Period = "2026-11", BillingRunId = run.Id, Total = 1m, IssuedAt = DateTime.UtcNow, DueDate = new DateOnly(2026, 11, 15) });
        await db.SaveChangesAsync();

        await BillingRunner.RunAsync(db, run.Id, TimeProvider.System, default);

        db.ChangeTracker.Clear();
        Assert.Equal(unitIds.Count, await db.Bills.CountAsync());
        Assert.Equal((unitIds.Count + 2) / 3, await db.Bills.CountAsync(x => x.Total == 1m));
        Assert.Equal(136.5m, (await db.Bills.FirstAsync(x => x.Total != 1m && x.UnitId != w.UnitA && x.UnitId != w.UnitB && x.UnitId != w.UnitP)).Total); // 50 × 2.13 + 30
        var done = await db.BillingRuns.SingleAsync();
        Assert.Equal((BillingRunStatus.Completed, unitIds.Count, unitIds.Count, unitIds.Count), (done.Status, done.TotalUnits, done.ProcessedUnits, done.BillsCreated));
    }

    [Fact]
    public async Task A_rate_change_with_a_later_effective_date_does_not_change_issued_bills()
    {
        var w = await WorldAsync();
        var fee = await w.Admin.FeeItemAsync(w.EstateId, "物业服务费", "MANAGEMENT_PER_AREA", 2.13m);
        await w.Admin.StartBillingRunAsync(w.EstateId, "2026-11");
        await RunJobsAsync();

        var change = await w.Admin.AddFeeRateAsync(fee, 3m, "2026-12-01");
        Assert.Empty(change.Errors);
        Assert.Equal(new DateOnly(2026, 11, 30), change.Result!.Rates[0].EffectiveTo); // the old rate ends the day before

        await w.Admin.StartBillingRunAsync(w.EstateId, "2026-12");
        await RunJobsAsync();
        Assert.Equal(214.07m, (await BillTotalsAsync(w, "2026-11"))[w.UnitA]);
        Assert.Equal(301.5m, (await BillTotalsAsync(w, "2026-12"))[w.UnitA]);
    }

    [Fact]
    public async Task An_adjustment_needs_a_reason_and_changes_the_ledger_not_the_bill()
    {
        var w = await WorldAsync();
        await w.Admin.StandardFeesAsync(w.EstateId);
        await w.Admin.StartBillingRunAsync(w.EstateId, "2026-11");
        await RunJobsAsync();
        await using var db = fx.Api.Open(w.Tenant);
        var bill = await db.Bills.SingleAsync(b => b.UnitId == w.UnitA);
        var staff = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1"), language: "en");

        var noReason = await staff.AdjustBillAsync(bill.Id, -44.07m, " ");
        Assert.Null(noReason.Result);
        Assert.Equal("reason", noReason.Errors[0].Field);
        Assert.Equal("Reason is required.", noReason.Errors[0].Message);
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.UnitId == w.UnitA));

        var ok = await staff.AdjustBillAsync(bill.Id, -44.07m, "空置期减免");
        Assert.Empty(ok.Errors);
        Assert.Equal("ADJUSTMENT", ok.Result!.Kind);
        Assert.Equal("desk-1", ok.Result.CreatedBy);

        var ledger = (await w.Admin.UnitLedgerAsync(w.UnitA))!;
        Assert.Equal(200m, ledger.Balance);
        Assert.Equal(2, ledger.Entries.Count);
        db.ChangeTracker.Clear();
        Assert.Equal(244.07m, (await db.Bills.SingleAsync(b => b.Id == bill.Id)).Total);

        // Residents and roles outside billing cannot adjust.
        var engineer = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["engineer"], [w.EstateId]));
        Assert.Equal("FORBIDDEN", (await engineer.PostAsync(BillingBuilder.AdjustBill, new { b = bill.Id, a = -1m, r = "x" })).FirstErrorCode);
        Assert.Equal(2, await db.LedgerEntries.CountAsync(e => e.UnitId == w.UnitA));
    }

    [Fact]
    public async Task Arrears_are_aged_from_the_due_date_and_payments_settle_the_oldest_bills_first()
    {
        var w = await WorldAsync();
        await using var db = fx.Api.Open(w.Tenant);
        var asOf = new DateOnly(2026, 11, 20);
        await db.BillAsync(w.UnitA, "2026-07", 100m, new DateOnly(2026, 7, 15));   // 128 days: 90+
        await db.BillAsync(w.UnitA, "2026-08", 110m, new DateOnly(2026, 8, 15));   // 97 days: 90+
        var sep = await db.BillAsync(w.UnitA, "2026-09", 120m, new DateOnly(2026, 9, 15)); // 66 days: 60
        await db.BillAsync(w.UnitA, "2026-10", 130m, new DateOnly(2026, 10, 15));  // 36 days: 30
        await db.BillAsync(w.UnitA, "2026-11", 140m, new DateOnly(2026, 11, 15));  // 5 days: current
        await db.BillAsync(w.UnitA, "2026-12", 150m, new DateOnly(2026, 12, 15));  // not due: current
        db.LedgerEntries.Add(new LedgerEntry { UnitId = w.UnitA, Kind = LedgerEntryKind.Payment, Amount = -150m, CreatedBy = "desk", CreatedAt = DateTime.UtcNow });
        db.LedgerEntries.Add(new LedgerEntry { UnitId = w.UnitA, BillId = sep.Id, Kind = LedgerEntryKind.Adjustment, Amount = -20m, Reason = "减免", CreatedBy = "desk", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        var a = await ArrearsService.AgeingAsync(db, w.UnitA, asOf);
        Assert.Equal(60m, a.Days90Plus);   // July paid by the 150, August 110 − 50
        Assert.Equal(100m, a.Days60);      // September 120 − 20 adjustment
        Assert.Equal(130m, a.Days30);
        Assert.Equal(290m, a.Current);
        Assert.Equal(430m, a.Overdue);     // everything but December
        Assert.Equal(580m, a.Total);

        var q = await w.Admin.QueryAsync<AgeingView>("query($u: ID!) { unitArrears(unitId: $u) { current days30 days60 days90Plus total } }", new { u = w.UnitA });
        Assert.Equal(580m, q.Total);
    }

    [Fact]
    public async Task OwesAsync_is_true_only_while_an_overdue_amount_is_unpaid()
    {
        var w = await WorldAsync();
        await using var db = fx.Api.Open(w.Tenant);
        Assert.False(await ArrearsService.OwesAsync(db, w.UnitA, new DateOnly(2026, 11, 20)));
        await db.BillAsync(w.UnitA, "2026-11", 140m, new DateOnly(2026, 11, 15));
        Assert.False(await ArrearsService.OwesAsync(db, w.UnitA, new DateOnly(2026, 11, 15))); // due today: not yet in arrears
        Assert.True(await ArrearsService.OwesAsync(db, w.UnitA, new DateOnly(2026, 11, 16)));
        Assert.False(await ArrearsService.OwesAsync(db, w.UnitB, new DateOnly(2026, 11, 16)));
        db.LedgerEntries.Add(new LedgerEntry { UnitId = w.UnitA, Kind = LedgerEntryKind.Payment, Amount = -140m, CreatedBy = "desk", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        Assert.False(await ArrearsService.OwesAsync(db, w.UnitA, new DateOnly(2026, 11, 16)));
    }

    [Fact]
    public async Task A_bill_adjusted_below_zero_credits_the_next_bill()
    {
        var w = await WorldAsync();
        await using var db = fx.Api.Open(w.Tenant);
        var oct = await db.BillAsync(w.UnitA, "2026-10", 100m, new DateOnly(2026, 10, 15));
        await db.BillAsync(w.UnitA, "2026-11", 100m, new DateOnly(2026, 11, 15));
        db.LedgerEntries.Add(new LedgerEntry { UnitId = w.UnitA, BillId = oct.Id, Kind = LedgerEntryKind.Adjustment, Amount = -130m, Reason = "多收退回", CreatedBy = "desk", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        var a = await ArrearsService.AgeingAsync(db, w.UnitA, new DateOnly(2026, 12, 1));
        Assert.Equal(70m, a.Total);
        Assert.Equal(70m, a.Current);
    }

    [Fact]
    public async Task Another_company_cannot_see_or_run_billing_on_this_companys_estate()
    {
        var mine = await WorldAsync();
        await mine.Admin.StandardFeesAsync(mine.EstateId);
        await mine.Admin.StartBillingRunAsync(mine.EstateId, "2026-11");
        await RunJobsAsync();
        var other = await WorldAsync();
        await using var db = fx.Api.Open(mine.Tenant);
        var bill = await db.Bills.FirstAsync();

        foreach (var token in new[] { TestTokens.CompanyAdmin(other.Tenant.Slug), TestTokens.For(mine.Tenant.Slug, ["estate_manager"], [other.EstateId]) })
        {
            var c = fx.Api.Client(token);
            var reads = await c.PostAsync("query($e: ID!, $u: ID!) { billingRuns(estateId: $e) { id } feeItems(estateId: $e) { id } unitLedger(unitId: $u) { balance } unitArrears(unitId: $u) { total } }",
                new { e = mine.EstateId, u = mine.UnitA });
            reads.AssertNoErrors();
            Assert.Empty(reads.Read<List<BillingRunView>>("billingRuns"));
            Assert.Empty(reads.Read<List<FeeItemView>>("feeItems"));
            Assert.Null(reads.Read<LedgerView?>("unitLedger"));
            Assert.Null(reads.Read<AgeingView?>("unitArrears"));

            Assert.Equal("NOT_FOUND", (await c.StartBillingRunAsync(mine.EstateId, "2026-12")).Errors[0].Code);
            Assert.Equal("NOT_FOUND", (await c.AdjustBillAsync(bill.Id, -1, "x")).Errors[0].Code);
            Assert.Equal("NOT_FOUND", (await c.CreateFeeItemAsync(mine.EstateId, "x", "FIXED_MONTHLY")).Errors[0].Code);
        }
        await RunJobsAsync();
        db.ChangeTracker.Clear();
        Assert.Equal(1, await db.BillingRuns.CountAsync());
        Assert.Equal(3, await db.LedgerEntries.CountAsync());
        Assert.Equal(2, await db.FeeItems.CountAsync());
    }

    [Fact]
    public async Task A_billing_job_works_only_on_the_company_its_key_names()
    {
        var mine = await WorldAsync();
        await mine.Admin.StandardFeesAsync(mine.EstateId);
        var other = await WorldAsync();
        await using var db = fx.Api.Open(mine.Tenant);
        var run = new BillingRun { EstateId = mine.EstateId, Period = "2026-11", RequestedBy = "test", CreatedAt = DateTime.UtcNow };
        db.BillingRuns.Add(run);
        await db.SaveChangesAsync();

        // The company travels in the job's key only: job data cannot name one.
        var jobs = fx.Api.Get<TenantJobs>();
        await Assert.ThrowsAsync<ArgumentException>(() => jobs.EnqueueAsync<BillingRunJob>(other.Tenant.Slug,
            new Dictionary<string, string> { ["runId"] = run.Id.ToString(), ["tenant"] = mine.Tenant.Slug }));
        // A job stored for the other company with my run's id looks for it in the other company's database only.
        await BillingRunJob.EnqueueAsync(jobs, other.Tenant.Slug, run.Id);
        var ran = (await fx.Api.RunDueJobsAsync()).First(r => TenantJobs.CompanyOf(r.Key) == other.Tenant.Slug);

        Assert.Contains("does not exist", ran.Error!.Message);
        Assert.Equal(0, await db.Bills.CountAsync());
        Assert.Equal(BillingRunStatus.Queued, (await db.BillingRuns.AsNoTracking().SingleAsync()).Status);
        await using var theirs = fx.Api.Open(other.Tenant);
        Assert.Equal(0, await theirs.Bills.CountAsync());
    }

    [Fact]
    public async Task Bad_input_returns_typed_localised_errors_and_changes_nothing()
    {
        var w = await WorldAsync();
        var fee = await w.Admin.FeeItemAsync(w.EstateId, "物业服务费", "MANAGEMENT_PER_AREA", 2.13m);
        var en = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug), language: "en");

        foreach (var bad in new[] { "2026-13", "202611", "2026-1", "" })
        {
            var r = await en.StartBillingRunAsync(w.EstateId, bad);
            Assert.Null(r.Result);
            Assert.Equal("InvalidInput", r.Errors[0].Typename);
            Assert.Equal("period", r.Errors[0].Field);
            Assert.Equal("The billing period must be yyyy-MM (e.g. 2026-11).", r.Errors[0].Message);
        }
        var zh = await w.Admin.StartBillingRunAsync(w.EstateId, "2026-13");
        Assert.Equal("账期格式应为 yyyy-MM（例如 2026-11）。", zh.Errors[0].Message);

        var unknown = await en.StartBillingRunAsync(Guid.NewGuid(), "2026-11");
        Assert.Equal("NotFound", unknown.Errors[0].Typename);
        Assert.Equal("estate was not found.", unknown.Errors[0].Message);

        var negative = await en.AddFeeRateAsync(fee, -1.5m, "2027-01-01");
        Assert.Null(negative.Result);
        Assert.Equal("amount", negative.Errors[0].Field);
        Assert.Equal("Rate must be greater than 0.", negative.Errors[0].Message);
        var overlap = await en.AddFeeRateAsync(fee, 2.5m, "2026-01-01");
        Assert.Equal("CONFLICT", overlap.Errors[0].Code);

        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(0, await db.BillingRuns.CountAsync());
        var rate = await db.FeeRates.SingleAsync();
        Assert.Equal(2.13m, rate.Amount);
        Assert.Null(rate.EffectiveTo);
        Assert.Empty(await fx.Api.PendingJobsAsync(w.Tenant.Slug));
    }

    [Fact]
    public async Task A_resident_sees_only_the_bills_of_their_own_units()
    {
        var w = await WorldAsync();
        await w.Admin.StandardFeesAsync(w.EstateId);
        await w.Admin.StartBillingRunAsync(w.EstateId, "2026-11");
        await RunJobsAsync();
        var resident = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["resident"], person: w.OwnerA));

        var bills = await resident.QueryAsync<List<BillView>>("{ myBills { unitId period total lines { description amount } } }");
        Assert.Single(bills);
        Assert.Equal(w.UnitA, bills[0].UnitId);
        Assert.Equal(244.07m, bills[0].Total);
        Assert.Equal(2, bills[0].Lines.Count);

        var ledgers = (await resident.PostAsync("query($a: ID!, $b: ID!) { a: unitLedger(unitId: $a) { balance } b: unitLedger(unitId: $b) { balance } }", new { a = w.UnitA, b = w.UnitB })).AssertNoErrors();
        Assert.Equal(244.07m, ledgers.Read<LedgerView>("a").Balance);
        Assert.Null(ledgers.Read<LedgerView?>("b"));

        Assert.Equal("FORBIDDEN", (await resident.PostAsync(BillingBuilder.BillingRuns, new { e = w.EstateId })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await resident.PostAsync(BillingBuilder.StartBillingRun, new { e = w.EstateId, p = "2026-12" })).FirstErrorCode);
        var stranger = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["resident"], person: Guid.NewGuid()));
        Assert.Empty(await stranger.QueryAsync<List<BillView>>("{ myBills { id } }"));
    }
}
