using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Demo;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Features.Staff;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// Issue 15 §9: a company with <see cref="Options.Requests"/> service requests (24 months of history, 5 % open) among
/// <see cref="Options.Tenants"/> companies on PostgreSQL. Three comparisons, each against the floor of one hand-written
/// SQL statement: the staff queue page via GraphQL (target p95 ≤ 1.5×), the timer sweep over the open limits
/// (target ≤ 3×) and the resident home — open requests and bills — via GraphQL (target ≤ 1.5×).
/// </summary>
public static class ServiceDeskBenchmark
{
    public const string QueueQuery = """
        query($estateId: ID!) { serviceRequests(estateId: $estateId, first: 50, filter: { openOnly: true }) { nodes {
          id number type status channel receivedAt description category urgency unitLabel assigneeName sla
          deadlines { kind dueAt state } } } }
        """;

    public const string HomeQuery = """
        { myServiceRequests { id number type status receivedAt description sla deadlines { kind dueAt state } }
          myBills { id period total dueDate lines { description amount } } }
        """;

    public static async Task RunAsync(Options o)
    {
        if (o.Pg is null) { Console.WriteLine("Service desk benchmark: PostgreSQL only (--pg or PROPERTYSAAS_TEST_PG1); skipped."); return; }
        using var settings = new BenchSettings(o.Pg);
        try
        {
            await using var api = new BenchApi(settings, kestrel: o.Transport != "testserver");
            using var http = api.Client();
            await RunOnServerAsync(o, settings, api, http);
        }
        finally
        {
            await settings.DropPostgresDatabasesAsync();
        }
    }

    private static async Task RunOnServerAsync(Options o, BenchSettings settings, BenchApi api, HttpClient http)
    {
        Console.WriteLine();
        Console.WriteLine("# Service desk on PostgreSQL");
        var provisioner = api.Services.GetRequiredService<TenantProvisioner>();
        var sw = Stopwatch.StartNew();
        var tenants = new Tenant[o.Tenants];
        await Parallel.ForAsync(0, o.Tenants, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            tenants[i] = await provisioner.ProvisionAsync(new ProvisionRequest(settings.Slug($"sd{i:000}"), "基准物业" + i, "Benchmark " + i, "pg"));
            if (tenants[i].Status != TenantStatus.Active) throw new InvalidOperationException($"{tenants[i].Slug}: {tenants[i].StatusReason}");
        });
        Console.WriteLine($"Provisioned {o.Tenants} companies in {sw.Elapsed.TotalSeconds:F1} s.");

        var tenant = tenants[o.Tenants / 2];
        var now = DateTime.SpecifyKind(DateTime.UtcNow, DateTimeKind.Utc);
        var databases = api.Services.GetRequiredService<TenantDatabases>();
        Guid estateId, residentPerson;
        sw.Restart();
        await using (var db = databases.Open(TenantLocation.Of(tenant)))
        {
            var (units, _, _) = await UnitListData.FillAsync(db, o.DeskUnits);
            await AddStaffAsync(db);
            await DemoBilling.SeedAsync(db, seed: 20261207, default);
            db.ChangeTracker.Clear();
            Console.WriteLine($"Filled {tenant.Slug}: {units} units, staff and 3 months of bills in {sw.Elapsed.TotalSeconds:F1} s.");

            sw.Restart();
            var estates = await DemoServiceDesk.EstatesAsync(db, api.Services.GetRequiredService<IWorkingCalendars>(), default);
            var history = ServiceDeskHistory.Generate(20261207, estates, now, o.Requests, DemoServiceDesk.Months, openShare: 0.05);
            Console.WriteLine($"Generated {history.Requests.Count} requests, {history.Events.Count} timeline entries, {history.Deadlines.Count} limits in {sw.Elapsed.TotalSeconds:F1} s.");
            sw.Restart();
            await using (var tx = await db.Database.BeginTransactionAsync())
            {
                await PgCopy.CopyAsync(db, history.Requests, default);
                await PgCopy.CopyAsync(db, history.Events, default);
                await PgCopy.CopyAsync(db, history.Deadlines, default);
                await PgCopy.CopyAsync(db, DemoServiceDesk.Sequences(history).ToList(), default);
                await tx.CommitAsync();
            }
            await db.Database.ExecuteSqlRawAsync("ANALYZE");
            Console.WriteLine($"Copied them in {sw.Elapsed.TotalSeconds:F1} s (COPY), then ANALYZE.");
            // The estate with the most open requests, and the resident of a unit with requests of every age.
            estateId = history.Requests.Where(r => r.IsOpen).GroupBy(r => r.EstateId).OrderByDescending(g => g.Count()).First().Key;
            var open = history.Requests.Count(r => r.IsOpen);
            var openLimits = history.Deadlines.Count(d => d.IsOpen);
            Console.WriteLine($"Open: {open} requests ({100.0 * open / history.Requests.Count:F1} %), {openLimits} running limits; queue estate has {history.Requests.Count(r => r.IsOpen && r.EstateId == estateId)} open.");
            residentPerson = history.Requests.Where(r => r.UnitId != null && r.ReporterPersonId != null && r.IsOpen)
                .GroupBy(r => r.ReporterPersonId!.Value).OrderByDescending(g => g.Count()).First().Key;
        }

