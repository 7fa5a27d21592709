using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.Billing.Collection;
using PropertySaaS.Api.Features.Billing.Payments;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Bank collection (银行托收): mandates, the debit file, the bank's result file; and collection rates.</summary>
public sealed class CollectionTests(CollectionFixture fx) : IClassFixture<CollectionFixture>
{
    private async Task<HttpResponseMessage> DownloadAsync(string url, string? token)
    {
        var http = fx.Api.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    /// <summary>101 and 102 have mandates; 101 owes 300 in two bills due by the 15th, 102 owes nothing; 103 owes but has no mandate.</summary>
    private async Task<(CollectionWorld W, Guid BatchId, Guid Jan, Guid Feb)> BatchAsync()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(w.Tenant);
        var jan = await db.BillAsync(w.U101, "2026-01", 100m, new DateOnly(2026, 1, 15));
        var feb = await db.BillAsync(w.U101, "2026-02", 200m, new DateOnly(2026, 2, 15));
        await db.BillAsync(w.U101, "2026-03", 400m, new DateOnly(2026, 3, 15)); // due after the collection date
        await db.BillAsync(w.U103, "2026-01", 100m, new DateOnly(2026, 1, 15));
        foreach (var (u, a) in new[] { (w.U101, "6222 0212 3456 7890 1234"), (w.U102, "6222021234567890999") })
            Assert.Empty((await w.Admin.SetBankMandateAsync(u, "招商银行", "张三", a)).Errors);
        var created = await w.Admin.CreateBankCollectionBatchAsync(w.EstateId, "2026-02-15");
        Assert.Empty(created.Errors);
        return (w, created.Result!.Id, jan.Id, feb.Id);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Batches_created_at_the_same_instant_put_each_unit_in_one_open_batch_once(string server)
    {
        var w = await CollectionWorld.CreateAsync(fx.Api, server);
        await using (var db = fx.Api.Open(w.Tenant))
            foreach (var (u, amount) in new[] { (w.U101, 100m), (w.U102, 200m), (w.U103, 300m) })
                await db.BillAsync(u, "2026-01", amount, new DateOnly(2026, 1, 15));
        foreach (var (u, a) in new[] { (w.U101, "6222021234567890101"), (w.U102, "6222021234567890102"), (w.U103, "6222021234567890103") })
            Assert.Empty((await w.Admin.SetBankMandateAsync(u, "招商银行", "张三", a)).Errors);

        var payloads = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => w.Admin.CreateBankCollectionBatchAsync(w.EstateId, "2026-02-15")));
        var made = Assert.Single(payloads, p => p.Result is not null);
        Assert.Equal(600m, made.Result!.TotalAmount);
        Assert.All(payloads.Where(p => p.Result is null), p => Assert.Equal("CONFLICT", p.Errors[0].Code));

