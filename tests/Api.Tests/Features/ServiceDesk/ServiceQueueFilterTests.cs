using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Staff;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>The staff queue's filters and orders (issue 15 §6: queues per role with filters, sorted by deadline).</summary>
public sealed class ServiceQueueFilterTests(ServiceQueueFilterTests.Fixture fx) : IClassFixture<ServiceQueueFilterTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ClockApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>Friday 2026-12-11 16:30 in Shanghai.</summary>
    private static readonly DateTimeOffset FridayAfternoon = new(2026, 12, 11, 8, 30, 0, TimeSpan.Zero);

    private sealed record Desk(GraphQLClient Client, Guid Estate, Guid Unit, Guid Engineer);

    private async Task<Desk> DeskAsync(string server)
    {
        TestDatabases.SkipWithoutPostgres(server);
        fx.Api.Clock.Now = FridayAfternoon;
        var t = await fx.Api.CompanyAsync("queue-" + Guid.NewGuid().ToString("N")[..6], server);
        await using var db = fx.Api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("排队园");
        var unit = b.Unit(b.Building(estate, "1栋"), "101");
        ReferenceData.AddEstateDepartments(db, estate.Id);
        await b.SaveAsync();
        var engineering = await db.Departments.Where(d => d.EstateId == estate.Id && d.Kind == DepartmentKind.Engineering).Select(d => d.Id).FirstAsync();
        var eng = new StaffMember { Name = "维修工赵", Phone = "13900000001", DepartmentId = engineering, Position = Position.Technician, UserId = "eng-" + t.Slug, HiredOn = new DateOnly(2020, 1, 1) };
        eng.Assignments.Add(new EstateAssignment { StaffMemberId = eng.Id, EstateId = estate.Id, From = new DateOnly(2020, 1, 1) });
        db.StaffMembers.Add(eng);
        await db.SaveChangesAsync();
        return new Desk(fx.Api.Client(TestTokens.For(t.Slug, ["cs_specialist"], [estate.Id], null, user: "cs-" + t.Slug)), estate.Id, unit.Id, eng.Id);
    }

    private static async Task<JsonNode> MutateAsync(GraphQLClient c, string name, string inputType, object input)
    {
        var r = await c.PostAsync($"mutation($i: {inputType}!) {{ {name}(input: $i) {{ serviceRequest {{ id number }} errors {{ __typename message }} }} }}", new { i = input });
        var payload = r.AssertNoErrors().Data[name]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload["serviceRequest"]!;
    }

    private static async Task<string> RecordAsync(Desk d, string type, string channel, DateTimeOffset received, string description, string phone, string? urgency = null) =>
        (await MutateAsync(d.Client, "recordServiceRequest", "RecordServiceRequestInput", new
        {
            estateId = d.Estate, unitId = d.Unit, type, channel, urgency, receivedAt = received.UtcDateTime, description, contactName = "业主", contactPhone = phone,
        }))["id"]!.GetValue<string>();

    private static async Task<JsonArray> QueueAsync(Desk d, object filter, string orderBy = "NEWEST")
    {
        var r = await d.Client.PostAsync("""
            query($e: ID!, $f: ServiceRequestFilter, $o: ServiceQueueOrder) {
              serviceRequests(estateId: $e, filter: $f, orderBy: $o, first: 50) { totalCount nodes { id number deadlines { dueAt metAt } } }
            }
            """, new { e = d.Estate, f = filter, o = orderBy });
        return r.AssertNoErrors().Data["serviceRequests"]!["nodes"]!.AsArray();
    }

    private static List<string> Ids(JsonArray nodes) => nodes.Select(n => n!["id"]!.GetValue<string>()).ToList();

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task The_queue_narrows_by_urgency_channel_received_range_text_and_work_state_and_sorts_by_the_earliest_running_limit(string server)
    {
        var d = await DeskAsync(server);
        var lift = await RecordAsync(d, "REPAIR", "PHONE", FridayAfternoon.AddMinutes(-30), "电梯困人", "13800001111", "EMERGENCY");
        var leak = await RecordAsync(d, "REPAIR", "WALK_IN", FridayAfternoon.AddHours(-2), "厨房漏水", "13900002222", "ORDINARY");
        var letter = await RecordAsync(d, "COMPLAINT", "LETTER", FridayAfternoon.AddDays(-1), "夜间噪音扰民", "13700003333");
        var praise = await RecordAsync(d, "PRAISE", "WALK_IN", FridayAfternoon, "保安很负责", "13600004444");
        await MutateAsync(d.Client, "dispatchServiceRequest", "DispatchServiceRequestInput", new { requestId = leak, staffMemberId = d.Engineer });

        Assert.Equal([praise, lift, leak, letter], Ids(await QueueAsync(d, new { })));
        Assert.Equal([lift], Ids(await QueueAsync(d, new { urgency = "EMERGENCY" })));
        Assert.Equal([letter], Ids(await QueueAsync(d, new { channel = "LETTER" })));
        Assert.Equal([praise, leak], Ids(await QueueAsync(d, new { channel = "WALK_IN" })));
        var fridayMidnightShanghai = new DateTime(2026, 12, 10, 16, 0, 0, DateTimeKind.Utc);
        Assert.Equal([praise, lift, leak], Ids(await QueueAsync(d, new { receivedFrom = fridayMidnightShanghai })));
        Assert.Equal([letter], Ids(await QueueAsync(d, new { receivedTo = fridayMidnightShanghai })));
        Assert.Equal([leak], Ids(await QueueAsync(d, new { search = "漏水" })));
        Assert.Equal([leak], Ids(await QueueAsync(d, new { search = "2222" })));
        var letterNumber = (await QueueAsync(d, new { channel = "LETTER" }))[0]!["number"]!.GetValue<string>();
        Assert.Equal([letter], Ids(await QueueAsync(d, new { search = letterNumber })));
        Assert.Equal([praise, lift, letter], Ids(await QueueAsync(d, new { unassigned = true })));
        Assert.Equal([leak], Ids(await QueueAsync(d, new { assigneeStaffMemberId = d.Engineer })));

        // By deadline: the earliest running limit first; a request with none (praise) last although it is the newest.
        var byDeadline = await QueueAsync(d, new { }, "DEADLINE");
        Assert.Equal(praise, Ids(byDeadline)[^1]);
        var firstDue = byDeadline.Take(3).Select(n => n!["deadlines"]!.AsArray().Where(x => x!["metAt"] is null)
            .Min(x => DateTime.Parse(x!["dueAt"]!.GetValue<string>()).ToUniversalTime())).ToList();
        Assert.Equal(firstDue.Order().ToList(), firstDue);
        Assert.NotEqual(Ids(await QueueAsync(d, new { })), Ids(byDeadline));

        // Answered on the spot, the complaint awaits its return visit; the repairs become difficult after 3 working days.
        await MutateAsync(d.Client, "completeServiceRequest", "CompleteServiceRequestInput", new { requestId = letter, notes = "已致电说明并协调" });
        Assert.Equal([letter], Ids(await QueueAsync(d, new { awaitingReturnVisit = true })));
        Assert.Empty(await QueueAsync(d, new { difficult = true }));
        fx.Api.Clock.Now = FridayAfternoon.AddDays(7);
        Assert.Equal([lift, leak], Ids(await QueueAsync(d, new { difficult = true })));
    }

    [Fact]
    public async Task The_desk_lists_whom_it_may_dispatch_to_and_nothing_for_an_estate_that_is_not_its_own()
    {
        var d = await DeskAsync("local");
        const string query = "query($e: ID!) { serviceHandlers(estateId: $e) { id name department { kind } } }";
        var handlers = (await d.Client.PostAsync(query, new { e = d.Estate })).AssertNoErrors().Data["serviceHandlers"]!.AsArray();
        Assert.Equal(("维修工赵", "ENGINEERING"), (handlers.Single()!["name"]!.GetValue<string>(), handlers.Single()!["department"]!["kind"]!.GetValue<string>()));
        var other = await DeskAsync("local");
        Assert.Empty((await d.Client.PostAsync(query, new { e = other.Estate })).AssertNoErrors().Data["serviceHandlers"]!.AsArray());
    }

    [Fact]
    public async Task A_search_longer_than_fifty_characters_is_a_localised_validation_error()
    {
        var d = await DeskAsync("local");
        var r = await d.Client.PostAsync("query($e: ID!) { serviceRequests(estateId: $e, filter: {search: \"" + new string('漏', 51) + "\"}) { totalCount } }", new { e = d.Estate });
        Assert.Equal("VALIDATION", r.FirstErrorCode);
        Assert.Equal("搜索内容最多 50 个字。", r.FirstErrorMessage);
    }
}
