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

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Closing_a_shift_fixes_expected_cash_totals_and_difference_and_the_next_payment_opens_a_new_shift(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        Assert.Null(await w.Desk.MyOpenShiftAsync(w.EstateId));
        var cash1 = await w.Desk.PayAsync(w.UnitA, 100m, "CASH", tendered: 150m);
        await w.Desk.PayAsync(w.UnitB, 50.5m, "CASH");
        await w.Desk.PayAsync(w.UnitA, 200m, "CARD");
        // Another cashier's payment belongs to their own shift.
        await w.Supervisor.PayAsync(w.UnitA, 999m, "CASH");

        var open = (await w.Desk.MyOpenShiftAsync(w.EstateId))!;
        Assert.Equal(("OPEN", "desk-1", 150.5m), (open.Status, open.CashierId, open.ExpectedCash));
        Assert.Equal(cash1.ShiftId, open.Id);

        // 20 handed back in cash by the same cashier during the shift comes out of the till.
        await using (var db = w.Open())
            await PaymentBooking.BookRefundAsync(db, cash1.Id, 20m, "多收退回", "refund-1", "desk-1", null, TimeProvider.System, default);

        var closed = await w.Desk.CloseShiftAsync(open.Id, 120m, "找零多给");
        Assert.Empty(closed.Errors);
        var s = closed.Result!;
        Assert.Equal(("CLOSED", 130.5m, (decimal?)120m, (decimal?)-10.5m), (s.Status, s.ExpectedCash, s.CountedCash, s.Difference));
        Assert.Equal(("SJ00000001", "SJ00000003"), (s.FirstReceipt, s.LastReceipt));
        Assert.Equal([("CASH", 2, 150.5m), ("CARD", 1, 200m)], s.Totals.Select(t => (t.Method, t.Count, t.Amount)));

        // A closed shift takes no payments: the next one opens a new shift.
        var later = await w.Desk.PayAsync(w.UnitA, 10m, "CASH");
        Assert.NotEqual(open.Id, later.ShiftId);
        var again = await w.Desk.CloseShiftAsync(open.Id, 0m);
        Assert.Equal(("ShiftNotOpen", "shiftId"), (again.Errors[0].Typename, again.Errors[0].Field));

        await using var check = w.Open();
        var stored = await check.CashierShifts.SingleAsync(x => x.Id == open.Id);
        Assert.Equal((ShiftStatus.Closed, 130.5m, -10.5m), (stored.Status, stored.ExpectedCash, stored.Difference));
        Assert.Equal(3, await check.Payments.CountAsync(p => p.ShiftId == stored.Id));
        Assert.Equal(3, await check.CashierShifts.CountAsync());
    }

    [Fact]
    public async Task A_closed_shift_is_reconciled_by_a_supervisor_but_never_by_its_own_cashier()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        await w.Desk.PayAsync(w.UnitA, 80m);
        var deskShift = (await w.Desk.MyOpenShiftAsync(w.EstateId))!.Id;
        await w.Supervisor.PayAsync(w.UnitA, 5m);
        var supShift = (await w.Supervisor.MyOpenShiftAsync(w.EstateId))!.Id;

        // Open shifts cannot be reconciled; front-desk agents cannot reconcile at all.
        var notClosed = await w.Supervisor.ReconcileShiftAsync(deskShift);
        Assert.Equal("CONFLICT", notClosed.Errors[0].Code);
        Assert.Equal("FORBIDDEN", (await w.Desk.PostAsync(PaymentsBuilder.ReconcileShift, new { s = deskShift })).FirstErrorCode);

        await w.Desk.CloseShiftAsync(deskShift, 80m);
        await w.Supervisor.CloseShiftAsync(supShift, 5m);
        var own = await w.Company.Client(["supervisor"], [w.EstateId], user: "sup-1", language: "en").ReconcileShiftAsync(supShift);
        Assert.Equal("Cashiers cannot reconcile their own shift.", own.Errors[0].Message);

        // A manager of another estate does not find it.
        var stranger = w.Company.Client(["estate_manager"], [w.OtherEstateId], user: "mgr-9");
        Assert.Equal("NOT_FOUND", (await stranger.ReconcileShiftAsync(deskShift)).Errors[0].Code);
        Assert.Empty(await stranger.CashierShiftsAsync(w.EstateId));

        var ok = await w.Supervisor.ReconcileShiftAsync(deskShift);
        Assert.Empty(ok.Errors);
        Assert.Equal(("RECONCILED", (decimal?)0m), (ok.Result!.Status, ok.Result.Difference));

        Assert.Equal(2, (await w.Admin.CashierShiftsAsync(w.EstateId)).Count);
        Assert.Equal(supShift, Assert.Single(await w.Admin.CashierShiftsAsync(w.EstateId, "CLOSED")).Id);
        await using var db = w.Open();
        var stored = await db.CashierShifts.SingleAsync(x => x.Id == deskShift);
        Assert.Equal(("sup-1", ShiftStatus.Reconciled), (stored.ReconciledBy, stored.Status));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_till_difference_needs_a_reason_which_the_reconciling_supervisor_sees(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        await w.Desk.PayAsync(w.UnitA, 100m, "CASH");
        var shiftId = (await w.Desk.MyOpenShiftAsync(w.EstateId))!.Id;
        var desk = w.NewDesk("en");

        // Short by 10 with no reason, or a blank one: a typed error and the shift stays open.
        foreach (var reason in new[] { null, "   " })
        {
            var refused = await desk.CloseShiftAsync(shiftId, 90m, reason);
            Assert.Null(refused.Result);
            var error = Assert.Single(refused.Errors);
            Assert.Equal(("InvalidInput", "VALIDATION", "differenceReason"), (error.Typename, error.Code, error.Field));
            Assert.Contains("-10.00", error.Message);
            Assert.Contains("reason", error.Message);
        }
        await using (var db = w.Open())
        {
            var still = await db.CashierShifts.SingleAsync(x => x.Id == shiftId);
            Assert.Equal((ShiftStatus.Open, (decimal?)null, (decimal?)null), (still.Status, still.CountedCash, still.Difference));
        }
        var zh = await w.Desk.CloseShiftAsync(shiftId, 90m);
        Assert.Contains("差额原因", zh.Errors[0].Message);

        var closed = await desk.CloseShiftAsync(shiftId, 90m, " 一张百元假币被没收 ");
        Assert.Empty(closed.Errors);
        Assert.Equal(((decimal?)-10m, "一张百元假币被没收"), (closed.Result!.Difference, closed.Result.DifferenceReason));

        // The supervisor's reconciliation list shows the difference with its reason.
        var listed = Assert.Single(await w.Supervisor.CashierShiftsAsync(w.EstateId, "CLOSED"));
        Assert.Equal((shiftId, (decimal?)-10m, "一张百元假币被没收"), (listed.Id, listed.Difference, listed.DifferenceReason));
    }

    [Fact]
    public async Task Opening_a_shift_twice_returns_the_open_one()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        var a = await w.Desk.OpenShiftAsync(w.EstateId);
        var b = await w.Desk.OpenShiftAsync(w.EstateId);
        Assert.Equal(a.Result!.Id, b.Result!.Id);
        var outside = await w.Desk.OpenShiftAsync(w.OtherEstateId);
        Assert.Equal("NOT_FOUND", outside.Errors[0].Code);
        var p = await w.Desk.PayAsync(w.UnitA, 1m);
        Assert.Equal(a.Result.Id, p.ShiftId);
        await using var db = w.Open();
        Assert.Equal(1, await db.CashierShifts.CountAsync());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_cashier_has_one_open_shift_and_must_close_it_before_working_in_another_estate(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var both = w.Company.Client(["front_desk"], [w.EstateId, w.OtherEstateId], user: "desk-2", language: "en");
        var first = (await both.OpenShiftAsync(w.EstateId)).Result!;

        var elsewhere = await both.OpenShiftAsync(w.OtherEstateId);
        Assert.Null(elsewhere.Result);
        Assert.Equal(("ShiftOpenElsewhere", "estateId", "You still have an open till shift in another estate; close it first."),
            (elsewhere.Errors[0].Typename, elsewhere.Errors[0].Field, elsewhere.Errors[0].Message));
        var payment = await both.RecordPaymentAsync(w.UnitC, 10m, "c-1");
        Assert.Null(payment.Result);
        Assert.Equal("CONFLICT", payment.Errors[0].Code);

        await both.CloseShiftAsync(first.Id, 0m);
        Assert.Empty((await both.RecordPaymentAsync(w.UnitC, 10m, "c-1")).Errors);
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
        GraphQLClient Desk3() => w.Company.Client(["front_desk"], [w.EstateId, w.OtherEstateId], user: "desk-3");

        // Same estate at once (a double click): one shift, and both requests get it.
        var same = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Desk3().OpenShiftAsync(w.EstateId)));
        var shiftId = Assert.Single(same.Select(r => r.Result!.Id).Distinct());
        await w.Admin.CloseShiftAsync(shiftId, 0m);

        // Two estates at once: exactly one opens, every other request gets the typed conflict.
        var payloads = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => Desk3().OpenShiftAsync(n % 2 == 0 ? w.EstateId : w.OtherEstateId)));
        var opened = payloads.Where(p => p.Result is not null).Select(p => (p.Result!.Id, p.Result.EstateId)).Distinct().ToList();
        var winner = Assert.Single(opened);
        var losers = payloads.Where(p => p.Result is null).ToList();
        Assert.Equal(3, losers.Count);
        Assert.All(losers, p => Assert.Equal(("CONFLICT", "estateId"), (p.Errors[0].Code, p.Errors[0].Field)));
        await using var db = w.Open();
        Assert.Equal(winner.Id, (await db.CashierShifts.SingleAsync(x => x.CashierId == "desk-3" && x.Status == ShiftStatus.Open)).Id);
        Assert.Equal(2, await db.CashierShifts.CountAsync(x => x.CashierId == "desk-3"));
    }
}
