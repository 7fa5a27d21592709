using PropertySaaS.Api.Features.Billing.Payments;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>
/// A refused rule arrives as its own error type (issue 14 §3), one per billing feature, with the coarse code and the
/// message clients already show.
/// </summary>
public sealed class BillingErrorTypesTests(BillingErrorTypesTests.Fixture fx) : IClassFixture<BillingErrorTypesTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private static (string Type, string Code, string? Field, string Message) Only(System.Text.Json.Nodes.JsonNode payload)
    {
        var e = Assert.Single(payload["errors"]!.AsArray())!;
        return (e["__typename"]!.GetValue<string>(), e["code"]!.GetValue<string>(), e["field"]?.GetValue<string>(), e["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_second_reading_of_a_meter_for_the_month_is_ReadingExists()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        const string record = "mutation($u: ID!) { recordMeterReading(input: {unitId: $u, meter: WATER, period: \"2026-11\", previous: 10, current: 20}) { reading { id } errors { __typename code field message } } }";
        Assert.Empty((await w.Admin.PostAsync(record, new { u = w.UnitA })).AssertNoErrors().Data["recordMeterReading"]!["errors"]!.AsArray());
        var twice = (await w.Admin.PostAsync(record, new { u = w.UnitA })).AssertNoErrors().Data["recordMeterReading"]!;
        Assert.Equal(("ReadingExists", "CONFLICT", "period", "该房屋本月已有此表计的读数。"), Only(twice));
    }

    [Fact]
    public async Task Closing_a_closed_shift_is_ShiftNotOpen()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        var shift = (await w.Desk.PostAsync("mutation($e: ID!) { openShift(input: {estateId: $e}) { shift { id } } }", new { e = w.EstateId }))
            .AssertNoErrors().Data["openShift"]!["shift"]!["id"]!.GetValue<string>();
        const string close = "mutation($s: ID!) { closeShift(input: {shiftId: $s, countedCash: 0}) { shift { id } errors { __typename code field message } } }";
        Assert.Empty((await w.Desk.PostAsync(close, new { s = shift })).AssertNoErrors().Data["closeShift"]!["errors"]!.AsArray());
        var again = (await w.Desk.PostAsync(close, new { s = shift })).AssertNoErrors().Data["closeShift"]!;
        Assert.Equal(("ShiftNotOpen", "CONFLICT", "shiftId", "该收银班次已结班。"), Only(again));
    }

    [Fact]
    public async Task Paying_online_where_the_company_has_no_Stripe_account_is_OnlinePaymentOff()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        var r = (await w.Resident(w.OwnerA).PostAsync(
            "mutation($u: ID!) { createCheckoutSession(input: {unitId: $u, idempotencyKey: \"k1\"}) { checkout { id } errors { __typename code field message } } }",
            new { u = w.UnitA })).AssertNoErrors().Data["createCheckoutSession"]!;
        Assert.Equal(("OnlinePaymentOff", "CONFLICT", "unitId", "本公司尚未开通在线缴费。"), Only(r));
    }

    [Fact]
    public async Task Starting_a_run_with_a_bad_period_stays_InvalidInput_and_a_rate_overlap_is_RateOverlaps()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        var bad = (await w.Admin.PostAsync("mutation($e: ID!) { startBillingRun(input: {estateId: $e, period: \"2026-13\"}) { run { id } errors { __typename code field message } } }",
            new { e = w.EstateId })).AssertNoErrors().Data["startBillingRun"]!;
        Assert.Equal(("InvalidInput", "VALIDATION", "period"), (Only(bad).Type, Only(bad).Code, Only(bad).Field));
        var item = (await w.Admin.PostAsync("mutation($e: ID!) { createFeeItem(input: {estateId: $e, name: \"物业服务费\", kind: FIXED_MONTHLY}) { feeItem { id } } }",
            new { e = w.EstateId })).AssertNoErrors().Data["createFeeItem"]!["feeItem"]!["id"]!.GetValue<string>();
        const string rate = "mutation($f: ID!) { addFeeRate(input: {feeItemId: $f, amount: 10, effectiveFrom: \"2026-01-01\"}) { feeItem { id } errors { __typename code field message } } }";
        Assert.Empty((await w.Admin.PostAsync(rate, new { f = item })).AssertNoErrors().Data["addFeeRate"]!["errors"]!.AsArray());
        var overlap = (await w.Admin.PostAsync(rate, new { f = item })).AssertNoErrors().Data["addFeeRate"]!;
        Assert.Equal(("RateOverlaps", "CONFLICT"), (Only(overlap).Type, Only(overlap).Code));
    }
}
