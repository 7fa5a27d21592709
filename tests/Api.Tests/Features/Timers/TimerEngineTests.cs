using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.Features.Timers;
using PropertySaaS.Api.Jobs;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.Timers;

/// <summary>The API with a clock the tests move and a sender that keeps what would have been sent; optionally on a shared folder (a restart).</summary>
public sealed class TimersApiFactory(string? dir = null) : ApiFactory
{
    public MovableClock Clock { get; } = new(TimerEngineTests.MondayMorning);
    public ConcurrentQueue<Notification> Sent { get; } = new();

    protected override IDictionary<string, string?> ExtraSettings => dir is null ? new Dictionary<string, string?>() : new()
    {
        ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(dir, "catalog.db")}",
        ["DatabaseServers:local:DataDirectory"] = Path.Combine(dir, "tenants"),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            s.AddSingleton<INotificationSender>(new Capture(Sent));
        });
    }

    private sealed class Capture(ConcurrentQueue<Notification> sent) : INotificationSender
    {
        public Task SendAsync(Notification message, CancellationToken ct) { sent.Enqueue(message); return Task.CompletedTask; }
    }

    /// <summary>
    /// One firing of <see cref="TimerSweepJob"/> and <see cref="OutboxJob"/> for each company: the jobs' own work, on
    /// the company's database, with the host's clock, sources and sender (Quartz's firing path is covered by ScheduledWorkTests).
    /// </summary>
    public async Task SweepAsync(params Tenant[] companies)
    {
        var now = Clock.GetUtcNow().UtcDateTime;
        foreach (var t in companies)
        {
            await using var db = Open(t);
            await TimerSweep.RunAsync(db, Services.GetServices<ITimerSource>(), now, CancellationToken.None);
            db.ChangeTracker.Clear();
            await NotificationOutbox.SendDueAsync(db, t.Slug, Get<INotificationSender>(), now, CancellationToken.None);
        }
    }
}

