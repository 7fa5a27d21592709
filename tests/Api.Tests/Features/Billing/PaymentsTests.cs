using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Payments;
using UnitAccountView = PropertySaaS.Api.Tests.Support.UnitAccountView;
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

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_payment_settles_the_chosen_bills_and_the_rest_becomes_prepaid_that_settles_the_oldest_bill(string server)
    {
        var w = await WorldAsync(server);
        var oct = await w.BillAsync(w.UnitA, "2026-10", 100m);
        var nov = await w.BillAsync(w.UnitA, "2026-11", 110m);

        var p = await w.Desk.PayAsync(w.UnitA, 150m, bills: [nov.Id], tendered: 200m);
        Assert.Equal("SJ00000001", p.ReceiptNumber);
        Assert.Equal(40m, p.Prepaid);
        Assert.Equal(50m, p.Change);
        Assert.Equal("desk-1", p.ReceivedBy);
        Assert.Equal($"/receipts/{p.Id}", p.ReceiptUrl);
        var alloc = Assert.Single(p.Allocations);
        Assert.Equal((nov.Id, 110m), (alloc.Bill.Id, alloc.Amount));

        // The prepaid 40 settles October in part: 60 left to pay.
        var account = (await w.Desk.UnitAccountAsync(w.UnitA))!;
        Assert.Equal(60m, account.Balance);
        Assert.Equal(60m, account.Due);
        Assert.Equal(0m, account.Prepaid);
        Assert.Equal([(oct.Id, 60m, false), (nov.Id, 0m, true)], account.Bills.Select(b => (b.Bill.Id, b.Open, b.Paid)));
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Without_chosen_bills_a_payment_settles_the_oldest_open_bills_first(string server)
    {
        var w = await WorldAsync(server);
        var oct = await w.BillAsync(w.UnitA, "2026-10", 100m);
        var nov = await w.BillAsync(w.UnitA, "2026-11", 110m);
        await w.BillAsync(w.UnitB, "2026-09", 999m); // another unit's bill is never touched

        var p = await w.Desk.PayAsync(w.UnitA, 150m, "TRANSFER");
        Assert.Equal([(oct.Id, 100m), (nov.Id, 50m)], p.Allocations.Select(a => (a.Bill.Id, a.Amount)));
        Assert.Equal(0m, p.Prepaid);
        Assert.Equal(60m, (await w.Desk.UnitAccountAsync(w.UnitA))!.Balance);
        Assert.Equal(999m, (await w.Desk.UnitAccountAsync(w.UnitB))!.Balance);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitB);
    }

    private const string Quote = "query($u: ID!) { advancePaymentQuote(unitId: $u) { months monthlyAmount total } }";
    private sealed record QuoteView(int Months, decimal MonthlyAmount, decimal Total);

    [Fact]
    public async Task An_advance_payment_is_prepaid_and_the_next_billing_run_draws_from_it()
    {
        var w = await WorldAsync();
        await w.Admin.StandardFeesAsync(w.EstateId);
        await w.Admin.FeeItemAsync(w.EstateId, "停车费", "PARKING", 300m);

        // 100.5 × 2.13 = 214.065 → 214.07, + 30; parking is not part of the management fee. Three months by default.
        var quote = await w.Desk.QueryAsync<QuoteView>(Quote, new { u = w.UnitA });
        Assert.Equal((3, 244.07m, 732.21m), (quote.Months, quote.MonthlyAmount, quote.Total));

        var p = await w.Desk.PayAsync(w.UnitA, 732.21m);
        Assert.Equal(732.21m, p.Prepaid);
        Assert.Empty(p.Allocations);
        Assert.Equal(-732.21m, (await w.Desk.UnitAccountAsync(w.UnitA))!.Balance);

        (await w.Admin.StartBillingRunAsync(w.EstateId, "2026-12")).Ok();
        await fx.Api.RunDueJobsAsync();

        var account = (await w.Desk.UnitAccountAsync(w.UnitA))!;
        var dec = Assert.Single(account.Bills);
        Assert.Equal((244.07m, 0m, true), (dec.Bill.Total, dec.Open, dec.Paid));
        Assert.Equal(488.14m, account.Prepaid);
        Assert.Equal(-488.14m, account.Balance);
        Assert.Equal(0m, account.Ageing.Total);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);

        // The quote follows the company setting.
        (await w.Admin.UpdateBillingSettingsAsync(new { collectionDay = 15, advanceMonths = 6, lateFeeEnabled = false, lateFeeDailyRate = 0, lateFeeGraceDays = 0 })).Ok();
        var six = await w.Desk.QueryAsync<QuoteView>(Quote, new { u = w.UnitA });
        Assert.Equal((6, 1464.42m), (six.Months, six.Total));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task The_same_idempotency_key_twice_returns_the_same_payment_and_books_nothing_new(string server)
    {
        var w = await WorldAsync(server);
        await w.BillAsync(w.UnitA, "2026-11", 110m);
        var first = await w.Desk.RecordPaymentAsync(w.UnitA, 110m, "form-1");
        var second = await w.Desk.RecordPaymentAsync(w.UnitA, 110m, "form-1");
        Assert.Empty(second.Errors);
        Assert.Equal(first.Result!.Id, second.Result!.Id);
        Assert.Equal("SJ00000001", second.Result.ReceiptNumber);
        Assert.Single(second.Result.Allocations);

        // The key reused for a different payment is a conflict, not a silent success.
        var other = await w.Desk.RecordPaymentAsync(w.UnitA, 99m, "form-1");
        Assert.Null(other.Result);
        Assert.Equal(("CONFLICT", "idempotencyKey"), (other.Errors[0].Code, other.Errors[0].Field));

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
        await w.Desk.OpenShiftAsync(w.EstateId);
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => w.NewDesk().RecordPaymentAsync(w.UnitA, 150m, "double-click")));
        Assert.All(results, r => Assert.Empty(r.Errors));
        Assert.Single(results.Select(r => r.Result!.Id).Distinct());

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
        await w.Desk.PayAsync(w.UnitA, 1m); // opens the shift before the burst

        // A booking refused inside the transaction (a bill of another unit) gives its number back.
        await using (var db = w.Open())
        {
            var refused = await Assert.ThrowsAsync<RuleException>(() => PaymentBooking.BookAsync(db,
                new PaymentRequest(w.UnitA, 10m, PaymentMethod.Cash, "refused-1", "desk-1", [billB.Id]), TimeProvider.System, default));
            Assert.Equal(PaymentErrors.BillNotOfUnit, refused.Kind);
        }

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(n =>
            w.NewDesk().RecordPaymentAsync(n % 2 == 0 ? w.UnitA : w.UnitB, 7.5m, "burst-" + n, n % 3 == 0 ? "CARD" : "CASH")));
        Assert.All(results, r => Assert.Empty(r.Errors));
        var numbers = results.Select(r => r.Result!.ReceiptNumber).Order().ToList();
        Assert.Equal(Enumerable.Range(2, 16).Select(n => $"SJ{n:00000000}"), numbers);

        await using var check = w.Open();
        Assert.Equal(Enumerable.Range(1, 17).Select(n => (long)n), await check.Payments.OrderBy(p => p.ReceiptNumber).Select(p => p.ReceiptNumber).ToListAsync());
        Assert.Equal(18, (await check.Set<DocumentSequence>().SingleAsync()).Next);
        // Eight payments of 7.50 on each unit's 100 bill: never more allocated than the bill asked for.
        Assert.Equal(39m, (await w.Desk.UnitAccountAsync(w.UnitA))!.Balance); // 100 − 1 − 8 × 7.5
        Assert.Equal(40m, (await w.Desk.UnitAccountAsync(w.UnitB))!.Balance);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitB);
    }

    [Fact]
    public async Task Bad_input_returns_typed_localised_errors_and_books_nothing()
    {
        var w = await WorldAsync();
        var billB = await w.BillAsync(w.UnitB, "2026-11", 100m);
        var en = w.NewDesk("en");

        async Task Refused(Guid unit, decimal amount, string key, string method, Guid[]? bills, decimal? tendered, string type, string field, string message)
        {
            var r = await en.RecordPaymentAsync(unit, amount, key, method, bills, tendered);
            Assert.Null(r.Result);
            var e = r.Errors[0];
            Assert.Equal((type, field, message), (e.Typename, e.Field, e.Message));
        }
        await Refused(w.UnitA, 0m, "k1", "CASH", null, null, "InvalidInput", "amount", "Amount must be greater than 0.");
        await Refused(w.UnitA, 1.234m, "k2", "CASH", null, null, "InvalidInput", "amount", "Amount may have at most two decimals.");
        await Refused(w.UnitA, 100m, "k3", "CASH", null, 50m, "TenderedTooLow", "tendered", "Cash tendered must not be less than the amount.");
        await Refused(w.UnitA, 100m, "k4", "CARD", null, 200m, "TenderedTooLow", "tendered", "Cash tendered must not be less than the amount.");
        await Refused(w.UnitA, 100m, "k5", "CASH", [billB.Id], null, "BillNotOfUnit", "billIds", "A chosen bill does not belong to this unit.");
        await Refused(w.UnitA, 100m, " ", "CASH", null, null, "InvalidInput", "idempotencyKey", "Payment key is required.");
        await Refused(Guid.NewGuid(), 100m, "k6", "CASH", null, null, "NotFound", "unitId", "unit was not found.");
        await Refused(w.UnitC, 100m, "k7", "CASH", null, null, "NotFound", "unitId", "unit was not found."); // estate outside desk-1's scope
        var zh = await w.Desk.RecordPaymentAsync(w.UnitA, 100m, "k8", "CASH", null, 50m);
        Assert.Equal("收取现金不能少于收款金额。", zh.Errors[0].Message);

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
        var en = w.NewDesk("en");
        // 100 in cash, or 50 paid with a 100 note: the confirmation is missing or false.
        foreach (var (amount, tendered, check) in new (decimal, decimal?, bool?)[] { (100m, null, null), (100m, 120m, false), (50m, 100m, null) })
        {
            var r = await en.RecordPaymentAsync(w.UnitA, amount, Guid.NewGuid().ToString(), "CASH", tendered: tendered, notesChecked: check);
            Assert.Null(r.Result);
            var e = Assert.Single(r.Errors);
            Assert.Equal(("NotesNotChecked", "notesChecked", "VALIDATION"), (e.Typename, e.Field, e.Code));
            Assert.Equal("For cash of 100.00 or more, confirm the notes above 50 CNY were checked on the counterfeit detector.", e.Message);
        }
        var zh = await w.Desk.RecordPaymentAsync(w.UnitA, 100m, "zh", "CASH", notesChecked: null);
        Assert.Equal("现金 100 元及以上须确认已验钞（50 元以上面额已过验钞机）。", zh.Errors[0].Message);
        await using (var db = w.Open())
        {
            Assert.Equal(0, await db.Payments.CountAsync());
            Assert.Equal(0, await db.CashierShifts.CountAsync());
            Assert.Equal(1, (await db.Set<DocumentSequence>().SingleAsync()).Next);
        }

        // Below 100 in cash, or any other method, needs no confirmation; a confirmed cash payment stores it.
        var small = await w.Desk.RecordPaymentAsync(w.UnitA, 99.99m, "small", "CASH", notesChecked: null);
        Assert.False(small.Result!.NotesChecked);
        var card = await w.Desk.RecordPaymentAsync(w.UnitA, 500m, "card", "CARD", notesChecked: null);
        Assert.Empty(card.Errors);
        var cash = await w.Desk.RecordPaymentAsync(w.UnitA, 100m, "cash", "CASH", tendered: 200m, notesChecked: true);
        Assert.True(cash.Result!.NotesChecked);
        await using var check2 = w.Open();
        Assert.Equal([false, false, true], await check2.Payments.OrderBy(p => p.ReceiptNumber).Select(p => p.NotesChecked).ToListAsync());
    }

    private sealed record PaymentPage(int TotalCount, PageInfoView PageInfo, IReadOnlyList<PaymentView> Nodes);
    private sealed record PageInfoView(bool HasNextPage, string? EndCursor);

    [Fact]
    public async Task Only_billing_staff_take_payments_and_residents_see_only_their_own()
    {
        var w = await WorldAsync();
        await w.BillAsync(w.UnitA, "2026-11", 100m);
        var mine = await w.Desk.PayAsync(w.UnitA, 100m);
        await w.Desk.PayAsync(w.UnitB, 50m);
        var resident = w.Resident(w.OwnerA);

        var refused = await resident.PostAsync(PaymentsBuilder.RecordPayment, new { u = w.UnitA, a = 1m, m = "CASH", k = "r1" });
        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
        var engineer = w.Company.Client(["engineer"], [w.EstateId]);
        Assert.Equal("FORBIDDEN", (await engineer.PostAsync(PaymentsBuilder.RecordPayment, new { u = w.UnitA, a = 1m, m = "CASH", k = "e1" })).FirstErrorCode);

        var own = await resident.QueryAsync<List<PaymentView>>("{ myPayments { id receiptNumber amount allocations { amount } } }");
        Assert.Equal(mine.Id, Assert.Single(own).Id);
        var q = "query($u: ID) { payments(unitId: $u, first: 10) { totalCount nodes { id unit { number } } } }";
        Assert.Equal(1, (await resident.QueryAsync<PaymentPage>(q, new { u = w.UnitA })).TotalCount);
        Assert.Equal(0, (await resident.QueryAsync<PaymentPage>(q, new { u = w.UnitB })).TotalCount);
        Assert.Equal(0, (await resident.QueryAsync<PaymentPage>(q, new { u = (Guid?)null })).TotalCount);
        Assert.Null(await resident.QueryAsync<UnitAccountView?>("query($u: ID!) { unitAccount(unitId: $u) { balance } }", new { u = w.UnitB }));
        Assert.Equal(0m, (await resident.UnitAccountAsync(w.UnitA))!.Balance);

        // Staff page through all payments of their estate, newest first.
        var page1 = await w.Desk.QueryAsync<PaymentPage>("{ payments(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { receiptNumber } } }");
        Assert.Equal((2, true, "SJ00000002"), (page1.TotalCount, page1.PageInfo.HasNextPage, page1.Nodes[0].ReceiptNumber));
        var page2 = await w.Desk.QueryAsync<PaymentPage>("query($a: String) { payments(first: 1, after: $a) { nodes { receiptNumber } } }", new { a = page1.PageInfo.EndCursor });
        Assert.Equal("SJ00000001", page2.Nodes[0].ReceiptNumber);
    }

    [Fact]
    public async Task Another_company_or_estate_cannot_see_or_book_on_these_units()
    {
        var w = await WorldAsync();
        var other = await WorldAsync();
        var bill = await w.BillAsync(w.UnitA, "2026-11", 100m);
        var payment = await w.Desk.PayAsync(w.UnitA, 40m);

        foreach (var token in new[] { TestTokens.CompanyAdmin(other.Tenant.Slug), TestTokens.For(w.Tenant.Slug, ["estate_manager"], [w.OtherEstateId]) })
        {
            var c = fx.Api.Client(token);
            var data = (await c.PostAsync("query($u: ID!) { unitAccount(unitId: $u) { balance } advancePaymentQuote(unitId: $u) { total } payments(unitId: $u) { totalCount } all: payments { totalCount } }", new { u = w.UnitA })).AssertNoErrors();
            Assert.Null(data.Read<UnitAccountView?>("unitAccount"));
            Assert.Null(data.Read<QuoteView?>("advancePaymentQuote"));
            Assert.Equal(0, data.Read<PaymentPage>("payments").TotalCount);
            Assert.Equal(0, data.Read<PaymentPage>("all").TotalCount);
            var r = await c.RecordPaymentAsync(w.UnitA, 60m, "steal", bills: [bill.Id]);
            Assert.Equal("NOT_FOUND", r.Errors[0].Code);
            var charge = await c.ChargeOneOffAsync(w.UnitA, Guid.NewGuid(), 1);
            Assert.Equal("NOT_FOUND", charge.Errors[0].Code);
        }
        await using var db = w.Open();
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(60m, (await w.Admin.UnitAccountAsync(w.UnitA))!.Balance);
        await using var theirs = other.Open();
        Assert.Equal(0, await theirs.Payments.CountAsync());
        Assert.NotNull(payment);
    }

    [Fact]
    public async Task A_one_off_charge_is_a_bill_due_today_with_one_line_and_a_charge_entry()
    {
        var w = await WorldAsync();
        var card = await w.Admin.FeeItemAsync(w.EstateId, "IC卡工本费", "ONE_OFF", 20m);
        var management = await w.Admin.FeeItemAsync(w.EstateId, "物业服务费", "MANAGEMENT_PER_AREA", 2.13m);

        var ok = await w.Desk.ChargeOneOffAsync(w.UnitA, card, 2m, "门禁卡");
        Assert.Empty(ok.Errors);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal((40m, today.ToString("yyyy-MM"), today), (ok.Result!.Total, ok.Result.Period, ok.Result.DueDate));
        var line = Assert.Single(ok.Result.Lines);
        Assert.Equal(("IC卡工本费（门禁卡）", 2m, 20m, 40m), (line.Description, line.Quantity, line.UnitRate, line.Amount));

        // A second one-off in the same month is its own bill.
        await w.Desk.ChargeOneOffAsync(w.UnitA, card, 1m);
        await using var db = w.Open();
        var bills = await db.Bills.Where(b => b.UnitId == w.UnitA).ToListAsync();
        Assert.Equal(2, bills.Count);
        Assert.All(bills, b => Assert.StartsWith("oneoff:", b.Source));
        Assert.Equal("oneoff:" + ok.Result.Id, bills.Single(b => b.Total == 40m).Source);
        Assert.Equal([20m, 40m], (await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Charge).Select(e => e.Amount).ToListAsync()).Order());

        var wrongKind = await w.Desk.ChargeOneOffAsync(w.UnitA, management, 1m);
        Assert.Equal(("InvalidInput", "feeItemId"), (wrongKind.Errors[0].Typename, wrongKind.Errors[0].Field));
        var zero = await w.Desk.ChargeOneOffAsync(w.UnitA, card, 0m);
        Assert.Equal("quantity", zero.Errors[0].Field);
        Assert.Equal(2, await db.Bills.CountAsync());
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }

    [Fact]
    public async Task Billing_settings_are_validated_and_only_for_company_admins()
    {
        var w = await WorldAsync();
        var defaults = await w.Admin.BillingSettingsAsync();
        Assert.Equal(("CNY", 15, 3, false), (defaults.Currency, defaults.CollectionDay, defaults.AdvanceMonths, defaults.LateFeeEnabled));
        Assert.Equal("FORBIDDEN", (await w.Supervisor.PostAsync(BillingBuilder.BillingSettings)).FirstErrorCode);

        var en = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug), language: "en");
        var bad = await en.UpdateBillingSettingsAsync(new { stripeAccountId = "sk_live_123", collectionDay = 29, advanceMonths = 13, lateFeeEnabled = true, lateFeeDailyRate = 0.01m, lateFeeGraceDays = 0 });
        Assert.Null(bad.Result);
        Assert.Equal(["advanceMonths", "collectionDay", "lateFeeContractClause", "lateFeeDailyRate", "stripeAccountId"], bad.Errors.Select(e => e.Field).Order());
        Assert.All(bad.Errors, e => Assert.Equal("InvalidInput", e.Typename));
        var noRate = await en.UpdateBillingSettingsAsync(new { collectionDay = 15, advanceMonths = 3, lateFeeEnabled = true, lateFeeDailyRate = 0m, lateFeeGraceDays = 0, lateFeeContractClause = "合同第12条" });
        Assert.Equal("lateFeeDailyRate", Assert.Single(noRate.Errors).Field);
        Assert.Equal("FORBIDDEN", (await w.Supervisor.PostAsync(BillingBuilder.UpdateBillingSettings, new { i = new { collectionDay = 1, advanceMonths = 1, lateFeeEnabled = false, lateFeeDailyRate = 0m, lateFeeGraceDays = 0 } })).FirstErrorCode);
        Assert.Equal(3, (await w.Admin.BillingSettingsAsync()).AdvanceMonths);

        var ok = await en.UpdateBillingSettingsAsync(new { stripeAccountId = "acct_1Abc234", collectionDay = 28, advanceMonths = 0, lateFeeEnabled = true, lateFeeDailyRate = 0.0005m, lateFeeGraceDays = 10, lateFeeContractClause = "合同第12条" });
        Assert.Empty(ok.Errors);
        var now = await w.Admin.BillingSettingsAsync();
        Assert.Equal(("acct_1Abc234", 28, 0, true, 0.0005m, "合同第12条"), (now.StripeAccountId, now.CollectionDay, now.AdvanceMonths, now.LateFeeEnabled, now.LateFeeDailyRate, now.LateFeeContractClause));
    }

    private static void AssertAboveLimit<T>(Support.Payload<T> payload, string limit)
    {
        var e = Assert.Single(payload.Errors);
        Assert.Equal(("AboveLimit", "VALIDATION", "amount"), (e.Typename, e.Code, e.Field));
        Assert.Contains(limit, e.Message);
    }

    private static object Limits(decimal payment, decimal refund, decimal adjustment) => new
    {
        collectionDay = 15, advanceMonths = 3, lateFeeEnabled = false, lateFeeDailyRate = 0m, lateFeeGraceDays = 0,
        maxPaymentAmount = payment, maxRefundAmount = refund, maxAdjustmentAmount = adjustment,
    };

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Desk_payments_refunds_and_adjustments_above_the_company_limits_are_refused_and_change_nothing(string server)
    {
        var w = await WorldAsync(server);
        var bill = await w.BillAsync(w.UnitA, "2026-10", 100m);

        // The defaults: 1,000,000.00 for a payment or a refund, 100,000.00 for an adjustment.
        AssertAboveLimit(await w.Desk.RecordPaymentAsync(w.UnitA, 1_000_000_000_000m, "huge", "TRANSFER"), "1,000,000.00");
        AssertAboveLimit(await w.Desk.AdjustBillAsync(bill.Id, -1_000_000_000_000m, "调整"), "100,000.00");
        Assert.Empty((await w.Desk.RecordPaymentAsync(w.UnitA, 1_000_000m, "max", "TRANSFER")).Errors);

        // A company admin lowers them.
        var set = await w.Admin.UpdateBillingSettingsAsync(Limits(500m, 50m, 20m));
        Assert.Empty(set.Errors);
        Assert.Equal((500m, 50m, 20m), (set.Result!.MaxPaymentAmount, set.Result.MaxRefundAmount, set.Result.MaxAdjustmentAmount));
        var bad = await w.Admin.UpdateBillingSettingsAsync(Limits(0m, 0.001m, -1m));
        Assert.Equal(["maxAdjustmentAmount", "maxPaymentAmount", "maxRefundAmount"], bad.Errors.Select(e => e.Field).Order());

        AssertAboveLimit(await w.Desk.RecordPaymentAsync(w.UnitA, 500.01m, "over", "TRANSFER"), "500.00");
        var ok = await w.Desk.PayAsync(w.UnitA, 500m, "TRANSFER");
        AssertAboveLimit(await w.Admin.RefundPaymentAsync(ok.Id, 50.01m, "退款", "r-over"), "50.00");
        AssertAboveLimit(await w.Desk.AdjustBillAsync(bill.Id, 20.01m, "调整"), "20.00");
        Assert.Empty((await w.Desk.AdjustBillAsync(bill.Id, -20m, "调整")).Errors);

        await using var db = w.Open();
        Assert.Equal([1_000_000m, 500m], (await db.Payments.Select(p => p.Amount).ToListAsync()).Order().Reverse());
        Assert.Empty(await db.Set<PaymentRefund>().ToListAsync());
        Assert.Equal(-20m, Assert.Single(await db.LedgerEntries.Where(e => e.Kind == LedgerEntryKind.Adjustment).ToListAsync()).Amount);
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }
}