        var servers = api.Services.GetRequiredService<DatabaseServerRegistry>();
        var connectionString = servers.ConnectionString("pg", tenant.DatabaseName);
        var staffToken = BenchTokens.Sign(tenant.Slug, "bench-cs", ["cs_specialist"], [estateId], null);
        var residentToken = BenchTokens.Sign(tenant.Slug, "bench-resident", ["resident"], [], residentPerson);
        var queueBody = Encoding.UTF8.GetBytes(new JsonObject { ["query"] = QueueQuery, ["variables"] = new JsonObject { ["estateId"] = estateId.ToString() } }.ToJsonString());
        var homeBody = Encoding.UTF8.GetBytes(new JsonObject { ["query"] = HomeQuery }.ToJsonString());
        var raw = new RawServiceDesk(connectionString);

        // Same data on both sides.
        var gqlQueue = await PostAsync(http, queueBody, staffToken);
        var rawQueue = await raw.QueueAsync(estateId, now);
        var gqlIds = gqlQueue["data"]!["serviceRequests"]!["nodes"]!.AsArray().Select(n => (string)n!["number"]!).ToList();
        if (gqlIds.Count != 50 || !gqlIds.SequenceEqual(rawQueue.Select(r => r.Number)))
            throw new InvalidOperationException($"Queue: GraphQL and raw SQL disagree: {string.Join(",", gqlIds.Take(5))} vs {string.Join(",", rawQueue.Take(5).Select(r => r.Number))}");
        var gqlHome = await PostAsync(http, homeBody, residentToken);
        var (rawRequests, rawBills) = await raw.HomeAsync(residentPerson);
        var homeRequests = gqlHome["data"]!["myServiceRequests"]!.AsArray().Count;
        var homeBills = gqlHome["data"]!["myBills"]!.AsArray().Count;
        if (homeRequests != rawRequests.Count || homeBills != rawBills)
            throw new InvalidOperationException($"Home: GraphQL {homeRequests} requests / {homeBills} bills, raw {rawRequests.Count} / {rawBills}.");
        await using (var db = databases.Open(TenantLocation.Of(tenant)))
        {
            var sweep = await ServiceDeskSweep.DueAsync(db, now, default);
            var rawSweep = await raw.SweepAsync(now);
            if (sweep.Count != rawSweep || sweep.Count == 0) throw new InvalidOperationException($"Sweep: {sweep.Count} vs raw {rawSweep}.");
            Console.WriteLine($"Checked: the same 50 queue rows, {homeRequests} requests and {homeBills} bills on the resident home, {sweep.Count} due or overdue limits in the sweep.");
        }

