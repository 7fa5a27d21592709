using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>The monthly billing run's batching: parking items, crash and resume, repeated runs, progress; SQLite and pg1 (COPY path).</summary>
public sealed class BillingRunTests(BillingRunTests.Fixture fx) : IClassFixture<BillingRunTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    public static TheoryData<string> Servers() => MeteringTests.Servers();

    private async Task RunJobsAsync()
    {
        await fx.Api.RunDueJobsAsync();
    }

    [Theory, MemberData(nameof(Servers))]
    public async Task Parking_items_bill_parking_spaces_once_a_month(string server)
    {
        var company = await fx.Api.NewCompanyAsync("park", server);
        await using var db = company.Open();
        var b = new RegistryBuilder(db);
        var estate = b.Estate("车位园");
        var building = b.Building(estate, "地库");
        var home = b.Unit(building, "101", 1, 90m);
        var space = b.Unit(building, "B-001", -1, 12.5m);
        space.Usage = UnitUsage.Parking;
        var office = b.Unit(building, "201", 2, 50m);
        office.Usage = UnitUsage.Office;
        await b.SaveAsync();
        var admin = company.Admin;
        // Applies to every usage as configured, yet only parking spaces pay it.
        await admin.FeeItemAsync(estate.Id, "车位管理服务费", "PARKING", 150m);
        await admin.FeeItemAsync(estate.Id, "物业服务费", "MANAGEMENT_PER_AREA", 2m);

        Assert.Empty((await admin.StartBillingRunAsync(estate.Id, "2026-11")).Errors);
        await RunJobsAsync();

        var bills = await db.Bills.Include(x => x.Lines).ToDictionaryAsync(x => x.UnitId);
        var parking = bills[space.Id].Lines.Single(l => l.Description == "车位管理服务费");
        Assert.Equal((1m, 150m, 150m), (parking.Quantity, parking.UnitRate, parking.Amount));
        Assert.Equal(175m, bills[space.Id].Total); // + 12.5 ㎡ × 2
        Assert.Equal(["物业服务费"], bills[home.Id].Lines.Select(l => l.Description));
        Assert.Equal(["物业服务费"], bills[office.Id].Lines.Select(l => l.Description));
    }

    [Theory, MemberData(nameof(Servers))]
    public async Task A_run_that_crashes_mid_way_keeps_its_committed_batches_and_resumes_without_duplicates(string server)
    {
        var company = await fx.Api.NewCompanyAsync("crash", server);
        await using var db = company.Open();
        var b = new RegistryBuilder(db);
        var estate = b.Estate("批量园");
        var stray = b.Estate("别的园");
        var building = b.Building(estate, "1栋");
        for (var n = 0; n < BillingRunner.BatchSize * 2 + 5; n++) b.Unit(building, $"{n:0000}", 1, 50m);
        await b.SaveAsync();
        var admin = company.Admin;
        await admin.FeeItemAsync(estate.Id, "物业服务费", "MANAGEMENT_PER_AREA", 2.5m);
        var units = await db.Units.Where(u => u.EstateId == estate.Id).OrderBy(u => u.Id).Select(u => u.Id).ToListAsync();

        // The crash: a corrupt bill (filed under another estate) for a unit of the second batch makes that batch's
        // insert hit the unique index, after the first batch has committed.
        var poison = new Bill { UnitId = units[BillingRunner.BatchSize + 10], EstateId = stray.Id, Period = "2026-11", Total = 1m, IssuedAt = DateTime.UtcNow, DueDate = new DateOnly(2026, 11, 15) };
        db.Bills.Add(poison);
        await db.SaveChangesAsync();
        var runId = (await admin.StartBillingRunAsync(estate.Id, "2026-11")).Result!.Id;
        await Assert.ThrowsAnyAsync<Exception>(() => BillingRunner.RunAsync(db, runId, TimeProvider.System, default));

        db.ChangeTracker.Clear();
        var failed = (await admin.BillingRunsAsync(estate.Id))[0];
        Assert.Equal("FAILED", failed.Status);
        // Said in the caller's language, without the exception's text (a unique-index violation here).
        Assert.Equal(PropertySaaS.Api.Localization.Messages.Get(PropertySaaS.Api.Localization.Messages.Chinese, "BILLING_RUN_FAILED"), failed.Error);
        Assert.Equal((units.Count, BillingRunner.BatchSize), (failed.TotalUnits, failed.ProcessedUnits));
        // Exactly the first batch is billed, with its lines and charges; nothing of the failed batch is left.
        var committed = await db.Bills.Where(x => x.EstateId == estate.Id).ToDictionaryAsync(x => x.UnitId, x => x.Id);
        Assert.Equal(units.Take(BillingRunner.BatchSize).Order(), committed.Keys.Order());
        Assert.Equal(BillingRunner.BatchSize, await db.BillLines.CountAsync());
        Assert.Equal(BillingRunner.BatchSize, await db.LedgerEntries.CountAsync());

        // The data is repaired and the period started again: the run resumes after the billed units.
        db.Bills.Remove(poison);
        await db.SaveChangesAsync();
        Assert.Equal("QUEUED", (await admin.StartBillingRunAsync(estate.Id, "2026-11")).Result!.Status);
        await RunJobsAsync();

        db.ChangeTracker.Clear();
        var done = (await admin.BillingRunsAsync(estate.Id))[0];
        Assert.Equal(("COMPLETED", units.Count, units.Count, units.Count), (done.Status, done.TotalUnits, done.ProcessedUnits, done.BillsCreated));
        var bills = await db.Bills.ToListAsync();
        Assert.Equal(units.Order(), bills.Select(x => x.UnitId).Order());
        Assert.All(committed, c => Assert.Equal(c.Value, bills.Single(x => x.UnitId == c.Key).Id)); // first batch untouched
        Assert.All(bills, x => Assert.Equal(125m, x.Total));
        Assert.Equal(units.Count, await db.LedgerEntries.CountAsync(e => e.Kind == LedgerEntryKind.Charge && e.Amount == 125m));
        Assert.Equal(units.Count, await db.LedgerEntries.Select(e => e.BillId).Distinct().CountAsync());

        // Forcing the completed run through the runner again creates nothing.
        await db.BillingRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, BillingRunStatus.Running));
        await BillingRunner.RunAsync(db, runId, TimeProvider.System, default);
        Assert.Equal(units.Count, await db.Bills.CountAsync());
        Assert.Equal(units.Count, await db.BillLines.CountAsync());
        Assert.Equal(units.Count, await db.LedgerEntries.CountAsync());
        Assert.Equal(BillingRunStatus.Completed, (await db.BillingRuns.AsNoTracking().SingleAsync()).Status);
    }
}
