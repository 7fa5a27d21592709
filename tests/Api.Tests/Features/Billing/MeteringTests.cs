using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Metering;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Meter readings and metered fee items, through the API over SQLite and PostgreSQL (pg1).</summary>
public sealed class MeteringTests(MeteringTests.Fixture fx) : IClassFixture<MeteringTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    public static TheoryData<string> Servers() => TestDatabases.HasPostgres ? new TheoryData<string> { "local", "pg1" } : new TheoryData<string> { "local" };

    /// <summary>A company with one estate and residential units A (100 ㎡) and B (80 ㎡); a second estate with unit X.</summary>
    private sealed record World(Api.Tenancy.Tenant Tenant, Guid EstateId, Guid UnitA, Guid UnitB, Guid OtherEstateId, Guid UnitX, GraphQLClient Admin);

    private async Task<World> WorldAsync(string server = "local")
    {
        var company = await fx.Api.NewCompanyAsync("meter", server);
        return await company.RegistryAsync(b =>
        {
            var estate = b.Estate("抄表园");
            var building = b.Building(estate, "1栋");
            var a = b.Unit(building, "101", 1, 100m);
            var bb = b.Unit(building, "102", 1, 80m);
            var other = b.Estate("别的园");
            var x = b.Unit(b.Building(other, "9栋"), "901", 9, 90m);
            return new World(company.Tenant, estate.Id, a.Id, bb.Id, other.Id, x.Id, fx.Api.Client(TestTokens.CompanyAdmin(company.Slug), language: "en"));
        });
    }

    private const string Readings = "query($u: ID!) { meterReadings(unitId: $u) { id } }";

    [Theory, MemberData(nameof(Servers))]
    public async Task Metered_items_bill_consumption_times_rate_on_separate_lines_and_skip_units_without_a_reading(string server)
    {
        var w = await WorldAsync(server);
        await w.Admin.FeeItemAsync(w.EstateId, "物业服务费", "MANAGEMENT_PER_AREA", 2.5m);
        await w.Admin.FeeItemAsync(w.EstateId, "水费", "METERED", 3.45m, meter: "WATER");
        await w.Admin.FeeItemAsync(w.EstateId, "电费", "METERED", 0.62m, meter: "ELECTRICITY");
        Assert.Empty((await w.Admin.RecordMeterReadingAsync(w.UnitA, "WATER", "2026-11", 100m, 112.5m)).Errors);
        Assert.Empty((await w.Admin.RecordMeterReadingAsync(w.UnitA, "ELECTRICITY", "2026-11", 1000m, 1234m)).Errors);
        Assert.Empty((await w.Admin.RecordMeterReadingAsync(w.UnitA, "WATER", "2026-10", 90m, 100m)).Errors); // another month: not billed in November

        await using var db = fx.Api.Open(w.Tenant);
        var run = new BillingRun { EstateId = w.EstateId, Period = "2026-11", RequestedBy = "test", CreatedAt = DateTime.UtcNow };
        db.BillingRuns.Add(run);
        await db.SaveChangesAsync();
        await BillingRunner.RunAsync(db, run.Id, TimeProvider.System, default);

        db.ChangeTracker.Clear();
        var bills = await db.Bills.Include(b => b.Lines).ToDictionaryAsync(b => b.UnitId);
        var a = bills[w.UnitA].Lines.ToDictionary(l => l.Description);
        Assert.Equal((12.5m, 3.45m, 43.13m), (a["水费"].Quantity, a["水费"].UnitRate, a["水费"].Amount)); // 43.125 → 43.13
        Assert.Equal((234m, 0.62m, 145.08m), (a["电费"].Quantity, a["电费"].UnitRate, a["电费"].Amount));
        Assert.Equal(250m, a["物业服务费"].Amount);
        Assert.Equal(438.21m, bills[w.UnitA].Total);
        // B has no readings this month: only the management fee.
        Assert.Equal(["物业服务费"], bills[w.UnitB].Lines.Select(l => l.Description));
        Assert.Equal(200m, bills[w.UnitB].Total);
        Assert.Equal(2, bills.Count);
        Assert.Equal(438.21m, await db.LedgerEntries.Where(e => e.UnitId == w.UnitA).SumAsync(e => e.Amount));
    }

    [Fact]
    public async Task A_reading_continues_from_the_last_month_and_cannot_go_backwards_or_be_recorded_twice()
    {
        var w = await WorldAsync();
        var first = await w.Admin.RecordMeterReadingAsync(w.UnitA, "WATER", "2026-10", 100m, 110m);
        Assert.Empty(first.Errors);
        Assert.Equal("test-user", first.Result!.RecordedBy);

        // No previous given: it is October's current reading.
        var next = await w.Admin.RecordMeterReadingAsync(w.UnitA, "WATER", "2026-11", null, 118.5m);
        Assert.Empty(next.Errors);
        Assert.Equal((110m, 8.5m), (next.Result!.Previous, next.Result!.Consumption));

        var backwards = await w.Admin.RecordMeterReadingAsync(w.UnitA, "WATER", "2026-12", null, 117m);
        Assert.Null(backwards.Result);
        Assert.Equal(("InvalidInput", "current"), (backwards.Errors[0].Typename, backwards.Errors[0].Field));
        Assert.Equal("The current reading must not be below the previous reading 118.5.", backwards.Errors[0].Message);
        var zh = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug));
        Assert.Equal("本次读数不能小于上次读数 118.5。", (await zh.RecordMeterReadingAsync(w.UnitA, "WATER", "2026-12", null, 117m)).Errors[0].Message);

        var twice = await w.Admin.RecordMeterReadingAsync(w.UnitA, "WATER", "2026-11", 118.5m, 120m);
        Assert.Equal(("ReadingExists", "period"), (twice.Errors[0].Typename, twice.Errors[0].Field));

        var noPrevious = await w.Admin.RecordMeterReadingAsync(w.UnitB, "ELECTRICITY", "2026-11", null, 50m);
        Assert.Equal("previous", noPrevious.Errors[0].Field);
        var bad = await w.Admin.RecordMeterReadingAsync(w.UnitB, "ELECTRICITY", "2026-13", -1m, 1.234m);
        Assert.Equal(["period", "current", "previous"], bad.Errors.Select(e => e.Field));

        // Electricity is another meter: the same month is still free for it.
        Assert.Empty((await w.Admin.RecordMeterReadingAsync(w.UnitA, "ELECTRICITY", "2026-11", 0m, 10m)).Errors);

        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(3, await db.Set<MeterReading>().CountAsync());
        var list = await w.Admin.QueryAsync<List<MeterReadingView>>("query($u: ID!) { meterReadings(unitId: $u) { meter period consumption } }", new { u = w.UnitA });
        Assert.Equal(["2026-11 ELECTRICITY", "2026-11 WATER", "2026-10 WATER"], list.Select(r => $"{r.Period} {r.Meter}"));
    }

    [Fact]
    public async Task A_metered_fee_item_needs_a_meter_and_only_metered_items_have_one()
    {
        var w = await WorldAsync();
        var missing = await w.Admin.CreateFeeItemAsync(w.EstateId, "水费", "METERED");
        Assert.Null(missing.Result);
        Assert.Equal(("meter", "A metered fee item needs a meter (water or electricity)."), (missing.Errors[0].Field, missing.Errors[0].Message));
        var wrong = await w.Admin.CreateFeeItemAsync(w.EstateId, "停车费", "PARKING", "WATER");
        Assert.Equal("meter", wrong.Errors[0].Field);
        var ok = await w.Admin.CreateFeeItemAsync(w.EstateId, "电费", "METERED", "ELECTRICITY");
        Assert.Equal("ELECTRICITY", ok.Result!.Meter);

        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal([MeterKind.Electricity], await db.FeeItems.Select(f => f.Meter).ToListAsync());
    }

    [Fact]
    public async Task Meter_readings_are_for_staff_of_the_units_estate_only()
    {
        var w = await WorldAsync();
        var other = await WorldAsync();
        Assert.Empty((await w.Admin.RecordMeterReadingAsync(w.UnitA, "WATER", "2026-11", 1m, 2m)).Errors);

        var engineer = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["engineer"], [w.EstateId], user: "eng-1"));
        var byEngineer = await engineer.RecordMeterReadingAsync(w.UnitB, "WATER", "2026-11", 5m, 7m);
        Assert.Equal("eng-1", byEngineer.Result!.RecordedBy);
        var desk = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId]));
        Assert.Single(await desk.QueryAsync<List<MeterReadingView>>(Readings, new { u = w.UnitA }));

        // Staff of another estate, and another company's administrator with this company's unit ids.
        foreach (var token in new[] { TestTokens.For(w.Tenant.Slug, ["engineer"], [w.OtherEstateId]), TestTokens.CompanyAdmin(other.Tenant.Slug) })
        {
            var c = fx.Api.Client(token);
            Assert.Equal("NOT_FOUND", (await c.RecordMeterReadingAsync(w.UnitA, "ELECTRICITY", "2026-11", 1m, 2m)).Errors[0].Code);
            Assert.Empty(await c.QueryAsync<List<MeterReadingView>>(Readings, new { u = w.UnitA }));
        }
        var resident = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["resident"], person: Guid.NewGuid()));
        Assert.Equal("FORBIDDEN", (await resident.PostAsync(BillingBuilder.RecordMeterReading, new { u = w.UnitA, m = "WATER", p = "2026-12", prev = 2m, cur = 3m })).FirstErrorCode);
        var security = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["security"], [w.EstateId]));
        Assert.Equal("FORBIDDEN", (await security.PostAsync(Readings, new { u = w.UnitA })).FirstErrorCode);

        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(2, await db.Set<MeterReading>().CountAsync());
        await using var theirs = fx.Api.Open(other.Tenant);
        Assert.Equal(0, await theirs.Set<MeterReading>().CountAsync());
    }
}