        var warm = Math.Min(o.Warmup, 300);
        for (var i = 0; i < warm; i++)
        {
            await PostAsync(http, queueBody, staffToken);
            await raw.QueueAsync(estateId, now);
            await PostAsync(http, homeBody, residentToken);
            await raw.HomeAsync(residentPerson);
        }
        var iterations = Math.Min(o.Iterations, 300);
        var gq = new Samples("staff queue, GraphQL over HTTP");
        var rq = new Samples("staff queue, raw SQL");
        var gh = new Samples("resident home, GraphQL over HTTP");
        var rh = new Samples("resident home, raw SQL");
        for (var i = 0; i < iterations; i++)
        {
            await gq.TimeAsync(() => PostAsync(http, queueBody, staffToken));
            await rq.TimeAsync(() => raw.QueueAsync(estateId, now));
            await gh.TimeAsync(() => PostAsync(http, homeBody, residentToken));
            await rh.TimeAsync(() => raw.HomeAsync(residentPerson));
        }
        var sweepSamples = new Samples("timer sweep, ServiceDeskSweep.DueAsync (EF)");
        var rawSweepSamples = new Samples("timer sweep, one set-based SQL");
        for (var i = 0; i < 60; i++)
        {
            await using var db = databases.Open(TenantLocation.Of(tenant));
            await sweepSamples.TimeAsync(() => ServiceDeskSweep.DueAsync(db, now, default));
            await rawSweepSamples.TimeAsync(() => raw.SweepAsync(now));
        }
        Report.Table($"Service desk, {o.Requests} requests, {o.Tenants} companies on the server (PostgreSQL; warm-up {warm}, measured {iterations}, sweep 60)",
            [gq, rq, gh, rh, sweepSamples, rawSweepSamples], withP99: true);
        Console.WriteLine($"Staff queue GraphQL / raw: p95 {gq.P(95) / rq.P(95):F2}× (target ≤ 1.5× → {(gq.P(95) / rq.P(95) <= 1.5 ? "met" : "MISSED")})");
        Console.WriteLine($"Resident home GraphQL / raw: p95 {gh.P(95) / rh.P(95):F2}× (target ≤ 1.5× → {(gh.P(95) / rh.P(95) <= 1.5 ? "met" : "MISSED")})");
        await ProfileAsync("staff queue", () => PostAsync(http, queueBody, staffToken));
        await ProfileAsync("resident home", () => PostAsync(http, homeBody, residentToken));
        Console.WriteLine($"Timer sweep / raw: p50 {sweepSamples.P(50) / rawSweepSamples.P(50):F2}×, p95 {sweepSamples.P(95) / rawSweepSamples.P(95):F2}× (target ≤ 3× → {(sweepSamples.P(95) / rawSweepSamples.P(95) <= 3 ? "met" : "MISSED")})");
    }

    /// <summary>What one GraphQL request does in the database: commands, EF compilations and their statements.</summary>
    private static async Task ProfileAsync(string what, Func<Task<JsonNode>> request)
    {
        using var counter = new SqlCommandCounter();
        // Pooled contexts skip EF's command events for EF's logging cache time (1 s) after seeing no listener.
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        counter.Reset();
        counter.Enabled = true;
        await request();
        counter.Enabled = false;
        Console.WriteLine($"Profile, {what}: {counter.Commands} SQL commands through EF, {counter.Compilations} EF query compilations, {counter.Time.TotalMilliseconds:F2} ms in them.");
        foreach (var t in counter.Texts) Console.WriteLine("  SQL: " + t.ReplaceLineEndings(" "));
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, byte[] body, string token)
    {
        using var req = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(body) };
        req.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        req.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        req.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var res = await http.SendAsync(req);
        var text = await res.Content.ReadAsStringAsync();
        var doc = JsonNode.Parse(text)!;
        if (!res.IsSuccessStatusCode || doc["errors"] is not null) throw new InvalidOperationException($"GraphQL {(int)res.StatusCode}: {text[..Math.Min(400, text.Length)]}");
        return doc;
    }

    /// <summary>Per estate: two front-desk/CS staff and four technicians, as a mid-size estate's service centre.</summary>
    private static async Task AddStaffAsync(TenantDbContext db)
    {
        var estates = await db.Estates.Select(e => e.Id).ToListAsync();
        var departments = await db.Departments.ToListAsync();
        var n = 0;
        foreach (var estate in estates)
        foreach (var (kind, position, count) in new[] { (DepartmentKind.CustomerService, Position.CsSpecialist, 2), (DepartmentKind.Engineering, Position.Technician, 4) })
        for (var i = 0; i < count; i++, n++)
            db.StaffMembers.Add(new StaffMember
            {
                Name = $"员工{n:0000}", Phone = $"139{n:00000000}", Position = position, UserId = $"bench-staff-{n}",
                DepartmentId = departments.First(d => d.EstateId == estate && d.Kind == kind).Id, HiredOn = new DateOnly(2024, 1, 1),
                Assignments = [new EstateAssignment { EstateId = estate, From = new DateOnly(2024, 1, 1) }],
            });
        await db.SaveChangesAsync();
    }
}

