using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>
/// Rules that used to be written twice and are now written once (issue 14 §2): each test compares the two callers of
/// one rule, so it fails if they drift apart again.
/// </summary>
public sealed class BillingRulesOnceTests(BillingRulesOnceTests.Fixture fx) : IClassFixture<BillingRulesOnceTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>Every pair of states: "from>to" listed here may move, every other pair is refused.</summary>
    private static readonly HashSet<string> RunMoves = ["Queued>Running", "Queued>Failed", "Running>Completed", "Running>Failed", "Failed>Queued", "Failed>Running"];

    [Fact]
    public void A_billing_run_moves_only_as_its_table_says_and_a_refused_move_is_typed()
    {
        var table = BillingRunTransitions.Table;
        foreach (var from in table.States)
            foreach (var to in table.States)
            {
                var allowed = RunMoves.Contains($"{from}>{to}");
                Assert.True(allowed == table.CanMove(from, to), $"{from} → {to}");
                if (!allowed) Assert.Equal(CoreErrors.StatusChangeRefused, Assert.Throws<RuleException>(() => table.Ensure(from, to)).Kind);
            }
        // The entity's moves go through the table: a completed run cannot be failed, a queued one is not restarted.
        var run = new BillingRun { Period = "2026-11", RequestedBy = "t", Status = BillingRunStatus.Completed };
        Assert.Throws<RuleException>(() => run.Fail("late"));
        Assert.False(new BillingRun { Period = "2026-11", RequestedBy = "t" }.Restart());
        var failed = new BillingRun { Period = "2026-11", RequestedBy = "t", Status = BillingRunStatus.Failed, Error = "x" };
        Assert.True(failed.Restart());
        Assert.Equal((BillingRunStatus.Queued, (string?)null), (failed.Status, failed.Error));
    }

    [Fact]
    public async Task The_advance_quote_asks_per_month_exactly_what_the_billing_run_bills_the_unit()
    {
        var t = await fx.Api.CompanyAsync("quote-" + Guid.NewGuid().ToString("N")[..6]);
        await using var db = fx.Api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("预收园");
        var building = b.Building(estate, "1栋");
        // Areas whose per-line rounding differs from rounding the sum.
        var home = b.Unit(building, "101", 1, 88.87m);
        var office = b.Unit(building, "201", 2, 123.45m);
        office.Usage = UnitUsage.Office;
        FeeItem Item(string name, FeeKind kind, decimal rate, string appliesTo = "")
        {
            var item = new FeeItem { EstateId = estate.Id, Name = name, Kind = kind, AppliesTo = appliesTo, CreatedAt = DateTime.UtcNow };
            item.Rates.Add(new FeeRate { FeeItemId = item.Id, Amount = rate, EffectiveFrom = new DateOnly(2020, 1, 1) });
            db.FeeItems.Add(item);
            return item;
        }
        Item("物业服务费", FeeKind.ManagementPerArea, 2.35m);
        Item("电梯费", FeeKind.ManagementPerArea, 0.335m, nameof(UnitUsage.Residential));
        Item("垃圾清运费", FeeKind.FixedMonthly, 10.5m);
        await b.SaveAsync();

        var admin = fx.Api.Client(TestTokens.CompanyAdmin(t.Slug));
        var start = (await admin.PostAsync("mutation($e: ID!) { startBillingRun(input: {estateId: $e, period: \"2026-11\"}) { run { id } errors { code } } }",
            new { e = estate.Id })).AssertNoErrors().Data["startBillingRun"]!;
        await BillingRunner.RunAsync(db, Guid.Parse(start["run"]!["id"]!.GetValue<string>()), TimeProvider.System, default);

        foreach (var unit in new[] { home, office })
        {
            var billed = await db.Bills.AsNoTracking().Where(x => x.UnitId == unit.Id).Select(x => x.Total).SingleAsync();
            var quote = (await admin.PostAsync("query($u: ID!) { advancePaymentQuote(unitId: $u) { months monthlyAmount total } }", new { u = unit.Id }))
                .AssertNoErrors().Data["advancePaymentQuote"]!;
            Assert.Equal(billed, quote["monthlyAmount"]!.GetValue<decimal>());
            Assert.Equal(Money.Round(billed * quote["months"]!.GetValue<int>()), quote["total"]!.GetValue<decimal>());
        }
    }

    public static TheoryData<decimal, string, decimal?, bool, string, string> PaymentCases => new()
    {
        // amount, method, tendered, notes checked → the field and the error type both the desk and the booking refuse
        // with; a malformed number (InvalidInput at the desk) is a caller's bug for the booking, which every caller checks first.
        { 150m, "CASH", null, false, "notesChecked", "NotesNotChecked" },
        { 10m, "CASH", 5m, true, "tendered", "TenderedTooLow" },
        { 10m, "CARD", 20m, true, "tendered", "TenderedTooLow" },
        { 10m, "CASH", 20.005m, true, "tendered", "InvalidInput" },
        { 10.001m, "CARD", null, true, "amount", "InvalidInput" },
        { 2_000_000m, "TRANSFER", null, true, "amount", "AboveLimit" },
    };

    [Theory, MemberData(nameof(PaymentCases))]
    public async Task The_desk_and_the_booking_refuse_a_payment_by_the_same_checks(decimal amount, string method, decimal? tendered, bool notesChecked, string field, string type)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        var desk = await w.Desk.RecordPaymentAsync(w.UnitA, amount, "desk-" + Guid.NewGuid(), method, tendered: tendered, notesChecked: notesChecked);
        var error = Assert.Single(desk.Errors);
        Assert.Equal((type, field), (error.Typename, error.Field));

        await using var db = w.Open();
        var request = new PaymentRequest(w.UnitA, amount, Enum.Parse<PaymentMethod>(method, ignoreCase: true), "direct-" + Guid.NewGuid(), "desk-1",
            Tendered: tendered, NotesChecked: notesChecked);
        if (type == "InvalidInput")
            Assert.Equal(field, (await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => PaymentBooking.BookAsync(db, request, TimeProvider.System, default))).ParamName);
        else
        {
            var refused = await Assert.ThrowsAsync<RuleException>(() => PaymentBooking.BookAsync(db, request, TimeProvider.System, default));
            Assert.Equal((type, field), (refused.Kind.TypeName, refused.Field));
            Assert.Equal(refused.ToError(Messages.Chinese).Message, error.Message);
        }
        Assert.Empty(await db.Payments.ToListAsync());
    }
}
