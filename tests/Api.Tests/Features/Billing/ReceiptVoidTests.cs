using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Voiding a mistaken receipt and reissuing it (billing.md §4.2 rule 3, §4.5): numbers stay gapless apart from recorded voids, money never moves.</summary>
public sealed class ReceiptVoidTests(ReceiptVoidTests.Fixture fx) : IClassFixture<ReceiptVoidTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private const string Reissue = """
        mutation($p: ID!, $r: String!, $k: String!) {
          reissueReceipt(input: {paymentId: $p, reason: $r, idempotencyKey: $k}) {
            payment { id receiptNumber amount prepaid refunded allocations { amount } voidedReceipts { number replacedBy reason voidedBy voidedAt } }
            errors { __typename code field message }
          }
        }
        """;

    private static async Task<JsonNode> ReissueAsync(GraphQLClient c, string paymentId, string reason, string key) =>
        (await c.PostAsync(Reissue, new { p = paymentId, r = reason, k = key })).AssertNoErrors().Data["reissueReceipt"]!;

    private static string Number(JsonNode payment) => payment["receiptNumber"]!.GetValue<string>();

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Voiding_twice_gives_three_distinct_numbers_keeps_the_money_and_the_next_payment_takes_the_next_number(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var bill = await w.BillAsync(w.UnitA, "2026-11", 80m);
        var payment = await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 100m, bills: [bill.Id]);
        var id = payment["id"]!.GetValue<string>();
        await PaymentsWorld.PayAsync(w.Desk, w.UnitB, 5m);
        List<(Guid, decimal, string?)> ledger;
        await using (var db = w.Open())
            ledger = await db.LedgerEntries.OrderBy(e => e.Id).Select(e => new ValueTuple<Guid, decimal, string?>(e.Id, e.Amount, e.Reason)).ToListAsync();

        var first = await ReissueAsync(w.Desk, id, "抬头写错", "void-1");
        Assert.Empty(first["errors"]!.AsArray());
        // The sequence is shared with ordinary payments: SJ…1 and SJ…2 were taken, so the reissue gets SJ…3.
        Assert.Equal("SJ00000003", Number(first["payment"]!));
        var repeat = await ReissueAsync(w.Desk, id, "抬头写错", "void-1");
        Assert.Equal("SJ00000003", Number(repeat["payment"]!));
        var second = (await ReissueAsync(w.Supervisor, id, " 金额大写有误 ", "void-2"))["payment"]!;
        Assert.Equal("SJ00000004", Number(second));
        Assert.Equal([("SJ00000001", "SJ00000003", "抬头写错", "desk-1"), ("SJ00000003", "SJ00000004", "金额大写有误", "sup-1")],
            second["voidedReceipts"]!.AsArray().Select(v => (v!["number"]!.GetValue<string>(), v["replacedBy"]!.GetValue<string>(), v["reason"]!.GetValue<string>(), v["voidedBy"]!.GetValue<string>())));
        // Voiding is not a refund: amount, allocations and prepaid part are as booked.
        Assert.Equal((100m, 20m, 0m, 80m), (second["amount"]!.GetValue<decimal>(), second["prepaid"]!.GetValue<decimal>(), second["refunded"]!.GetValue<decimal>(),
            Assert.Single(second["allocations"]!.AsArray())!["amount"]!.GetValue<decimal>()));

        var next = await PaymentsWorld.PayAsync(w.Desk, w.UnitB, 6m);
        Assert.Equal("SJ00000005", Number(next));
        var listed = (await w.Desk.PostAsync("query($u: ID!) { payments(unitId: $u) { nodes { receiptNumber voidedReceipts { number } } } }", new { u = w.UnitA }))
            .AssertNoErrors().Data["payments"]!["nodes"]!.AsArray();
        Assert.Equal(("SJ00000004", 2), (Number(Assert.Single(listed)!), listed[0]!["voidedReceipts"]!.AsArray().Count));

        await using var check = w.Open();
        var current = await check.Payments.Select(p => p.ReceiptNumber).ToListAsync();
        var voided = await check.Set<ReceiptVoid>().Select(v => v.Number).ToListAsync();
        // Every number taken is either a payment's valid receipt or a recorded void: no gaps, no reuse.
        Assert.Equal([1L, 2, 3, 4, 5], current.Concat(voided).Order());
        Assert.Equal(6, (await check.Set<DocumentSequence>().SingleAsync()).Next);
        Assert.Equal(ledger, await check.LedgerEntries.Where(e => ledger.Select(l => l.Item1).Contains(e.Id)).OrderBy(e => e.Id)
            .Select(e => new ValueTuple<Guid, decimal, string?>(e.Id, e.Amount, e.Reason)).ToListAsync());
        Assert.Equal(ledger.Count + 1, await check.LedgerEntries.CountAsync());
        await w.AssertBalanceIsSumOfEntriesAsync(w.UnitA);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_reissues_of_one_payment_void_each_number_once(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var id = (await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 10m))["id"]!.GetValue<string>();
        var token = TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1");
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => ReissueAsync(fx.Api.Client(token), id, "重开", "k" + n % 3)));
        Assert.All(results, r => Assert.Empty(r["errors"]!.AsArray()));

        await using var db = w.Open();
        var voids = await db.Set<ReceiptVoid>().OrderBy(v => v.Number).ToListAsync();
        // Three keys, three reissues: a chain 1 → 2 → 3 → 4 with the last one valid.
        Assert.Equal([(1L, 2L), (2L, 3L), (3L, 4L)], voids.Select(v => (v.Number, v.ReplacedBy)));
        Assert.Equal(4L, (await db.Payments.SingleAsync()).ReceiptNumber);
    }

    [Fact]
    public async Task A_reason_is_required_and_a_key_used_for_another_payment_is_refused_changing_nothing()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        var a = (await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 10m))["id"]!.GetValue<string>();
        var b = (await PaymentsWorld.PayAsync(w.Desk, w.UnitB, 10m))["id"]!.GetValue<string>();
        var en = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId], user: "desk-1"), language: "en");

        var blank = await ReissueAsync(en, a, "  ", "k1");
        Assert.Null(blank["payment"]);
        Assert.Equal(("InvalidInput", "reason", "Reason is required."), (blank["errors"]![0]!["__typename"]!.GetValue<string>(),
            blank["errors"]![0]!["field"]!.GetValue<string>(), blank["errors"]![0]!["message"]!.GetValue<string>()));
        Assert.Equal("原因不能为空。", (await ReissueAsync(w.Desk, a, "", "k1"))["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("idempotencyKey", (await ReissueAsync(en, a, "写错", " "))["errors"]![0]!["field"]!.GetValue<string>());

        Assert.Empty((await ReissueAsync(en, a, "写错", "k2"))["errors"]!.AsArray());
        var reused = await ReissueAsync(en, b, "写错", "k2");
        Assert.Equal(("IdempotencyKeyReused", "idempotencyKey"), (reused["errors"]![0]!["__typename"]!.GetValue<string>(), reused["errors"]![0]!["field"]!.GetValue<string>()));

        await using var db = w.Open();
        Assert.Equal(1, await db.Set<ReceiptVoid>().CountAsync());
        Assert.Equal(4, (await db.Set<DocumentSequence>().SingleAsync()).Next);
        Assert.Equal(2L, (await db.Payments.SingleAsync(p => p.Id == Guid.Parse(b))).ReceiptNumber);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Residents_other_estates_and_other_companies_cannot_reissue(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var id = (await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 10m))["id"]!.GetValue<string>();
        var other = await PaymentsWorld.CreateAsync(fx.Api, server);

        Assert.Equal("FORBIDDEN", (await w.Resident(w.OwnerA).PostAsync(Reissue, new { p = id, r = "写错", k = "r" })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["engineer"], [w.EstateId])).PostAsync(Reissue, new { p = id, r = "写错", k = "e" })).FirstErrorCode);
        foreach (var token in new[] { TestTokens.For(w.Tenant.Slug, ["estate_manager"], [w.OtherEstateId]), TestTokens.CompanyAdmin(other.Tenant.Slug) })
        {
            var r = await ReissueAsync(fx.Api.Client(token), id, "写错", "x");
            Assert.Null(r["payment"]);
            Assert.Equal(("NOT_FOUND", "paymentId"), (r["errors"]![0]!["code"]!.GetValue<string>(), r["errors"]![0]!["field"]!.GetValue<string>()));
        }

        await using var db = w.Open();
        Assert.Equal(0, await db.Set<ReceiptVoid>().CountAsync());
        Assert.Equal(1L, (await db.Payments.SingleAsync()).ReceiptNumber);
        await using var otherDb = other.Open();
        Assert.Equal(0, await otherDb.Set<ReceiptVoid>().CountAsync());
        Assert.Equal(1, (await otherDb.Set<DocumentSequence>().SingleAsync()).Next);
    }

    [Fact]
    public async Task The_reissued_receipt_prints_its_new_number_and_the_voided_ones()
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api);
        var id = (await PaymentsWorld.PayAsync(w.Desk, w.UnitA, 10m))["id"]!.GetValue<string>();
        await ReissueAsync(w.Desk, id, "交款人写错", "k1");
        await ReissueAsync(w.Desk, id, "又写错", "k2");

        var request = new HttpRequestMessage(HttpMethod.Get, $"/receipts/{id}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.CompanyAdmin(w.Tenant.Slug));
        var response = await fx.Api.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var doc = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(doc.GetPages().Select(p => p.Text)).Replace(" ", "");
        Assert.Contains("No.:SJ00000003", text);
        Assert.Contains("补开，原收据SJ00000001、SJ00000002作废", text);
        Assert.Contains("Reissued:receiptSJ00000001、SJ00000002isvoid", text);
    }
}
