namespace PropertySaaS.Api.Features.Calendar;

/// <summary>A year of a company's or estate's calendar as staff and admins see it.</summary>
public sealed record CalendarYear(Guid? EstateId, int Year, string TimeZone, TimeOnly WorkStart, TimeOnly WorkEnd, bool EstateHours,
    bool OfficialSchedule, string? Notice, IReadOnlyList<CalendarDay> Days, int WorkingDays);

public static class CalendarQueries
{
    /// <summary>
    /// <c>workingCalendar</c>: the year's holidays and make-up working days with their source, the hours and time zone,
    /// and whether the official schedule of the year is known. Null when the estate is not the caller's (or does not exist).
    /// </summary>
    public static async Task<CalendarYear?> WorkingCalendarAsync(RequestContext rc, Guid? estateId, int year, CancellationToken ct)
    {
        if (year is < CalendarAccess.MinYear or > CalendarAccess.MaxYear)
            throw new ApiException(rc.Culture, ErrorCodes.Validation, "CAL_YEAR_RANGE", CalendarAccess.MinYear, CalendarAccess.MaxYear) { Field = "year" };
        var check = new Check(rc.Culture);
        await CalendarAccess.EstateAsync(rc, check, estateId, ct);
        return check.Failed ? null : await YearAsync(rc.Db, estateId, year, rc.Clock, ct);
    }

    /// <summary>The calendar year of the company or an estate (<paramref name="year"/> null = the current local year).</summary>
    internal static async Task<CalendarYear> YearAsync(TenantDbContext db, Guid? estateId, int? year, TimeProvider clock, CancellationToken ct)
    {
        var view = await CompanyCalendars.ViewAsync(db, estateId, ct);
        var calendar = view.Calendar();
        var y = year ?? calendar.Local(clock.GetUtcNow()).Year;
        var days = view.Days.Values.Where(d => d.Date.Year == y).OrderBy(d => d.Date).ToList();
        var first = new DateOnly(y, 1, 1);
        var workingDays = Enumerable.Range(0, DateTime.IsLeapYear(y) ? 366 : 365).Count(n => calendar.IsWorkingDay(first.AddDays(n)));
        return new CalendarYear(estateId, y, view.TimeZone.Id, view.WorkStart, view.WorkEnd, view.EstateHours,
            calendar.HasOfficialSchedule(y), OfficialSchedule.Notice(y), days, workingDays);
    }
}
