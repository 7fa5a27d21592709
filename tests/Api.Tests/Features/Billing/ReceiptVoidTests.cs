using System.Net;
using System.Net.Http.Headers;
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

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Voiding_twice_gives_three_distinct_numbers_keeps_the_money_and_the_next_payment_takes_the_next_number(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var bill = await w.BillAsync(w.UnitA, "2026-11", 80m);
        var id = (await w.Desk.PayAsync(w.UnitA, 100m, bills: [bill.Id])).Id;
        await w.Desk.PayAsync(w.UnitB, 5m);
        List<(Guid, decimal, string?)> ledger;
        await using (var db = w.Open())
            ledger = await db.LedgerEntries.OrderBy(e => e.Id).Select(e => new ValueTuple<Guid, decimal, string?>(e.Id, e.Amount, e.Reason)).ToListAsync();

        var first = await w.Desk.ReissueReceiptAsync(id, "抬头写错", "void-1");
        Assert.Empty(first.Errors);
        // The sequence is shared with ordinary payments: SJ…1 and SJ…2 were taken, so the reissue gets SJ…3.
        Assert.Equal("SJ00000003", first.Result!.ReceiptNumber);
        var repeat = await w.Desk.ReissueReceiptAsync(id, "抬头写错", "void-1");
        Assert.Equal("SJ00000003", repeat.Result!.ReceiptNumber);
        var second = (await w.Supervisor.ReissueReceiptAsync(id, " 金额大写有误 ", "void-2")).Result!;
        Assert.Equal("SJ00000004", second.ReceiptNumber);
        Assert.Equal([("SJ00000001", "SJ00000003", "抬头写错", "desk-1"), ("SJ00000003", "SJ00000004", "金额大写有误", "sup-1")],
            second.VoidedReceipts.Select(v => (v.Number, v.ReplacedBy, v.Reason, v.VoidedBy)));
        // Voiding is not a refund: amount, allocations and prepaid part are as booked.
        Assert.Equal((100m, 20m, 0m, 80m), (second.Amount, second.Prepaid, second.Refunded, Assert.Single(second.Allocations).Amount));

        var next = await w.Desk.PayAsync(w.UnitB, 6m);
        Assert.Equal("SJ00000005", next.ReceiptNumber);
        var listed = await w.Desk.QueryAsync<PaymentList>("query($u: ID!) { payments(unitId: $u) { nodes { receiptNumber voidedReceipts { number } } } }", new { u = w.UnitA });
        Assert.Equal(("SJ00000004", 2), (Assert.Single(listed.Nodes).ReceiptNumber, listed.Nodes[0].VoidedReceipts.Count));

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

    private sealed record PaymentList(IReadOnlyList<PaymentView> Nodes);

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Concurrent_reissues_of_one_payment_void_each_number_once(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var id = (await w.Desk.PayAsync(w.UnitA, 10m)).Id;
        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(n => w.NewDesk().ReissueReceiptAsync(id, "重开", "k" + n % 3)));
        Assert.All(results, r => Assert.Empty(r.Errors));

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
        var a = (await w.Desk.PayAsync(w.UnitA, 10m)).Id;
        var b = (await w.Desk.PayAsync(w.UnitB, 10m)).Id;
        var en = w.NewDesk("en");

        var blank = await en.ReissueReceiptAsync(a, "  ", "k1");
        Assert.Null(blank.Result);
        Assert.Equal(("InvalidInput", "reason", "Reason is required."), (blank.Errors[0].Typename, blank.Errors[0].Field, blank.Errors[0].Message));
        Assert.Equal("原因不能为空。", (await w.Desk.ReissueReceiptAsync(a, "", "k1")).Errors[0].Message);
        Assert.Equal("idempotencyKey", (await en.ReissueReceiptAsync(a, "写错", " ")).Errors[0].Field);

        Assert.Empty((await en.ReissueReceiptAsync(a, "写错", "k2")).Errors);
        var reused = await en.ReissueReceiptAsync(b, "写错", "k2");
        Assert.Equal(("IdempotencyKeyReused", "idempotencyKey"), (reused.Errors[0].Typename, reused.Errors[0].Field));

        await using var db = w.Open();
        Assert.Equal(1, await db.Set<ReceiptVoid>().CountAsync());
        Assert.Equal(4, (await db.Set<DocumentSequence>().SingleAsync()).Next);
        Assert.Equal(2L, (await db.Payments.SingleAsync(p => p.Id == b)).ReceiptNumber);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Residents_other_estates_and_other_companies_cannot_reissue(string server)
    {
        var w = await PaymentsWorld.CreateAsync(fx.Api, server);
        var id = (await w.Desk.PayAsync(w.UnitA, 10m)).Id;
        var other = await PaymentsWorld.CreateAsync(fx.Api, server);

        Assert.Equal("FORBIDDEN", (await w.Resident(w.OwnerA).PostAsync(PaymentsBuilder.ReissueReceipt, new { p = id, r = "写错", k = "r" })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await w.Company.Client(["engineer"], [w.EstateId]).PostAsync(PaymentsBuilder.ReissueReceipt, new { p = id, r = "写错", k = "e" })).FirstErrorCode);
        foreach (var token in new[] { TestTokens.For(w.Tenant.Slug, ["estate_manager"], [w.OtherEstateId]), TestTokens.CompanyAdmin(other.Tenant.Slug) })
        {
            var r = await fx.Api.Client(token).ReissueReceiptAsync(id, "写错", "x");
            Assert.Null(r.Result);
            Assert.Equal(("NOT_FOUND", "paymentId"), (r.Errors[0].Code, r.Errors[0].Field));
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
        var id = (await w.Desk.PayAsync(w.UnitA, 10m)).Id;
        await w.Desk.ReissueReceiptAsync(id, "交款人写错", "k1");
        await w.Desk.ReissueReceiptAsync(id, "又写错", "k2");

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
