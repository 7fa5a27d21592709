namespace PropertySaaS.Api.Features.Calendar;

/// <summary>
/// 工作日历 — an estate's working-day calendar at one moment: its time zone, working hours, public holidays and make-up
/// working days (调休). Deadlines of every feature are computed here with the counting rules of time-limits.md ("Day basis
/// and counting rules"), never by hand. Immutable; get one from <see cref="IWorkingCalendars"/>.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly IReadOnlySet<DateOnly> holidays;
    private readonly IReadOnlySet<DateOnly> makeUpWorkdays;
    private readonly IReadOnlySet<int>? officialYears;

    public WorkingCalendar(TimeZoneInfo timeZone, TimeOnly workStart, TimeOnly workEnd, IReadOnlySet<DateOnly> holidays, IReadOnlySet<DateOnly> makeUpWorkdays)
        : this(timeZone, workStart, workEnd, holidays, makeUpWorkdays, null) { }

    /// <param name="officialYears">The years for which an official holiday schedule is known; null = not tracked.</param>
    public WorkingCalendar(TimeZoneInfo timeZone, TimeOnly workStart, TimeOnly workEnd, IReadOnlySet<DateOnly> holidays,
        IReadOnlySet<DateOnly> makeUpWorkdays, IReadOnlySet<int>? officialYears)
    {
        if (workEnd <= workStart) throw new ArgumentException("Working hours must end after they start.", nameof(workEnd));
        TimeZone = timeZone;
        WorkStart = workStart;
        WorkEnd = workEnd;
        this.holidays = holidays;
        this.makeUpWorkdays = makeUpWorkdays;
        this.officialYears = officialYears;
    }

    public TimeZoneInfo TimeZone { get; }
    public TimeOnly WorkStart { get; }
    public TimeOnly WorkEnd { get; }

    /// <summary>
    /// Whether the official holiday schedule of <paramref name="year"/> is known. When it is not, that year counts
    /// weekends (and the company's own days) only, and the admin calendar says so.
    /// </summary>
    public bool HasOfficialSchedule(int year) => officialYears?.Contains(year) ?? true;

    /// <summary>A working day: Monday–Friday unless a holiday, or a weekend day declared a make-up working day.</summary>
    public bool IsWorkingDay(DateOnly day) =>
        makeUpWorkdays.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidays.Contains(day));

    /// <summary>Whether the instant falls in working hours of a working day (time-limits.md "working hours").</summary>
    public bool IsWorkingTime(DateTimeOffset instant)
    {
        var local = Local(instant);
        var time = TimeOnly.FromDateTime(local);
        return IsWorkingDay(DateOnly.FromDateTime(local)) && time >= WorkStart && time < WorkEnd;
    }

    /// <summary>The local date and time of an instant in the estate's time zone.</summary>
    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime;

    /// <summary>The instant of a local date and time of the estate.</summary>
    public DateTimeOffset Instant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, TimeZone.GetUtcOffset(local));
    }

    /// <summary>The end of a working day: its closing time (the deadline of "within N working days").</summary>
    public DateTimeOffset EndOfWorkingDay(DateOnly day) => Instant(day, WorkEnd);

    /// <summary>
    /// Day 0 of a working-day count: the trigger's day when the trigger falls on a working day before closing time,
    /// else the next working day ("a trigger outside working hours counts from the next working day"; a trigger before
    /// opening counts from the same day, the day work resumes).
    /// </summary>
    public DateOnly DayZero(DateTimeOffset trigger)
    {
        var local = Local(trigger);
        var day = DateOnly.FromDateTime(local);
        return !IsWorkingDay(day) || TimeOnly.FromDateTime(local) >= WorkEnd ? NextWorkingDay(day) : day;
    }

    /// <summary>
    /// "Within N working days" (N个工作日内): the end of the <paramref name="days"/>-th working day after day 0
    /// (<see cref="DayZero"/>). 0 days = the end of day 0.
    /// </summary>
    public DateTimeOffset AddWorkingDays(DateTimeOffset trigger, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = DayZero(trigger);
        for (var i = 0; i < days; i++) day = NextWorkingDay(day);
        return EndOfWorkingDay(day);
    }

    /// <summary>
    /// The instant <paramref name="hours"/> working hours after the trigger: only time inside working hours of working
    /// days counts; an out-of-hours trigger starts at the next opening.
    /// </summary>
    public DateTimeOffset AddWorkingHours(DateTimeOffset trigger, double hours)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hours);
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

    /// <summary>Elapsed clock hours ("24小时"): nights, weekends and holidays included.</summary>
    public static DateTimeOffset AddClockHours(DateTimeOffset trigger, double hours) => trigger.AddHours(hours);

    /// <summary>
    /// Calendar days (日/天; "one week" = 7 calendar days): the same local time <paramref name="days"/> days later.
    /// </summary>
    public DateTimeOffset AddCalendarDays(DateTimeOffset trigger, int days)
    {
        var local = Local(trigger).AddDays(days);
        return Instant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
    }

    /// <summary>"Same day" (当日/当天): before the end of the calendar day of the trigger, i.e. the next local midnight.</summary>
    public DateTimeOffset EndOfDay(DateTimeOffset trigger) => Instant(DateOnly.FromDateTime(Local(trigger)).AddDays(1), TimeOnly.MinValue);

    /// <summary>
    /// "Same day in working hours, else the day work resumes" (T-78/T-79; T-76's out-of-hours default): the end of the
    /// calendar day of the trigger when it falls in working hours, else the end of the day work resumes.
    /// </summary>
    public DateTimeOffset EndOfWorkingDayOfTrigger(DateTimeOffset trigger)
    {
        var day = IsWorkingTime(trigger) ? DateOnly.FromDateTime(Local(trigger)) : DayZero(trigger);
        return Instant(day.AddDays(1), TimeOnly.MinValue);
    }

    /// <summary>
    /// "Not before N working days after" (N个工作日后, e.g. the renovation deposit refund, T-09): the first working day
    /// after N full working days have passed since day 0 (the day itself, or the next working day when it is not one).
    /// </summary>
    public DateOnly FirstWorkingDayAfter(DateOnly day, int fullWorkingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fullWorkingDays);
        if (!IsWorkingDay(day)) day = NextWorkingDay(day);
        for (var i = 0; i <= fullWorkingDays; i++) day = NextWorkingDay(day);
        return day;
    }

    /// <summary>
    /// "Before the 28th / before the 5th" (28日前 / 5日前): due at the end of that day of the month; when it is not a
    /// working day, at the end of the preceding working day.
    /// </summary>
    public DateTimeOffset DueByDayOfMonth(int year, int month, int dayOfMonth)
    {
        var day = new DateOnly(year, month, Math.Min(dayOfMonth, DateTime.DaysInMonth(year, month)));
        while (!IsWorkingDay(day)) day = day.AddDays(-1);
        return EndOfWorkingDay(day);
    }

    /// <summary>
    /// The last day of "one month" from <paramref name="start"/> (002's fee month, T-23/T-24): the day before the same
    /// date next month; when next month lacks that date, its last day (9 June → 8 July; 31 January → 28/29 February).
    /// </summary>
    public static DateOnly MonthLastDay(DateOnly start)
    {
        var next = new DateOnly(start.Year, start.Month, 1).AddMonths(1);
        var daysInNext = DateTime.DaysInMonth(next.Year, next.Month);
        return start.Day > daysInNext ? next.AddDays(daysInNext - 1) : next.AddDays(start.Day - 2);
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
