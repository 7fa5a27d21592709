using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Demo;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Features.Staff;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>
/// The demo's and the benchmark's service-desk history (issue 15 §9) is data a real desk could have made: it stores
/// (unique numbers, valid rows), every request went through the transition table, finished requests have no running
/// limits, about 5 % are open now, nothing happens after now, and a request taken live afterwards continues the numbers.
/// </summary>
public sealed class ServiceDeskHistoryTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _api;
    public ServiceDeskHistoryTests(ApiFactory api) => _api = api;

    [Fact]
    public async Task Two_years_of_history_store_and_read_like_a_real_desk()
    {
        var t = await _api.CompanyAsync("desk-history");
        await using var db = _api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("历史园");
        ReferenceData.AddEstateDepartments(db, estate.Id);
        var building = b.Building(estate, "1栋");
        for (var i = 1; i <= 30; i++) b.Owner(b.Unit(building, $"{i:000}", 1), b.Person());
        await b.SaveAsync();
        var departments = await db.Departments.Where(d => d.EstateId == estate.Id).ToListAsync();
        foreach (var (kind, position, n) in new[] { (DepartmentKind.CustomerService, Position.CsSpecialist, 2), (DepartmentKind.Engineering, Position.Technician, 2) })
            for (var i = 0; i < n; i++)
                db.StaffMembers.Add(new StaffMember
                {
                    Name = $"{position}{i}", Phone = $"1390000{(int)position:00}{i:00}", Position = position, HiredOn = new DateOnly(2024, 1, 1),
                    DepartmentId = departments.First(d => d.Kind == kind).Id, Assignments = [new EstateAssignment { EstateId = estate.Id, From = new DateOnly(2024, 1, 1) }],
                });
        await db.SaveChangesAsync();

        var now = new DateTime(2026, 12, 7, 6, 0, 0, DateTimeKind.Utc);
        var estates = await DemoServiceDesk.EstatesAsync(db, _api.Get<IWorkingCalendars>(), default);
        var history = ServiceDeskHistory.Generate(7, estates, now, count: 1000, months: 24, openShare: 0.05);
        db.AddRange(history.Requests);
        db.AddRange(history.Events);
        db.AddRange(history.Deadlines);
        db.AddRange(DemoServiceDesk.Sequences(history));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var requests = await db.ServiceRequests.AsNoTracking().Include(r => r.Deadlines).ToListAsync();
        Assert.Equal(1000, requests.Count);
        Assert.Equal(50, requests.Count(r => r.IsOpen));
        Assert.True(requests.Min(r => r.ReceivedAt) >= now.AddMonths(-24));
        Assert.All(Enum.GetValues<ServiceRequestType>(), type => Assert.Contains(requests, r => r.Type == type));
        // Finished: nothing still running; closed repairs and complaints were visited back.
        Assert.All(requests.Where(r => !r.IsOpen), r => Assert.All(r.Deadlines, d => Assert.False(d.IsOpen)));
        Assert.All(requests.Where(r => r.Status == ServiceRequestStatus.Closed && r.NeedsReturnVisit), r => Assert.NotNull(r.ReturnVisitSatisfied));
        // Some late, most on time: a limit met after it was due exists, and is the minority.
        var met = requests.SelectMany(r => r.Deadlines).Where(d => d.MetAt is not null).ToList();
        var late = met.Count(d => d.MetAt > d.DueAt);
        Assert.InRange(late, 1, met.Count / 3);

        // The timeline replays through the transition table and never passes now.
        var events = await db.ServiceRequestEvents.AsNoTracking().ToListAsync();
        Assert.All(events, e => Assert.True(e.At <= now));
        foreach (var r in requests)
        {
            var status = (ServiceRequestStatus?)null;
            foreach (var e in events.Where(e => e.RequestId == r.Id).OrderBy(e => e.Sequence))
            {
                if (e.ToStatus is not { } to) continue;
                if (status is { } from) Assert.True(ServiceRequestTransitions.Table.CanMove(from, to), $"{r.Number}: {from} → {to}");
                status = to;
            }
            Assert.Equal(r.Status, status);
        }

        // A request taken live this month continues the numbering instead of colliding with the history.
        var live = new ServiceRequest
        {
            Number = "", Type = ServiceRequestType.Repair, Channel = ServiceChannel.Phone, ReceivedAt = now, RecordedAt = now,
            EstateId = estate.Id, Description = "新报修", Status = ServiceRequestStatus.Received,
        };
        var local = now.AddHours(8);
        await ServiceRequestNumbers.SaveNewAsync(db, live, local, default);
        var taken = requests.Where(r => r.Number.StartsWith($"BX-{local:yyyyMM}-")).Select(r => int.Parse(r.Number[10..])).DefaultIfEmpty(0).Max();
        Assert.Equal($"BX-{local:yyyyMM}-{taken + 1:0000}", live.Number);
    }
}
