using System.Text.Json;

namespace PropertySaaS.Api.Features.Calendar;

/// <summary>One day of the official schedule: a public holiday (放假) or a make-up working day (调休上班).</summary>
public sealed record OfficialDay(DateOnly Date, bool Working, string Name, string NameEn);

/// <summary>
/// 法定节假日安排 — the mainland public holidays and make-up working days of the State Council's yearly notices, shipped
/// with the API (holidays-cn.json, an embedded resource). A year that is not in the file has no official schedule: its
/// calendars count weekends only and say so (<see cref="WorkingCalendar.HasOfficialSchedule"/>).
/// </summary>
public static class OfficialSchedule
{
    private static readonly Lazy<(IReadOnlyDictionary<DateOnly, OfficialDay> Days, IReadOnlySet<int> Years, IReadOnlyDictionary<int, string> Notices)> data =
        new(() => Parse(Open()));

    /// <summary>Every listed day of every shipped year.</summary>
    public static IReadOnlyDictionary<DateOnly, OfficialDay> Days => data.Value.Days;
    /// <summary>The years whose notice is shipped.</summary>
    public static IReadOnlySet<int> Years => data.Value.Years;
    /// <summary>The notice a year's schedule comes from; null when the year is not shipped.</summary>
    public static string? Notice(int year) => data.Value.Notices.GetValueOrDefault(year);

    private static Stream Open() =>
        typeof(OfficialSchedule).Assembly.GetManifestResourceStream("PropertySaaS.Api.Calendar.holidays-cn.json")
        ?? throw new InvalidOperationException("The official holiday schedule is not embedded in the API.");

    /// <summary>Expands the notice blocks (every day from..to off, the listed weekend days worked).</summary>
    internal static (IReadOnlyDictionary<DateOnly, OfficialDay>, IReadOnlySet<int>, IReadOnlyDictionary<int, string>) Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var days = new Dictionary<DateOnly, OfficialDay>();
        var years = new HashSet<int>();
        var notices = new Dictionary<int, string>();
        foreach (var year in doc.RootElement.GetProperty("years").EnumerateObject())
        {
            var y = int.Parse(year.Name, System.Globalization.CultureInfo.InvariantCulture);
            years.Add(y);
            notices[y] = year.Value.GetProperty("notice").GetString()!;
            foreach (var h in year.Value.GetProperty("holidays").EnumerateArray())
            {
                var name = h.GetProperty("name").GetString()!;
                var en = h.GetProperty("en").GetString()!;
                var from = DateOnly.Parse(h.GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                var to = DateOnly.Parse(h.GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                for (var d = from; d <= to; d = d.AddDays(1)) days.Add(d, new OfficialDay(d, false, name, en));
                foreach (var m in h.GetProperty("makeUp").EnumerateArray())
                {
                    var d = DateOnly.Parse(m.GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                    days.Add(d, new OfficialDay(d, true, name, en));
                }
            }
        }
        return (days, years, notices);
    }
}
