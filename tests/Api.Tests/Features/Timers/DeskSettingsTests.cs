using System.Text.Json.Nodes;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Tests.Architecture;

namespace PropertySaaS.Api.Tests.Features.Timers;

/// <summary>The desk's admin settings (issue 15 §6 admin): categories, urgency limits the deadlines count on, escalation chain, published channels.</summary>
public sealed class DeskSettingsTests(TimerEngineTests.Fixture fx) : IClassFixture<TimerEngineTests.Fixture>
{
    private static async Task<JsonNode> MutateAsync(GraphQLClient c, string name, string inputType, object input, string fields)
    {
        var r = await c.PostAsync($"mutation($i: {inputType}!) {{ {name}(input: $i) {{ {fields} errors {{ __typename code field message }} }} }}", new { i = input });
        return r.AssertNoErrors().Data[name]!;
    }

    private static string[] Errors(JsonNode payload) => payload["errors"]!.AsArray().Select(e => e!["__typename"]!.GetValue<string>() + ":" + e["field"]?.GetValue<string>()).ToArray();

    [Fact]
    public void An_outbox_message_is_claimed_once_and_then_sent_or_failed_for_good() =>
        TransitionTableAssert.Allows(OutboxTransitions.Table, "Queued→Sending; Sending→Sent; Sending→Failed", CoreErrors.StatusChangeRefused);

    [Fact]
    public async Task Company_urgency_limits_set_the_deadlines_of_requests_received_afterwards()
    {
        fx.Api.Clock.Now = TimerEngineTests.MondayMorning;
        var w = await TimerEngineTests.WorldAsync(fx.Api, "1390010");
        var refused = await MutateAsync(w.Admin, "setDeskLimits", "SetDeskLimitsInput", new { emergencyAcknowledgeMinutes = 40, emergencyOnSiteMinutes = 20 }, "limits { current { emergencyAcknowledgeMinutes } }");
        Assert.Equal(["UrgencyLimitsOutOfOrder:emergencyAcknowledgeMinutes"], Errors(refused));
        var bad = await MutateAsync(w.Admin, "setDeskLimits", "SetDeskLimitsInput", new { completionWorkingDays = 0 }, "limits { current { completionWorkingDays } }");
        Assert.Equal(["InvalidInput:completionWorkingDays"], Errors(bad));
        var denied = await w.Desk.PostAsync("mutation { setDeskLimits(input: { emergencyOnSiteMinutes: 20 }) { errors { code } } }");
        Assert.NotNull(denied.Errors);

        var set = await MutateAsync(w.Admin, "setDeskLimits", "SetDeskLimitsInput", new { emergencyAcknowledgeMinutes = 5, emergencyOnSiteMinutes = 20 },
            "limits { current { emergencyAcknowledgeMinutes emergencyOnSiteMinutes completionWorkingDays } defaults { emergencyOnSiteMinutes } }");
        Assert.Empty(Errors(set));
        Assert.Equal((5, 20, 3, 30), (set["limits"]!["current"]!["emergencyAcknowledgeMinutes"]!.GetValue<int>(), set["limits"]!["current"]!["emergencyOnSiteMinutes"]!.GetValue<int>(),
            set["limits"]!["current"]!["completionWorkingDays"]!.GetValue<int>(), set["limits"]!["defaults"]!["emergencyOnSiteMinutes"]!.GetValue<int>()));

        var id = await TimerEngineTests.RepairAsync(w, "EMERGENCY");
        var r = await w.Desk.PostAsync("query($id: ID!) { serviceRequest(id: $id) { deadlines { kind dueAt } } }", new { id });
        var due = r.AssertNoErrors().Data["serviceRequest"]!["deadlines"]!.AsArray().ToDictionary(d => d!["kind"]!.GetValue<string>(), d => DateTime.Parse(d!["dueAt"]!.GetValue<string>()).ToUniversalTime());
        Assert.Equal(TimerEngineTests.MondayMorning.UtcDateTime.AddMinutes(5), due["ACKNOWLEDGE"]);
        Assert.Equal(TimerEngineTests.MondayMorning.UtcDateTime.AddMinutes(20), due["ON_SITE"]);
    }