        await using var check = fx.Api.Open(w.Tenant);
        var open = await check.Set<BankCollectionLine>().Where(l => check.Set<BankCollectionBatch>().Any(b => b.Id == l.BatchId && b.Status == BankBatchStatus.Exported)).ToListAsync();
        Assert.Equal(new[] { w.U101, w.U102, w.U103 }.Order(), open.Select(l => l.UnitId).Order());
        Assert.Equal(600m, open.Sum(l => l.Amount));
        Assert.Equal(1, await check.Set<BankCollectionBatch>().CountAsync());
    }

    [Fact]
    public async Task A_mandate_needs_an_accepted_bank_and_its_account_is_only_ever_shown_masked()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        var en = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug), language: "en");
        // Without mandates there is nothing to send to the bank, and no batch is kept.
        var empty = await en.CreateBankCollectionBatchAsync(w.EstateId, null);
        Assert.Equal("No unit to collect from (needs an active mandate and an amount due).", empty.Errors[0].Message);
        var bad = await en.SetBankMandateAsync(w.U101, "某某银行", "张三", "12ab");
        Assert.Null(bad.Result);
        Assert.Equal(["bankName", "accountNumber"], bad.Errors.Select(e => e.Field));
        Assert.StartsWith("This bank is not accepted", bad.Errors[0].Message);

        var ok = await w.Admin.SetBankMandateAsync(w.U101, "中国银行", "张三", "6217 0000 1111 2222 333");
        Assert.Equal("6217***********2333", ok.Result!.AccountNumber);
        // Read as the portal gets it, raw, so nothing outside the record's fields can carry the number either.
        var again = await w.Admin.PostAsync(CollectionBuilder.SetBankMandate, new { u = w.U101, b = "招商银行", n = "张三", a = "6225888877776666" });
        var read = (await w.Admin.PostAsync("query($u: ID!) { bankMandate(unitId: $u) { bankName accountNumber status } }", new { u = w.U101 })).AssertNoErrors();
        var mandate = read.Read<MandateView>();
        Assert.Equal("招商银行", mandate.BankName);
        Assert.Equal("6225********6666", mandate.AccountNumber);
        Assert.DoesNotContain("6225888877776666", read.Json + again.AssertNoErrors().Json);

        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal([MandateStatus.Active, MandateStatus.Replaced], (await db.Set<BankMandate>().OrderBy(m => m.Status).Select(m => m.Status).ToListAsync()).Order());
        Assert.Equal("6225888877776666", (await db.Set<BankMandate>().SingleAsync(m => m.Status == MandateStatus.Active)).AccountNumber);
        Assert.Equal(0, await db.Set<BankCollectionBatch>().CountAsync());
    }

    [Fact]
    public async Task The_debit_file_lists_units_with_a_mandate_and_an_amount_due_as_UTF8_with_BOM()
    {
        var (w, batchId, _, _) = await BatchAsync();
        var batches = (await w.Admin.PostAsync(CollectionBuilder.Batches, new { e = w.EstateId })).AssertNoErrors();
        var batch = batches.Read<List<BankBatchView>>()[0];
        Assert.Equal(1, batch.LineCount);
        Assert.Equal(300m, batch.TotalAmount);
        Assert.Equal("EXPORTED", batch.Status);
        Assert.Equal($"/bank-collections/{batchId}.csv", batch.FileUrl);
        Assert.Equal("6222************1234", batch.Lines[0].AccountNumber);
        Assert.DoesNotContain("62220212345678901234", batches.Json);

        var file = await DownloadAsync($"/bank-collections/{batchId}.csv", TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.EstateId]));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("text/csv", file.Content.Headers.ContentType!.MediaType);
        var bytes = await file.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("序号,房号,户名,账号,金额\r\n1,1栋101,张三,62220212345678901234,300.00\r\n", Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));

        // A second batch while this one waits for the bank is refused.
        var second = await w.Admin.CreateBankCollectionBatchAsync(w.EstateId, "2026-02-15");
        Assert.Equal("CONFLICT", second.Errors[0].Code);

        var other = await CollectionWorld.CreateAsync(fx.Api);
        Assert.Equal(HttpStatusCode.Unauthorized, (await DownloadAsync($"/bank-collections/{batchId}.csv", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await DownloadAsync($"/bank-collections/{batchId}.csv", TestTokens.For(w.Tenant.Slug, ["resident"], person: Guid.NewGuid()))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync($"/bank-collections/{batchId}.csv", TestTokens.CompanyAdmin(other.Tenant.Slug))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await DownloadAsync($"/bank-collections/{batchId}.csv", TestTokens.For(w.Tenant.Slug, ["estate_manager"], [w.OtherEstateId]))).StatusCode);
    }

    [Fact]
    public async Task The_result_file_books_successes_oldest_bill_first_and_a_second_import_books_nothing()
    {
        var (w, batchId, jan, feb) = await BatchAsync();
        var content = "序号,账号,金额,结果,失败原因\r\n1,62220212345678901234,300.00,成功,\r\n";
        var first = await w.Admin.ImportBankCollectionResultAsync(batchId, content);
        Assert.Empty(first.Errors);
        Assert.Equal(1, first.Collected);
        Assert.Equal("IMPORTED", first.Batch!.Status);

        await using var db = fx.Api.Open(w.Tenant);
        var payment = await db.Payments.Include(p => p.Allocations).SingleAsync();
        Assert.Equal((PaymentMethod.BankCollection, 300m, $"bank:{batchId}:1"), (payment.Method, payment.Amount, payment.IdempotencyKey));
        Assert.Equal([(jan, 100m), (feb, 200m)], payment.Allocations.OrderBy(a => a.Amount).Select(a => (a.BillId, a.Amount)));
        Assert.Equal(0m, (await ArrearsService.AgeingAsync(db, w.U101, new DateOnly(2026, 2, 20))).Overdue);

        var again = await w.Admin.ImportBankCollectionResultAsync(batchId, content);
        Assert.Equal(0, again.Collected);
        Assert.Equal(1, await db.Payments.CountAsync());
        Assert.Equal(1, await db.LedgerEntries.CountAsync(e => e.UnitId == w.U101 && e.Kind == LedgerEntryKind.Payment && e.BillId == jan));
    }

    [Fact]
    public async Task Failed_debits_keep_their_reason_and_an_invalid_file_books_nothing()
    {
        var (w, batchId, _, _) = await BatchAsync();
        var en = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug), language: "en");
        await using var db = fx.Api.Open(w.Tenant);

        var bad = "\uFEFF序号,账号,金额,结果,失败原因\n1,62220212345678901234,299.00,成功,\n7,1,1.00,成功,\n";
        var r = await en.ImportBankCollectionResultAsync(batchId, bad);
        Assert.Equal(0, r.Collected);
        Assert.Equal("VALIDATION", r.Errors[0].Code);
        Assert.Equal([(2, "amount", "BANK_AMOUNT_MISMATCH"), (3, "lineNo", "BANK_UNKNOWN_LINE")], r.RowErrors.Select(e => (e.Row, e.Column, e.Code)));
        Assert.Equal("The amount of line 1 differs from the collection file (300.00).", r.RowErrors[0].Message);
        Assert.Equal(0, await db.Payments.CountAsync());
        Assert.Equal(BankBatchStatus.Exported, (await db.Set<BankCollectionBatch>().SingleAsync()).Status);

        var failed = await w.Admin.ImportBankCollectionResultAsync(batchId, "序号,账号,金额,结果(成功/失败),失败原因\n1,62220212345678901234,300.00,失败,余额不足\n");
        Assert.Equal((0, 1), (failed.Collected, failed.Failed));
        var line = await db.Set<BankCollectionLine>().SingleAsync();
        Assert.Equal((BankLineResult.Failed, "余额不足"), (line.Result, line.FailureReason));
        Assert.Equal(0, await db.Payments.CountAsync());
        Assert.Equal(300m, (await ArrearsService.AgeingAsync(db, w.U101, new DateOnly(2026, 2, 20))).Overdue); // back in the reminder flow

        var resident = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["resident"], person: Guid.NewGuid()));
        Assert.Equal("FORBIDDEN", (await resident.PostAsync(CollectionBuilder.ImportResult, new { b = batchId, c = bad })).FirstErrorCode);
        var otherCompany = await CollectionWorld.CreateAsync(fx.Api);
        Assert.Equal("NOT_FOUND", (await otherCompany.Admin.ImportBankCollectionResultAsync(batchId, bad)).Errors[0].Code);
    }

    [Fact]
    public async Task Collection_rate_is_collected_over_billed_for_the_period_per_estate()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(w.Tenant);
        var a = await db.BillAsync(w.U101, "2026-10", 200m, new DateOnly(2026, 10, 15));
        await db.BillAsync(w.U102, "2026-10", 100m, new DateOnly(2026, 10, 15));
        await db.BillAsync(w.U103, "2026-10", 100m, new DateOnly(2026, 10, 15));
        await db.BillAsync(w.U103, "2026-09", 50m, new DateOnly(2026, 9, 15)); // another period, unpaid
        await db.BillAsync(w.U201, "2026-10", 80m, new DateOnly(2026, 10, 15));
        await PaymentBooking.BookAsync(db, new PaymentRequest(w.U101, 150m, PaymentMethod.Cash, "p1", "desk", BillIds: [a.Id], NotesChecked: true), TimeProvider.System, default);
        // 102 had paid in advance: its prepaid balance settles the bill without an allocation.
        db.LedgerEntries.Add(new LedgerEntry { UnitId = w.U102, Kind = LedgerEntryKind.Payment, Amount = -100m, CreatedBy = "desk", CreatedAt = DateTime.UtcNow });
        db.LedgerEntries.Add(new LedgerEntry { UnitId = w.U103, BillId = null, Kind = LedgerEntryKind.Credit, Amount = -20m, CreatedBy = "desk", CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();

        var rates = await w.Admin.CollectionRatesAsync("2026-10");
        var mine = rates.Single(r => r.Estate.Id == w.EstateId);
        Assert.Equal(400m, mine.Billed);
        // 150 allocated + 100 prepaid drawn; 103's credit of 20 settles its older September bill first.
        Assert.Equal(250m, mine.Collected);
        Assert.Equal(0.625m, mine.Rate);
        Assert.Equal(180m, mine.Arrears); // 50 + 100 + 30
        var theirs = rates.Single(r => r.Estate.Id == w.OtherEstateId);
        Assert.Equal((80m, 0m, 0m), (theirs.Billed, theirs.Collected, theirs.Rate));

        var manager = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["estate_manager"], [w.OtherEstateId]));
        Assert.Equal(w.OtherEstateId, Assert.Single(await manager.CollectionRatesAsync("2026-10")).Estate.Id);
        foreach (var role in new[] { "resident", "front_desk", "cs_specialist" })
            Assert.Equal("FORBIDDEN", (await fx.Api.Client(TestTokens.For(w.Tenant.Slug, [role], [w.EstateId])).PostAsync(CollectionBuilder.CollectionRates, new { p = "2026-10" })).FirstErrorCode);
        Assert.Equal("VALIDATION", (await w.Admin.PostAsync(CollectionBuilder.CollectionRates, new { p = "2026-13" })).FirstErrorCode);
        var otherCompany = await CollectionWorld.CreateAsync(fx.Api);
        var foreign = await otherCompany.Admin.CollectionRatesAsync("2026-10");
        Assert.All(foreign, r => Assert.Equal(0m, r.Billed));
        Assert.DoesNotContain(foreign, r => r.Estate.Id == w.EstateId);
    }
}
