using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing;
using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>Paid repairs (service-desk.md §6.7) and the engineer's field steps, through the API over real databases.</summary>
public sealed partial class ServiceDeskTests
{
    private const string ChargeFields = "id status assignedToMe chargeStatus chargeTotal chargeConfirmedBy chargeBillId signedOffBy chargeLines { kind description amount } " +
        "deadlines { kind metAt } timeline { action note }";

    private static async Task<JsonNode> StepAsync(GraphQLClient c, string name, string inputType, object input)
    {
        var r = await c.PostAsync($"mutation($i: {inputType}!) {{ {name}(input: $i) {{ serviceRequest {{ {ChargeFields} }} errors {{ __typename code field message }} }} }}", new { i = input });
        return r.AssertNoErrors().Data[name]!;
    }

    private static string ErrorType(JsonNode payload) => Assert.Single(payload["errors"]!.AsArray())!["__typename"]!.GetValue<string>();

    /// <summary>The estate's one-off fee item for repairs, and a reported leak dispatched to and accepted by the engineer.</summary>
    private async Task<(World W, string Id, Guid FeeItem)> AcceptedRepairAsync(string server)
    {
        var w = await WorldAsync(server);
        Guid fee;
        await using (var db = fx.Api.Open(w.Tenant))
        {
            var item = new FeeItem { EstateId = w.Estate, Name = "维修费", Kind = FeeKind.OneOff, CreatedAt = DateTime.UtcNow };
            db.FeeItems.Add(item);
            await db.SaveChangesAsync();
            fee = item.Id;
        }
        var id = Id(Ok(await ReportAsync(w.ResidentA, w.Unit101)));
        Ok(await MutateAsync(w.Desk, "dispatchServiceRequest", "DispatchServiceRequestInput", new { requestId = id, staffMemberId = w.Engineer }));
        Ok(await MutateAsync(w.Eng, "acceptServiceRequest", "ServiceRequestStepInput", new { requestId = id }));
        return (w, id, fee);
    }