/// <summary>
/// A company with estate E (units A 100.5 ㎡ owned by resident OwnerA, and B owned by OwnerB) and estate F (unit C), and
/// clients for the admin, front-desk agent "desk-1" of E, and supervisor "sup-1" of E. Shared by the payment, shift and
/// receipt tests.
/// </summary>
public sealed record PaymentsWorld(TestCompany Company, Guid EstateId, Guid OtherEstateId, Guid UnitA, Guid UnitB, Guid UnitC, Guid OwnerA, Guid OwnerB)
{
    public Tenant Tenant => Company.Tenant;
    public GraphQLClient Admin => Company.Admin;
    public GraphQLClient Desk { get; } = Company.Client(["front_desk"], [EstateId], user: "desk-1");
    public GraphQLClient Supervisor { get; } = Company.Client(["supervisor"], [EstateId], user: "sup-1");

    /// <summary>Another client of "desk-1" (its own HTTP client, for concurrent requests), in <paramref name="language"/>.</summary>
    public GraphQLClient NewDesk(string language = "zh-CN") => Company.Client(["front_desk"], [EstateId], user: "desk-1", language: language);

    public static async Task<PaymentsWorld> CreateAsync(ApiFactory api, string server = "local")
    {
        var company = await api.NewCompanyAsync("pay", server);
        return await company.RegistryAsync(b =>
        {
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
            return new PaymentsWorld(company, estate.Id, other.Id, a.Id, bb.Id, c.Id, owner.Id, ownerB.Id);
        });
    }

