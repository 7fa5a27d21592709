using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Jobs;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Front-desk payments through the API: allocation, prepaid balance, idempotency, gapless receipts, the ledger invariant, access.</summary>
public sealed class PaymentsTests(PaymentsTests.Fixture fx) : IClassFixture<PaymentsTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private Task<PaymentsWorld> WorldAsync(string server = "local") => PaymentsWorld.CreateAsync(fx.Api, server);
    private static Guid Id(JsonNode n) => Guid.Parse(n.GetValue<string>());

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_payment_settles_the_chosen_bills_and_the_rest_becomes_prepaid_that_settles_the_oldest_bill(string server)
    {
        var w = await WorldAsync(server);
        var oct = await w.BillAsync(w.UnitA, "2026-10", 100m);
        var nov = await w.BillAsync(w.UnitA, "2026-11", 110m);

        var p = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 150m, bills: [nov.Id], tendered: 200m);
        Assert.Equal("SJ00000001", p["receiptNumber"]!.GetValue<string>());
        Assert.Equal(40m, p["prepaid"]!.GetValue<decimal>());
        Assert.Equal(50m, p["change"]!.GetValue<decimal>());
        Assert.Equal("desk-1", p["receivedBy"]!.GetValue<string>());
        Assert.Equal($"/receipts/{p["id"]!.GetValue<string>()}", p["receiptUrl"]!.GetValue<string>());
        var alloc = Assert.Single(p["allocations"]!.AsArray());
        Assert.Equal((nov.Id, 110m), (Id(alloc!["bill"]!["id"]!), alloc["amount"]!.GetValue<decimal>()));

        // The prepaid 40 settles October in part: 60 left to pay.
        var account = await w.AccountAsync(w.Desk, w.UnitA);
        Assert.Equal(60m, account["balance"]!.GetValue<decimal>());
        Assert.Equal(60m, account["due"]!.GetValue<decimal>());
        Assert.Equal(0m, account["prepaid"]!.GetValue<decimal>());
        var bills = account["bills"]!.AsArray();
        Assert.Equal([(oct.Id, 60m, false), (nov.Id, 0m, true)], bills.Select(b => (Id(b!["bill"]!["id"]!), b["open"]!.GetValue<decimal>(), b["paid"]!.GetValue<bool>())));
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Without_chosen_bills_a_payment_settles_the_oldest_open_bills_first(string server)
    {
        var w = await WorldAsync(server);
        var oct = await w.BillAsync(w.UnitA, "2026-10", 100m);
        var nov = await w.BillAsync(w.UnitA, "2026-11", 110m);
        await w.BillAsync(w.UnitB, "2026-09", 999m); // another unit's bill is never touched

        var p = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 150m, "TRANSFER");
        Assert.Equal([(oct.Id, 100m), (nov.Id, 50m)], p["allocations"]!.AsArray().Select(a => (Id(a!["bill"]!["id"]!), a["amount"]!.GetValue<decimal>())));
        Assert.Equal(0m, p["prepaid"]!.GetValue<decimal>());
        var account = await w.AccountAsync(w.Desk, w.UnitA);
        Assert.Equal(60m, account["balance"]!.GetValue<decimal>());
        Assert.Equal(999m, (await w.AccountAsync(w.Desk, w.UnitB))["balance"]!.GetValue<decimal>());
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitB);
    }

    [Fact]
    public async Task An_advance_payment_is_prepaid_and_the_next_billing_run_draws_from_it()
    {
        var w = await WorldAsync();
        foreach (var (name, kind, rate, applies) in new[] { ("物业服务费", "MANAGEMENT_PER_AREA", 2.13m, ""), ("垃圾清运费", "FIXED_MONTHLY", 30m, ", appliesTo: [RESIDENTIAL]"), ("停车费", "PARKING", 300m, "") })
        {
            var item = (await w.Admin.PostAsync($"mutation($e: ID!, $n: String!) {{ createFeeItem(input: {{estateId: $e, name: $n, kind: {kind}{applies}}}) {{ feeItem {{ id }} }} }}", new { e = w.EstateId, n = name })).AssertNoErrors().Data["createFeeItem"]!["feeItem"]!["id"]!;
            (await w.Admin.PostAsync("mutation($f: ID!, $a: Decimal!) { addFeeRate(input: {feeItemId: $f, amount: $a, effectiveFrom: \"2026-01-01\"}) { errors { code } } }", new { f = item.GetValue<string>(), a = rate })).AssertNoErrors();
        }

        // 100.5 × 2.13 = 214.065 → 214.07, + 30; parking is not part of the management fee. Three months by default.
        var quote = (await w.Desk.PostAsync("query($u: ID!) { advancePaymentQuote(unitId: $u) { months monthlyAmount total } }", new { u = w.UnitA })).AssertNoErrors().Data["advancePaymentQuote"]!;
        Assert.Equal((3, 244.07m, 732.21m), (quote["months"]!.GetValue<int>(), quote["monthlyAmount"]!.GetValue<decimal>(), quote["total"]!.GetValue<decimal>()));

        var p = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 732.21m);
        Assert.Equal(732.21m, p["prepaid"]!.GetValue<decimal>());
        Assert.Empty(p["allocations"]!.AsArray());
        Assert.Equal(-732.21m, (await w.AccountAsync(w.Desk, w.UnitA))["balance"]!.GetValue<decimal>());

        (await w.Admin.PostAsync("mutation($e: ID!) { startBillingRun(input: {estateId: $e, period: \"2026-12\"}) { errors { code } } }", new { e = w.EstateId })).AssertNoErrors();
        var worker = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<JobWorker>(fx.Api.Services);
        while (await worker.RunNextAsync(default)) { }

        var account = await w.AccountAsync(w.Desk, w.UnitA);
        var dec = Assert.Single(account["bills"]!.AsArray());
        Assert.Equal((244.07m, 0m, true), (dec!["bill"]!["total"]!.GetValue<decimal>(), dec["open"]!.GetValue<decimal>(), dec["paid"]!.GetValue<bool>()));
        Assert.Equal(488.14m, account["prepaid"]!.GetValue<decimal>());
        Assert.Equal(-488.14m, account["balance"]!.GetValue<decimal>());
        Assert.Equal(0m, account["ageing"]!["total"]!.GetValue<decimal>());
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);

        // The quote follows the company setting.
        (await w.Admin.PostAsync("mutation { updateBillingSettings(input: {collectionDay: 15, advanceMonths: 6, lateFeeEnabled: false, lateFeeDailyRate: 0, lateFeeGraceDays: 0}) { errors { code } } }")).AssertNoErrors();
        var six = (await w.Desk.PostAsync("query($u: ID!) { advancePaymentQuote(unitId: $u) { months total } }", new { u = w.UnitA })).AssertNoErrors().Data["advancePaymentQuote"]!;
        Assert.Equal((6, 1464.42m), (six["months"]!.GetValue<int>(), six["total"]!.GetValue<decimal>()));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task The_same_idempotency_key_twice_returns_the_same_payment_and_books_nothing_new(string server)
    {
        var w = await WorldAsync(server);
        await w.BillAsync(w.UnitA, "2026-11", 110m);
        var first = await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 110m, "form-1");
        var second = await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 110m, "form-1");
        Assert.Empty(second["errors"]!.AsArray());
        Assert.Equal(first["payment"]!["id"]!.GetValue<string>(), second["payment"]!["id"]!.GetValue<string>());
        Assert.Equal("SJ00000001", second["payment"]!["receiptNumber"]!.GetValue<string>());
        Assert.Single(second["payment"]!["allocations"]!.AsArray());

        // The key reused for a different payment is a conflict, not a silent success.
        var other = await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 99m, "form-1");
        Assert.Null(other["payment"]);
        Assert.Equal(("CONFLICT", "idempotencyKey"), (other["errors"]![0]!["code"]!.GetValue<string>(), other["errors"]![0]!["field"]!.GetValue<string>()));

        await using var db = w.Open();
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(2, await db.LedgerEntries.CountAsync(e => e.UnitId == w.UnitA));
        Assert.Equal(2, (await db.Set<DocumentSequence>().SingleAsync()).Next);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_requests_with_one_key_book_one_payment(string server)
    {
        var w = await WorldAsync(server);
        await w.BillAsync(w.UnitA, "2026-11", 110m);
        (await w.Desk.PostAsync("mutation($e: ID!) { openShift(input: {estateId: $e}) { errors { code } } }", new { e = w.EstateId })).AssertNoErrors();
        var token = TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => PaymentsWorld.RecordAsync(fx.Api.Client(token), w.UnitA, 150m, "double-click")));
        Assert.All(results, r => Assert.Empty(r["errors"]!.AsArray()));
        Assert.Single(results.Select(r => r["payment"]!["id"]!.GetValue<string>()).Distinct());

        await using var db = w.Open();
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(3, await db.LedgerEntries.CountAsync()); // charge, payment to the bill, prepaid 40
        Assert.Equal(2, (await db.Set<DocumentSequence>().SingleAsync()).Next);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Receipt_numbers_stay_gapless_under_concurrent_payments_and_a_refused_booking_uses_no_number(string server)
    {
        var w = await WorldAsync(server);
        await w.BillAsync(w.UnitA, "2026-11", 100m);
        var billB = await w.BillAsync(w.UnitB, "2026-11", 100m);
        await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 1m); // opens the shift before the burst

        // A booking refused inside the transaction (a bill of another unit) gives its number back.
        await using (var db = w.Open())
        {
            var refused = await Assert.ThrowsAsync<RuleException>(() => PaymentBooking.BookAsync(db,
                new PaymentRequest(w.UnitA, 10m, PaymentMethod.Cash, "refused-1", "desk-1", [billB.Id]), TimeProvider.System, default));
            Assert.Equal(PaymentErrors.BillNotOfUnit, refused.Kind);
        }

        var token = TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1");
        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(n =>
            PaymentsWorld.RecordAsync(fx.Api.Client(token), n % 2 == 0 ? w.UnitA : w.UnitB, 7.5m, "burst-" + n, n % 3 == 0 ? "CARD" : "CASH")));
        Assert.All(results, r => Assert.Empty(r["errors"]!.AsArray()));
        var numbers = results.Select(r => r["payment"]!["receiptNumber"]!.GetValue<string>()).Order().ToList();
        Assert.Equal(Enumerable.Range(2, 16).Select(n => $"SJ{n:00000000}"), numbers);

        await using var check = w.Open();
        Assert.Equal(Enumerable.Range(1, 17).Select(n => (long)n), await check.Payments.OrderBy(p => p.ReceiptNumber).Select(p => p.ReceiptNumber).ToListAsync());
        Assert.Equal(18, (await check.Set<DocumentSequence>().SingleAsync()).Next);
        // Eight payments of 7.50 on each unit's 100 bill: never more allocated than the bill asked for.
        Assert.Equal(39m, (await w.AccountAsync(w.Desk, w.UnitA))["balance"]!.GetValue<decimal>()); // 100 − 1 − 8 × 7.5
        Assert.Equal(40m, (await w.AccountAsync(w.Desk, w.UnitB))["balance"]!.GetValue<decimal>());
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitB);
    }

    [Fact]
    public async Task Bad_input_returns_typed_localised_errors_and_books_nothing()
    {
        var w = await WorldAsync();
        var billB = await w.BillAsync(w.UnitB, "2026-11", 100m);
        var en = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1"), language: "en");

        async Task Refused(Guid unit, decimal amount, string key, string method, Guid[]? bills, decimal? tendered, string type, string field, string message)
        {
            var r = await PaymentsWorld.RecordAsync(en, unit, amount, key, method, bills, tendered);
            Assert.Null(r["payment"]);
            var e = r["errors"]![0]!;
            Assert.Equal((type, field, message), (e["__typename"]!.GetValue<string>(), e["field"]!.GetValue<string>(), e["message"]!.GetValue<string>()));
        }
        await Refused(w.UnitA, 0m, "k1", "CASH", null, null, "InvalidInput", "amount", "Amount must be greater than 0.");
        await Refused(w.UnitA, 1.234m, "k2", "CASH", null, null, "InvalidInput", "amount", "Amount may have at most two decimals.");
        await Refused(w.UnitA, 100m, "k3", "CASH", null, 50m, "TenderedTooLow", "tendered", "Cash tendered must not be less than the amount.");
        await Refused(w.UnitA, 100m, "k4", "CARD", null, 200m, "TenderedTooLow", "tendered", "Cash tendered must not be less than the amount.");
        await Refused(w.UnitA, 100m, "k5", "CASH", [billB.Id], null, "BillNotOfUnit", "billIds", "A chosen bill does not belong to this unit.");
        await Refused(w.UnitA, 100m, " ", "CASH", null, null, "InvalidInput", "idempotencyKey", "Payment key is required.");
        await Refused(Guid.NewGuid(), 100m, "k6", "CASH", null, null, "NotFound", "unitId", "unit was not found.");
        await Refused(w.UnitC, 100m, "k7", "CASH", null, null, "NotFound", "unitId", "unit was not found."); // estate outside desk-1's scope
        var zh = await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 100m, "k8", "CASH", null, 50m);
        Assert.Equal("收取现金不能少于收款金额。", zh["errors"]![0]!["message"]!.GetValue<string>());

        await using var db = w.Open();
        Assert.Equal(0, await db.Payments.CountAsync());
        Assert.Equal(0, await db.CashierShifts.CountAsync());
        Assert.Equal(1, await db.LedgerEntries.CountAsync());
        Assert.Equal(1, (await db.Set<DocumentSequence>().SingleAsync()).Next);
    }

    [Fact]
    public async Task Cash_of_100_or_more_needs_the_counterfeit_check_confirmed_and_nothing_is_booked_without_it()
    {
        var w = await WorldAsync();
        var en = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1"), language: "en");
        // 100 in cash, or 50 paid with a 100 note: the confirmation is missing or false.
        foreach (var (amount, tendered, check) in new (decimal, decimal?, bool?)[] { (100m, null, null), (100m, 120m, false), (50m, 100m, null) })
        {
            var r = await PaymentsWorld.RecordAsync(en, w.UnitA, amount, Guid.NewGuid().ToString(), "CASH", tendered: tendered, notesChecked: check);
            Assert.Null(r["payment"]);
            var e = Assert.Single(r["errors"]!.AsArray())!;
            Assert.Equal(("NotesNotChecked", "notesChecked", "VALIDATION"), (e["__typename"]!.GetValue<string>(), e["field"]!.GetValue<string>(), e["code"]!.GetValue<string>()));
            Assert.Equal("For cash of 100.00 or more, confirm the notes above 50 CNY were checked on the counterfeit detector.", e["message"]!.GetValue<string>());
        }
        var zh = await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 100m, "zh", "CASH", notesChecked: null);
        Assert.Equal("现金 100 元及以上须确认已验钞（50 元以上面额已过验钞机）。", zh["errors"]![0]!["message"]!.GetValue<string>());
        await using (var db = w.Open())
        {
            Assert.Equal(0, await db.Payments.CountAsync());
            Assert.Equal(0, await db.CashierShifts.CountAsync());
            Assert.Equal(1, (await db.Set<DocumentSequence>().SingleAsync()).Next);
        }

        // Below 100 in cash, or any other method, needs no confirmation; a confirmed cash payment stores it.
        var small = await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 99.99m, "small", "CASH", notesChecked: null);
        Assert.False(small["payment"]!["notesChecked"]!.GetValue<bool>());
        var card = await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 500m, "card", "CARD", notesChecked: null);
        Assert.Empty(card["errors"]!.AsArray());
        var cash = await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 100m, "cash", "CASH", tendered: 200m, notesChecked: true);
        Assert.True(cash["payment"]!["notesChecked"]!.GetValue<bool>());
        await using var check2 = w.Open();
        Assert.Equal([false, false, true], await check2.Payments.OrderBy(p => p.ReceiptNumber).Select(p => p.NotesChecked).ToListAsync());
    }

    [Fact]
    public async Task Only_billing_staff_take_payments_and_residents_see_only_their_own()
    {
        var w = await WorldAsync();
        await w.BillAsync(w.UnitA, "2026-11", 100m);
        var mine = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 100m);
        await PaymentsWorld.PayAsync(w.Desk, w.UnitB, 50m);
        var resident = w.Resident(w.OwnerA);

        var refused = await resident.PostAsync(PaymentsWorld.RecordMutation, new { u = w.UnitA, a = 1m, m = "CASH", k = "r1" });
        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
        var engineer = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["engineer"], [w.EstateId]));
        Assert.Equal("FORBIDDEN", (await engineer.PostAsync(PaymentsWorld.RecordMutation, new { u = w.UnitA, a = 1m, m = "CASH", k = "e1" })).FirstErrorCode);

        var own = (await resident.PostAsync("{ myPayments { id receiptNumber amount allocations { amount } } }")).AssertNoErrors().Data["myPayments"]!.AsArray();
        Assert.Equal(mine["id"]!.GetValue<string>(), Assert.Single(own)!["id"]!.GetValue<string>());
        var q = "query($u: ID) { payments(unitId: $u, first: 10) { totalCount nodes { id unit { number } } } }";
        Assert.Equal(1, (await resident.PostAsync(q, new { u = w.UnitA })).AssertNoErrors().Data["payments"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await resident.PostAsync(q, new { u = w.UnitB })).AssertNoErrors().Data["payments"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(0, (await resident.PostAsync(q, new { u = (Guid?)null })).AssertNoErrors().Data["payments"]!["totalCount"]!.GetValue<int>());
        Assert.Null((await resident.PostAsync("query($u: ID!) { unitAccount(unitId: $u) { balance } }", new { u = w.UnitB })).AssertNoErrors().Data["unitAccount"]);
        Assert.Equal(0m, (await w.AccountAsync(resident, w.UnitA))["balance"]!.GetValue<decimal>());

        // Staff page through all payments of their estate, newest first.
        var page1 = (await w.Desk.PostAsync("{ payments(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { receiptNumber } } }")).AssertNoErrors().Data["payments"]!;
        Assert.Equal((2, true, "SJ00000002"), (page1["totalCount"]!.GetValue<int>(), page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>(), page1["nodes"]![0]!["receiptNumber"]!.GetValue<string>()));
        var page2 = (await w.Desk.PostAsync("query($a: String) { payments(first: 1, after: $a) { nodes { receiptNumber } } }", new { a = page1["pageInfo"]!["endCursor"]!.GetValue<string>() })).AssertNoErrors().Data["payments"]!;
        Assert.Equal("SJ00000001", page2["nodes"]![0]!["receiptNumber"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_company_or_estate_cannot_see_or_book_on_these_units()
    {
        var w = await WorldAsync();
        var other = await WorldAsync();
        var bill = await w.BillAsync(w.UnitA, "2026-11", 100m);
        var payment = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 40m);

        foreach (var token in new[] { TestTokens.CompanyAdmin(other.Tenant.Slug), TestTokens.For(w.Tenant.Slug, ["estate_manager"], [w.OtherEstateId]) })
        {
            var c = fx.Api.Client(token);
            var data = (await c.PostAsync("query($u: ID!) { unitAccount(unitId: $u) { balance } advancePaymentQuote(unitId: $u) { total } payments(unitId: $u) { totalCount } all: payments { totalCount } }", new { u = w.UnitA })).AssertNoErrors().Data;
            Assert.Null(data["unitAccount"]);
            Assert.Null(data["advancePaymentQuote"]);
            Assert.Equal(0, data["payments"]!["totalCount"]!.GetValue<int>());
            Assert.Equal(0, data["all"]!["totalCount"]!.GetValue<int>());
            var r = await PaymentsWorld.RecordAsync(c, w.UnitA, 60m, "steal", bills: [bill.Id]);
            Assert.Equal("NOT_FOUND", r["errors"]![0]!["code"]!.GetValue<string>());
            var charge = (await c.PostAsync("mutation($u: ID!, $f: ID!) { chargeOneOff(input: {unitId: $u, feeItemId: $f, quantity: 1}) { errors { code } } }", new { u = w.UnitA, f = Guid.NewGuid() })).AssertNoErrors().Data["chargeOneOff"]!;
            Assert.Equal("NOT_FOUND", charge["errors"]![0]!["code"]!.GetValue<string>());
        }
        await using var db = w.Open();
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(60m, (await w.AccountAsync(w.Admin, w.UnitA))["balance"]!.GetValue<decimal>());
        await using var theirs = other.Open();
        Assert.Equal(0, await theirs.Payments.CountAsync());
        Assert.NotNull(payment);
    }

    [Fact]
    public async Task A_one_off_charge_is_a_bill_due_today_with_one_line_and_a_charge_entry()
    {
        var w = await WorldAsync();
        async Task<string> ItemAsync(string name, string kind, decimal rate)
        {
            var id = (await w.Admin.PostAsync($"mutation($e: ID!, $n: String!) {{ createFeeItem(input: {{estateId: $e, name: $n, kind: {kind}}}) {{ feeItem {{ id }} }} }}", new { e = w.EstateId, n = name })).AssertNoErrors().Data["createFeeItem"]!["feeItem"]!["id"]!.GetValue<string>();
            (await w.Admin.PostAsync("mutation($f: ID!, $a: Decimal!) { addFeeRate(input: {feeItemId: $f, amount: $a, effectiveFrom: \"2026-01-01\"}) { errors { code } } }", new { f = id, a = rate })).AssertNoErrors();
            return id;
        }
        var card = await ItemAsync("IC卡工本费", "ONE_OFF", 20m);
        var management = await ItemAsync("物业服务费", "MANAGEMENT_PER_AREA", 2.13m);
        const string charge = "mutation($u: ID!, $f: ID!, $q: Decimal!, $n: String) { chargeOneOff(input: {unitId: $u, feeItemId: $f, quantity: $q, note: $n}) { bill { id period total dueDate lines { description quantity unitRate amount } } errors { __typename code field message } } }";

        var ok = (await w.Desk.PostAsync(charge, new { u = w.UnitA, f = card, q = 2m, n = "门禁卡" })).AssertNoErrors().Data["chargeOneOff"]!;
        Assert.Empty(ok["errors"]!.AsArray());
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal((40m, today.ToString("yyyy-MM"), today.ToString("yyyy-MM-dd")), (ok["bill"]!["total"]!.GetValue<decimal>(), ok["bill"]!["period"]!.GetValue<string>(), ok["bill"]!["dueDate"]!.GetValue<string>()));
        var line = Assert.Single(ok["bill"]!["lines"]!.AsArray())!;
        Assert.Equal(("IC卡工本费（门禁卡）", 2m, 20m, 40m), (line["description"]!.GetValue<string>(), line["quantity"]!.GetValue<decimal>(), line["unitRate"]!.GetValue<decimal>(), line["amount"]!.GetValue<decimal>()));

        // A second one-off in the same month is its own bill.
        (await w.Desk.PostAsync(charge, new { u = w.UnitA, f = card, q = 1m })).AssertNoErrors();
        await using var db = w.Open();
        var bills = await db.Bills.Where(b => b.UnitId == w.UnitA).ToListAsync();
        Assert.Equal(2, bills.Count);
        Assert.All(bills, b => Assert.StartsWith("oneoff:", b.Source));
        Assert.Equal("oneoff:" + ok["bill"]!["id"]!.GetValue<string>(), bills.Single(b => b.Total == 40m).Source);
        Assert.Equal([20m, 40m], (await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Charge).Select(e => e.Amount).ToListAsync()).Order());

        var wrongKind = (await w.Desk.PostAsync(charge, new { u = w.UnitA, f = management, q = 1m })).AssertNoErrors().Data["chargeOneOff"]!;
        Assert.Equal(("InvalidInput", "feeItemId"), (wrongKind["errors"]![0]!["__typename"]!.GetValue<string>(), wrongKind["errors"]![0]!["field"]!.GetValue<string>()));
        var zero = (await w.Desk.PostAsync(charge, new { u = w.UnitA, f = card, q = 0m })).AssertNoErrors().Data["chargeOneOff"]!;
        Assert.Equal("quantity", zero["errors"]![0]!["field"]!.GetValue<string>());
        Assert.Equal(2, await db.Bills.CountAsync());
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }

    [Fact]
    public async Task Billing_settings_are_validated_and_only_for_company_admins()
    {
        var w = await WorldAsync();
        const string read = "{ billingSettings { stripeAccountId currency collectionDay advanceMonths lateFeeEnabled lateFeeDailyRate lateFeeGraceDays lateFeeContractClause } }";
        var defaults = (await w.Admin.PostAsync(read)).AssertNoErrors().Data["billingSettings"]!;
        Assert.Equal(("CNY", 15, 3, false), (defaults["currency"]!.GetValue<string>(), defaults["collectionDay"]!.GetValue<int>(), defaults["advanceMonths"]!.GetValue<int>(), defaults["lateFeeEnabled"]!.GetValue<bool>()));
        Assert.Equal("FORBIDDEN", (await w.Supervisor.PostAsync(read)).FirstErrorCode);

        const string update = "mutation($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { settings { stripeAccountId collectionDay advanceMonths lateFeeEnabled lateFeeDailyRate lateFeeContractClause } errors { __typename field message } } }";
        var en = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug), language: "en");
        var bad = (await en.PostAsync(update, new { i = new { stripeAccountId = "sk_live_123", collectionDay = 29, advanceMonths = 13, lateFeeEnabled = true, lateFeeDailyRate = 0.01m, lateFeeGraceDays = 0 } })).AssertNoErrors().Data["updateBillingSettings"]!;
        Assert.Null(bad["settings"]);
        Assert.Equal(["advanceMonths", "collectionDay", "lateFeeContractClause", "lateFeeDailyRate", "stripeAccountId"], bad["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).Order());
        Assert.All(bad["errors"]!.AsArray(), e => Assert.Equal("InvalidInput", e!["__typename"]!.GetValue<string>()));
        var noRate = (await en.PostAsync(update, new { i = new { collectionDay = 15, advanceMonths = 3, lateFeeEnabled = true, lateFeeDailyRate = 0m, lateFeeGraceDays = 0, lateFeeContractClause = "合同第12条" } })).AssertNoErrors().Data["updateBillingSettings"]!;
        Assert.Equal("lateFeeDailyRate", Assert.Single(noRate["errors"]!.AsArray())!["field"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", (await w.Supervisor.PostAsync(update, new { i = new { collectionDay = 1, advanceMonths = 1, lateFeeEnabled = false, lateFeeDailyRate = 0m, lateFeeGraceDays = 0 } })).FirstErrorCode);
        Assert.Equal(3, (await w.Admin.PostAsync(read)).AssertNoErrors().Data["billingSettings"]!["advanceMonths"]!.GetValue<int>());

        var ok = (await en.PostAsync(update, new { i = new { stripeAccountId = "acct_1Abc234", collectionDay = 28, advanceMonths = 0, lateFeeEnabled = true, lateFeeDailyRate = 0.0005m, lateFeeGraceDays = 10, lateFeeContractClause = "合同第12条" } })).AssertNoErrors().Data["updateBillingSettings"]!;
        Assert.Empty(ok["errors"]!.AsArray());
        var now = (await w.Admin.PostAsync(read)).AssertNoErrors().Data["billingSettings"]!;
        Assert.Equal(("acct_1Abc234", 28, 0, true, 0.0005m, "合同第12条"), (now["stripeAccountId"]!.GetValue<string>(), now["collectionDay"]!.GetValue<int>(), now["advanceMonths"]!.GetValue<int>(),
            now["lateFeeEnabled"]!.GetValue<bool>(), now["lateFeeDailyRate"]!.GetValue<decimal>(), now["lateFeeContractClause"]!.GetValue<string>()));
    }
    private const string Adjust = "mutation($b: ID!, $a: Decimal!) { adjustBill(input: {billId: $b, amount: $a, reason: \"调整\"}) { entry { id } errors { __typename code field message } } }";
    private const string RefundIt = "mutation($p: ID!, $a: Decimal!, $k: String!) { refundPayment(input: {paymentId: $p, amount: $a, reason: \"退款\", idempotencyKey: $k}) { refund { id } errors { __typename code field message } } }";
    private const string Limits = "mutation($i: UpdateBillingSettingsInput!) { updateBillingSettings(input: $i) { settings { maxPaymentAmount maxRefundAmount maxAdjustmentAmount } errors { field code } } }";

    private static void AssertAboveLimit(JsonNode payload, string limit)
    {
        var e = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal(("AboveLimit", "VALIDATION", "amount"), (e["__typename"]!.GetValue<string>(), e["code"]!.GetValue<string>(), e["field"]!.GetValue<string>()));
        Assert.Contains(limit, e["message"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Desk_payments_refunds_and_adjustments_above_the_company_limits_are_refused_and_change_nothing(string server)
    {
        var w = await WorldAsync(server);
        var bill = await w.BillAsync(w.UnitA, "2026-10", 100m);

        // The defaults: 1,000,000.00 for a payment or a refund, 100,000.00 for an adjustment.
        AssertAboveLimit(await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 1_000_000_000_000m, "huge", "TRANSFER"), "1,000,000.00");
        AssertAboveLimit((await w.Desk.PostAsync(Adjust, new { b = bill.Id, a = -1_000_000_000_000m })).AssertNoErrors().Data["adjustBill"]!, "100,000.00");
        Assert.Empty((await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 1_000_000m, "max", "TRANSFER"))["errors"]!.AsArray());

        // A company admin lowers them.
        var set = (await w.Admin.PostAsync(Limits, new { i = new { collectionDay = 15, advanceMonths = 3, lateFeeEnabled = false, lateFeeDailyRate = 0m, lateFeeGraceDays = 0,
            maxPaymentAmount = 500m, maxRefundAmount = 50m, maxAdjustmentAmount = 20m } })).AssertNoErrors().Data["updateBillingSettings"]!;
        Assert.Empty(set["errors"]!.AsArray());
        Assert.Equal((500m, 50m, 20m), (set["settings"]!["maxPaymentAmount"]!.GetValue<decimal>(), set["settings"]!["maxRefundAmount"]!.GetValue<decimal>(), set["settings"]!["maxAdjustmentAmount"]!.GetValue<decimal>()));
        var bad = (await w.Admin.PostAsync(Limits, new { i = new { collectionDay = 15, advanceMonths = 3, lateFeeEnabled = false, lateFeeDailyRate = 0m, lateFeeGraceDays = 0,
            maxPaymentAmount = 0m, maxRefundAmount = 0.001m, maxAdjustmentAmount = -1m } })).AssertNoErrors().Data["updateBillingSettings"]!;
        Assert.Equal(["maxAdjustmentAmount", "maxPaymentAmount", "maxRefundAmount"], bad["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).Order());

        AssertAboveLimit(await PaymentsWorld.RecordAsync(w.Desk, w.UnitA, 500.01m, "over", "TRANSFER"), "500.00");
        var ok = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 500m, "TRANSFER");
        AssertAboveLimit((await w.Admin.PostAsync(RefundIt, new { p = Id(ok["id"]!), a = 50.01m, k = "r-over" })).AssertNoErrors().Data["refundPayment"]!, "50.00");
        AssertAboveLimit((await w.Desk.PostAsync(Adjust, new { b = bill.Id, a = 20.01m })).AssertNoErrors().Data["adjustBill"]!, "20.00");
        Assert.Empty((await w.Desk.PostAsync(Adjust, new { b = bill.Id, a = -20m })).AssertNoErrors().Data["adjustBill"]!["errors"]!.AsArray());

        await using var db = w.Open();
        Assert.Equal([1_000_000m, 500m], (await db.Payments.Select(p => p.Amount).ToListAsync()).Order().Reverse());
        Assert.Empty(await db.Set<PaymentRefund>().ToListAsync());
        Assert.Equal(-20m, Assert.Single(await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Adjustment).ToListAsync()).Amount);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }
}

/// <summary>
/// A company with estate E (units A 100.5 ㎡ owned by resident OwnerA, and B) and estate F (unit C), and clients for
/// the admin, front-desk agent "desk-1" of E, and supervisor "sup-1" of E. Shared by the payment, shift and receipt tests.
/// </summary>
public sealed record PaymentsWorld(ApiFactory Api, Tenant Tenant, Guid EstateId, Guid OtherEstateId, Guid UnitA, Guid UnitB, Guid UnitC, Guid OwnerA, Guid OwnerB,
    GraphQLClient Admin, GraphQLClient Desk, GraphQLClient Supervisor)
{
    public const string RecordMutation = """
        mutation($u: ID!, $a: Decimal!, $m: PaymentMethod!, $k: String!, $b: [ID!], $t: Decimal, $p: String, $n: Boolean) {
          recordPayment(input: {unitId: $u, amount: $a, method: $m, idempotencyKey: $k, billIds: $b, tendered: $t, payerName: $p, notesChecked: $n}) {
            payment { id receiptNumber unitId method amount prepaid refunded shiftId receivedBy receiptUrl tendered change notesChecked
                      allocations { amount bill { id period } } }
            errors { __typename code field message }
          }
        }
        """;

    public static async Task<PaymentsWorld> CreateAsync(ApiFactory api, string server = "local")
    {
        TestDatabases.SkipWithoutPostgres(server);
        var t = await api.CompanyAsync("pay-" + Guid.NewGuid().ToString("N")[..6], server);
        await using var db = api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("收款园");
        var building = b.Building(estate, "1栋");
        var a = b.Unit(building, "101", 1, 100.5m);
        var bb = b.Unit(building, "102", 1, 89.5m);
        var other = b.Estate("别的园");
        var c = b.Unit(b.Building(other, "9栋"), "901", 9, 80m);
        var owner = b.Person("收款业主");
        b.Owner(a, owner);
        var ownerB = b.Person("隔壁业主");
        b.Owner(bb, ownerB);
        await b.SaveAsync();
        return new PaymentsWorld(api, t, estate.Id, other.Id, a.Id, bb.Id, c.Id, owner.Id, ownerB.Id,
            api.Client(TestTokens.CompanyAdmin(t.Slug)),
            api.Client(TestTokens.For(t.Slug, ["front_desk"], [estate.Id], user: "desk-1")),
            api.Client(TestTokens.For(t.Slug, ["supervisor"], [estate.Id], user: "sup-1")));
    }

    public TenantDbContext Open() => Api.Open(Tenant);

    public GraphQLClient Resident(Guid person) => Api.Client(TestTokens.For(Tenant.Slug, ["resident"], person: person));

    /// <summary>A bill as the billing run issues it: the bill and its Charge entry.</summary>
    public async Task<Bill> BillAsync(Guid unitId, string period, decimal total)
    {
        await using var db = Open();
        var p = BillingPeriod.TryParse(period, out var bp) ? bp : throw new ArgumentException(period);
        var bill = new Bill { UnitId = unitId, EstateId = (await db.Units.SingleAsync(u => u.Id == unitId)).EstateId, Period = period, Total = total, IssuedAt = DateTime.UtcNow, DueDate = p.DueDate };
        bill.Lines.Add(new BillLine { BillId = bill.Id, FeeItemId = Guid.NewGuid(), Description = "物业服务费", Quantity = 1, UnitRate = total, Amount = total });
        db.Bills.Add(bill);
        db.LedgerEntries.Add(new LedgerEntry { UnitId = unitId, BillId = bill.Id, Kind = LedgerEntryKind.Charge, Amount = total, CreatedBy = "system", CreatedAt = DateTime.UtcNow });
        // Bill lines point at a fee item; make one for the estate so the foreign key holds.
        db.FeeItems.Add(new FeeItem { Id = bill.Lines[0].FeeItemId, EstateId = bill.EstateId, Name = "物业服务费-" + bill.Id.ToString("N"), CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        return bill;
    }

    /// <summary>Sends notesChecked = true (the cashier ticked 已验钞) unless told otherwise.</summary>
    public static async Task<JsonNode> RecordAsync(GraphQLClient c, Guid unitId, decimal amount, string key, string method = "CASH", Guid[]? bills = null, decimal? tendered = null, string? payer = null,
        bool? notesChecked = true) =>
        (await c.PostAsync(RecordMutation, new { u = unitId, a = amount, m = method, k = key, b = bills, t = tendered, p = payer, n = notesChecked })).AssertNoErrors().Data["recordPayment"]!;

    /// <summary>Records and asserts success; returns the payment.</summary>
    public static async Task<JsonNode> PayAsync(GraphQLClient c, Guid unitId, decimal amount, string method = "CASH", Guid[]? bills = null, decimal? tendered = null)
    {
        var r = await RecordAsync(c, unitId, amount, Guid.NewGuid().ToString(), method, bills, tendered);
        Assert.Empty(r["errors"]!.AsArray());
        return r["payment"]!;
    }

    public async Task<JsonNode> AccountAsync(GraphQLClient c, Guid unitId) =>
        (await c.PostAsync("query($u: ID!) { unitAccount(unitId: $u) { unitId balance due prepaid bills { open paid bill { id period total } } ageing { total overdue } } }", new { u = unitId }))
        .AssertNoErrors().Data["unitAccount"]!;

    /// <summary>The ledger invariant: the account's balance is the sum of the unit's entries.</summary>
    public async Task AssertBalanceIsSumOfEntriesAsync(Guid unitId)
    {
        await using var db = Open();
        var sum = (await db.LedgerEntries.Where(e => e.UnitId == unitId).Select(e => e.Amount).ToListAsync()).Sum();
        var account = await AccountAsync(Admin, unitId);
        Assert.Equal(sum, account["balance"]!.GetValue<decimal>());
        var ledger = (await Admin.PostAsync("query($u: ID!) { unitLedger(unitId: $u) { balance } }", new { u = unitId })).AssertNoErrors().Data["unitLedger"]!;
        Assert.Equal(sum, ledger["balance"]!.GetValue<decimal>());
        // Allocations never exceed what a bill asked for.
        var bills = await db.Bills.Where(b => b.UnitId == unitId).ToListAsync();
        var allocations = await db.PaymentAllocations.ToListAsync();
        foreach (var bill in bills) Assert.True(allocations.Where(a => a.BillId == bill.Id).Sum(a => a.Amount) <= bill.Total, $"bill {bill.Period} over-allocated");
    }
}
