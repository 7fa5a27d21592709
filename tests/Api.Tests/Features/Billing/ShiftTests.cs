using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Cashier till shifts: auto-open on the first payment, closing maths, reconciliation by someone else.</summary>
public sealed class ShiftTests(ShiftTests.Fixture fx) : IClassFixture<ShiftTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private const string ShiftFields = "id estateId cashierId status expectedCash countedCash difference differenceReason firstReceipt lastReceipt totals { method count amount }";
    private static readonly string Close = $"mutation($s: ID!, $c: Decimal!, $r: String) {{ closeShift(input: {{shiftId: $s, countedCash: $c, note: \"交班\", differenceReason: $r}}) {{ shift {{ {ShiftFields} }} errors {{ __typename code field message }} }} }}";
    private static readonly string Reconcile = $"mutation($s: ID!) {{ reconcileShift(input: {{shiftId: $s, note: \"已核对\"}}) {{ shift {{ {ShiftFields} }} errors {{ __typename code field message }} }} }}";

    private static async Task<JsonNode?> MyOpenShiftAsync(GraphQLClient c, Guid estateId) =>
        (await c.PostAsync($"query($e: ID!) {{ myOpenShift(estateId: $e) {{ {ShiftFields} }} }}", new { e = estateId })).AssertNoErrors().Data["myOpenShift"];

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Closing_a_shift_fixes_expected_cash_totals_and_difference_and_the_next_payment_opens_a_new_shift(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        Assert.Null(await MyOpenShiftAsync(w.Desk, w.EstateId));
        var cash1 = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 100m, "CASH", tendered: 150m);
        await PaymentsWorld.PayAsync(w.Desk, w.UnitB, 50.5m, "CASH");
        await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 200m, "CARD");
        // Another cashier's payment belongs to their own shift.
        await PaymentsWorld.PayAsync(w.Supervisor, w.UnitA, 999m, "CASH");

        var open = (await MyOpenShiftAsync(w.Desk, w.EstateId))!;
        Assert.Equal(("OPEN", "desk-1", 150.5m), (open["status"]!.GetValue<string>(), open["cashierId"]!.GetValue<string>(), open["expectedCash"]!.GetValue<decimal>()));
        Assert.Equal(cash1["shiftId"]!.GetValue<string>(), open["id"]!.GetValue<string>());

        // 20 handed back in cash by the same cashier during the shift comes out of the till.
        await using (var db = w.Open())
            await PaymentBooking.BookRefundAsync(db, Guid.Parse(cash1["id"]!.GetValue<string>()), 20m, "多收退回", "refund-1", "desk-1", null, TimeProvider.System, default);

        var closed = (await w.Desk.PostAsync(Close, new { s = open["id"]!.GetValue<string>(), c = 120m, r = "找零多给" })).AssertNoErrors().Data["closeShift"]!;
        Assert.Empty(closed["errors"]!.AsArray());
        var s = closed["shift"]!;
        Assert.Equal(("CLOSED", 130.5m, 120m, -10.5m), (s["status"]!.GetValue<string>(), s["expectedCash"]!.GetValue<decimal>(), s["countedCash"]!.GetValue<decimal>(), s["difference"]!.GetValue<decimal>()));
        Assert.Equal(("SJ00000001", "SJ00000003"), (s["firstReceipt"]!.GetValue<string>(), s["lastReceipt"]!.GetValue<string>()));
        Assert.Equal([("CASH", 2, 150.5m), ("CARD", 1, 200m)], s["totals"]!.AsArray().Select(t => (t!["method"]!.GetValue<string>(), t["count"]!.GetValue<int>(), t["amount"]!.GetValue<decimal>())));

        // A closed shift takes no payments: the next one opens a new shift.
        var later = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 10m, "CASH");
        Assert.NotEqual(open["id"]!.GetValue<string>(), later["shiftId"]!.GetValue<string>());
        var again = (await w.Desk.PostAsync(Close, new { s = open["id"]!.GetValue<string>(), c = 0m })).AssertNoErrors().Data["closeShift"]!;
        Assert.Equal(("ShiftNotOpen", "shiftId"), (again["errors"]![0]!["__typename"]!.GetValue<string>(), again["errors"]![0]!["field"]!.GetValue<string>()));

        await using var check = w.Open();
        var stored = await check.CashierShifts.SingleAsync(x => x.Id == Guid.Parse(open["id"]!.GetValue<string>()));
        Assert.Equal((ShiftStatus.Closed, 130.5m, -10.5m), (stored.Status, stored.ExpectedCash, stored.Difference));
        Assert.Equal(3, await check.Payments.CountAsync(p => p.ShiftId == stored.Id));
        Assert.Equal(3, await check.CashierShifts.CountAsync());
    }

    [Fact]
    public async Task A_closed_shift_is_reconciled_by_a_supervisor_but_never_by_its_own_cashier()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 80m);
        var deskShift = (await MyOpenShiftAsync(w.Desk, w.EstateId))!["id"]!.GetValue<string>();
        await PaymentsWorld.PayAsync(w.Supervisor, w.UnitA, 5m);
        var supShift = (await MyOpenShiftAsync(w.Supervisor, w.EstateId))!["id"]!.GetValue<string>();

        // Open shifts cannot be reconciled; front-desk agents cannot reconcile at all.
        var notClosed = (await w.Supervisor.PostAsync(Reconcile, new { s = deskShift })).AssertNoErrors().Data["reconcileShift"]!;
        Assert.Equal("CONFLICT", notClosed["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", (await w.Desk.PostAsync(Reconcile, new { s = deskShift })).FirstErrorCode);

        (await w.Desk.PostAsync(Close, new { s = deskShift, c = 80m })).AssertNoErrors();
        (await w.Supervisor.PostAsync(Close, new { s = supShift, c = 5m })).AssertNoErrors();
        var own = (await fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["supervisor"], [w.EstateId], user: "sup-1"), language: "en").PostAsync(Reconcile, new { s = supShift })).AssertNoErrors().Data["reconcileShift"]!;
        Assert.Equal("Cashiers cannot reconcile their own shift.", own["errors"]![0]!["message"]!.GetValue<string>());

        // A manager of another estate does not find it.
        var stranger = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["estate_manager"], [w.OtherEstateId], user: "mgr-9"));
        Assert.Equal("NOT_FOUND", (await stranger.PostAsync(Reconcile, new { s = deskShift })).AssertNoErrors().Data["reconcileShift"]!["errors"]![0]!["code"]!.GetValue<string>());
        Assert.Empty((await stranger.PostAsync("query($e: ID!) { cashierShifts(estateId: $e) { id } }", new { e = w.EstateId })).AssertNoErrors().Data["cashierShifts"]!.AsArray());

        var ok = (await w.Supervisor.PostAsync(Reconcile, new { s = deskShift })).AssertNoErrors().Data["reconcileShift"]!;
        Assert.Empty(ok["errors"]!.AsArray());
        Assert.Equal(("RECONCILED", 0m), (ok["shift"]!["status"]!.GetValue<string>(), ok["shift"]!["difference"]!.GetValue<decimal>()));

        var list = (await w.Admin.PostAsync("query($e: ID!) { all: cashierShifts(estateId: $e) { id status } closed: cashierShifts(estateId: $e, status: CLOSED) { id } }", new { e = w.EstateId })).AssertNoErrors().Data;
        Assert.Equal(2, list["all"]!.AsArray().Count);
        Assert.Equal(supShift, Assert.Single(list["closed"]!.AsArray())!["id"]!.GetValue<string>());
        await using var db = w.Open();
        var stored = await db.CashierShifts.SingleAsync(x => x.Id == Guid.Parse(deskShift));
        Assert.Equal(("sup-1", ShiftStatus.Reconciled), (stored.ReconciledBy, stored.Status));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_till_difference_needs_a_reason_which_the_reconciling_supervisor_sees(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 100m, "CASH");
        var shiftId = (await MyOpenShiftAsync(w.Desk, w.EstateId))!["id"]!.GetValue<string>();
        var desk = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1"), language: "en");

        // Short by 10 with no reason, or a blank one: a typed error and the shift stays open.
        foreach (var reason in new[] { null, "   " })
        {
            var refused = (await desk.PostAsync(Close, new { s = shiftId, c = 90m, r = reason })).AssertNoErrors().Data["closeShift"]!;
            Assert.Null(refused["shift"]);
            var error = Assert.Single(refused["errors"]!.AsArray())!;
            Assert.Equal(("InvalidInput", "VALIDATION", "differenceReason"), (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>()));
            Assert.Contains("-10.00", error["message"]!.GetValue<string>());
            Assert.Contains("reason", error["message"]!.GetValue<string>());
        }
        await using (var db = w.Open())
        {
            var still = await db.CashierShifts.SingleAsync(x => x.Id == Guid.Parse(shiftId));
            Assert.Equal((ShiftStatus.Open, (decimal?)null, (decimal?)null), (still.Status, still.CountedCash, still.Difference));
        }
        var zh = (await w.Desk.PostAsync(Close, new { s = shiftId, c = 90m })).AssertNoErrors().Data["closeShift"]!;
        Assert.Contains("差额原因", zh["errors"]![0]!["message"]!.GetValue<string>());

        var closed = (await desk.PostAsync(Close, new { s = shiftId, c = 90m, r = " 一张百元假币被没收 " })).AssertNoErrors().Data["closeShift"]!;
        Assert.Empty(closed["errors"]!.AsArray());
        Assert.Equal((-10m, "一张百元假币被没收"), (closed["shift"]!["difference"]!.GetValue<decimal>(), closed["shift"]!["differenceReason"]!.GetValue<string>()));

        // The supervisor's reconciliation list shows the difference with its reason.
        var toReconcile = (await w.Supervisor.PostAsync($"query($e: ID!) {{ cashierShifts(estateId: $e, status: CLOSED) {{ {ShiftFields} }} }}", new { e = w.EstateId }))
            .AssertNoErrors().Data["cashierShifts"]!.AsArray();
        var listed = Assert.Single(toReconcile)!;
        Assert.Equal((shiftId, -10m, "一张百元假币被没收"), (listed["id"]!.GetValue<string>(), listed["difference"]!.GetValue<decimal>(), listed["differenceReason"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Opening_a_shift_twice_returns_the_open_one()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        const string open = "mutation($e: ID!) { openShift(input: {estateId: $e}) { shift { id status } errors { code } } }";
        var a = (await w.Desk.PostAsync(open, new { e = w.EstateId })).AssertNoErrors().Data["openShift"]!;
        var b = (await w.Desk.PostAsync(open, new { e = w.EstateId })).AssertNoErrors().Data["openShift"]!;
        Assert.Equal(a["shift"]!["id"]!.GetValue<string>(), b["shift"]!["id"]!.GetValue<string>());
        var outside = (await w.Desk.PostAsync(open, new { e = w.OtherEstateId })).AssertNoErrors().Data["openShift"]!;
        Assert.Equal("NOT_FOUND", outside["errors"]![0]!["code"]!.GetValue<string>());
        var p = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 1m);
        Assert.Equal(a["shift"]!["id"]!.GetValue<string>(), p["shiftId"]!.GetValue<string>());
        await using var db = w.Open();
        Assert.Equal(1, await db.CashierShifts.CountAsync());
    }

    private const string OpenShift = "mutation($e: ID!) { openShift(input: {estateId: $e}) { shift { id estateId status } errors { __typename code field message } } }";

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_cashier_has_one_open_shift_and_must_close_it_before_working_in_another_estate(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var both = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId, w.OtherEstateId], user: "desk-2"), language: "en");
        var first = (await both.PostAsync(OpenShift, new { e = w.EstateId })).AssertNoErrors().Data["openShift"]!["shift"]!;

        var elsewhere = (await both.PostAsync(OpenShift, new { e = w.OtherEstateId })).AssertNoErrors().Data["openShift"]!;
        Assert.Null(elsewhere["shift"]);
        Assert.Equal(("ShiftOpenElsewhere", "estateId", "You still have an open till shift in another estate; close it first."), (elsewhere["errors"]![0]!["__typename"]!.GetValue<string>(),
            elsewhere["errors"]![0]!["field"]!.GetValue<string>(), elsewhere["errors"]![0]!["message"]!.GetValue<string>()));
        var payment = await PaymentsWorld.RecordAsync(both, w.UnitC, 10m, "c-1");
        Assert.Null(payment["payment"]);
        Assert.Equal("CONFLICT", payment["errors"]![0]!["code"]!.GetValue<string>());

        (await both.PostAsync(Close, new { s = first["id"]!.GetValue<string>(), c = 0m })).AssertNoErrors();
        Assert.Empty((await PaymentsWorld.RecordAsync(both, w.UnitC, 10m, "c-1"))["errors"]!.AsArray());
        await using var db = w.Open();
        Assert.Equal([(w.EstateId, ShiftStatus.Closed), (w.OtherEstateId, ShiftStatus.Open)],
            (await db.CashierShifts.Where(x => x.CashierId == "desk-2").OrderBy(x => x.OpenedAt).ToListAsync()).Select(x => (x.EstateId, x.Status)));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task The_database_keeps_one_open_shift_per_cashier_when_requests_race(string server)
    {
        TestDatabases.SkipWithoutPostgres(server);
        Assert.SkipWhen(server == "local", "a race needs concurrent writers: PostgreSQL");
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var token = TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId, w.OtherEstateId], user: "desk-3");

        // Same estate at once (a double click): one shift, and both requests get it.
        var same = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => fx.Api.Client(token).PostAsync(OpenShift, new { e = w.EstateId })));
        var ids = same.Select(r => r.AssertNoErrors().Data["openShift"]!["shift"]!["id"]!.GetValue<string>()).Distinct().ToList();
        var shiftId = Assert.Single(ids);
        (await w.Admin.PostAsync(Close, new { s = shiftId, c = 0m })).AssertNoErrors();

        // Two estates at once: exactly one opens, every other request gets the typed conflict.
        var racing = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => fx.Api.Client(token).PostAsync(OpenShift, new { e = n % 2 == 0 ? w.EstateId : w.OtherEstateId })));
        var payloads = racing.Select(r => r.AssertNoErrors().Data["openShift"]!).ToList();
        var opened = payloads.Where(p => p["shift"] is not null).Select(p => (p["shift"]!["id"]!.GetValue<string>(), p["shift"]!["estateId"]!.GetValue<string>())).Distinct().ToList();
        var winner = Assert.Single(opened);
        var losers = payloads.Where(p => p["shift"] is null).ToList();
        Assert.Equal(3, losers.Count);
        Assert.All(losers, p => Assert.Equal(("CONFLICT", "estateId"), (p["errors"]![0]!["code"]!.GetValue<string>(), p["errors"]![0]!["field"]!.GetValue<string>())));
        await using var db = w.Open();
        Assert.Equal(Guid.Parse(winner.Item1), (await db.CashierShifts.SingleAsync(x => x.CashierId == "desk-3" && x.Status == ShiftStatus.Open)).Id);
        Assert.Equal(2, await db.CashierShifts.CountAsync(x => x.CashierId == "desk-3"));
    }
}
