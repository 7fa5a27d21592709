using Microsoft.EntityFrameworkCore;

namespace PropertySaaS.Api.Features.Calendar;

/// <summary>Where a day's status comes from: the official schedule, the company's own days, or the estate's.</summary>
public enum CalendarDaySource { Official, Company, Estate }

/// <summary>One exceptional day of a calendar: a holiday on a weekday or a working day on a weekend, with its origin.</summary>
public sealed record CalendarDay(DateOnly Date, bool Working, CalendarDaySource Source, string Name, Guid? OverrideId);

/// <summary>A company's or an estate's calendar as stored: settings, hours and every exceptional day with its source.</summary>
public sealed record CalendarView(Guid? EstateId, TimeZoneInfo TimeZone, TimeOnly WorkStart, TimeOnly WorkEnd, bool EstateHours,
    IReadOnlyDictionary<DateOnly, CalendarDay> Days)
{
    public WorkingCalendar Calendar() => new(TimeZone, WorkStart, WorkEnd,
        Days.Values.Where(d => !d.Working).Select(d => d.Date).ToHashSet(),
        Days.Values.Where(d => d.Working).Select(d => d.Date).ToHashSet(),
        OfficialSchedule.Years);

    /// <summary>
    /// The days in force: the official schedule, then the company's own days, then the estate's (each later one wins on
    /// its date).
    /// </summary>
    public static IReadOnlyDictionary<DateOnly, CalendarDay> Compose(IEnumerable<OfficialDay> official, IEnumerable<CalendarDayOverride> overrides)
    {
        var days = official.ToDictionary(d => d.Date, d => new CalendarDay(d.Date, d.Working, CalendarDaySource.Official, d.Name, null));
        foreach (var o in overrides.OrderBy(o => o.EstateId.HasValue))
            days[o.Date] = new CalendarDay(o.Date, o.Working, o.EstateId is null ? CalendarDaySource.Company : CalendarDaySource.Estate, o.Note, o.Id);
        return days;
    }
}

/// <summary>
/// The working-day calendars of the company whose database is open: the shipped official schedule, the company's own
/// days and hours, and an estate's overrides. Read from that database on each call, so nothing is ever shared between
/// companies and an admin's change counts at once (the rows are few: settings, one estate's hours, the overrides).
/// </summary>
public sealed class CompanyCalendars : IWorkingCalendars
{
    public async Task<WorkingCalendar> ForEstateAsync(TenantDbContext db, Guid estateId, CancellationToken ct) =>
        (await ViewAsync(db, estateId, ct)).Calendar();

    /// <summary>The company's calendar (<paramref name="estateId"/> null) or an estate's, with where each day comes from.</summary>
    public static async Task<CalendarView> ViewAsync(TenantDbContext db, Guid? estateId, CancellationToken ct)
    {
        var settings = await db.CalendarSettings.AsNoTracking().SingleOrDefaultAsync(ct) ?? new CalendarSettings();
        var hours = estateId is { } e ? await db.EstateWorkingHours.AsNoTracking().SingleOrDefaultAsync(h => h.EstateId == e, ct) : null;
        var overrides = await db.CalendarDayOverrides.AsNoTracking().Where(o => o.EstateId == null || o.EstateId == estateId).ToListAsync(ct);
        return new CalendarView(estateId, TimeZones.Find(settings.TimeZone) ?? TimeZones.Find(CalendarSettings.DefaultTimeZone)!,
            hours?.WorkStart ?? settings.WorkStart, hours?.WorkEnd ?? settings.WorkEnd, hours is not null,
            CalendarView.Compose(OfficialSchedule.Days.Values, overrides));
    }
}

/// <summary>IANA time-zone ids (the ones the company may choose).</summary>
public static class TimeZones
{
    public static TimeZoneInfo? Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var tz) ? tz : null;
}
