using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Features.Staff;

namespace PropertySaaS.Api.Demo;

/// <summary>
/// Demo service desk of a seeded company (issue 15 §9): 24 months of requests per estate up to now, about 1.2 per
/// household a year, 5 % still open, so the staff queue, the stock-take and HQ's figures look like a real company's.
/// </summary>
public static class DemoServiceDesk
{
    public const int Months = 24;

    public static async Task SeedAsync(TenantDbContext db, IWorkingCalendars calendars, int seed, DateTime now, CancellationToken ct)
    {
        var estates = await EstatesAsync(db, calendars, ct);
        var households = estates.Sum(e => e.Homes.Count);
        var history = ServiceDeskHistory.Generate(seed, estates, now, count: households * 12 / 10 * Months / 12, Months, openShare: 0.05);
        db.AddRange(history.Requests);
        db.AddRange(history.Events);
        db.AddRange(history.Deadlines);
        db.AddRange(Sequences(history));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>Every estate of the company with its calendar, its owner-occupied homes and its desk and engineering staff.</summary>
    public static async Task<List<ServiceDeskHistory.Estate>> EstatesAsync(TenantDbContext db, IWorkingCalendars calendars, CancellationToken ct)
    {
        var result = new List<ServiceDeskHistory.Estate>();
        foreach (var estateId in await db.Estates.OrderBy(e => e.Name).Select(e => e.Id).ToListAsync(ct))
        {
            var homes = await db.Ownerships.AsNoTracking().Where(o => o.EndDate == null && o.Unit!.EstateId == estateId)
                .OrderBy(o => o.UnitId).ThenBy(o => o.StartDate)
                .Select(o => new ServiceDeskHistory.Home(o.UnitId, o.PersonId, o.Person!.Name, o.Person.Phone)).ToListAsync(ct);
            // One reporter per unit: its first current owner.
            homes = homes.DistinctBy(h => h.UnitId).ToList();
            var staff = await db.StaffMembers.AsNoTracking().Where(s => s.Active && s.Assignments.Any(a => a.EstateId == estateId))
                .OrderBy(s => s.Name).Select(s => new { s.Id, s.UserId, s.Name, s.Position, s.DepartmentId }).ToListAsync(ct);
            var desk = staff.Where(s => s.Position is Position.FrontDeskReceptionist or Position.CsSpecialist).Select(s => new ServiceDeskHistory.Handler(s.Id, s.UserId, s.Name)).ToList();
            var engineers = staff.Where(s => s.Position == Position.Technician).Select(s => new ServiceDeskHistory.Handler(s.Id, s.UserId, s.Name)).ToList();
            if (homes.Count == 0 || desk.Count == 0 || engineers.Count == 0) continue;
            result.Add(new ServiceDeskHistory.Estate(estateId, await calendars.ForEstateAsync(db, estateId, ct), homes, desk, engineers,
                staff.First(s => s.Position == Position.Technician).DepartmentId));
        }
        return result;
    }

    /// <summary>The number sequences the history used, so requests taken live continue after them.</summary>
    public static IEnumerable<DocumentSequence> Sequences(ServiceDeskHistory.History history) =>
        history.Sequences.Select(s => new DocumentSequence { Name = s.Key, Next = s.Value });
}