/// <summary>
/// The shared timer engine with the service desk plugged in (issue 15 §5), on a frozen clock: a limit warns once in its
/// window, escalates to the CS head when it runs out and to the estate manager one step later, never twice (across
/// sweeps and a restart), and never across companies; notifications respect the contact windows (issue 15 §6).
/// </summary>
public sealed class TimerEngineTests(TimerEngineTests.Fixture fx) : IClassFixture<TimerEngineTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public TimersApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>Monday 2026-12-14 10:00 in Shanghai: a working day, inside working hours.</summary>
    public static readonly DateTimeOffset MondayMorning = new(2026, 12, 14, 2, 0, 0, TimeSpan.Zero);

    /// <summary>A company with one estate: unit 101 of a resident (phone 13800000101); an engineer, a CS-centre manager and an estate head with phones.</summary>
    public sealed record World(Tenant Tenant, Guid Estate, Guid Unit, Guid Engineer, Guid CsHead, Guid Manager, string Prefix,
        GraphQLClient Desk, GraphQLClient Resident, GraphQLClient Admin)
    {
        public string EngineerPhone => Prefix + "01";
        public string CsHeadPhone => Prefix + "02";
        public string ManagerPhone => Prefix + "03";
        public const string ResidentPhone = "13800000101";
    }

    public static async Task<World> WorldAsync(TimersApiFactory api, string phonePrefix, string server = "local")
    {
        var t = await api.CompanyAsync("tm-" + Guid.NewGuid().ToString("N")[..6], server);
        await using var db = api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("计时园");
        var unit = b.Unit(b.Building(estate, "1栋"), "101");
        var owner = b.Person("业主甲", World.ResidentPhone);
        b.Owner(unit, owner);
        ReferenceData.AddEstateDepartments(db, estate.Id);
        await b.SaveAsync();
        var department = await db.Departments.Where(d => d.EstateId == estate.Id).Select(d => d.Id).FirstAsync();
        StaffMember Member(string name, string phone, Position position, string? user)
        {
            var m = new StaffMember { Name = name, Phone = phone, DepartmentId = department, Position = position, UserId = user, HiredOn = new DateOnly(2020, 1, 1) };
            m.Assignments.Add(new EstateAssignment { StaffMemberId = m.Id, EstateId = estate.Id, From = new DateOnly(2020, 1, 1) });
            db.StaffMembers.Add(m);
            return m;
        }
        var eng = Member("维修工王", phonePrefix + "01", Position.Technician, "eng-" + t.Slug);
        var cs = Member("客服经理赵", phonePrefix + "02", Position.CsCentreManager, "cshead-" + t.Slug);
        var head = Member("管理处经理钱", phonePrefix + "03", Position.EstateHead, "head-" + t.Slug);
        await db.SaveChangesAsync();
        GraphQLClient C(string[] roles, Guid[] estates, string user, Guid? person = null) => api.Client(TestTokens.For(t.Slug, roles, estates, person, user: user));
        return new World(t, estate.Id, unit.Id, eng.Id, cs.Id, head.Id, phonePrefix,
            C(["front_desk"], [estate.Id], "desk-" + t.Slug), C(["resident"], [], "res-" + t.Slug, owner.Id), C(["company_admin"], [], "admin-" + t.Slug));
    }

    private static async Task<JsonNode> MutateAsync(GraphQLClient c, string name, string inputType, object input, string fields = "serviceRequest { id number }")
    {
        var r = await c.PostAsync($"mutation($i: {inputType}!) {{ {name}(input: $i) {{ {fields} errors {{ __typename code field message }} }} }}", new { i = input });
        var payload = r.AssertNoErrors().Data[name]!;
        Assert.True(payload["errors"]!.AsArray().Count == 0, payload.ToJsonString());
        return payload;
    }

    /// <summary>A resident's repair, dispatched to the engineer; returns the request id.</summary>
    public static async Task<Guid> RepairAsync(World w, string urgency)
    {
        var reported = await MutateAsync(w.Resident, "reportServiceRequest", "ReportServiceRequestInput", new { unitId = w.Unit, type = "REPAIR", description = "厨房水管爆裂", urgency });
        var id = reported["serviceRequest"]!["id"]!.GetValue<string>();
        await MutateAsync(w.Desk, "dispatchServiceRequest", "DispatchServiceRequestInput", new { requestId = id, staffMemberId = w.Engineer });
        return Guid.Parse(id);
    }

    private static async Task<List<(ServiceDeadlineKind Kind, TimerStage Stage, Guid? To)>> MarksAsync(TimersApiFactory api, World w, Guid request)
    {
        await using var db = api.Open(w.Tenant);
        return (await (from m in db.TimerMarks join d in db.ServiceDeadlines on m.ItemId equals d.Id
                       where d.RequestId == request select new { d.Kind, m.Stage, m.RecipientStaffMemberId }).ToListAsync())
            .Select(x => (x.Kind, x.Stage, x.RecipientStaffMemberId)).OrderBy(x => x.Kind).ThenBy(x => x.Stage).ToList();
    }

    private List<Notification> SentTo(string phone) => fx.Api.Sent.Where(n => n.Recipient == phone).ToList();

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task A_limit_warns_once_escalates_to_the_cs_head_at_the_limit_and_to_the_manager_one_step_later(string server)
    {
        TestDatabases.SkipWithoutPostgres(server);
        fx.Api.Clock.Now = MondayMorning;
        // One phone prefix per server: the sent messages are the fixture's, shared by the variants of this theory.
        var w = await WorldAsync(fx.Api, server switch { "local" => "1390001", "pg1" => "1390061", _ => "1390071" }, server);
        await MutateAsync(w.Admin, "setEscalationChain", "SetEscalationChainInput",
            new { estateId = w.Estate, csHeadAfterMinutes = 0, managerAfterMinutes = 60 }, "chain { effectiveCsHeadName effectiveManagerName }");
        // Emergency: acknowledged within 10 minutes (warns from 7.5), on site within 30 (warns from 22.5).
        var id = await RepairAsync(w, "EMERGENCY");

        fx.Api.Clock.Now = MondayMorning.AddMinutes(5);
        await fx.Api.SweepAsync(w.Tenant);
        Assert.Empty(await MarksAsync(fx.Api, w, id));

        fx.Api.Clock.Now = MondayMorning.AddMinutes(8);
        await fx.Api.SweepAsync(w.Tenant);
        await fx.Api.SweepAsync(w.Tenant);
        Assert.Equal([(ServiceDeadlineKind.Acknowledge, TimerStage.Warned, (Guid?)w.Engineer)], await MarksAsync(fx.Api, w, id));
        var warning = Assert.Single(SentTo(w.EngineerPhone), n => n.TemplateCode == DeskTemplates.DueSoon.Code);
        Assert.Contains("接单", warning.Text);

        fx.Api.Clock.Now = MondayMorning.AddMinutes(10);
        await fx.Api.SweepAsync(w.Tenant);
        await fx.Api.SweepAsync(w.Tenant);
        Assert.Equal([(ServiceDeadlineKind.Acknowledge, TimerStage.Warned, (Guid?)w.Engineer), (ServiceDeadlineKind.Acknowledge, TimerStage.EscalatedToCsHead, w.CsHead)],
            await MarksAsync(fx.Api, w, id));
        Assert.Single(SentTo(w.CsHeadPhone), n => n.TemplateCode == DeskTemplates.Escalated.Code);
        Assert.Empty(SentTo(w.ManagerPhone));

        // 70 minutes: the acknowledge limit is one step (60 min) past its CS head; on site ran out 40 minutes ago.
        fx.Api.Clock.Now = MondayMorning.AddMinutes(70);
        await fx.Api.SweepAsync(w.Tenant);
        await fx.Api.SweepAsync(w.Tenant);
        var marks = await MarksAsync(fx.Api, w, id);
        Assert.Equal([
            (ServiceDeadlineKind.Acknowledge, TimerStage.Warned, (Guid?)w.Engineer),
            (ServiceDeadlineKind.Acknowledge, TimerStage.EscalatedToCsHead, w.CsHead),
            (ServiceDeadlineKind.Acknowledge, TimerStage.EscalatedToManager, w.Manager),
            (ServiceDeadlineKind.OnSite, TimerStage.EscalatedToCsHead, w.CsHead),
        ], marks);
        Assert.Single(SentTo(w.ManagerPhone));
        Assert.Equal(2, SentTo(w.CsHeadPhone).Count);

        // The escalations are on the request's timeline, by the system.
        var r = await w.Desk.PostAsync("query($id: ID!) { serviceRequest(id: $id) { timeline { action actorName note } } }", new { id });
        var escalated = r.AssertNoErrors().Data["serviceRequest"]!["timeline"]!.AsArray().Where(e => e!["action"]!.GetValue<string>() == "ESCALATED").ToList();
        Assert.Equal(3, escalated.Count);
        Assert.Contains(escalated, e => e!["note"]!.GetValue<string>().Contains("管理处经理 管理处经理钱"));

        // A cancelled request's limits are void: nothing fires any more.
        await MutateAsync(w.Desk, "cancelServiceRequest", "ServiceRequestReasonInput", new { requestId = id, reason = "业主已自行处理" });
        fx.Api.Clock.Now = MondayMorning.AddDays(5);
        await fx.Api.SweepAsync(w.Tenant);
        Assert.Equal(marks, await MarksAsync(fx.Api, w, id));
    }

    [Fact]
    public async Task Two_companies_timers_run_in_one_run_and_each_tells_only_its_own_staff()
    {
        fx.Api.Clock.Now = MondayMorning;
        var a = await WorldAsync(fx.Api, "1390002");
        var b = await WorldAsync(fx.Api, "1390003");
        var ra = await RepairAsync(a, "EMERGENCY");
        var rb = await RepairAsync(b, "EMERGENCY");

        fx.Api.Clock.Now = MondayMorning.AddMinutes(12);
        await fx.Api.SweepAsync(a.Tenant, b.Tenant);

        foreach (var (w, r) in new[] { (a, ra), (b, rb) })
        {
            Assert.Equal([(ServiceDeadlineKind.Acknowledge, TimerStage.EscalatedToCsHead, (Guid?)w.CsHead)], await MarksAsync(fx.Api, w, r));
            await using var db = fx.Api.Open(w.Tenant);
            // Every mark of the company is about its own deadlines.
            var ownDeadlines = await db.ServiceDeadlines.Select(d => d.Id).ToListAsync();
            Assert.All(await db.TimerMarks.ToListAsync(), m => Assert.Contains(m.ItemId, ownDeadlines));
            Assert.All(fx.Api.Sent.Where(n => n.TenantSlug == w.Tenant.Slug && n.Recipient.StartsWith("139")), n => Assert.StartsWith(w.Prefix, n.Recipient));
        }
        Assert.Single(SentTo(a.CsHeadPhone), n => n.TemplateCode == DeskTemplates.Escalated.Code);
        Assert.Single(SentTo(b.CsHeadPhone), n => n.TemplateCode == DeskTemplates.Escalated.Code);
    }

    [Fact]
    public async Task An_emergency_alert_goes_out_of_hours_while_a_resident_notice_waits_for_the_window()
    {
        // Saturday 2026-12-19 23:00 in Shanghai: outside every contact window.
        var saturdayNight = new DateTimeOffset(2026, 12, 19, 15, 0, 0, TimeSpan.Zero);
        fx.Api.Clock.Now = saturdayNight;
        var w = await WorldAsync(fx.Api, "1390004");
        await RepairAsync(w, "EMERGENCY");
        var ordinary = await MutateAsync(w.Resident, "reportServiceRequest", "ReportServiceRequestInput",
            new { unitId = w.Unit, type = "REPAIR", description = "阳台灯不亮" });
        var ordinaryNumber = ordinary["serviceRequest"]!["number"]!.GetValue<string>();
        await fx.Api.SweepAsync(w.Tenant);

        // The engineer's emergency assignment is not held; the emergency's receipt lifts the window too.
        Assert.Single(SentTo(w.EngineerPhone), n => n.TemplateCode == DeskTemplates.Assigned.Code);
        var resident = SentTo(World.ResidentPhone);
        Assert.DoesNotContain(resident, n => n.Text.Contains(ordinaryNumber));
        await using (var db = fx.Api.Open(w.Tenant))
        {
            var waiting = await db.NotificationOutbox.Where(m => m.Status == OutboxStatus.Queued && m.Text.Contains(ordinaryNumber)).SingleAsync();
            // SMS window opens at 14:30 on Sunday (Shanghai) = 06:30 UTC.
            Assert.Equal(new DateTime(2026, 12, 20, 6, 30, 0, DateTimeKind.Utc), waiting.ScheduledFor);
            Assert.Equal(NotificationAudience.Resident, waiting.Audience);
        }

        fx.Api.Clock.Now = new DateTimeOffset(2026, 12, 20, 6, 31, 0, TimeSpan.Zero);
        await fx.Api.SweepAsync(w.Tenant);
        await fx.Api.SweepAsync(w.Tenant);
        Assert.Single(SentTo(World.ResidentPhone), n => n.Text.Contains(ordinaryNumber) && n.TemplateCode == DeskTemplates.Received.Code);
    }

    [Fact]
    public async Task Nothing_fires_twice_after_a_restart()
    {
        var dir = Path.Combine(Path.GetTempPath(), "psaas-tests", "timers-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            World w;
            Guid id;
            await using (var first = new TimersApiFactory(dir))
            {
                w = await WorldAsync(first, "1390005");
                id = await RepairAsync(w, "EMERGENCY");
                first.Clock.Now = MondayMorning.AddMinutes(12);
                await first.SweepAsync(w.Tenant);
                Assert.Single(first.Sent, n => n.TemplateCode == DeskTemplates.Escalated.Code);
            }
            await using var second = new TimersApiFactory(dir);
            second.Clock.Now = MondayMorning.AddMinutes(13);
            await second.SweepAsync(w.Tenant);
            Assert.Empty(second.Sent);
            Assert.Equal([(ServiceDeadlineKind.Acknowledge, TimerStage.EscalatedToCsHead, (Guid?)w.CsHead)], await MarksAsync(second, w, id));
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch { /* best effort */ }
        }
    }
}