/// <summary>The floors: one hand-written statement each, read into plain rows (no HTTP, no GraphQL, no EF).</summary>
public sealed class RawServiceDesk(string connectionString)
{
    public sealed record QueueRow(Guid Id, string Number, string Type, string Status, string Channel, DateTime ReceivedAt, string Description,
        string? Category, string? Urgency, string? UnitLabel, string? Assignee, List<(string Kind, DateTime Due, string State)> Deadlines);

    // The staff queue page: the estate's open requests, newest first, with unit label, assignee and limits.
    private const string QueueSql = """
        WITH page AS (
            SELECT r."Id", r."Number", r."Type", r."Status", r."Channel", r."ReceivedAt", r."Description", r."Category", r."Urgency",
                   r."UnitId", r."AssignedStaffMemberId"
            FROM "ServiceRequests" AS r
            WHERE r."EstateId" = @estate AND r."Status" NOT IN ('Closed', 'Cancelled')
            ORDER BY r."ReceivedAt" DESC, r."Id"
            LIMIT 50)
        SELECT p."Id", p."Number", p."Type", p."Status", p."Channel", p."ReceivedAt", p."Description", p."Category", p."Urgency",
               b."Name" || ' ' || u."Number", s."Name", d."Kind", d."DueAt", d."WarnAt", d."MetAt", d."VoidedAt"
        FROM page AS p
        LEFT JOIN "Units" AS u ON u."Id" = p."UnitId"
        LEFT JOIN "Buildings" AS b ON b."Id" = u."BuildingId"
        LEFT JOIN "StaffMembers" AS s ON s."Id" = p."AssignedStaffMemberId"
        LEFT JOIN "ServiceDeadlines" AS d ON d."RequestId" = p."Id"
        ORDER BY p."ReceivedAt" DESC, p."Id", d."DueAt"
        """;

