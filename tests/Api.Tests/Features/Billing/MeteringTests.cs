using System.Text.Json.Nodes;
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
        TestDatabases.SkipWithoutPostgres(server);
        var t = await fx.Api.CompanyAsync("meter-" + Guid.NewGuid().ToString("N")[..6], server);
        await using var db = fx.Api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("抄表园");
        var building = b.Building(estate, "1栋");
        var a = b.Unit(building, "101", 1, 100m);
        var bb = b.Unit(building, "102", 1, 80m);
        var other = b.Estate("别的园");
        var x = b.Unit(b.Building(other, "9栋"), "901", 9, 90m);
        await b.SaveAsync();
        return new World(t, estate.Id, a.Id, bb.Id, other.Id, x.Id, fx.Api.Client(TestTokens.CompanyAdmin(t.Slug), language: "en"));
    }

    internal static async Task<JsonNode> CreateFeeItemAsync(GraphQLClient c, Guid estateId, string name, string kind, string? meter = null, decimal? rate = null)
    {
        var r = (await c.PostAsync($"mutation($e: ID!, $n: String!) {{ createFeeItem(input: {{estateId: $e, name: $n, kind: {kind}{(meter is null ? "" : ", meter: " + meter)}}}) {{ feeItem {{ id meter }} errors {{ __typename code field message }} }} }}",
            new { e = estateId, n = name })).AssertNoErrors().Data["createFeeItem"]!;
        if (rate is { } amount && r["feeItem"] is { } item)
        {
            var rr = (await c.PostAsync("mutation($f: ID!, $a: Decimal!) { addFeeRate(input: {feeItemId: $f, amount: $a, effectiveFrom: \"2026-01-01\"}) { errors { code } } }",
                new { f = item["id"]!.GetValue<string>(), a = amount })).AssertNoErrors().Data["addFeeRate"]!;
            Assert.Empty(rr["errors"]!.AsArray());
        }
        return r;
    }

    private const string Record = "mutation($u: ID!, $m: MeterKind!, $p: String!, $prev: Decimal, $cur: Decimal!) { recordMeterReading(input: {unitId: $u, meter: $m, period: $p, previous: $prev, current: $cur}) { reading { id meter period previous current consumption recordedBy } errors { __typename code field message } } }";

    internal static async Task<JsonNode> RecordAsync(GraphQLClient c, Guid unit, string meter, string period, decimal? previous, decimal current) =>
        (await c.PostAsync(Record, new { u = unit, m = meter, p = period, prev = previous, cur = current })).AssertNoErrors().Data["recordMeterReading"]!;

    [Theory, MemberData(nameof(Servers))]
    public async Task Metered_items_bill_consumption_times_rate_on_separate_lines_and_skip_units_without_a_reading(string server)
    {
        var w = await WorldAsync(server);
        await CreateFeeItemAsync(w.Admin, w.EstateId, "物业服务费", "MANAGEMENT_PER_AREA", rate: 2.5m);
        await CreateFeeItemAsync(w.Admin, w.EstateId, "水费", "METERED", "WATER", 3.45m);
        await CreateFeeItemAsync(w.Admin, w.EstateId, "电费", "METERED", "ELECTRICITY", 0.62m);
        Assert.Empty((await RecordAsync(w.Admin, w.UnitA, "WATER", "2026-11", 100m, 112.5m))["errors"]!.AsArray());
        Assert.Empty((await RecordAsync(w.Admin, w.UnitA, "ELECTRICITY", "2026-11", 1000m, 1234m))["errors"]!.AsArray());
        Assert.Empty((await RecordAsync(w.Admin, w.UnitA, "WATER", "2026-10", 90m, 100m))["errors"]!.AsArray()); // another month: not billed in November

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
        var first = await RecordAsync(w.Admin, w.UnitA, "WATER", "2026-10", 100m, 110m);
        Assert.Empty(first["errors"]!.AsArray());
        Assert.Equal("test-user", first["reading"]!["recordedBy"]!.GetValue<string>());

        // No previous given: it is October's current reading.
        var next = await RecordAsync(w.Admin, w.UnitA, "WATER", "2026-11", null, 118.5m);
        Assert.Empty(next["errors"]!.AsArray());
        Assert.Equal((110m, 8.5m), (next["reading"]!["previous"]!.GetValue<decimal>(), next["reading"]!["consumption"]!.GetValue<decimal>()));

        var backwards = await RecordAsync(w.Admin, w.UnitA, "WATER", "2026-12", null, 117m);
        Assert.Null(backwards["reading"]);
        Assert.Equal(("InvalidInput", "current"), (backwards["errors"]![0]!["__typename"]!.GetValue<string>(), backwards["errors"]![0]!["field"]!.GetValue<string>()));
        Assert.Equal("The current reading must not be below the previous reading 118.5.", backwards["errors"]![0]!["message"]!.GetValue<string>());
        var zh = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug));
        Assert.Equal("本次读数不能小于上次读数 118.5。", (await RecordAsync(zh, w.UnitA, "WATER", "2026-12", null, 117m))["errors"]![0]!["message"]!.GetValue<string>());

        var twice = await RecordAsync(w.Admin, w.UnitA, "WATER", "2026-11", 118.5m, 120m);
        Assert.Equal(("ReadingExists", "period"), (twice["errors"]![0]!["__typename"]!.GetValue<string>(), twice["errors"]![0]!["field"]!.GetValue<string>()));

        var noPrevious = await RecordAsync(w.Admin, w.UnitB, "ELECTRICITY", "2026-11", null, 50m);
        Assert.Equal("previous", noPrevious["errors"]![0]!["field"]!.GetValue<string>());
        var bad = await RecordAsync(w.Admin, w.UnitB, "ELECTRICITY", "2026-13", -1m, 1.234m);
        Assert.Equal(["period", "current", "previous"], bad["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()));

        // Electricity is another meter: the same month is still free for it.
        Assert.Empty((await RecordAsync(w.Admin, w.UnitA, "ELECTRICITY", "2026-11", 0m, 10m))["errors"]!.AsArray());

        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(3, await db.Set<MeterReading>().CountAsync());
        var list = (await w.Admin.PostAsync("query($u: ID!) { meterReadings(unitId: $u) { meter period consumption } }", new { u = w.UnitA })).AssertNoErrors().Data["meterReadings"]!.AsArray();
        Assert.Equal(["2026-11 ELECTRICITY", "2026-11 WATER", "2026-10 WATER"], list.Select(r => $"{r!["period"]} {r["meter"]}"));
    }

    [Fact]
    public async Task A_metered_fee_item_needs_a_meter_and_only_metered_items_have_one()
    {
        var w = await WorldAsync();
        var missing = await CreateFeeItemAsync(w.Admin, w.EstateId, "水费", "METERED");
        Assert.Null(missing["feeItem"]);
        Assert.Equal(("meter", "A metered fee item needs a meter (water or electricity)."), (missing["errors"]![0]!["field"]!.GetValue<string>(), missing["errors"]![0]!["message"]!.GetValue<string>()));
        var wrong = await CreateFeeItemAsync(w.Admin, w.EstateId, "停车费", "PARKING", "WATER");
        Assert.Equal("meter", wrong["errors"]![0]!["field"]!.GetValue<string>());
        var ok = await CreateFeeItemAsync(w.Admin, w.EstateId, "电费", "METERED", "ELECTRICITY");
        Assert.Equal("ELECTRICITY", ok["feeItem"]!["meter"]!.GetValue<string>());

        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal([MeterKind.Electricity], await db.FeeItems.Select(f => f.Meter).ToListAsync());
    }

    [Fact]
    public async Task Meter_readings_are_for_staff_of_the_units_estate_only()
    {
        var w = await WorldAsync();
        var other = await WorldAsync();
        Assert.Empty((await RecordAsync(w.Admin, w.UnitA, "WATER", "2026-11", 1m, 2m))["errors"]!.AsArray());

        var engineer = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["engineer"], [w.EstateId], user: "eng-1"));
        var byEngineer = await RecordAsync(engineer, w.UnitB, "WATER", "2026-11", 5m, 7m);
        Assert.Equal("eng-1", byEngineer["reading"]!["recordedBy"]!.GetValue<string>());
        var desk = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId]));
        Assert.Single((await desk.PostAsync("query($u: ID!) { meterReadings(unitId: $u) { id } }", new { u = w.UnitA })).AssertNoErrors().Data["meterReadings"]!.AsArray());

        // Staff of another estate, and another company's administrator with this company's unit ids.
        foreach (var token in new[] { TestTokens.For(w.Tenant.Slug, ["engineer"], [w.OtherEstateId]), TestTokens.CompanyAdmin(other.Tenant.Slug) })
        {
            var c = fx.Api.Client(token);
            Assert.Equal("NOT_FOUND", (await RecordAsync(c, w.UnitA, "ELECTRICITY", "2026-11", 1m, 2m))["errors"]![0]!["code"]!.GetValue<string>());
            Assert.Empty((await c.PostAsync("query($u: ID!) { meterReadings(unitId: $u) { id } }", new { u = w.UnitA })).AssertNoErrors().Data["meterReadings"]!.AsArray());
        }
        var resident = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["resident"], person: Guid.NewGuid()));
        Assert.Equal("FORBIDDEN", (await resident.PostAsync(Record, new { u = w.UnitA, m = "WATER", p = "2026-12", prev = 2m, cur = 3m })).FirstErrorCode);
        var security = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["security"], [w.EstateId]));
        Assert.Equal("FORBIDDEN", (await security.PostAsync("query($u: ID!) { meterReadings(unitId: $u) { id } }", new { u = w.UnitA })).FirstErrorCode);

        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(2, await db.Set<MeterReading>().CountAsync());
        await using var theirs = fx.Api.Open(other.Tenant);
        Assert.Equal(0, await theirs.Set<MeterReading>().CountAsync());
    }
}
