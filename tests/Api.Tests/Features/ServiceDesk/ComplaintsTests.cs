using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>
/// Complaints (§7), claims (§7.11), visits (§9) and the service KPIs through the API over real databases, on a clock the
/// tests move across National Day 2026 (1–7 October off, Saturday 10 October worked) and ordinary weekends.
/// </summary>
public sealed class ComplaintsTests(ComplaintsTests.Fixture fx) : IClassFixture<ComplaintsTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ClockApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>A Shanghai wall-clock time.</summary>
    private static DateTimeOffset Cst(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    private sealed record World(Tenant Tenant, Guid Estate, Guid[] Units, Guid[] Owners, Guid Head, GraphQLClient Desk, GraphQLClient Supervisor,
        GraphQLClient Admin, GraphQLClient Desk2, Guid Estate2);

    /// <summary>Estate 1 with four households (owners 0–3) and an estate head with a login; estate 2 with its own desk.</summary>
    private async Task<World> WorldAsync(string server, DateTimeOffset now)
    {
        TestDatabases.SkipWithoutPostgres(server);
        fx.Api.Clock.Now = now;
        var t = await fx.Api.CompanyAsync("cp-" + Guid.NewGuid().ToString("N")[..6], server);
        await using var db = fx.Api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("投诉园");
        var estate2 = b.Estate("隔壁园");
        var building = b.Building(estate, "3栋");
        var units = Enumerable.Range(1, 4).Select(i => b.Unit(building, $"{i}01")).ToArray();
        var owners = units.Select((u, i) => { var p = b.Person($"业主{i}"); b.Owner(u, p); return p; }).ToArray();
        ReferenceData.AddEstateDepartments(db, estate.Id);
        await b.SaveAsync();
        var service = await db.Departments.Where(d => d.EstateId == estate.Id && d.Kind == DepartmentKind.CustomerService).Select(d => d.Id).FirstAsync();
        var head = new StaffMember { Name = "经理张", Phone = "13900000001", DepartmentId = service, Position = Position.EstateHead, UserId = "head-" + t.Slug, HiredOn = new DateOnly(2020, 1, 1) };
        head.Assignments.Add(new EstateAssignment { StaffMemberId = head.Id, EstateId = estate.Id, From = new DateOnly(2020, 1, 1) });
        db.StaffMembers.Add(head);
        await db.SaveChangesAsync();
        GraphQLClient C(string[] roles, Guid[] estates, string user) => fx.Api.Client(TestTokens.For(t.Slug, roles, estates, null, user: user));
        return new World(t, estate.Id, units.Select(u => u.Id).ToArray(), owners.Select(o => o.Id).ToArray(), head.Id,
            C(["front_desk"], [estate.Id], "desk-" + t.Slug), C(["supervisor"], [estate.Id], "sup-" + t.Slug),
            C(["company_admin"], [], "admin-" + t.Slug), C(["front_desk"], [estate2.Id], "desk2-" + t.Slug), estate2.Id);
    }

    private const string Fields = "id number status deadlines { kind dueAt metAt voidedAt state } timeline { action fromStatus toStatus complaintFrom complaintTo note } " +
        "complaint { status category categoryLabel major majorSource hot hotSource hotReason valid exemption handledAt closedBy repeatOfRequestId claimedAmount " +
        "claims { id amount status paymentReference } }";

    private static async Task<JsonNode> MutateAsync(GraphQLClient c, string name, string inputType, object input)
    {
        var r = await c.PostAsync($"mutation($i: {inputType}!) {{ {name}(input: $i) {{ serviceRequest {{ {Fields} }} errors {{ __typename code field message }} }} }}", new { i = input });
        return r.AssertNoErrors().Data[name]!;
    }

    private static JsonNode Ok(JsonNode payload)
    {
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload["serviceRequest"]!;
    }

    private static string Refused(JsonNode payload) => payload["errors"]![0]!["__typename"]!.GetValue<string>();

    private static string S(JsonNode n, string field) => n[field]!.GetValue<string>();

    private static Task<JsonNode> RecordAsync(World w, string channel = "PHONE", int owner = 0, string? category = "C4", string? location = "3栋大堂",
        DateTimeOffset? receivedAt = null, bool anonymous = false, GraphQLClient? desk = null) =>
        MutateAsync(desk ?? w.Desk, "recordServiceRequest", "RecordServiceRequestInput", new
        {
            estateId = w.Estate, type = "COMPLAINT", channel, description = "大堂夜间噪音", category, location, anonymous,
            reporterPersonId = anonymous ? (Guid?)null : w.Owners[owner], receivedAt = receivedAt?.UtcDateTime,
        });

    private static DateTimeOffset Due(JsonNode request, string kind) =>
        DateTimeOffset.Parse(request["deadlines"]!.AsArray().Single(d => S(d!, "kind") == kind)!["dueAt"]!.GetValue<string>());

    private static Task<JsonNode> AdvanceAsync(World w, string id, string to, string? exemption = null, string? note = null) =>
        MutateAsync(w.Desk, "advanceComplaint", "AdvanceComplaintInput", new { requestId = id, to, exemption, note });

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Complaint_limits_count_working_days_across_National_Day_and_its_make_up_Saturday(string server)
    {
        // Wednesday 30 September 16:00, the last working day before the holiday (1–7 October off; 8, 9, 10 (Sat) worked).
        var w = await WorldAsync(server, Cst(9, 30, 16));
        var letter = Ok(await RecordAsync(w, "LETTER"));
        Assert.Equal("RECEIVED", S(letter["complaint"]!, "status"));
        Assert.Equal(Cst(10, 9, 17, 30), Due(letter, "REPLY"));          // written: 2 working days, 30 Sep is day 0, then 8 and 9 Oct
        Assert.Equal(Cst(10, 9, 17, 30), Due(letter, "HANDLING_PLAN"));  // the plan: 2 working days
        Assert.Equal(Cst(10, 8, 17, 30), Due(letter, "HANDLING_RECORD")); // open > 1 working day → handling record
        var phone = Ok(await RecordAsync(w, "PHONE", owner: 1, location: "2栋"));
        Assert.Equal(Cst(10, 1, 0), Due(phone, "REPLY"));                // verbal, in hours: the same day
        // A phone complaint after closing on 30 September: the end of the day work resumes (8 October).
        fx.Api.Clock.Now = Cst(9, 30, 18);
        var late = Ok(await RecordAsync(w, "PHONE", owner: 2, location: "4栋"));
        Assert.Equal(Cst(10, 8, 17, 30), Due(late, "REPLY"));

        // Friday 9 October 16:00, written: day 0, Saturday 10 October (调休) is working day 1, Sunday off, Monday 12 is day 2.
        fx.Api.Clock.Now = Cst(10, 9, 16);
        var friday = Ok(await RecordAsync(w, "EMAIL", owner: 3, location: "5栋"));
        Assert.Equal(Cst(10, 12, 17, 30), Due(friday, "REPLY"));
        Assert.Equal(Cst(10, 10, 17, 30), Due(friday, "HANDLING_RECORD"));
        // MAJOR raised now: reported within 1 working day — the make-up Saturday.
        var major = Ok(await MutateAsync(w.Desk, "classifyComplaint", "ClassifyComplaintInput", new { requestId = S(friday, "id"), category = "C5", serviceFault = true, claimedAmount = 1000m }));
        Assert.True(major["complaint"]!["major"]!.GetValue<bool>());
        Assert.Equal(Cst(10, 10, 17, 30), Due(major, "MAJOR_REPORT"));
        // HOT raised now by hand: reported within one week (7 calendar days).
        var hot = Ok(await MutateAsync(w.Supervisor, "flagComplaint", "FlagComplaintInput", new { requestId = S(friday, "id"), flag = "HOT", raised = true, reason = "业主群集中反映" }));
        Assert.Equal(Cst(10, 16, 16), Due(hot, "HOT_REPORT"));
        Assert.Equal("MANUAL", S(hot["complaint"]!, "hotSource"));

        // The handling record meets its limit; the plan (from INVESTIGATING) meets the plan and the reply.
        var id = S(letter, "id");
        Ok(await MutateAsync(w.Desk, "recordComplaintHandling", "RecordComplaintHandlingInput", new { requestId = id, responsible = "客服李", measures = "夜间巡查" }));
        Ok(await AdvanceAsync(w, id, "ROUTED"));
        Ok(await AdvanceAsync(w, id, "INVESTIGATING"));
        var planned = Ok(await MutateAsync(w.Desk, "recordComplaintPlan", "RecordComplaintPlanInput", new { requestId = id, plan = "加装隔音门" }));
        var limits = planned["deadlines"]!.AsArray().ToDictionary(d => S(d!, "kind"), d => d!);
        var record = limits["HANDLING_RECORD"]!; // met on 9 October: a day after its limit
        Assert.True(DateTimeOffset.Parse(S(record, "metAt")) > DateTimeOffset.Parse(S(record, "dueAt")));
        Assert.NotNull(limits["HANDLING_PLAN"]!["metAt"]?.GetValue<string>());
        Assert.NotNull(limits["REPLY"]!["metAt"]?.GetValue<string>());
        var moves = planned["timeline"]!.AsArray().Where(e => e!["complaintTo"] is not null).Select(e => $"{e!["complaintFrom"]}>{e["complaintTo"]}").ToList();
        Assert.Equal(["RECEIVED>ROUTED", "ROUTED>INVESTIGATING", "INVESTIGATING>PLAN_REPLIED"], moves);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Hot_takes_three_different_complainants_of_the_same_problem_within_one_month(string server)
    {
        var w = await WorldAsync(server, Cst(11, 2, 10));
        // Same resident twice + one other: two complainants, not hot.
        Ok(await RecordAsync(w, owner: 0, receivedAt: Cst(10, 1, 10)));
        Ok(await RecordAsync(w, owner: 0, receivedAt: Cst(10, 1, 15)));
        var second = Ok(await RecordAsync(w, owner: 1, receivedAt: Cst(10, 20, 10)));
        Assert.False(second["complaint"]!["hot"]!.GetValue<bool>());
        // A third resident 31 days after the first (1 Oct → 1 Nov): the first is outside the month; still two.
        var outside = Ok(await RecordAsync(w, owner: 2, receivedAt: Cst(11, 1, 10)));
        Assert.False(outside["complaint"]!["hot"]!.GetValue<bool>());
        // Another place is another problem; another category too.
        Ok(await RecordAsync(w, owner: 3, location: "车库", receivedAt: Cst(10, 21, 10)));
        Ok(await RecordAsync(w, owner: 3, category: "C3", receivedAt: Cst(10, 21, 11)));
        // The third different resident on 31 October, exactly at the month's edge (1 Oct → 31 Oct): hot, with its report.
        var third = Ok(await RecordAsync(w, owner: 3, location: " 3栋大堂 ", receivedAt: Cst(10, 31, 10)));
        Assert.True(third["complaint"]!["hot"]!.GetValue<bool>(), third.ToJsonString());
        Assert.Equal("AUTOMATIC", S(third["complaint"]!, "hotSource"));
        Assert.Contains("3 complainants", S(third["complaint"]!, "hotReason"));
        Assert.Contains(third["deadlines"]!.AsArray(), d => S(d!, "kind") == "HOT_REPORT");

        // A collective complaint: three people together is hot at once; two are not.
        var two = Ok(await RecordAsync(w, owner: 0, category: "C1", location: "屋顶"));
        var classified = Ok(await MutateAsync(w.Desk, "classifyComplaint", "ClassifyComplaintInput", new { requestId = S(two, "id"), category = "C1", serviceFault = false, complainants = 2 }));
        Assert.False(classified["complaint"]!["hot"]!.GetValue<bool>());
        classified = Ok(await MutateAsync(w.Desk, "classifyComplaint", "ClassifyComplaintInput", new { requestId = S(two, "id"), category = "C1", serviceFault = false, complainants = 3 }));
        Assert.True(classified["complaint"]!["hot"]!.GetValue<bool>());
        // Dismissed by the CS head with a reason: manual from now on, and its report stops counting.
        var dismissed = Ok(await MutateAsync(w.Supervisor, "flagComplaint", "FlagComplaintInput", new { requestId = S(two, "id"), flag = "HOT", raised = false, reason = "同一家庭三人" }));
        Assert.Equal((false, "MANUAL"), (dismissed["complaint"]!["hot"]!.GetValue<bool>(), S(dismissed["complaint"]!, "hotSource")));
        Assert.NotNull(dismissed["deadlines"]!.AsArray().Single(d => S(d!, "kind") == "HOT_REPORT")!["voidedAt"]?.GetValue<string>());
        // The front desk may not decide a class by hand.
        var forbidden = await w.Desk.PostAsync("mutation($i: FlagComplaintInput!) { flagComplaint(input: $i) { errors { code } } }",
            new { i = new { requestId = S(two, "id"), flag = "MAJOR", raised = true, reason = "x" } });
        Assert.Equal("FORBIDDEN", forbidden.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Major_needs_a_service_error_and_a_claim_of_1000_yuan_and_claims_go_through_legal_review_approval_and_payment_once(string server)
    {
        var w = await WorldAsync(server, Cst(12, 14, 10));
        var id = S(Ok(await RecordAsync(w)), "id");
        var below = Ok(await MutateAsync(w.Desk, "classifyComplaint", "ClassifyComplaintInput", new { requestId = id, category = "C5", serviceFault = true, claimedAmount = 999.99m }));
        Assert.False(below["complaint"]!["major"]!.GetValue<bool>());
        Assert.DoesNotContain(below["deadlines"]!.AsArray(), d => S(d!, "kind") == "MAJOR_REPORT");
        var noFault = Ok(await MutateAsync(w.Desk, "classifyComplaint", "ClassifyComplaintInput", new { requestId = id, category = "C5", serviceFault = false, claimedAmount = 5000m }));
        Assert.False(noFault["complaint"]!["major"]!.GetValue<bool>());
        // The claim of exactly 1,000 元 for a service error makes it major (automatically), reported within 1 working day.
        var claimed = Ok(await MutateAsync(w.Desk, "recordComplaintClaim", "RecordComplaintClaimInput", new { requestId = id, amount = 1000m, liability = "保洁失误损坏地板", serviceFault = true }));
        Assert.Equal((true, "AUTOMATIC"), (claimed["complaint"]!["major"]!.GetValue<bool>(), S(claimed["complaint"]!, "majorSource")));
        Assert.Equal(Cst(12, 15, 17, 30), Due(claimed, "MAJOR_REPORT"));
        var claimId = S(claimed["complaint"]!["claims"]![0]!, "id");
        Assert.Equal(1000m, claimed["complaint"]!["claims"]![0]!["amount"]!.GetValue<decimal>());

        const string Claim = "mutation($i: {0}!) {{ {1}(input: $i) {{ serviceRequest {{ complaint {{ claims {{ status paymentReference }} }} }} errors {{ __typename code }} }} }}";
        async Task<JsonNode> ClaimStep(GraphQLClient c, string op, string type, object input) =>
            (await c.PostAsync(string.Format(Claim, type, op), new { i = input })).AssertNoErrors().Data[op]!;
        // No approval without the legal review; the leader in charge (administrator) approves, not the desk.
        Assert.Equal("ClaimStatusRefused", Refused(await ClaimStep(w.Admin, "decideComplaintClaim", "DecideComplaintClaimInput", new { claimId, approve = true })));
        var deskDecides = await w.Desk.PostAsync("mutation($i: DecideComplaintClaimInput!) { decideComplaintClaim(input: $i) { errors { code } } }", new { i = new { claimId, approve = true } });
        Assert.Equal("FORBIDDEN", deskDecides.Errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Empty((await ClaimStep(w.Desk, "reviewComplaintClaim", "ReviewComplaintClaimInput", new { claimId, legalOpinion = "责任在我方，金额合理" }))["errors"]!.AsArray());
        Assert.Equal("ClaimStatusRefused", Refused(await ClaimStep(w.Admin, "payComplaintClaim", "PayComplaintClaimInput", new { claimId, paymentReference = "FIN-1" })));
        Assert.Empty((await ClaimStep(w.Admin, "decideComplaintClaim", "DecideComplaintClaimInput", new { claimId, approve = true }))["errors"]!.AsArray());
        var paid = await ClaimStep(w.Admin, "payComplaintClaim", "PayComplaintClaimInput", new { claimId, paymentReference = "FIN-1" });
        Assert.Equal("PAID", S(paid["serviceRequest"]!["complaint"]!["claims"]![0]!, "status"));
        // The same payment again changes nothing; another reference is refused.
        await using (var db = fx.Api.Open(w.Tenant))
        {
            var before = await db.ServiceRequestEvents.CountAsync();
            Assert.Empty((await ClaimStep(w.Admin, "payComplaintClaim", "PayComplaintClaimInput", new { claimId, paymentReference = "FIN-1" }))["errors"]!.AsArray());
            Assert.Equal(before, await db.ServiceRequestEvents.CountAsync());
        }
        Assert.Equal("ClaimPaidOtherwise", Refused(await ClaimStep(w.Admin, "payComplaintClaim", "PayComplaintClaimInput", new { claimId, paymentReference = "FIN-2" })));
        // Another estate's desk does not see the claim at all.
        var foreign = await ClaimStep(w.Desk2, "reviewComplaintClaim", "ReviewComplaintClaimInput", new { claimId, legalOpinion = "x" });
        Assert.Equal("NotFound", Refused(foreign));
    }

    /// <summary>Handles a complaint of owner 0 to VERIFIED and puts it under observation (no visit: sensitive).</summary>
    private async Task<string> HandledUnderObservationAsync(World w)
    {
        var id = S(Ok(await RecordAsync(w)), "id");
        foreach (var to in new[] { "ROUTED", "INVESTIGATING" }) Ok(await AdvanceAsync(w, id, to));
        Ok(await MutateAsync(w.Desk, "recordComplaintPlan", "RecordComplaintPlanInput", new { requestId = id, plan = "调整巡逻路线" }));
        foreach (var to in new[] { "IN_HANDLING", "HANDLED", "VERIFIED" }) Ok(await AdvanceAsync(w, id, to));
        // OBSERVATION needs an exemption.
        Assert.Equal("ReturnVisitExemptionRequired", Refused(await AdvanceAsync(w, id, "OBSERVATION")));
        var observed = Ok(await AdvanceAsync(w, id, "OBSERVATION", exemption: "SENSITIVE"));
        Assert.Equal("OBSERVATION", S(observed["complaint"]!, "status"));
        return id;
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_complaint_without_a_return_visit_closes_one_week_after_handling_when_no_repeat_came(string server)
    {
        // Handled on Friday 25 September 10:00 (the Mid-Autumn holiday follows): one week is 7 calendar days.
        var w = await WorldAsync(server, Cst(9, 25, 10));
        var id = await HandledUnderObservationAsync(w);
        await using var db = fx.Api.Open(w.Tenant);
        var request = Guid.Parse(id);
        // The desk cannot close it by hand: the week decides.
        Assert.Equal("ComplaintStatusRefused", Refused(await AdvanceAsync(w, id, "CLOSED")));
        fx.Api.Clock.Now = Cst(10, 2, 9, 59);
        await fx.Api.RunDueJobsAsync();
        Assert.Equal(PropertySaaS.Api.Features.ServiceDesk.ComplaintStatus.Observation, (await db.Complaints.AsNoTracking().SingleAsync(c => c.RequestId == request)).Status);
        fx.Api.Clock.Now = Cst(10, 2, 10);
        await fx.Api.RunDueJobsAsync();
        var closed = await db.Complaints.AsNoTracking().SingleAsync(c => c.RequestId == request);
        Assert.Equal((PropertySaaS.Api.Features.ServiceDesk.ComplaintStatus.Closed, PropertySaaS.Api.Features.ServiceDesk.ComplaintClosure.NoRepeatInOneWeek),
            (closed.Status, closed.ClosedBy));
        Assert.Equal(PropertySaaS.Api.Features.ServiceDesk.ServiceRequestStatus.Closed, (await db.ServiceRequests.AsNoTracking().SingleAsync(r => r.Id == request)).Status);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_repeat_from_the_same_resident_within_the_week_is_linked_and_sends_the_original_back_to_rework(string server)
    {
        var w = await WorldAsync(server, Cst(9, 25, 10));
        var id = await HandledUnderObservationAsync(w);
        // Three days later the same resident complains about the same thing again.
        fx.Api.Clock.Now = Cst(9, 28, 9);
        var repeat = Ok(await RecordAsync(w));
        Assert.Equal(id, S(repeat["complaint"]!, "repeatOfRequestId"));
        fx.Api.Clock.Now = Cst(10, 5, 10);
        await fx.Api.RunDueJobsAsync();
        await using var db = fx.Api.Open(w.Tenant);
        var original = await db.Complaints.AsNoTracking().SingleAsync(c => c.RequestId == Guid.Parse(id));
        Assert.Equal(PropertySaaS.Api.Features.ServiceDesk.ComplaintStatus.Rework, original.Status);
        var events = await db.ServiceRequestEvents.AsNoTracking().Where(e => e.RequestId == Guid.Parse(id)).OrderBy(e => e.Sequence).Select(e => e.Action).ToListAsync();
        Assert.Contains(PropertySaaS.Api.Features.ServiceDesk.ServiceAction.RepeatLinked, events);
        // The repeat is not counted as a complaint of its own (§7.6 R).
        var stats = (await w.Desk.PostAsync("query($e: ID!) { complaintStatistics(estateId: $e, year: 2026, month: 9) { total repeats } }", new { e = w.Estate })).AssertNoErrors().Data["complaintStatistics"]!;
        Assert.Equal((1, 1), (stats["total"]!.GetValue<int>(), stats["repeats"]!.GetValue<int>()));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Visits_respect_the_opt_out_and_the_booking_lead_and_feed_quotas_and_kpis_that_say_not_available_without_data(string server)
    {
        var w = await WorldAsync(server, Cst(11, 2, 10));
        const string Visit = "mutation($i: {0}!) {{ {1}(input: $i) {{ visit {{ id status rating }} errors {{ __typename code }} }} }}";
        async Task<JsonNode> V(GraphQLClient c, string op, string type, object input) => (await c.PostAsync(string.Format(Visit, type, op), new { i = input })).AssertNoErrors().Data[op]!;

        // Nothing recorded yet: rates are not available (null), never zero; counts are real zeros.
        var empty = await KpisAsync(w, 11);
        Assert.Equal((false, (decimal?)null), (empty["K-20"]!["available"]!.GetValue<bool>(), empty["K-20"]!["value"]?.GetValue<decimal>()));
        Assert.False(empty["K-27"]!["available"]!.GetValue<bool>());
        Assert.Equal(0m, empty["K-12"]!["value"]!.GetValue<decimal>());

        var opt = (await w.Desk.PostAsync("mutation($i: SetVisitOptOutInput!) { setVisitOptOut(input: $i) { optOut { optedOut } errors { code } } }",
            new { i = new { unitId = w.Units[1], optedOut = true, reason = "业主明确拒绝回访" } })).AssertNoErrors().Data["setVisitOptOut"]!;
        Assert.True(opt["optOut"]!["optedOut"]!.GetValue<bool>());
        Assert.Equal("HouseholdOptedOutOfVisits", Refused(await V(w.Desk, "planCustomerVisit", "PlanCustomerVisitInput",
            new { unitId = w.Units[1], staffMemberId = w.Head, kind = "INTERVIEW", mode = "PHONE", plannedFor = Cst(11, 3, 10).UtcDateTime })));
        // A door visit is agreed at least a day ahead.
        var door = await V(w.Desk, "planCustomerVisit", "PlanCustomerVisitInput", new { unitId = w.Units[0], staffMemberId = w.Head, kind = "INTERVIEW", mode = "DOOR", plannedFor = Cst(11, 2, 15).UtcDateTime });
        var doorId = S(door["visit"]!, "id");
        Assert.Equal("DoorVisitTooSoon", Refused(await V(w.Desk, "bookCustomerVisit", "BookCustomerVisitInput", new { visitId = doorId })));
        Assert.Equal("BOOKED", S((await V(w.Desk, "bookCustomerVisit", "BookCustomerVisitInput", new { visitId = doorId, plannedFor = Cst(11, 3, 10).UtcDateTime }))["visit"]!, "status"));
        Assert.Equal("DONE", S((await V(w.Supervisor, "recordCustomerVisit", "RecordCustomerVisitInput", new { visitId = doorId, notes = "希望增加儿童设施", rating = 5 }))["visit"]!, "status"));
        var phone = await V(w.Desk, "planCustomerVisit", "PlanCustomerVisitInput", new { unitId = w.Units[2], staffMemberId = w.Head, kind = "INTERVIEW", mode = "PHONE", plannedFor = Cst(11, 20, 10).UtcDateTime });
        Assert.Equal("DONE", S((await V(w.Supervisor, "recordCustomerVisit", "RecordCustomerVisitInput", new { visitId = S(phone["visit"]!, "id"), notes = "一般", rating = 3 }))["visit"]!, "status"));
        Assert.Equal("VisitStatusRefused", Refused(await V(w.Desk, "bookCustomerVisit", "BookCustomerVisitInput", new { visitId = doorId })));

        var quotas = (await w.Desk.PostAsync("query($e: ID!) { visitQuotas(estateId: $e, year: 2026, month: 11) { name position quota done planned } }", new { e = w.Estate }))
            .AssertNoErrors().Data["visitQuotas"]!.AsArray();
        var head = Assert.Single(quotas)!;
        Assert.Equal(("ESTATE_HEAD", 2, 2, 2), (S(head, "position"), head["quota"]!.GetValue<int>(), head["done"]!.GetValue<int>(), head["planned"]!.GetValue<int>()));
        var kpis = await KpisAsync(w, 11);
        Assert.Equal(2m, kpis["K-53"]!["value"]!.GetValue<decimal>());
        Assert.Equal(100m, kpis["K-54"]!["value"]!.GetValue<decimal>());
        Assert.Equal(50m, kpis["K-60"]!["value"]!.GetValue<decimal>()); // one of two rated satisfied (≥ 4 of 5)
        // Another estate's figures are nobody's business: null, like an estate that does not exist.
        Assert.Null((await w.Desk2.PostAsync("query($e: ID!) { serviceKpis(estateId: $e, year: 2026, month: 11) { code } }", new { e = w.Estate })).AssertNoErrors().Data["serviceKpis"]);
    }

    private static async Task<Dictionary<string, JsonNode>> KpisAsync(World w, int month) =>
        (await w.Desk.PostAsync("query($e: ID!, $m: Int!) { serviceKpis(estateId: $e, year: 2026, month: $m) { code value numerator denominator available } }", new { e = w.Estate, m = month }))
            .AssertNoErrors().Data["serviceKpis"]!.AsArray().ToDictionary(k => S(k!, "code"), k => k!);

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task The_monthly_statistics_count_by_category_and_the_report_is_due_before_the_28th(string server)
    {
        // November 2026: the 28th is a Saturday, so the report is due at the close of Friday 27 November.
        var w = await WorldAsync(server, Cst(11, 20, 10));
        Ok(await RecordAsync(w, owner: 0));
        Ok(await RecordAsync(w, owner: 1, category: "C2", location: "电梯"));
        var invalid = S(Ok(await RecordAsync(w, owner: 2, category: "C8", location: "市政")), "id");
        Ok(await AdvanceAsync(w, invalid, "ROUTED"));
        Assert.Equal("InvalidNeedsOpinion", Refused(await MutateAsync(w.Supervisor, "decideComplaintValidity", "DecideComplaintValidityInput", new { requestId = invalid, valid = false })));
        var decided = Ok(await MutateAsync(w.Supervisor, "decideComplaintValidity", "DecideComplaintValidityInput", new { requestId = invalid, valid = false, reason = "属供电局责任，已告知业主" }));
        Assert.Equal(("INVALID", false), (S(decided["complaint"]!, "status"), decided["complaint"]!["valid"]!.GetValue<bool>()));

        const string Q = "query($e: ID!) { complaintStatistics(estateId: $e, year: 2026, month: 11) { total invalid open byCategory { code label count } report { dueAt submittedAt state } } }";
        var stats = (await w.Desk.PostAsync(Q, new { e = w.Estate })).AssertNoErrors().Data["complaintStatistics"]!;
        Assert.Equal((2, 1), (stats["total"]!.GetValue<int>(), stats["invalid"]!.GetValue<int>()));
        var byCategory = stats["byCategory"]!.AsArray().ToDictionary(c => S(c!, "code"), c => c!["count"]!.GetValue<int>());
        Assert.Equal((1, 1, 0), (byCategory["C4"], byCategory["C2"], byCategory["C8"]));
        Assert.Equal("环境管理类", S(stats["byCategory"]!.AsArray().Single(c => S(c!, "code") == "C4")!, "label"));
        Assert.Equal(Cst(11, 27, 17, 30), DateTimeOffset.Parse(S(stats["report"]!, "dueAt")));

        var submit = (await w.Desk.PostAsync("mutation($i: SubmitComplaintMonthlyReportInput!) { submitComplaintMonthlyReport(input: $i) { report { submittedAt } errors { __typename } } }",
            new { i = new { estateId = w.Estate, year = 2026, month = 11, analysis = "本月环境类投诉集中在大堂噪音" } })).AssertNoErrors().Data["submitComplaintMonthlyReport"]!;
        Assert.Empty(submit["errors"]!.AsArray());
        stats = (await w.Desk.PostAsync(Q, new { e = w.Estate })).AssertNoErrors().Data["complaintStatistics"]!;
        Assert.Equal("ON_TIME", S(stats["report"]!, "state"));
        var again = (await w.Desk.PostAsync("mutation($i: SubmitComplaintMonthlyReportInput!) { submitComplaintMonthlyReport(input: $i) { errors { __typename } } }",
            new { i = new { estateId = w.Estate, year = 2026, month = 11, analysis = "再报" } })).AssertNoErrors().Data["submitComplaintMonthlyReport"]!;
        Assert.Equal("MonthlyReportAlreadySubmitted", Refused(again));
    }
}
