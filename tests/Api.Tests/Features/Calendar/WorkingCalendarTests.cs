using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.Calendar;

/// <summary>
/// The counting conventions of time-limits.md ("Day basis and counting rules") on the calendar the API gives a feature
/// (IWorkingCalendars over a real company database, default settings: Asia/Shanghai, 08:30–17:30), on fixed dates that
/// cross a weekend, the Spring Festival and National Day 2026 with their make-up working days, and the year boundary.
/// </summary>
public sealed class WorkingCalendarTests(WorkingCalendarTests.Fixture fx) : IClassFixture<WorkingCalendarTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public WorkingCalendar Calendar { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            var t = await Api.CompanyAsync("cal-" + Guid.NewGuid().ToString("N")[..6]);
            await using var db = Api.Open(t);
            var b = new RegistryBuilder(db);
            var estate = b.Estate("日历园");
            await b.SaveAsync();
            Calendar = await Api.Get<IWorkingCalendars>().ForEstateAsync(db, estate.Id, default);
        }

        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private WorkingCalendar Cal => fx.Calendar;

    /// <summary>A Shanghai local time.</summary>
    private static DateTimeOffset At(int y, int m, int d, int h = 0, int min = 0) => new(y, m, d, h, min, 0, TimeSpan.FromHours(8));

    [Fact]
    public void Ordinary_weekend_trigger_day_is_day_0_and_the_deadline_is_the_close_of_the_nth_working_day()
    {
        // Friday 27 Nov 2026 10:00, within 2 working days: Monday is day 1, Tuesday day 2.
        Assert.Equal(At(2026, 12, 1, 17, 30), Cal.AddWorkingDays(At(2026, 11, 27, 10), 2));
        // 0 working days = the end of the trigger day itself.
        Assert.Equal(At(2026, 11, 27, 17, 30), Cal.AddWorkingDays(At(2026, 11, 27, 10), 0));
    }

    [Fact]
    public void An_out_of_hours_trigger_counts_from_the_next_working_day()
    {
        // After closing on Friday: day 0 is Monday.
        Assert.Equal(At(2026, 12, 2, 17, 30), Cal.AddWorkingDays(At(2026, 11, 27, 18), 2));
        // On a Saturday: day 0 is Monday.
        Assert.Equal(At(2026, 11, 30, 17, 30), Cal.AddWorkingDays(At(2026, 11, 28, 11), 0));
        // Before opening on a working day: counting starts that day, when work resumes.
        Assert.Equal(At(2026, 12, 1, 17, 30), Cal.AddWorkingDays(At(2026, 11, 30, 7), 1));
    }

    [Fact]
    public void Spring_Festival_2026_skips_the_holiday_and_counts_its_make_up_saturdays()
    {
        // Sat 14 Feb 2026 is a make-up working day; 15–23 Feb are the holiday.
        Assert.True(Cal.IsWorkingDay(new DateOnly(2026, 2, 14)));
        Assert.False(Cal.IsWorkingDay(new DateOnly(2026, 2, 16)));
        Assert.True(Cal.IsWorkingDay(new DateOnly(2026, 2, 28)));
        // Fri 13 Feb 16:00 + 2 WD: Sat 14 is day 1, then nothing until Tue 24 Feb.
        Assert.Equal(At(2026, 2, 24, 17, 30), Cal.AddWorkingDays(At(2026, 2, 13, 16), 2));
        // A complaint written during the holiday: day 0 is the first day back.
        Assert.Equal(At(2026, 2, 26, 17, 30), Cal.AddWorkingDays(At(2026, 2, 18, 9), 2));
    }

    [Fact]
    public void National_Day_2026_skips_the_golden_week_and_counts_its_make_up_days()
    {
        // Wed 30 Sep 10:00 + 2 WD: 1–7 Oct off, Thu 8 and Fri 9 Oct.
        Assert.Equal(At(2026, 10, 9, 17, 30), Cal.AddWorkingDays(At(2026, 9, 30, 10), 2));
        // Fri 9 Oct + 1 WD is Saturday 10 Oct, a make-up working day.
        Assert.Equal(At(2026, 10, 10, 17, 30), Cal.AddWorkingDays(At(2026, 10, 9, 10), 1));
        // Sat 19 Sep (a weekend day) counts from Sunday 20 Sep, a make-up working day.
        Assert.Equal(At(2026, 9, 20, 17, 30), Cal.AddWorkingDays(At(2026, 9, 19, 12), 0));
    }

    [Fact]
    public void The_year_boundary_counts_the_new_year_holiday_and_its_make_up_sunday()
    {
        // Wed 31 Dec 2025 16:00 + 1 WD: 1–3 Jan 2026 off, Sun 4 Jan worked.
        Assert.Equal(At(2026, 1, 4, 17, 30), Cal.AddWorkingDays(At(2025, 12, 31, 16), 1));
        // After closing on 31 Dec: day 0 is Sun 4 Jan.
        Assert.Equal(At(2026, 1, 4, 17, 30), Cal.AddWorkingDays(At(2025, 12, 31, 18), 0));
    }

    [Fact]
    public void Working_hours_count_only_open_hours_of_working_days_and_clock_hours_count_everything()
    {
        // Wed 30 Sep 16:30 + 2 working hours: 1 h that day, 1 h from Thu 8 Oct 08:30.
        Assert.Equal(At(2026, 10, 8, 9, 30), Cal.AddWorkingHours(At(2026, 9, 30, 16, 30), 2));
        // Make-up Saturday 14 Feb 17:00 + 2 h: 0.5 h that day, then Tue 24 Feb from 08:30.
        Assert.Equal(At(2026, 2, 24, 10, 0), Cal.AddWorkingHours(At(2026, 2, 14, 17), 2));
        // An out-of-hours trigger starts at the next opening.
        Assert.Equal(At(2026, 11, 30, 10, 30), Cal.AddWorkingHours(At(2026, 11, 28, 20), 2));
        // 24 h (clock hours, T-65) run through the holiday.
        Assert.Equal(At(2026, 10, 1, 16, 30), WorkingCalendar.AddClockHours(At(2026, 9, 30, 16, 30), 24));
        Assert.True(Cal.IsWorkingTime(At(2026, 10, 10, 9)));
        Assert.False(Cal.IsWorkingTime(At(2026, 10, 3, 9)));
        Assert.False(Cal.IsWorkingTime(At(2026, 10, 9, 17, 30)));
    }

    [Fact]
    public void Same_day_is_the_end_of_the_calendar_day_and_out_of_hours_the_day_work_resumes()
    {
        // 当日: before the end of the calendar day, whatever the day is.
        Assert.Equal(At(2026, 10, 4), Cal.EndOfDay(At(2026, 10, 3, 20)));
        // In working hours: that day; outside (a holiday evening): the day work resumes, Thu 8 Oct.
        Assert.Equal(At(2026, 10, 9), Cal.EndOfWorkingDayOfTrigger(At(2026, 10, 8, 10)));
        Assert.Equal(At(2026, 10, 9), Cal.EndOfWorkingDayOfTrigger(At(2026, 10, 3, 20)));
        // After closing on a working day: the next working day.
        Assert.Equal(At(2026, 10, 10), Cal.EndOfWorkingDayOfTrigger(At(2026, 10, 8, 19)));
    }

    [Fact]
    public void After_n_working_days_opens_on_the_first_working_day_after_n_full_ones()
    {
        // Renovation inspection passed Mon 28 Sep 2026: 29, 30 Sep, 8, 9, 10 (make-up Sat), 12, 13 Oct → refund from Wed 14 Oct.
        Assert.Equal(new DateOnly(2026, 10, 14), Cal.FirstWorkingDayAfter(new DateOnly(2026, 9, 28), 7));
        // Passed on a holiday: day 0 is the first working day back.
        Assert.Equal(new DateOnly(2026, 10, 12), Cal.FirstWorkingDayAfter(new DateOnly(2026, 10, 3), 2));
    }

    [Fact]
    public void A_fixed_day_of_the_month_moves_back_to_the_preceding_working_day()
    {
        // 28 Feb 2026 is a Saturday but a make-up working day: due that day.
        Assert.Equal(At(2026, 2, 28, 17, 30), Cal.DueByDayOfMonth(2026, 2, 28));
        // 28 Mar 2026 is an ordinary Saturday: due Friday 27 Mar.
        Assert.Equal(At(2026, 3, 27, 17, 30), Cal.DueByDayOfMonth(2026, 3, 28));
        // 5 Oct 2026 is in the National Day holiday: due Wed 30 Sep.
        Assert.Equal(At(2026, 9, 30, 17, 30), Cal.DueByDayOfMonth(2026, 10, 5));
    }

    [Fact]
    public void One_week_is_seven_calendar_days_and_one_month_ends_the_day_before_the_same_date()
    {
        Assert.Equal(At(2026, 10, 7, 10), Cal.AddCalendarDays(At(2026, 9, 30, 10), 7));
        Assert.Equal(new DateOnly(2026, 7, 8), WorkingCalendar.MonthLastDay(new DateOnly(2026, 6, 9)));
        Assert.Equal(new DateOnly(2026, 2, 27), WorkingCalendar.MonthLastDay(new DateOnly(2026, 1, 28)));
        Assert.Equal(new DateOnly(2026, 2, 28), WorkingCalendar.MonthLastDay(new DateOnly(2026, 1, 31)));
        Assert.Equal(new DateOnly(2028, 2, 29), WorkingCalendar.MonthLastDay(new DateOnly(2028, 1, 31)));
        Assert.Equal(new DateOnly(2027, 1, 14), WorkingCalendar.MonthLastDay(new DateOnly(2026, 12, 15)));
    }

    [Fact]
    public void A_year_without_an_official_schedule_says_so_and_counts_weekends_only()
    {
        Assert.True(Cal.HasOfficialSchedule(2026));
        Assert.False(Cal.HasOfficialSchedule(2027));
        // 1 Jan 2027 is a Friday: without the 2027 notice it is an ordinary working day.
        Assert.True(Cal.IsWorkingDay(new DateOnly(2027, 1, 1)));
    }
}