    public async Task<List<QueueRow>> QueueAsync(Guid estateId, DateTime now)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(QueueSql, conn);
        cmd.Parameters.AddWithValue("estate", estateId);
        var rows = new List<QueueRow>(50);
        await using var r = await cmd.ExecuteReaderAsync();
        QueueRow? current = null;
        while (await r.ReadAsync())
        {
            var id = r.GetGuid(0);
            if (current is null || current.Id != id)
            {
                current = new QueueRow(id, r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDateTime(5), r.GetString(6),
                    r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9),
                    r.IsDBNull(10) ? null : r.GetString(10), []);
                rows.Add(current);
            }
            if (r.IsDBNull(11)) continue;
            var due = r.GetDateTime(12);
            var open = r.IsDBNull(14) && r.IsDBNull(15);
            current.Deadlines.Add((r.GetString(11), due, !open ? "ON_TIME" : now >= due ? "OVERDUE" : now >= r.GetDateTime(13) ? "DUE_SOON" : "ON_TIME"));
        }
        return rows;
    }

    // The resident home: the requests of the units the person is linked to now (owner, tenant, household member), and
    // their bills.
    private const string HomeSql = """
        WITH mine AS (
            SELECT o."UnitId" FROM "Ownerships" AS o WHERE o."PersonId" = @person AND o."EndDate" IS NULL
            UNION ALL SELECT l."UnitId" FROM "Leases" AS l WHERE l."PersonId" = @person AND l."EndedOn" IS NULL
            UNION ALL SELECT h."UnitId" FROM "HouseholdMembers" AS h WHERE h."PersonId" = @person AND h."Until" IS NULL)
        SELECT r."Id", r."Number", r."Status", r."ReceivedAt", r."Description", d."Kind", d."DueAt"
        FROM "ServiceRequests" AS r
        LEFT JOIN "ServiceDeadlines" AS d ON d."RequestId" = r."Id"
        WHERE r."UnitId" IN (SELECT "UnitId" FROM mine) OR (r."UnitId" IS NULL AND r."ReporterPersonId" = @person)
        ORDER BY r."ReceivedAt" DESC, r."Id";
        SELECT b."Id", b."Period", b."Total", b."DueDate", l."Description", l."Amount" FROM "Bills" AS b
        LEFT JOIN "BillLines" AS l ON l."BillId" = b."Id"
        WHERE b."UnitId" IN (
            SELECT o."UnitId" FROM "Ownerships" AS o WHERE o."PersonId" = @person AND o."EndDate" IS NULL
            UNION ALL SELECT l."UnitId" FROM "Leases" AS l WHERE l."PersonId" = @person AND l."EndedOn" IS NULL
            UNION ALL SELECT h."UnitId" FROM "HouseholdMembers" AS h WHERE h."PersonId" = @person AND h."Until" IS NULL)
        ORDER BY b."Period" DESC, b."UnitId", b."Id";
        """;

    public async Task<(List<Guid> Requests, long Bills)> HomeAsync(Guid person)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(HomeSql, conn);
        cmd.Parameters.AddWithValue("person", person);
        var ids = new List<Guid>();
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            var id = r.GetGuid(0);
            if (ids.Count == 0 || ids[^1] != id) ids.Add(id);
        }
        await r.NextResultAsync();
        var bills = new List<Guid>();
        while (await r.ReadAsync())
        {
            var id = r.GetGuid(0);
            _ = (r.GetString(1), r.GetDecimal(2), r.IsDBNull(4) ? null : r.GetString(4));
            if (bills.Count == 0 || bills[^1] != id) bills.Add(id);
        }
        return (ids, bills.Count);
    }

    // The sweep: every running limit whose warning time has come, with its request's number and handlers.
    private const string SweepSql = """
        SELECT d."Id", d."RequestId", r."Number", d."EstateId", d."Kind", d."DueAt", d."WarnAt", r."AssignedUserId", r."FirstReceiverId"
        FROM "ServiceDeadlines" AS d JOIN "ServiceRequests" AS r ON r."Id" = d."RequestId"
        WHERE d."MetAt" IS NULL AND d."VoidedAt" IS NULL AND d."WarnAt" <= @now
        ORDER BY d."DueAt", d."Id"
        """;

    public async Task<int> SweepAsync(DateTime now)
    {
        await using var conn = new NpgsqlConnection(connectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(SweepSql, conn);
        cmd.Parameters.AddWithValue("now", now);
        var n = 0;
        await using var r = await cmd.ExecuteReaderAsync();
        while (await r.ReadAsync())
        {
            _ = (r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetGuid(3), r.GetString(4), r.GetDateTime(5), r.GetDateTime(6),
                r.IsDBNull(7) ? null : r.GetString(7), r.IsDBNull(8) ? null : r.GetString(8));
            n++;
        }
        return n;
    }
}
