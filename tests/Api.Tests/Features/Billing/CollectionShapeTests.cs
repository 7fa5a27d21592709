using PropertySaaS.Api.Features.Billing.Collection;
using PropertySaaS.Api.Localization;
using PropertySaaS.Api.Tests.Architecture;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Collection's state machines as tables, and its refusals as their own error types.</summary>
public sealed class CollectionShapeTests(CollectionFixture fx) : IClassFixture<CollectionFixture>
{
    [Fact]
    public void A_reminder_is_claimed_once_and_then_sent_failed_or_cancelled_for_good() =>
        TransitionTableAssert.Allows(ReminderTransitions.Table,
            "Scheduled→Sending; Sending→Sent; Sending→Failed; Sending→Cancelled", CoreErrors.StatusChangeRefused);

    [Fact]
    public void A_mandate_ends_once_replaced_or_cancelled() =>
        TransitionTableAssert.Allows(MandateTransitions.Table, "Active→Replaced; Active→Cancelled", CollectionErrors.MandateNotActive);

    [Fact]
    public void A_batch_result_may_be_imported_again_but_a_batch_never_goes_back_to_the_bank() =>
        TransitionTableAssert.Allows(BankBatchTransitions.Table, "Exported→Imported; Imported→Imported", CoreErrors.StatusChangeRefused);

    [Fact]
    public void A_collected_line_never_becomes_failed() =>
        TransitionTableAssert.Allows(BankLineTransitions.Table,
            "Pending→Succeeded; Pending→Failed; Failed→Succeeded; Failed→Failed; Succeeded→Succeeded", CollectionErrors.BankLineAlreadyCollected);

    [Fact]
    public void An_ended_mandate_refuses_to_end_again_naming_its_state()
    {
        var mandate = new BankMandate { BankName = "招商银行", AccountName = "张三", AccountNumber = "62220212345678", CreatedBy = "u" };
        mandate.End(MandateStatus.Replaced, DateTime.UtcNow);
        var refused = Assert.Throws<RuleException>(() => mandate.End(MandateStatus.Cancelled, DateTime.UtcNow));
        Assert.Equal("MandateNotActive", refused.Kind.TypeName);
        Assert.Equal(MandateStatus.Replaced, mandate.Status);
        Assert.Contains("Replaced", refused.ToError(Messages.English).Message);
    }

    private const string Mandate = "mutation($u: ID!) { setBankMandate(input: {unitId: $u, bankName: \"招商银行\", accountName: \"张三\", accountNumber: \"6222021234567890101\"}) { errors { code } } }";
    private const string Create = "mutation($e: ID!) { createBankCollectionBatch(input: {estateId: $e, collectionDate: \"2026-02-15\"}) { batch { id } errors { __typename code field message } } }";

    [Fact]
    public async Task A_second_batch_while_one_awaits_its_result_is_refused_as_BankBatchPending_with_the_same_code_and_text()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using (var db = fx.Api.Open(w.Tenant))
            await db.BillAsync(w.U101, "2026-01", 100m, new DateOnly(2026, 1, 15));
        Assert.Empty((await w.Admin.PostAsync(Mandate, new { u = w.U101 })).AssertNoErrors().Data["setBankMandate"]!["errors"]!.AsArray());
        Assert.Empty((await w.Admin.PostAsync(Create, new { e = w.EstateId })).AssertNoErrors().Data["createBankCollectionBatch"]!["errors"]!.AsArray());

        var second = (await w.Admin.PostAsync(Create, new { e = w.EstateId })).AssertNoErrors().Data["createBankCollectionBatch"]!;
        Assert.Null(second["batch"]);
        var error = second["errors"]![0]!;
        Assert.Equal(("BankBatchPending", "CONFLICT", "estateId", "该管理处还有未导入结果的托收批次，请先导入银行回盘。"),
            (error["__typename"]!.GetValue<string>(), error["code"]!.GetValue<string>(), error["field"]!.GetValue<string>(), error["message"]!.GetValue<string>()));
    }
}
