namespace PropertySaaS.Api.Features.Calendar;

/// <summary>
/// An estate's working-day calendar at one moment (time-limits.md counting conventions): its time zone, working hours,
/// public holidays and make-up working days (调休). Deadlines of every feature are computed here, never by hand.
/// Immutable; get one from <see cref="IWorkingCalendars"/>.
/// </summary>
public sealed class WorkingCalendar(TimeZoneInfo timeZone, TimeOnly workStart, TimeOnly workEnd,
    IReadOnlySet<DateOnly> holidays, IReadOnlySet<DateOnly> makeUpWorkdays)
{
    public TimeZoneInfo TimeZone { get; } = timeZone;
    public TimeOnly WorkStart { get; } = workStart;
    public TimeOnly WorkEnd { get; } = workEnd;

    /// <summary>A working day: Monday–Friday unless a public holiday, or a weekend day declared a make-up working day.</summary>
    public bool IsWorkingDay(DateOnly day) =>
        makeUpWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day));

    /// <summary>The local date and time of an instant in the estate's time zone.</summary>
    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>The instant of a local date and time of the estate.</summary>
    public DateTimeOffset Instant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>
    /// The end of the <paramref name="days"/>-th working day after the trigger (time-limits.md: the trigger day is day 0;
    /// a trigger outside working hours or on a non-working day counts from the next working day).
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset trigger, int days)
    {
        var local = Local(trigger);
        var day = DateOnly.FromDateTime(local);
        // Day 0 is the trigger's day when it is a working day before closing time, else the next working day.
        if (!IsWorkingDay(day) || TimeOnly.FromDateTime(local) >= WorkEnd) day = NextWorkingDay(day);
        for (var i = 0; i < days; i++) day = NextWorkingDay(day);
        return Instant(day, WorkEnd);
    }

    /// <summary>The instant <paramref name="hours"/> working hours after the trigger (hours outside working time do not count).</summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset trigger, double hours)
    {
        var local = Local(trigger);
        var day = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        if (!IsWorkingDay(day) || time >= WorkEnd) { day = NextWorkingDay(day); time = WorkStart; }
        else if (time < WorkStart) time = WorkStart;
        var left = TimeSpan.FromHours(hours);
        while (true)
        {
            var available = WorkEnd - time;
            if (left <= available) return Instant(day, time.Add(left));
            left -= available;
            day = NextWorkingDay(day);
            time = WorkStart;
        }
    }

    public DateOnly NextWorkingDay(DateOnly day)
    {
        do day = day.AddDays(1); while (!IsWorkingDay(day));
        return day;
    }
}

/// <summary>Gives the calendar of an estate of the company whose database is open (company calendar, estate overrides).</summary>
public interface IWorkingCalendars
{
    Task<WorkingCalendar> ForEstateAsync(TenantDbContext db, Guid estateId, CancellationToken ct);
}
