using System.Text.Json.Nodes;
using PropertySaaS.Api.Features.Calendar;

namespace PropertySaaS.Api.Tests.Features.Calendar;

/// <summary>
/// The shipped schedule (holidays-cn.json, typed from the State Council notices as holiday blocks) against an independent
/// copy: the npm package chinese-days 1.5.7, dist/chinese-days.json, cut to the shipped years
/// (chinese-days-2025-2026.json beside this file).
/// </summary>
public sealed class OfficialScheduleTests
{
    private static JsonNode Copy() => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Features", "Calendar", "chinese-days-2025-2026.json")))!;

    [Fact]
    public void The_shipped_years_are_2025_and_2026_exactly()
    {
        Assert.Equal([2025, 2026], OfficialSchedule.Years.Order());
        Assert.Null(OfficialSchedule.Notice(2027));
    }

    [Fact]
    public void Every_holiday_and_make_up_day_matches_chinese_days()
    {
        var copy = Copy();
        var holidays = copy["holidays"]!.AsObject().Select(p => DateOnly.Parse(p.Key)).Order().ToList();
        var workdays = copy["workdays"]!.AsObject().Select(p => DateOnly.Parse(p.Key)).Order().ToList();
        Assert.Equal(holidays, OfficialSchedule.Days.Values.Where(d => !d.Working).Select(d => d.Date).Order().ToList());
        Assert.Equal(workdays, OfficialSchedule.Days.Values.Where(d => d.Working).Select(d => d.Date).Order().ToList());
    }

    [Fact]
    public void Make_up_days_fall_on_weekends_and_holidays_have_names()
    {
        Assert.All(OfficialSchedule.Days.Values.Where(d => d.Working), d => Assert.True(d.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, d.ToString()));
        Assert.All(OfficialSchedule.Days.Values, d => Assert.False(string.IsNullOrWhiteSpace(d.Name)));
        Assert.Equal("国庆节", OfficialSchedule.Days[new DateOnly(2026, 10, 10)].Name);
    }
}