    [Fact]
    public async Task Categories_start_from_the_defaults_and_can_be_renamed_deactivated_and_added()
    {
        var w = await TimerEngineTests.WorldAsync(fx.Api, "1390011");
        const string List = "query { serviceCategories(type: COMPLAINT) { code name active isDefault } }";
        var before = (await w.Resident.PostAsync(List)).AssertNoErrors().Data["serviceCategories"]!.AsArray();
        Assert.Equal(["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"], before.Select(c => c!["code"]!.GetValue<string>()));

        Assert.Empty(Errors(await MutateAsync(w.Admin, "saveServiceCategory", "SaveServiceCategoryInput", new { type = "COMPLAINT", code = "C7", name = "开发商相关", active = false }, "category { code }")));
        Assert.Empty(Errors(await MutateAsync(w.Admin, "saveServiceCategory", "SaveServiceCategoryInput", new { type = "COMPLAINT", code = "C9", name = "停车管理", active = true, sortOrder = 85 }, "category { code }")));
        Assert.Equal(["InvalidInput:code"], Errors(await MutateAsync(w.Admin, "saveServiceCategory", "SaveServiceCategoryInput", new { type = "COMPLAINT", code = "c 9", name = "x", active = true }, "category { code }")));

        var after = (await w.Resident.PostAsync(List)).AssertNoErrors().Data["serviceCategories"]!.AsArray();
        Assert.Equal(["C1", "C2", "C3", "C4", "C5", "C6", "C8", "C9"], after.Select(c => c!["code"]!.GetValue<string>()));
        var all = (await w.Admin.PostAsync("query { serviceCategories(type: COMPLAINT, includeInactive: true) { code name active } }")).AssertNoErrors().Data["serviceCategories"]!.AsArray();
        Assert.Contains(all, c => c!["code"]!.GetValue<string>() == "C7" && c["name"]!.GetValue<string>() == "开发商相关" && !c["active"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_estate_publishes_its_complaint_channels_to_its_own_residents_only()
    {
        var w = await TimerEngineTests.WorldAsync(fx.Api, "1390012");
        var other = await TimerEngineTests.WorldAsync(fx.Api, "1390013");
        const string Fields = "channels { phone email hqComplaintLine }";
        Assert.Equal(["PublishedPhoneRequired:phone"], Errors(await MutateAsync(w.Admin, "setPublishedChannels", "SetPublishedChannelsInput", new { estateId = w.Estate, email = "kf@example.com" }, Fields)));
        Assert.Equal(["InvalidInput:email"], Errors(await MutateAsync(w.Admin, "setPublishedChannels", "SetPublishedChannelsInput", new { estateId = w.Estate, phone = "0755-12345678", email = "not-mail" }, Fields)));
        // Another company's estate answers like one that does not exist.
        Assert.Equal(["NotFound:estateId"], Errors(await MutateAsync(w.Admin, "setPublishedChannels", "SetPublishedChannelsInput", new { estateId = other.Estate, phone = "0755-12345678" }, Fields)));
        Assert.Empty(Errors(await MutateAsync(w.Admin, "setPublishedChannels", "SetPublishedChannelsInput",
            new { estateId = w.Estate, phone = "0755-12345678", hours = "24小时", email = "kf@example.com", hqComplaintLine = "400-800-1234" }, Fields)));

        const string Query = "query($e: ID!) { publishedChannels(estateId: $e) { phone hours hqComplaintLine } }";
        var mine = (await w.Resident.PostAsync(Query, new { e = w.Estate })).AssertNoErrors().Data["publishedChannels"]!;
        Assert.Equal(("0755-12345678", "24小时", "400-800-1234"), (mine["phone"]!.GetValue<string>(), mine["hours"]!.GetValue<string>(), mine["hqComplaintLine"]!.GetValue<string>()));
        Assert.Null((await other.Resident.PostAsync(Query, new { e = w.Estate })).AssertNoErrors().Data["publishedChannels"]);
    }

    [Fact]
    public async Task The_escalation_chain_names_estate_staff_and_keeps_the_manager_after_the_cs_head()
    {
        var w = await TimerEngineTests.WorldAsync(fx.Api, "1390014");
        var other = await TimerEngineTests.WorldAsync(fx.Api, "1390015");
        const string Fields = "chain { effectiveCsHeadName effectiveManagerName csHeadAfterMinutes managerAfterMinutes }";
        var defaults = (await w.Admin.PostAsync("query($e: ID!) { escalationChain(estateId: $e) { effectiveCsHeadName effectiveManagerName managerAfterMinutes } }", new { e = w.Estate }))
            .AssertNoErrors().Data["escalationChain"]!;
        Assert.Equal(("客服经理赵", "管理处经理钱", 240), (defaults["effectiveCsHeadName"]!.GetValue<string>(), defaults["effectiveManagerName"]!.GetValue<string>(), defaults["managerAfterMinutes"]!.GetValue<int>()));

        Assert.Equal(["EscalationStepsOutOfOrder:managerAfterMinutes"], Errors(await MutateAsync(w.Admin, "setEscalationChain", "SetEscalationChainInput",
            new { estateId = w.Estate, csHeadAfterMinutes = 60, managerAfterMinutes = 30 }, Fields)));
        Assert.Equal(["NotFound:csHeadStaffMemberId"], Errors(await MutateAsync(w.Admin, "setEscalationChain", "SetEscalationChainInput",
            new { estateId = w.Estate, csHeadStaffMemberId = other.CsHead, csHeadAfterMinutes = 0, managerAfterMinutes = 60 }, Fields)));
        var set = await MutateAsync(w.Admin, "setEscalationChain", "SetEscalationChainInput",
            new { estateId = w.Estate, csHeadStaffMemberId = w.Manager, csHeadAfterMinutes = 15, managerAfterMinutes = 90 }, Fields);
        Assert.Empty(Errors(set));
        Assert.Equal(("管理处经理钱", 15, 90), (set["chain"]!["effectiveCsHeadName"]!.GetValue<string>(), set["chain"]!["csHeadAfterMinutes"]!.GetValue<int>(), set["chain"]!["managerAfterMinutes"]!.GetValue<int>()));
    }
}