    public TenantDbContext Open() => Company.Open();

    public GraphQLClient Resident(Guid person) => Company.Resident(person);

    /// <inheritdoc cref="BillingBuilder.BillAsync(TenantDbContext, Guid, string, decimal, DateOnly?, Guid?)"/>
    public Task<BillRef> BillAsync(Guid unitId, string period, decimal total) => Company.BillAsync(unitId, period, total);

    /// <summary>The ledger invariant: the account's balance is the sum of the unit's entries.</summary>
    public async Task AssertBalanceIsSumOfEntriesAsync(Guid unitId)
    {
        await using var db = Open();
        var sum = (await db.LedgerEntries.Where(e => e.UnitId == unitId).Select(e => e.Amount).ToListAsync()).Sum();
        Assert.Equal(sum, (await Admin.UnitAccountAsync(unitId))!.Balance);
        Assert.Equal(sum, (await Admin.UnitLedgerAsync(unitId))!.Balance);
        // Allocations never exceed what a bill asked for.
        var bills = await db.Bills.Where(b => b.UnitId == unitId).ToListAsync();
        var allocations = await db.PaymentAllocations.ToListAsync();
        foreach (var bill in bills) Assert.True(allocations.Where(a => a.BillId == bill.Id).Sum(a => a.Amount) <= bill.Total, $"bill {bill.Period} over-allocated");
    }
}
