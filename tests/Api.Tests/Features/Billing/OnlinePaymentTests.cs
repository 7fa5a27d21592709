using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Online;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Tenancy;
using PropertySaaS.FakeStripe;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Online payment through Stripe.net's real client against tests/FakeStripe, webhooks into the real API host.</summary>
public sealed class OnlinePaymentTests(OnlinePaymentTests.Fixture fx) : IClassFixture<OnlinePaymentTests.Fixture>
{
    public const string Secret = "whsec_online_tests";

    public sealed class StripeApiFactory(string apiBase) : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Stripe:SecretKey"] = "sk_test_online", ["Stripe:WebhookSecret"] = Secret, ["Stripe:ApiBase"] = apiBase,
            ["Stripe:PortalBaseUrl"] = "http://portal.test",
        };
    }

    public sealed class Fixture : IAsyncLifetime
    {
        public FakeStripeServer Stripe { get; private set; } = null!;
        public StripeApiFactory Api { get; private set; } = null!;
        public async ValueTask InitializeAsync()
        {
            Stripe = await FakeStripeServer.StartAsync(webhookSecret: Secret);
            Api = new StripeApiFactory(Stripe.BaseUrl);
            var http = Api.CreateClient();
            Stripe.Deliver = async (payload, signature) => (int)(await PostWebhook(http, payload, signature)).StatusCode;
        }
        public async ValueTask DisposeAsync() { await Api.DisposeAsync(); await Stripe.DisposeAsync(); }
    }

    private static Task<HttpResponseMessage> PostWebhook(HttpClient http, string payload, string signature)
    {
        var req = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe") { Content = new StringContent(payload, Encoding.UTF8, "application/json") };
        req.Headers.Add("Stripe-Signature", signature);
        return http.SendAsync(req);
    }

    private sealed record World(Tenant Tenant, string Account, Guid EstateId, Guid Unit, Guid OtherUnit, Guid[] Bills, GraphQLClient Resident, GraphQLClient Admin);

    /// <summary>A company on the connected account acct_…, a unit with two open bills (100 + 150.50) and its resident owner.</summary>
    private async Task<World> WorldAsync(bool connected = true, string server = "local")
    {
        var company = await fx.Api.NewCompanyAsync("online", server);
        var (estate, unit, other, owner) = await company.RegistryAsync(b =>
        {
            var estate = b.Estate("在线园");
            var building = b.Building(estate, "1栋");
            var unit = b.Unit(building, "101", 1, 100m);
            var other = b.Unit(building, "102", 1, 100m);
            var owner = b.Person("在线业主");
            b.Owner(unit, owner);
            return (estate.Id, unit.Id, other.Id, owner.Id);
        });
        await using var db = company.Open();
        Guid[] bills = [(await db.BillAsync(unit, "2026-10", 100m)).Id, (await db.BillAsync(unit, "2026-11", 150.50m)).Id];
        await db.BillAsync(other, "2026-11", 80m);
        var account = "acct_" + company.Slug.Replace("-", "");
        if (connected) (await db.Set<BillingSettings>().SingleAsync()).StripeAccountId = account;
        await db.SaveChangesAsync();
        return new World(company.Tenant, account, estate, unit, other, bills, company.Resident(owner), company.Admin);
    }

    private const string Create = "mutation($u: ID!, $b: [ID!], $k: String!) { createCheckoutSession(input: {unitId: $u, billIds: $b, idempotencyKey: $k}) { checkout { id url amount currency status } errors { code field message } } }";

    private sealed record CheckoutView(Guid Id, string Url, decimal Amount, string Currency, string Status);
    private sealed record AnomalyView(Guid Id, string Status, string? Reason);

    private static Task<Support.Payload<CheckoutView>> CreateAsync(GraphQLClient c, Guid unit, Guid[]? bills = null, string? key = null) =>
        c.MutateAsync<Payload<CheckoutView>>(Create, new { u = unit, b = bills, k = key ?? Guid.NewGuid().ToString() });

    private static string SessionId(Support.Payload<CheckoutView> payload) => payload.Result!.Url.Split('/')[^1];

    private async Task<(List<Payment> Payments, UnitAccount Account)> LedgerAsync(World w)
    {
        await using var db = fx.Api.Open(w.Tenant);
        return (await db.Set<Payment>().Include(p => p.Allocations).ToListAsync(), await ArrearsService.AccountAsync(db, w.Unit));
    }

    private async Task RunJobsAsync()
    {
        await fx.Api.RunDueJobsAsync();
    }

    [Fact]
    public async Task A_resident_pays_two_bills_and_they_are_booked_once_as_paid()
    {
        var w = await WorldAsync();
        var created = await CreateAsync(w.Resident, w.Unit, w.Bills);
        Assert.Empty(created.Errors);
        Assert.Equal(250.50m, created.Result!.Amount);
        var session = fx.Stripe.Session(SessionId(created))!;
        // On the company's connected account, in 分, with the three methods and the checkout's ids in metadata.
        Assert.Equal(w.Account, session["account_fake"]!.GetValue<string>());
        Assert.Equal(25050, session["amount_total"]!.GetValue<long>());
        Assert.Equal(["card", "alipay", "wechat_pay"], session["payment_method_types"]!.AsArray().Select(x => x!.GetValue<string>()));
        Assert.Equal("web", session["payment_method_options"]!["wechat_pay"]!["client"]!.GetValue<string>());
        Assert.Equal(w.Tenant.Slug, session["metadata"]!["tenant"]!.GetValue<string>());
        Assert.Equal(created.Result!.Id.ToString(), session["payment_intent_metadata_fake"]!["checkoutId"]!.GetValue<string>());
        Assert.Equal($"http://portal.test/resident/bills/paid?checkout={created.Result!.Id}", session["success_url"]!.GetValue<string>());

        var again = await CreateAsync(w.Resident, w.Unit, w.Bills, key: "same");
        Assert.Equal(again.Result!.Id.ToString(), (await CreateAsync(w.Resident, w.Unit, w.Bills, key: "same")).Result!.Id.ToString());

        var payload = await fx.Stripe.PayAsync(SessionId(created), "alipay");
        for (var i = 0; i < 3; i++) Assert.Equal(200, await fx.Stripe.DeliverAsync(payload)); // replays
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => fx.Stripe.DeliverAsync(payload)));

        var (payments, account) = await LedgerAsync(w);
        var p = Assert.Single(payments);
        Assert.Equal((PaymentMethod.Online, 250.50m, 0m), (p.Method, p.Amount, p.Prepaid));
        Assert.All(account.Bills, b => Assert.True(b.Paid));
        var polled = await w.Resident.PostAsync("query($id: ID!) { onlineCheckout(id: $id) { status amount paymentId payment { receiptNumber method } } }", new { id = created.Result!.Id.ToString() });
        var c = polled.AssertNoErrors().Data["onlineCheckout"]!;
        Assert.Equal("PAID", c["status"]!.GetValue<string>());
        Assert.Equal("ONLINE", c["payment"]!["method"]!.GetValue<string>());
    }

    [Fact]
    public async Task Events_in_any_order_book_once_and_a_refund_before_its_payment_is_booked_after_it()
    {
        var w = await WorldAsync();
        var created = await CreateAsync(w.Resident, w.Unit);
        var id = SessionId(created);
        var completed = await fx.Stripe.PayAsync(id, deliver: false);
        var session = JsonNode.Parse(completed)!["data"]!["object"]!.AsObject();
        var pi = session["payment_intent"]!.GetValue<string>();
        // Nothing was delivered yet: the refund first, then async success, then completed.
        var refund = new JsonObject { ["id"] = "re_dash" + Guid.NewGuid().ToString("N")[..8], ["object"] = "refund", ["amount"] = 5000, ["payment_intent"] = pi, ["status"] = "succeeded", ["metadata"] = new JsonObject { ["tenant"] = w.Tenant.Slug } };
        Assert.Equal(500, await fx.Stripe.DeliverAsync(FakeStripeServer.EventJson("refund.created", w.Account, refund)));
        Assert.Equal(200, await fx.Stripe.DeliverAsync(FakeStripeServer.EventJson("checkout.session.async_payment_succeeded", w.Account, session)));
        Assert.Equal(200, await fx.Stripe.DeliverAsync(FakeStripeServer.EventJson("checkout.session.completed", w.Account, session)));
        await RunJobsAsync();

        var (payments, account) = await LedgerAsync(w);
        var p = Assert.Single(payments);
        Assert.Equal((250.50m, 50m), (p.Amount, p.Refunded));
        Assert.Equal(50m, account.Due); // the newest bill got 50 back
    }

    [Fact]
    public async Task Forged_and_stale_webhooks_are_refused_and_book_nothing()
    {
        var w = await WorldAsync();
        var id = SessionId(await CreateAsync(w.Resident, w.Unit));
        var paid = fx.Stripe.Session(id)!;
        paid["payment_intent"] = "pi_forged"; paid["payment_status"] = "paid";
        var payload = FakeStripeServer.EventJson("checkout.session.completed", w.Account, paid);
        Assert.Equal(400, await fx.Stripe.DeliverAsync(payload, secret: "whsec_wrong"));
        Assert.Equal(400, await fx.Stripe.DeliverAsync(payload, at: DateTimeOffset.UtcNow.AddMinutes(-10)));
        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(0, await db.Set<Payment>().CountAsync());
        Assert.Equal(0, await db.Set<StripeEventRecord>().CountAsync());
    }

    [Fact]
    public async Task An_event_from_another_companys_account_is_refused()
    {
        var a = await WorldAsync();
        var b = await WorldAsync();
        var id = SessionId(await CreateAsync(b.Resident, b.Unit));
        var session = fx.Stripe.Session(id)!;
        session["payment_intent"] = "pi_cross"; session["payment_status"] = "paid";
        // Signed correctly, metadata says company B, but it came from company A's connected account.
        Assert.Equal(403, await fx.Stripe.DeliverAsync(FakeStripeServer.EventJson("checkout.session.completed", a.Account, session))); // like an unknown company (tenant gate)
        await using var db = fx.Api.Open(b.Tenant);
        Assert.Equal(0, await db.Set<Payment>().CountAsync());
        Assert.Equal(0, await db.Set<StripeEventRecord>().CountAsync());
    }

    [Fact]
    public async Task A_crash_after_the_inbox_stored_the_event_is_retried_and_books_exactly_once()
    {
        var w = await WorldAsync();
        var id = SessionId(await CreateAsync(w.Resident, w.Unit));
        var hooks = fx.Api.Get<StripeWebhookHooks>();
        hooks.AfterStored = _ => throw new InvalidOperationException("crash");
        string payload;
        try { payload = await fx.Stripe.PayAsync(id); }
        finally { hooks.AfterStored = null; }
        await using (var db = fx.Api.Open(w.Tenant))
        {
            Assert.Equal(1, await db.Set<StripeEventRecord>().CountAsync(e => e.ProcessedAt == null));
            Assert.Equal(0, await db.Set<Payment>().CountAsync());
        }
        await RunJobsAsync();
        Assert.Equal(200, await fx.Stripe.DeliverAsync(payload)); // Stripe's redelivery as well
        var (payments, account) = await LedgerAsync(w);
        Assert.Single(payments);
        Assert.Equal(0m, account.Due);
    }

    [Fact]
    public async Task Paying_more_than_the_bills_leaves_the_rest_prepaid()
    {
        var w = await WorldAsync();
        var id = SessionId(await CreateAsync(w.Resident, w.Unit, [w.Bills[0]]));
        await fx.Stripe.PayAsync(id, amountTotal: 13000); // Stripe says 130.00 was paid for the 100.00 bill
        var (payments, account) = await LedgerAsync(w);
        var p = Assert.Single(payments);
        Assert.Equal((130m, 30m), (p.Amount, p.Prepaid));
        Assert.Equal(w.Bills[0], Assert.Single(p.Allocations).BillId);
    }

    [Fact]
    public async Task Refunds_go_through_Stripe_for_online_payments_and_are_booked_at_once_for_cash()
    {
        var w = await WorldAsync();
        await fx.Stripe.PayAsync(SessionId(await CreateAsync(w.Resident, w.Unit)));
        var online = Assert.Single((await LedgerAsync(w)).Payments);

        var frontDesk = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId]));
        var refused = await frontDesk.PostAsync(PaymentsBuilder.RefundPayment, new { p = online.Id, a = 10m, r = "多收", k = "fd" });
        Assert.Equal("FORBIDDEN", refused.FirstErrorCode);
        var tooMuch = await w.Admin.RefundPaymentAsync(online.Id, 300m, "多收", "x");
        Assert.Equal("amount", tooMuch.Errors[0].Field);
        var noReason = await w.Admin.RefundPaymentAsync(online.Id, 10m, " ", "y");
        Assert.Equal("reason", noReason.Errors[0].Field);

        var r = await w.Admin.RefundPaymentAsync(online.Id, 50.50m, "重复缴费", "r1");
        Assert.Empty(r.Errors);
        Assert.Equal("SUCCEEDED", r.Result!.Status);
        await Task.Delay(300); // the fake's refund.created webhook arrives as well; it must not book again
        foreach (var e in fx.Stripe.SentEvents.Where(e => e.Contains("\"refund.created\"") && e.Contains(w.Tenant.Slug)))
            Assert.Equal(200, await fx.Stripe.DeliverAsync(e)); // and once more, replayed
        var (payments, account) = await LedgerAsync(w);
        Assert.Equal(50.50m, payments.Single().Refunded);
        Assert.Equal(50.50m, account.Due);

        // Cash: booked immediately, no Stripe call.
        var cash = await PaymentBooking.BookAsync(fx.Api.Open(w.Tenant), new PaymentRequest(w.Unit, 20m, PaymentMethod.Cash, "cash-1", "test"), TimeProvider.System, default);
        var c = await w.Admin.RefundPaymentAsync(cash.Payment.Id, 20m, "退现金", "c1");
        Assert.Equal("SUCCEEDED", c.Result!.Status);
        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(20m, (await db.Set<Payment>().SingleAsync(p => p.Id == cash.Payment.Id)).Refunded);
    }

    [Fact]
    public async Task Reconciliation_reports_a_payment_Stripe_took_that_the_ledger_lacks()
    {
        var w = await WorldAsync();
        await fx.Stripe.PayAsync(SessionId(await CreateAsync(w.Resident, w.Unit, [w.Bills[0]])));
        var hooks = fx.Api.Get<StripeWebhookHooks>();
        var missing = SessionId(await CreateAsync(w.Resident, w.Unit, [w.Bills[1]]));
        hooks.AfterStored = _ => throw new InvalidOperationException("lost");
        try { await fx.Stripe.PayAsync(missing); } finally { hooks.AfterStored = null; }

        var run = (await w.Admin.PostAsync("mutation { runStripeReconciliation { reconciliation { stripeCount ledgerCount differences { kind paymentIntentId stripeAmount } } errors { code } } }"))
            .AssertNoErrors().Data["runStripeReconciliation"]!["reconciliation"]!;
        Assert.Equal((2, 1), (run["stripeCount"]!.GetValue<int>(), run["ledgerCount"]!.GetValue<int>()));
        var d = Assert.Single(run["differences"]!.AsArray())!;
        Assert.Equal(("MISSING_IN_LEDGER", 150.50m), (d["kind"]!.GetValue<string>(), d["stripeAmount"]!.GetValue<decimal>()));
        var list = (await w.Admin.PostAsync("{ stripeReconciliations { id } }")).AssertNoErrors().Data["stripeReconciliations"]!.AsArray();
        Assert.Single(list);
    }

    [Fact]
    public async Task Only_a_resident_of_the_unit_can_pay_it_and_only_when_online_payment_is_on()
    {
        var w = await WorldAsync();
        var other = await w.Resident.MutateAsync<Payload<CheckoutView>>(Create, new { u = w.OtherUnit, b = (Guid[]?)null, k = "k" });
        Assert.Equal(("NOT_FOUND", "unitId"), (other.Errors[0].Code, other.Errors[0].Field));
        var staff = await w.Admin.PostAsync(Create, new { u = w.Unit, b = (Guid[]?)null, k = "k" });
        Assert.Equal("FORBIDDEN", staff.FirstErrorCode);
        var b = await WorldAsync();
        var foreign = await w.Resident.MutateAsync<Payload<CheckoutView>>(Create, new { u = w.Unit, b = new[] { b.Bills[0] }, k = "k2" });
        Assert.Equal("billIds", foreign.Errors[0].Field);

        var off = await WorldAsync(connected: false);
        var r = await off.Resident.MutateAsync<Payload<CheckoutView>>(Create, new { u = off.Unit, b = (Guid[]?)null, k = "k" });
        Assert.Contains("在线缴费", r.Errors[0].Message);
        await using var db = fx.Api.Open(off.Tenant);
        Assert.Equal(0, await db.Set<OnlineCheckout>().CountAsync());
        Assert.DoesNotContain(fx.Stripe.Sessions, s => s["metadata"]?["tenant"]?.GetValue<string>() == off.Tenant.Slug);
    }

    // ---- Refunds made outside our system: charge.refunded ----

    /// <summary>Waits for the fake's announcement of a refund of <paramref name="pi"/> (sent shortly after its API answer),
    /// then replays charge.refunded and delivers every refund.created again.</summary>
    private async Task ReplayRefundAnnouncementAsync(string pi)
    {
        string? chargeRefunded = null;
        for (var i = 0; i < 100 && chargeRefunded is null; i++)
        {
            chargeRefunded = fx.Stripe.SentEvents.LastOrDefault(e => e.Contains("\"charge.refunded\"") && e.Contains(pi));
            if (chargeRefunded is null) await Task.Delay(50);
        }
        Assert.NotNull(chargeRefunded);
        await ReplayAsync(chargeRefunded);
        foreach (var e in fx.Stripe.SentEvents.Where(e => e.Contains("\"refund.created\"") && e.Contains(pi)).ToList())
            Assert.Equal(200, await fx.Stripe.DeliverAsync(e));
    }

    private async Task<(Payment Payment, string Pi)> PaidAsync(World w)
    {
        await fx.Stripe.PayAsync(SessionId(await CreateAsync(w.Resident, w.Unit)));
        var p = Assert.Single((await LedgerAsync(w)).Payments);
        return (p, p.ExternalReference!);
    }

    private async Task<List<PaymentRefund>> RefundsAsync(World w)
    {
        await using var db = fx.Api.Open(w.Tenant);
        return await db.Set<PaymentRefund>().AsNoTracking().OrderBy(r => r.RequestedAt).ThenBy(r => r.Amount).ToListAsync();
    }

    /// <summary>The same event as Stripe would redeliver it (same id), freshly signed.</summary>
    private async Task ReplayAsync(string payload, int times = 3)
    {
        for (var i = 0; i < times; i++) Assert.Equal(200, await fx.Stripe.DeliverAsync(payload));
        Assert.All(await Task.WhenAll(Enumerable.Range(0, times).Select(_ => fx.Stripe.DeliverAsync(payload))), status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task A_refund_made_in_the_Stripe_Dashboard_is_booked_once_however_often_charge_refunded_arrives()
    {
        var w = await WorldAsync();
        var (payment, pi) = await PaidAsync(w);
        var (status, refund, chargeRefunded) = await fx.Stripe.RefundFromDashboardAsync(pi, 5050);
        Assert.Equal(200, status);
        await ReplayAsync(chargeRefunded!);
        // refund.created of a Dashboard refund carries none of our metadata: acknowledged, and it changes nothing.
        foreach (var e in fx.Stripe.SentEvents.Where(e => e.Contains("\"refund.created\"") && e.Contains(refund["id"]!.GetValue<string>())))
            Assert.Equal(200, await fx.Stripe.DeliverAsync(e));

        var r = Assert.Single(await RefundsAsync(w));
        Assert.Equal((payment.Id, 50.50m, RefundStatus.Succeeded, refund["id"]!.GetValue<string>()), (r.PaymentId, r.Amount, r.Status, r.ExternalReference));
        var (payments, account) = await LedgerAsync(w);
        Assert.Equal(50.50m, payments.Single().Refunded);
        Assert.Equal(50.50m, account.Due); // the newest bill is open again by what went back
        var listed = (await w.Admin.PostAsync("query($u: ID!) { payments(unitId: $u) { nodes { refunded } } }", new { u = w.Unit })).AssertNoErrors();
        Assert.Equal(50.50m, listed.Data["payments"]!["nodes"]![0]!["refunded"]!.GetValue<decimal>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Our_own_refund_is_booked_once_whether_Stripe_answers_or_charge_refunded_arrives_first(bool eventsFirst)
    {
        var w = await WorldAsync();
        var (payment, pi) = await PaidAsync(w);
        fx.Stripe.RefundEventsBeforeAnswer = eventsFirst;
        Payload<RefundView> r;
        try { r = await w.Admin.RefundPaymentAsync(payment.Id, 100m, "重复缴费", "own"); }
        finally { fx.Stripe.RefundEventsBeforeAnswer = false; }
        Assert.Equal("SUCCEEDED", r.Result!.Status);
        await ReplayRefundAnnouncementAsync(pi);

        var own = Assert.Single(await RefundsAsync(w));
        Assert.Equal(("refund:own", 100m, RefundStatus.Succeeded), (own.IdempotencyKey, own.Amount, own.Status));
        var (payments, account) = await LedgerAsync(w);
        Assert.Equal(100m, payments.Single().Refunded);
        Assert.Equal(100m, account.Due);
    }

    [Fact]
    public async Task A_refund_whose_answer_is_lost_stays_pending_and_is_booked_once_when_Stripe_announces_it()
    {
        var w = await WorldAsync();
        var (payment, pi) = await PaidAsync(w);
        fx.Stripe.RefundAnswersToLose = 1;
        Payload<RefundView> r;
        try { r = await w.Admin.RefundPaymentAsync(payment.Id, 80m, "多缴退回", "lost-answer"); }
        finally { fx.Stripe.RefundAnswersToLose = 0; }
        // Stripe made the refund, but the answer said otherwise: never FAILED. Pending, or already booked when Stripe's
        // announcement overtook Stripe.net's retries of the request.
        Assert.Contains(r.Result!.Status, new[] { "PENDING", "SUCCEEDED" });

        await ReplayRefundAnnouncementAsync(pi);

        var own = Assert.Single(await RefundsAsync(w));
        Assert.Equal(("refund:lost-answer", 80m, RefundStatus.Succeeded), (own.IdempotencyKey, own.Amount, own.Status));
        Assert.Equal(80m, (await LedgerAsync(w)).Payments.Single().Refunded);
    }

    [Fact]
    public async Task A_refund_request_that_never_reached_Stripe_is_sent_again_by_a_retry_with_the_same_key()
    {
        var w = await WorldAsync();
        var (payment, _) = await PaidAsync(w);
        fx.Stripe.RefundRequestsToFail = 10; // more than Stripe.net's own retries
        Payload<RefundView> first;
        try { first = await w.Admin.RefundPaymentAsync(payment.Id, 60m, "多缴退回", "retry"); }
        finally { fx.Stripe.RefundRequestsToFail = 0; }
        Assert.Equal("PENDING", first.Result!.Status);

        var again = await w.Admin.RefundPaymentAsync(payment.Id, 60m, "多缴退回", "retry");
        Assert.Equal("SUCCEEDED", again.Result!.Status);
        Assert.Equal(first.Result!.Id, again.Result!.Id);
        var once = Assert.Single(await RefundsAsync(w));
        Assert.Equal((60m, RefundStatus.Succeeded), (once.Amount, once.Status));
        Assert.Equal(60m, (await LedgerAsync(w)).Payments.Single().Refunded);
    }

    [Fact]
    public async Task Two_partial_Dashboard_refunds_are_two_refunds_with_their_own_amounts()
    {
        var w = await WorldAsync();
        var (payment, pi) = await PaidAsync(w);
        var first = await fx.Stripe.RefundFromDashboardAsync(pi, 3000);
        var second = await fx.Stripe.RefundFromDashboardAsync(pi, 2025);
        // The second charge.refunded lists both refunds; the first one, replayed late, lists only its own.
        await ReplayAsync(second.ChargeRefunded!, 2);
        await ReplayAsync(first.ChargeRefunded!, 2);

        var refunds = await RefundsAsync(w);
        Assert.Equal([(first.Refund["id"]!.GetValue<string>(), 30m), (second.Refund["id"]!.GetValue<string>(), 20.25m)],
            refunds.Select(x => (x.ExternalReference!, x.Amount)).OrderByDescending(x => x.Item2));
        var (payments, account) = await LedgerAsync(w);
        Assert.Equal(50.25m, payments.Single().Refunded);
        Assert.Equal(50.25m, account.Due);
        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(50.25m, await db.LedgerEntries.Where(e => e.UnitId == w.Unit && e.Kind == LedgerEntryKind.Refund).SumAsync(e => e.Amount));
    }

    [Fact]
    public async Task Without_the_refunds_list_in_the_event_the_refunds_are_read_from_Stripe()
    {
        var w = await WorldAsync();
        var (_, pi) = await PaidAsync(w);
        var deliver = fx.Stripe.Deliver;
        fx.Stripe.Deliver = (_, _) => Task.FromResult(200); // Stripe's events are lost for now
        (int, JsonObject Refund, string? ChargeRefunded) dashboard;
        try { dashboard = await fx.Stripe.RefundFromDashboardAsync(pi, 1000); }
        finally { fx.Stripe.Deliver = deliver; }
        Assert.Empty(await RefundsAsync(w));

        // API versions since 2022-11-15 send the charge without its refunds list.
        var evt = JsonNode.Parse(dashboard.ChargeRefunded!)!;
        evt["data"]!["object"]!.AsObject().Remove("refunds");
        await ReplayAsync(evt.ToJsonString(), 2);
        var r = Assert.Single(await RefundsAsync(w));
        Assert.Equal((10m, dashboard.Refund["id"]!.GetValue<string>()), (r.Amount, r.ExternalReference));
    }

    [Fact]
    public async Task Charge_refunded_is_booked_only_in_the_company_of_the_connected_account()
    {
        var a = await WorldAsync();
        var b = await WorldAsync();
        var (paidA, piA) = await PaidAsync(a);
        await PaidAsync(b);
        var (_, _, chargeRefunded) = await fx.Stripe.RefundFromDashboardAsync(piA, 2000);
        var charge = JsonNode.Parse(chargeRefunded!)!["data"]!["object"]!.AsObject();

        // Company A's charge sent from company B's account: refused. Relabelled as B's: B has no such payment.
        Assert.Equal(403, await fx.Stripe.DeliverAsync(FakeStripeServer.EventJson("charge.refunded", b.Account, charge)));
        charge["metadata"]!["tenant"] = b.Tenant.Slug;
        Assert.Equal(500, await fx.Stripe.DeliverAsync(FakeStripeServer.EventJson("charge.refunded", b.Account, charge)));

        Assert.Empty(await RefundsAsync(b));
        Assert.Equal(0m, (await LedgerAsync(b)).Payments.Single().Refunded);
        Assert.Equal((paidA.Id, 20m), Assert.Single(await RefundsAsync(a)) is var r ? (r.PaymentId, r.Amount) : default);
    }

    // ---- Security review: signatures, one open checkout per bill, money for a paid checkout ----

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbled")]
    [InlineData("t=notanumber,v1=zz")]
    public async Task A_webhook_without_a_valid_Stripe_Signature_header_is_a_400_and_books_nothing(string? header)
    {
        var w = await WorldAsync();
        var id = SessionId(await CreateAsync(w.Resident, w.Unit));
        var paid = fx.Stripe.Session(id)!;
        paid["payment_intent"] = "pi_unsigned"; paid["payment_status"] = "paid";
        var req = new HttpRequestMessage(HttpMethod.Post, "/webhooks/stripe")
        {
            Content = new StringContent(FakeStripeServer.EventJson("checkout.session.completed", w.Account, paid), Encoding.UTF8, "application/json"),
        };
        if (header is not null) req.Headers.TryAddWithoutValidation("Stripe-Signature", header);
        var res = await fx.Api.CreateClient().SendAsync(req);
        Assert.Equal(400, (int)res.StatusCode);
        var body = JsonNode.Parse(await res.Content.ReadAsStringAsync())!;
        Assert.Equal("INVALID_SIGNATURE", body["error"]!.GetValue<string>());
        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(0, await db.Set<Payment>().CountAsync());
        Assert.Equal(0, await db.Set<StripeEventRecord>().CountAsync());
    }

    [Fact]
    public async Task Money_for_a_checkout_already_paid_is_an_anomaly_refunded_by_one_click_never_a_second_payment()
    {
        var w = await WorldAsync();
        var id = SessionId(await CreateAsync(w.Resident, w.Unit));
        await fx.Stripe.PayAsync(id);
        var first = Assert.Single((await LedgerAsync(w)).Payments);

        // The same session, completed again with another PaymentIntent: delivered, replayed, and delivered concurrently.
        var payload = await fx.Stripe.PayAgainAsync(id);
        await ReplayAsync(payload);
        var pi = JsonNode.Parse(payload)!["data"]!["object"]!["payment_intent"]!.GetValue<string>();

        var (payments, account) = await LedgerAsync(w);
        Assert.Equal(first.Id, Assert.Single(payments).Id);
        Assert.Equal(0m, account.Prepaid);
        await using (var db = fx.Api.Open(w.Tenant))
        {
            Assert.Equal(first.Id, (await db.Set<OnlineCheckout>().SingleAsync()).PaymentId);
            var a = Assert.Single(await db.Set<PaymentAnomaly>().ToListAsync());
            Assert.Equal((pi, 250.50m, "CNY", PaymentAnomalyStatus.Open), (a.PaymentIntentId, a.Amount, a.Currency, a.Status));
        }

        // Staff see it, and so does the reconciliation.
        const string list = "{ paymentAnomalies(status: OPEN) { id paymentIntentId amount status } }";
        var listed = Assert.Single((await w.Admin.PostAsync(list)).AssertNoErrors().Data["paymentAnomalies"]!.AsArray())!;
        Assert.Equal((pi, 250.50m), (listed["paymentIntentId"]!.GetValue<string>(), listed["amount"]!.GetValue<decimal>()));
        var run = (await w.Admin.PostAsync("mutation { runStripeReconciliation { reconciliation { differences { kind paymentIntentId stripeAmount } } } }"))
            .AssertNoErrors().Data["runStripeReconciliation"]!["reconciliation"]!;
        var d = Assert.Single(run["differences"]!.AsArray())!;
        Assert.Equal(("OPEN_ANOMALY", pi, 250.50m), (d["kind"]!.GetValue<string>(), d["paymentIntentId"]!.GetValue<string>(), d["stripeAmount"]!.GetValue<decimal>()));

        // One click gives it back through Stripe; a second click refunds nothing more.
        const string refund = "mutation($a: ID!) { refundPaymentAnomaly(input: {anomalyId: $a}) { anomaly { status } errors { code field } } }";
        var frontDesk = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId]));
        Assert.Equal("FORBIDDEN", (await frontDesk.PostAsync(refund, new { a = listed["id"]!.GetValue<string>() })).FirstErrorCode);
        var done = await w.Admin.MutateAsync<Payload<AnomalyView>>(refund, new { a = listed["id"]!.GetValue<string>() });
        Assert.Equal("REFUNDED", done.Result!.Status);
        var again = await w.Admin.MutateAsync<Payload<AnomalyView>>(refund, new { a = listed["id"]!.GetValue<string>() });
        Assert.Equal("CONFLICT", again.Errors[0].Code);
        await ReplayRefundAnnouncementAsync(pi);

        Assert.Equal(25050, fx.Stripe.Charge(pi)!["amount_refunded"]!.GetValue<long>());
        Assert.Empty(await RefundsAsync(w));
        Assert.Equal(0m, Assert.Single((await LedgerAsync(w)).Payments).Refunded);
        Assert.Empty((await w.Admin.PostAsync(list)).AssertNoErrors().Data["paymentAnomalies"]!.AsArray());
        // Another company's staff get "not found" for it, exactly as for an id that does not exist.
        var other = await WorldAsync();
        foreach (var anomalyId in new[] { listed["id"]!.GetValue<string>(), Guid.NewGuid().ToString() })
        {
            var foreign = await other.Admin.MutateAsync<Payload<AnomalyView>>(refund, new { a = anomalyId });
            Assert.Equal(("NOT_FOUND", "anomalyId"), (foreign.Errors[0].Code, foreign.Errors[0].Field));
        }
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_requests_for_the_same_bills_get_one_checkout_and_a_later_one_gets_its_address(string server)
    {
        var w = await WorldAsync(server: server);
        var both = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => CreateAsync(w.Resident, w.Unit, w.Bills)));
        Assert.All(both, b => Assert.Empty(b.Errors));
        var url = both[0].Result!.Url;
        Assert.All(both, b => Assert.Equal(url, b.Result!.Url));
        var later = await CreateAsync(w.Resident, w.Unit, [w.Bills[1], w.Bills[0]]);
        Assert.Equal(url, later.Result!.Url);
        Assert.Equal(url, (await CreateAsync(w.Resident, w.Unit)).Result!.Url); // "every open bill" is the same set
        Assert.Single(fx.Stripe.Sessions, s => s["metadata"]?["tenant"]?.GetValue<string>() == w.Tenant.Slug);
        await using (var db = fx.Api.Open(w.Tenant)) Assert.Equal(1, await db.Set<OnlineCheckout>().CountAsync());

        // Part of the same bills: refused while that checkout is open.
        var overlap = await w.Resident.MutateAsync<Payload<CheckoutView>>(Create, new { u = w.Unit, b = new[] { w.Bills[0] }, k = "overlap" });
        Assert.Null(overlap.Result);
        Assert.Equal(("CONFLICT", "billIds"), (overlap.Errors[0].Code, overlap.Errors[0].Field));

        // Stripe lets the session expire: the bills are free again.
        var session = fx.Stripe.Session(url.Split('/')[^1])!;
        session["status"] = "expired";
        Assert.Equal(200, await fx.Stripe.DeliverAsync(FakeStripeServer.EventJson("checkout.session.expired", w.Account, session)));
        var fresh = await CreateAsync(w.Resident, w.Unit, [w.Bills[0]]);
        Assert.Empty(fresh.Errors);
        Assert.NotEqual(url, fresh.Result!.Url);
    }

    [Fact]
    public async Task A_checkout_whose_expiry_event_never_arrived_frees_its_bills_once_Stripe_says_the_session_expired()
    {
        var w = await WorldAsync();
        var first = await CreateAsync(w.Resident, w.Unit, w.Bills);
        var url = first.Result!.Url;
        await using (var db = fx.Api.Open(w.Tenant))
        {
            var c = await db.Set<OnlineCheckout>().SingleAsync();
            c.CreatedAt = c.CreatedAt.AddDays(-2);
            await db.SaveChangesAsync();
        }
        Assert.Equal(url, (await CreateAsync(w.Resident, w.Unit, w.Bills)).Result!.Url); // Stripe: still open

        fx.Stripe.Session(SessionId(first))!["status"] = "expired";
        var fresh = await CreateAsync(w.Resident, w.Unit, w.Bills);
        Assert.Empty(fresh.Errors);
        Assert.NotEqual(url, fresh.Result!.Url);
        await using var check = fx.Api.Open(w.Tenant);
        Assert.Equal(OnlineCheckoutStatus.Expired, (await check.Set<OnlineCheckout>().SingleAsync(c => c.Id == first.Result!.Id)).Status);
    }

    [Fact]
    public async Task An_anomaly_can_be_dismissed_once_with_a_reason_and_is_then_not_refunded()
    {
        var w = await WorldAsync();
        var id = SessionId(await CreateAsync(w.Resident, w.Unit));
        await fx.Stripe.PayAsync(id);
        await fx.Stripe.PayAgainAsync(id);
        await using (var db = fx.Api.Open(w.Tenant)) Assert.Single(await db.Set<PaymentAnomaly>().ToListAsync());
        var anomalyId = (await w.Admin.PostAsync("{ paymentAnomalies { id } }")).AssertNoErrors().Data["paymentAnomalies"]![0]!["id"]!.GetValue<string>();

        const string dismiss = "mutation($a: ID!, $r: String!) { dismissPaymentAnomaly(input: {anomalyId: $a, reason: $r}) { anomaly { status reason } errors { code field } } }";
        var noReason = await w.Admin.MutateAsync<Payload<AnomalyView>>(dismiss, new { a = anomalyId, r = " " });
        Assert.Equal(("VALIDATION", "reason"), (noReason.Errors[0].Code, noReason.Errors[0].Field));
        var done = await w.Admin.MutateAsync<Payload<AnomalyView>>(dismiss, new { a = anomalyId, r = "已线下退回业主" });
        Assert.Equal(("DISMISSED", "已线下退回业主"), (done.Result!.Status, done.Result!.Reason));
        Assert.Equal("CONFLICT", (await w.Admin.MutateAsync<Payload<AnomalyView>>(dismiss, new { a = anomalyId, r = "again" })).Errors[0].Code);
        var refund = await w.Admin.MutateAsync<Payload<AnomalyView>>("mutation($a: ID!) { refundPaymentAnomaly(input: {anomalyId: $a}) { errors { code } } }", new { a = anomalyId });
        Assert.Equal("CONFLICT", refund.Errors[0].Code);
        Assert.Empty(fx.Stripe.Charge(JsonNode.Parse(fx.Stripe.SentEvents.Last(e => e.Contains("checkout.session.completed") && e.Contains(id)))!["data"]!["object"]!["payment_intent"]!.GetValue<string>())!["refunds"]!["data"]!.AsArray());
    }
}
