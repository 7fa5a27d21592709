using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>The service desk through the API over real databases, on a clock the tests move.</summary>
public sealed partial class ServiceDeskTests(ServiceDeskTests.Fixture fx) : IClassFixture<ServiceDeskTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ClockApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>Friday 2026-12-11 16:30 in Shanghai: one working hour left before the weekend.</summary>
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 12, 11, 8, 30, 0, TimeSpan.Zero);

    /// <summary>
    /// A company with estate 1 (units 101 of resident A and 102 of resident B; an engineer "eng" and a CS specialist "cs"
    /// with logins) and estate 2; tokens for the front desk of each estate, the engineer, the CS specialist, a supervisor
    /// and both residents.
    /// </summary>
    private sealed record World(Tenant Tenant, Guid Estate, Guid Estate2, Guid Unit101, Guid Unit102, Guid Engineering, Guid Engineer, Guid CsMember,
        GraphQLClient Desk, GraphQLClient Desk2, GraphQLClient Eng, GraphQLClient Cs, GraphQLClient Supervisor, GraphQLClient ResidentA, GraphQLClient ResidentB);

    private async Task<World> WorldAsync(string server = "local")
    {
        TestDatabases.SkipWithoutPostgres(server);
        fx.Api.Clock.Now = FridayAfternoon;
        var t = await fx.Api.CompanyAsync("desk-" + Guid.NewGuid().ToString("N")[..6], server);
        await using var db = fx.Api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("服务园");
        var estate2 = b.Estate("隔壁园");
        var building = b.Building(estate, "1栋");
        var u101 = b.Unit(building, "101");
        var u102 = b.Unit(building, "102");
        var a = b.Person("业主甲");
        var bb = b.Person("业主乙");
        b.Owner(u101, a);
        b.Owner(u102, bb);
        ReferenceData.AddEstateDepartments(db, estate.Id);
        ReferenceData.AddEstateDepartments(db, estate2.Id);
        await b.SaveAsync();
        var engineering = await db.Departments.Where(d => d.EstateId == estate.Id && d.Kind == DepartmentKind.Engineering).Select(d => d.Id).FirstAsync();
        var service = await db.Departments.Where(d => d.EstateId == estate.Id && d.Kind == DepartmentKind.CustomerService).Select(d => d.Id).FirstAsync();
        StaffMember Member(string name, string user, Guid department, Position position)
        {
            var m = new StaffMember { Name = name, Phone = "13900000" + db.ChangeTracker.Entries().Count().ToString("000"), DepartmentId = department, Position = position, UserId = user, HiredOn = new DateOnly(2020, 1, 1) };
            m.Assignments.Add(new EstateAssignment { StaffMemberId = m.Id, EstateId = estate.Id, From = new DateOnly(2020, 1, 1) });
            db.StaffMembers.Add(m);
            return m;
        }
        var eng = Member("维修工王", "eng-" + t.Slug, engineering, Position.Technician);
        var cs = Member("客服李", "cs-" + t.Slug, service, Position.CsSpecialist);
        await db.SaveChangesAsync();
        string Token(string[] roles, Guid[] estates, string user, Guid? person = null) =>
            TestTokens.For(t.Slug, roles, estates, person, user: user);
        GraphQLClient C(string token) => fx.Api.Client(token);
        return new World(t, estate.Id, estate2.Id, u101.Id, u102.Id, engineering, eng.Id, cs.Id,
            C(Token(["front_desk"], [estate.Id], "desk-" + t.Slug)), C(Token(["front_desk"], [estate2.Id], "desk2-" + t.Slug)),
            C(Token(["engineer"], [estate.Id], "eng-" + t.Slug)), C(Token(["cs_specialist"], [estate.Id], "cs-" + t.Slug)),
            C(Token(["supervisor"], [estate.Id], "sup-" + t.Slug)),
            C(Token(["resident"], [], "res-a-" + t.Slug, a.Id)), C(Token(["resident"], [], "res-b-" + t.Slug, bb.Id)));
    }

    private const string Fields = "id number type channel status receivedAt unitLabel firstReceiverName assigneeName assignedDepartmentName sla difficult rating " +
        "deadlines { kind dueAt metAt state } timeline { action actorName fromStatus toStatus note }";

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

    private static string Id(JsonNode request) => request["id"]!.GetValue<string>();

    private static Task<JsonNode> ReportAsync(GraphQLClient resident, Guid unit, string type = "REPAIR", string description = "厨房水管漏水") =>
        MutateAsync(resident, "reportServiceRequest", "ReportServiceRequestInput", new { unitId = unit, type, description });

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_reported_repair_goes_from_intake_to_closed_with_every_step_in_its_timeline(string server)
    {
        var w = await WorldAsync(server);
        var reported = Ok(await ReportAsync(w.ResidentA, w.Unit101));
        Assert.Matches(@"^BX-202612-0001$", reported["number"]!.GetValue<string>());
        Assert.Equal(("RESIDENT_PORTAL", "RECEIVED", "1栋 101"), (reported["channel"]!.GetValue<string>(), reported["status"]!.GetValue<string>(), reported["unitLabel"]!.GetValue<string>()));
        // Ordinary by default: appointment within 2 working hours (Monday 09:30 Shanghai), on site within 24 h, done in 3 working days.
        var due = reported["deadlines"]!.AsArray().ToDictionary(d => d!["kind"]!.GetValue<string>(), d => DateTime.Parse(d!["dueAt"]!.GetValue<string>()).ToUniversalTime());
        Assert.Equal(new DateTime(2026, 12, 14, 1, 30, 0, DateTimeKind.Utc), due["APPOINTMENT"]);
        Assert.Equal(new DateTime(2026, 12, 12, 8, 30, 0, DateTimeKind.Utc), due["ON_SITE"]);
        Assert.Equal(new DateTime(2026, 12, 16, 9, 30, 0, DateTimeKind.Utc), due["COMPLETION"]);
        var id = Id(reported);

        var dispatched = Ok(await MutateAsync(w.Desk, "dispatchServiceRequest", "DispatchServiceRequestInput", new { requestId = id, staffMemberId = w.Engineer }));
        Assert.Equal(("DISPATCHED", "维修工王", "desk-" + w.Tenant.Slug), (dispatched["status"]!.GetValue<string>(), dispatched["assigneeName"]!.GetValue<string>(), dispatched["firstReceiverName"]!.GetValue<string>()));
        fx.Api.Clock.Advance(TimeSpan.FromMinutes(20));
        Ok(await MutateAsync(w.Eng, "acceptServiceRequest", "ServiceRequestStepInput", new { requestId = id }));
        Ok(await MutateAsync(w.Eng, "startServiceWork", "ServiceRequestStepInput", new { requestId = id }));
        var completed = Ok(await MutateAsync(w.Eng, "completeServiceRequest", "CompleteServiceRequestInput", new { requestId = id, notes = "更换角阀" }));
        var returnVisit = completed["deadlines"]!.AsArray().Single(d => d!["kind"]!.GetValue<string>() == "RETURN_VISIT")!;
        Assert.Null(returnVisit["metAt"]?.GetValue<string>());
        Assert.All(completed["deadlines"]!.AsArray().Where(d => d!["kind"]!.GetValue<string>() != "RETURN_VISIT"), d => Assert.NotNull(d!["metAt"]?.GetValue<string>()));
        var signed = Ok(await MutateAsync(w.ResidentA, "signOffServiceRequest", "SignOffServiceRequestInput", new { requestId = id, rating = 5 }));
        Assert.Equal(5, signed["rating"]!.GetValue<int>());
        Ok(await MutateAsync(w.Desk, "recordReturnVisit", "RecordReturnVisitInput", new { requestId = id, satisfied = true }));
        var closed = Ok(await MutateAsync(w.Desk, "closeServiceRequest", "ServiceRequestStepInput", new { requestId = id }));

        Assert.Equal("CLOSED", closed["status"]!.GetValue<string>());
        var steps = closed["timeline"]!.AsArray().Select(e => $"{e!["action"]}:{e["fromStatus"]}>{e["toStatus"]}").ToList();
        Assert.Equal(["RECEIVED:>RECEIVED", "DISPATCHED:RECEIVED>DISPATCHED", "ACCEPTED:DISPATCHED>ACCEPTED", "STARTED:ACCEPTED>IN_PROGRESS",
            "COMPLETED:IN_PROGRESS>COMPLETED", "SIGNED_OFF:COMPLETED>SIGNED_OFF", "RETURN_VISITED:SIGNED_OFF>RETURN_VISITED", "CLOSED:RETURN_VISITED>CLOSED"], steps);
        Assert.All(closed["deadlines"]!.AsArray(), d => Assert.Equal("ON_TIME", d!["state"]!.GetValue<string>()));

        // A closed request can only be reopened.
        var refused = await MutateAsync(w.Eng, "acceptServiceRequest", "ServiceRequestStepInput", new { requestId = id });
        Assert.Equal("ServiceRequestStatusRefused", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains("已关闭", refused["errors"]![0]!["message"]!.GetValue<string>());
        var reopened = Ok(await MutateAsync(w.Desk, "reopenServiceRequest", "ServiceRequestReasonInput", new { requestId = id, reason = "又漏了" }));
        Assert.Equal("REOPENED", reopened["status"]!.GetValue<string>());

        // The resident sees it in their list; the other household does not.
        var mine = (await w.ResidentA.PostAsync("{ myServiceRequests { id number } }")).AssertNoErrors().Data["myServiceRequests"]!.AsArray();
        Assert.Equal(id, Assert.Single(mine)!["id"]!.GetValue<string>());
        Assert.Empty((await w.ResidentB.PostAsync("{ myServiceRequests { id } }")).AssertNoErrors().Data["myServiceRequests"]!.AsArray());
    }

    [Fact]
    public async Task Another_household_another_estate_and_another_company_are_answered_like_a_request_that_does_not_exist()
    {
        var w = await WorldAsync();
        var id = Id(Ok(await ReportAsync(w.ResidentA, w.Unit101)));
        var other = await WorldAsync();
        var random = Guid.NewGuid().ToString();

        async Task<string> AnswerAsync(GraphQLClient c, string requestId) =>
            (await c.PostAsync("""
                query($id: ID!) { serviceRequest(id: $id) { id } }
                """, new { id = requestId })).Json + " " +
            (await c.PostAsync("""
                mutation($id: ID!) { signOffServiceRequest(input: {requestId: $id, rating: 3}) { serviceRequest { id } errors { __typename code field message } } }
                """, new { id = requestId })).Json.Replace(requestId, "<id>");

        var before = await DatabaseSnapshot.TakeAsync(fx.Api, w.Tenant, other.Tenant);
        Assert.Equal(await AnswerAsync(w.ResidentB, random), await AnswerAsync(w.ResidentB, id));
        Assert.Equal(await AnswerAsync(w.Desk2, random), await AnswerAsync(w.Desk2, id));
        Assert.Equal(await AnswerAsync(other.Supervisor, random), await AnswerAsync(other.Supervisor, id));
        Assert.Contains("NOT_FOUND", await AnswerAsync(w.ResidentB, id));
        // A resident reporting for another household's unit is answered like for a unit that does not exist.
        var foreignUnit = await ReportAsync(w.ResidentB, w.Unit101);
        var randomUnit = await ReportAsync(w.ResidentB, Guid.NewGuid());
        Assert.Equal(randomUnit["errors"]!.ToJsonString(), foreignUnit["errors"]!.ToJsonString());
        Assert.Equal("NotFound", foreignUnit["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Empty(DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(fx.Api, w.Tenant, other.Tenant)));
    }

    [Fact]
    public async Task Bad_input_is_refused_typed_in_the_callers_language_and_changes_nothing()
    {
        var w = await WorldAsync();
        var before = await DatabaseSnapshot.TakeAsync(fx.Api, w.Tenant);
        var r = await MutateAsync(w.Desk, "recordServiceRequest", "RecordServiceRequestInput", new
        {
            estateId = w.Estate, type = "COMPLAINT", channel = "RESIDENT_PORTAL", description = " ", urgency = "EMERGENCY",
            contactPhone = "12345", receivedAt = fx.Api.Clock.Now.AddHours(1).UtcDateTime,
        });
        Assert.Null(r["serviceRequest"]);
        var errors = r["errors"]!.AsArray().Select(e => (e!["__typename"]!.GetValue<string>(), e["field"]!.GetValue<string>())).ToHashSet();
        Assert.Superset(new HashSet<(string, string)> { ("InvalidInput", "description"), ("InvalidInput", "urgency"), ("InvalidInput", "channel"),
            ("InvalidInput", "contactPhone"), ("InvalidInput", "receivedAt") }, errors);
        Assert.DoesNotContain("Exception", r.ToJsonString());
        // The same refusal in English.
        var en = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["front_desk"], [w.Estate], user: "desk-en"), language: "en");
        var english = await MutateAsync(en, "recordServiceRequest", "RecordServiceRequestInput", new { estateId = w.Estate, type = "REPAIR", channel = "PHONE", description = "灯不亮" });
        Assert.Equal("A request that is not anonymous needs a contact name and phone.", english["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Empty(DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(fx.Api, w.Tenant)));
        // Steps with bad input: a rejection without a reason, a rating of 6.
        var id = Id(Ok(await ReportAsync(w.ResidentA, w.Unit101)));
        before = await DatabaseSnapshot.TakeAsync(fx.Api, w.Tenant);
        var noReason = await MutateAsync(w.Eng, "rejectServiceRequest", "ServiceRequestReasonInput", new { requestId = id, reason = "" });
        Assert.Equal(("InvalidInput", "reason"), (noReason["errors"]![0]!["__typename"]!.GetValue<string>(), noReason["errors"]![0]!["field"]!.GetValue<string>()));
        var six = await MutateAsync(w.ResidentA, "signOffServiceRequest", "SignOffServiceRequestInput", new { requestId = id, rating = 6 });
        Assert.Equal("rating", six["errors"]![0]!["field"]!.GetValue<string>());
        // Not the handler: an engineer may not accept what was never dispatched to them.
        var notMine = await MutateAsync(w.Eng, "acceptServiceRequest", "ServiceRequestStepInput", new { requestId = id });
        Assert.Equal("NotServiceRequestAssignee", notMine["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Empty(DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(fx.Api, w.Tenant)));
    }

    [Fact]
    public async Task Only_the_assigned_handler_or_a_supervisor_takes_the_handlers_steps()
    {
        var w = await WorldAsync();
        var id = Id(Ok(await ReportAsync(w.ResidentA, w.Unit101)));
        Ok(await MutateAsync(w.Desk, "dispatchServiceRequest", "DispatchServiceRequestInput", new { requestId = id, staffMemberId = w.CsMember }));
        var eng = await MutateAsync(w.Eng, "acceptServiceRequest", "ServiceRequestStepInput", new { requestId = id });
        Assert.Equal("NotServiceRequestAssignee", eng["errors"]![0]!["__typename"]!.GetValue<string>());
        // Reassigned to engineering: a member of the department may send it back with a reason, before accepting.
        Ok(await MutateAsync(w.Desk, "reassignServiceRequest", "DispatchServiceRequestInput", new { requestId = id, departmentId = w.Engineering, note = "属工程部" }));
        var rejected = Ok(await MutateAsync(w.Eng, "rejectServiceRequest", "ServiceRequestReasonInput", new { requestId = id, reason = "需先确认产权" }));
        Assert.Equal(("REJECTED", "需先确认产权"), (rejected["status"]!.GetValue<string>(), rejected["timeline"]!.AsArray().Last()!["note"]!.GetValue<string>()));
        Assert.Null(rejected["assignedDepartmentName"]?.GetValue<string>());
        // Dispatched again; the department's member who accepts becomes the handler, and can no longer reject.
        Ok(await MutateAsync(w.Desk, "dispatchServiceRequest", "DispatchServiceRequestInput", new { requestId = id, departmentId = w.Engineering }));
        var accepted = Ok(await MutateAsync(w.Eng, "acceptServiceRequest", "ServiceRequestStepInput", new { requestId = id }));
        Assert.Equal("维修工王", accepted["assigneeName"]!.GetValue<string>());
        var late = await MutateAsync(w.Eng, "rejectServiceRequest", "ServiceRequestReasonInput", new { requestId = id, reason = "不想做" });
        Assert.Equal("ServiceRequestStatusRefused", late["errors"]![0]!["__typename"]!.GetValue<string>());
        // A supervisor acts on the handler's behalf.
        Assert.Equal("IN_PROGRESS", Ok(await MutateAsync(w.Supervisor, "startServiceWork", "ServiceRequestStepInput", new { requestId = id }))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deadline_cannot_be_changed_by_the_handler_it_binds()
    {
        var w = await WorldAsync();
        var id = Id(Ok(await MutateAsync(w.Desk, "recordServiceRequest", "RecordServiceRequestInput", new
        {
            estateId = w.Estate, unitId = w.Unit101, type = "COMPLAINT", channel = "PHONE", description = "夜间噪音", contactName = "业主甲", contactPhone = "13800001111",
        })));
        Ok(await MutateAsync(w.Desk, "dispatchServiceRequest", "DispatchServiceRequestInput", new { requestId = id, staffMemberId = w.CsMember }));
        var later = fx.Api.Clock.Now.AddDays(3).UtcDateTime;
        var before = await DatabaseSnapshot.TakeAsync(fx.Api, w.Tenant);
        var own = await MutateAsync(w.Cs, "changeServiceDeadline", "ChangeServiceDeadlineInput", new { requestId = id, kind = "REPLY", dueAt = later, reason = "客户出差" });
        Assert.Equal("DeadlineBindsHandler", own["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Empty(DatabaseSnapshot.Changed(before, await DatabaseSnapshot.TakeAsync(fx.Api, w.Tenant)));
        var moved = Ok(await MutateAsync(w.Supervisor, "changeServiceDeadline", "ChangeServiceDeadlineInput", new { requestId = id, kind = "REPLY", dueAt = later, reason = "客户出差" }));
        Assert.Equal(later, DateTime.Parse(moved["deadlines"]![0]!["dueAt"]!.GetValue<string>()).ToUniversalTime());
        Assert.Equal("DEADLINE_CHANGED", moved["timeline"]!.AsArray().Last()!["action"]!.GetValue<string>());
    }

    [Fact]
    public async Task Over_the_weekend_the_queue_and_the_sweep_show_what_is_due_soon_and_what_is_overdue()
    {
        var w = await WorldAsync();
        var repair = Id(Ok(await ReportAsync(w.ResidentA, w.Unit101)));
        fx.Api.Clock.Advance(TimeSpan.FromMinutes(1));
        var praise = Id(Ok(await ReportAsync(w.ResidentB, w.Unit102, "PRAISE", "保安很负责")));
        // Saturday 11:00 Shanghai: the 24-hour visit is not overdue yet but in its last quarter (from 10:30).
        fx.Api.Clock.Now = new DateTimeOffset(2026, 12, 12, 3, 0, 0, TimeSpan.Zero);
        async Task<List<string>> QueueAsync(string sla)
        {
            var r = await w.Desk.PostAsync($"query($e: ID!) {{ serviceRequests(estateId: $e, filter: {{sla: {sla}}}) {{ totalCount nodes {{ id sla }} }} }}", new { e = w.Estate });
            return r.AssertNoErrors().Data["serviceRequests"]!["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToList();
        }
        Assert.Equal([repair], await QueueAsync("DUE_SOON"));
        Assert.Equal([praise], await QueueAsync("ON_TIME"));
        Assert.Empty(await QueueAsync("OVERDUE"));
        // Saturday 17:00: the visit is overdue; the sweep a recurring job will call lists it.
        fx.Api.Clock.Now = new DateTimeOffset(2026, 12, 12, 9, 0, 0, TimeSpan.Zero);
        Assert.Equal([repair], await QueueAsync("OVERDUE"));
        await using (var db = fx.Api.Open(w.Tenant))
        {
            var due = await ServiceDeskSweep.DueAsync(db, fx.Api.Clock.Now.UtcDateTime, default);
            Assert.Equal([(ServiceDeadlineKind.OnSite, SlaState.Overdue)], due.Select(d => (d.Kind, d.State)));
        }
        // Monday 09:00: the appointment hour (due 09:30) is due soon as well; the stock-take lists both open requests, oldest first.
        fx.Api.Clock.Now = new DateTimeOffset(2026, 12, 14, 1, 0, 0, TimeSpan.Zero);
        await using (var db = fx.Api.Open(w.Tenant))
        {
            var due = await ServiceDeskSweep.DueAsync(db, fx.Api.Clock.Now.UtcDateTime, default);
            Assert.Equal([(ServiceDeadlineKind.OnSite, SlaState.Overdue), (ServiceDeadlineKind.Appointment, SlaState.DueSoon)], due.Select(d => (d.Kind, d.State)));
        }
        var stock = (await w.Desk.PostAsync("query($e: ID!) { serviceStockTake(estateId: $e) { id sla } }", new { e = w.Estate })).AssertNoErrors().Data["serviceStockTake"]!.AsArray();
        Assert.Equal([(repair, "OVERDUE"), (praise, "ON_TIME")], stock.Select(n => (n!["id"]!.GetValue<string>(), n["sla"]!.GetValue<string>())));
    }
}