    private static readonly object[] LeakQuote = [new { kind = "LABOUR", description = "更换角阀人工", amount = 50m }, new { kind = "MATERIAL", description = "角阀", amount = 30.50m }];

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_paid_repair_starts_only_after_the_resident_confirmed_the_price_and_is_billed_once_however_often_it_completes(string server)
    {
        var (w, id, _) = await AcceptedRepairAsync(server);
        var quoted = Ok(await StepAsync(w.Eng, "quoteRepairPrice", "QuoteRepairPriceInput", new { requestId = id, lines = LeakQuote }));
        Assert.Equal(("QUOTED", 80.50m, 2), (quoted["chargeStatus"]!.GetValue<string>(), quoted["chargeTotal"]!.GetValue<decimal>(), quoted["chargeLines"]!.AsArray().Count));

        // Starting (or completing) paid work before the resident confirmed is a typed error and changes nothing.
        Assert.Equal("RepairPriceNotConfirmed", ErrorType(await StepAsync(w.Eng, "startServiceWork", "ServiceRequestStepInput", new { requestId = id })));
        Assert.Equal("ServiceRequestStatusRefused", ErrorType(await StepAsync(w.Eng, "completeServiceRequest", "CompleteServiceRequestInput", new { requestId = id, notes = "x" })));
        // The resident confirms the total they were shown; a stale total is refused.
        var stale = await StepAsync(w.ResidentA, "confirmRepairPrice", "ConfirmRepairPriceInput", new { requestId = id, total = 50m });
        Assert.Equal("RepairPriceChanged", ErrorType(stale));
        Assert.Contains("80.50", stale["errors"]![0]!["message"]!.GetValue<string>());
        // Another household's resident cannot see it: answered like a request that does not exist.
        Assert.Equal("NotFound", ErrorType(await StepAsync(w.ResidentB, "confirmRepairPrice", "ConfirmRepairPriceInput", new { requestId = id, total = 80.50m })));
        var confirmed = Ok(await StepAsync(w.ResidentA, "confirmRepairPrice", "ConfirmRepairPriceInput", new { requestId = id, total = 80.50m }));
        Assert.Equal(("CONFIRMED", "业主甲"), (confirmed["chargeStatus"]!.GetValue<string>(), confirmed["chargeConfirmedBy"]!.GetValue<string>()));

        Ok(await StepAsync(w.Eng, "startServiceWork", "ServiceRequestStepInput", new { requestId = id }));
        // Once work started the price is no longer quoted.
        Assert.Equal("QuoteAfterWorkStarted", ErrorType(await StepAsync(w.Eng, "quoteRepairPrice", "QuoteRepairPriceInput", new { requestId = id, lines = LeakQuote })));
        var done = Ok(await StepAsync(w.Eng, "completeServiceRequest", "CompleteServiceRequestInput", new { requestId = id, notes = "更换角阀" }));
        Assert.Equal("BILLED", done["chargeStatus"]!.GetValue<string>());
        var billId = Guid.Parse(done["chargeBillId"]!.GetValue<string>());

        // Reopened and completed again: still one bill and one charge for the request.
        Ok(await StepAsync(w.ResidentA, "signOffServiceRequest", "SignOffServiceRequestInput", new { requestId = id, rating = 2 }));
        // The resident, not satisfied, reopens their own request; the neighbour cannot.
        Assert.Equal("NotFound", ErrorType(await StepAsync(w.ResidentB, "reopenServiceRequest", "ServiceRequestReasonInput", new { requestId = id, reason = "又漏了" })));
        Ok(await StepAsync(w.ResidentA, "reopenServiceRequest", "ServiceRequestReasonInput", new { requestId = id, reason = "又漏了" }));
        Ok(await StepAsync(w.Eng, "startServiceWork", "ServiceRequestStepInput", new { requestId = id }));
        var again = Ok(await StepAsync(w.Eng, "completeServiceRequest", "CompleteServiceRequestInput", new { requestId = id, notes = "重新密封" }));
        Assert.Equal(billId.ToString(), again["chargeBillId"]!.GetValue<string>());

        await using var db = fx.Api.Open(w.Tenant);
        var bill = await db.Bills.Include(b => b.Lines).SingleAsync(b => b.UnitId == w.Unit101);
        Assert.Equal((billId, 80.50m, OneOffBills.SourceOf(Guid.Parse(id))), (bill.Id, bill.Total, bill.Source));
        Assert.Equal([50m, 30.50m], bill.Lines.OrderByDescending(l => l.Amount).Select(l => l.Amount));
        var charge = await db.LedgerEntries.SingleAsync(e => e.UnitId == w.Unit101);
        Assert.Equal((LedgerEntryKind.Charge, 80.50m, (Guid?)billId), (charge.Kind, charge.Amount, charge.BillId));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_refused_price_goes_back_to_the_desk_and_the_paid_work_waits_for_a_new_confirmed_quote(string server)
    {
        var (w, id, _) = await AcceptedRepairAsync(server);
        Ok(await StepAsync(w.Eng, "quoteRepairPrice", "QuoteRepairPriceInput", new { requestId = id, lines = LeakQuote }));
        var refused = Ok(await StepAsync(w.ResidentA, "refuseRepairPrice", "RefuseRepairPriceInput", new { requestId = id, reason = "太贵" }));
        Assert.Equal(("ACCEPTED", "REFUSED"), (refused["status"]!.GetValue<string>(), refused["chargeStatus"]!.GetValue<string>()));
        Assert.Equal(("PRICE_REFUSED", "业主甲: 太贵"), (refused["timeline"]!.AsArray().Last()!["action"]!.GetValue<string>(), refused["timeline"]!.AsArray().Last()!["note"]!.GetValue<string>()));
        // A refused price is not confirmed again: the desk quotes anew.
        Assert.Equal("RepairChargeStatusRefused", ErrorType(await StepAsync(w.ResidentA, "confirmRepairPrice", "ConfirmRepairPriceInput", new { requestId = id, total = 80.50m })));
        Assert.Equal("RepairPriceNotConfirmed", ErrorType(await StepAsync(w.Eng, "startServiceWork", "ServiceRequestStepInput", new { requestId = id })));
        // Bad lines are refused field by field and change nothing.
        var bad = await StepAsync(w.Desk, "quoteRepairPrice", "QuoteRepairPriceInput", new { requestId = id, lines = new[] { new { kind = "LABOUR", description = "人工", amount = 10.005m } } });
        Assert.Equal(("InvalidInput", "lines.0.amount"), (ErrorType(bad), bad["errors"]![0]!["field"]!.GetValue<string>()));
        Ok(await StepAsync(w.Desk, "quoteRepairPrice", "QuoteRepairPriceInput", new { requestId = id, lines = new[] { new { kind = "LABOUR", description = "人工", amount = 40m } } }));
        Ok(await StepAsync(w.ResidentA, "confirmRepairPrice", "ConfirmRepairPriceInput", new { requestId = id, total = 40m }));
        Assert.Equal("IN_PROGRESS", Ok(await StepAsync(w.Eng, "startServiceWork", "ServiceRequestStepInput", new { requestId = id }))["status"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task On_the_engineers_phone_the_resident_confirms_and_signs_with_their_name_and_a_tick(string server)
    {
        var (w, id, fee) = await AcceptedRepairAsync(server);
        Ok(await StepAsync(w.Eng, "quoteRepairPrice", "QuoteRepairPriceInput", new { requestId = id, feeItemId = fee, lines = LeakQuote }));
        var unsigned = await StepAsync(w.Eng, "confirmRepairPrice", "ConfirmRepairPriceInput", new { requestId = id, total = 80.50m });
        Assert.Equal(["confirmed", "signerName"], unsigned["errors"]!.AsArray().Select(e => e!["field"]!.GetValue<string>()).Order());
        // Another estate's desk does not see the request at all.
        Assert.Equal("NotFound", ErrorType(await StepAsync(w.Desk2, "confirmRepairPrice", "ConfirmRepairPriceInput", new { requestId = id, total = 80.50m, signerName = "业主甲", confirmed = true })));
        var confirmed = Ok(await StepAsync(w.Eng, "confirmRepairPrice", "ConfirmRepairPriceInput", new { requestId = id, total = 80.50m, signerName = "业主甲", confirmed = true }));
        Assert.Equal("业主甲", confirmed["chargeConfirmedBy"]!.GetValue<string>());
        Ok(await StepAsync(w.Eng, "startServiceWork", "ServiceRequestStepInput", new { requestId = id }));
        Ok(await StepAsync(w.Eng, "completeServiceRequest", "CompleteServiceRequestInput", new { requestId = id, notes = "换阀" }));
        Assert.Equal("InvalidInput", ErrorType(await StepAsync(w.Eng, "signOffServiceRequest", "SignOffServiceRequestInput", new { requestId = id, signerName = "业主甲", rating = 5 })));
        var signed = Ok(await StepAsync(w.Eng, "signOffServiceRequest", "SignOffServiceRequestInput", new { requestId = id, signerName = "业主甲", confirmed = true, rating = 5 }));
        Assert.Equal(("SIGNED_OFF", "业主甲"), (signed["status"]!.GetValue<string>(), signed["signedOffBy"]!.GetValue<string>()));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task On_my_way_and_arrived_are_logged_after_accepting_and_arriving_meets_the_on_site_limit(string server)
    {
        var w = await WorldAsync(server);
        var id = Id(Ok(await ReportAsync(w.ResidentA, w.Unit101)));
        Ok(await MutateAsync(w.Desk, "dispatchServiceRequest", "DispatchServiceRequestInput", new { requestId = id, staffMemberId = w.Engineer }));
        Assert.Equal("FieldStepRefused", ErrorType(await StepAsync(w.Eng, "setOffToServiceRequest", "ServiceRequestStepInput", new { requestId = id })));
        // Only the handler (or a supervisor) records their own way to the job.
        Ok(await MutateAsync(w.Eng, "acceptServiceRequest", "ServiceRequestStepInput", new { requestId = id }));
        Assert.Equal("NotServiceRequestAssignee", ErrorType(await StepAsync(w.Cs, "arriveAtServiceRequest", "ServiceRequestStepInput", new { requestId = id })));
        fx.Api.Clock.Advance(TimeSpan.FromMinutes(10));
        Ok(await StepAsync(w.Eng, "setOffToServiceRequest", "ServiceRequestStepInput", new { requestId = id }));
        fx.Api.Clock.Advance(TimeSpan.FromMinutes(15));
        var arrived = Ok(await StepAsync(w.Eng, "arriveAtServiceRequest", "ServiceRequestStepInput", new { requestId = id }));
        Assert.Equal("ACCEPTED", arrived["status"]!.GetValue<string>());
        Assert.Equal(["ON_THE_WAY", "ARRIVED"], arrived["timeline"]!.AsArray().TakeLast(2).Select(e => e!["action"]!.GetValue<string>()));
        var met = arrived["deadlines"]!.AsArray().ToDictionary(d => d!["kind"]!.GetValue<string>(), d => d!["metAt"]?.GetValue<string>());
        Assert.NotNull(met["ON_SITE"]);
        Assert.Null(met["COMPLETION"]);
    }

    public static TheoryData<RepairChargeStatus, RepairChargeStatus> ChargePairs()
    {
        var d = new TheoryData<RepairChargeStatus, RepairChargeStatus>();
        foreach (var from in Enum.GetValues<RepairChargeStatus>())
            foreach (var to in Enum.GetValues<RepairChargeStatus>())
                d.Add(from, to);
        return d;
    }

    /// <summary>The price's table: quoted → confirmed | refused | quoted again; refused → quoted; confirmed → quoted again | billed; billed is final.</summary>
    [Theory, MemberData(nameof(ChargePairs))]
    public void Every_price_move_is_allowed_exactly_as_the_paid_repair_flow_says(RepairChargeStatus from, RepairChargeStatus to)
    {
        var expected = new Dictionary<RepairChargeStatus, RepairChargeStatus[]>
        {
            [RepairChargeStatus.Quoted] = [RepairChargeStatus.Quoted, RepairChargeStatus.Confirmed, RepairChargeStatus.Refused],
            [RepairChargeStatus.Refused] = [RepairChargeStatus.Quoted],
            [RepairChargeStatus.Confirmed] = [RepairChargeStatus.Quoted, RepairChargeStatus.Billed],
            [RepairChargeStatus.Billed] = [],
        };
        if (expected[from].Contains(to)) { RepairChargeTransitions.Table.Ensure(from, to); return; }
        var refused = Assert.Throws<RuleException>(() => RepairChargeTransitions.Table.Ensure(from, to));
        Assert.Same(ServiceDeskErrors.ChargeStatusRefused, refused.Kind);
        Assert.Contains(Messages.Get(Messages.Chinese, $"status.RepairChargeStatus.{from}"), refused.ToError(Messages.Chinese).Message);
    }
}
