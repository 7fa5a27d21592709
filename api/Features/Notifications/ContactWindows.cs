namespace PropertySaaS.Api.Features.Notifications;

/// <summary>How a resident is contacted. Calls are made by staff; SMS and letters go through <see cref="INotificationSender"/>.</summary>
public enum ContactChannel { Sms, Call, Letter }

/// <summary>
/// When a channel may be used (communications.md §2.3, §10 rule 1), in the recipient's local time (Asia/Shanghai).
/// Sources give start times only (calls after 10:00 or after 14:30, SMS after 14:30) and outer limits (never before
/// 07:00 or after 22:00, not at lunch); the ends are the file's suggested defaults: calls 10:00–12:00 and 14:30–18:00 on
/// working days, SMS 14:30–20:00 any day. A written notice is delivered at the door, so it keeps the call windows.
/// Working days are Monday–Friday: there is no holiday calendar in the product yet.
/// </summary>
public static class ContactWindows
{
    public static readonly TimeZoneInfo Zone = FindZone();

    private static readonly (TimeOnly From, TimeOnly To)[] CallWindows = [(new(10, 0), new(12, 0)), (new(14, 30), new(18, 0))];
    private static readonly (TimeOnly From, TimeOnly To)[] SmsWindows = [(new(14, 30), new(20, 0))];

    private static (TimeOnly From, TimeOnly To)[] Windows(ContactChannel channel) => channel == ContactChannel.Sms ? SmsWindows : CallWindows;
    private static bool WorkingDaysOnly(ContactChannel channel) => channel != ContactChannel.Sms;

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
    public static DateTime ToUtc(DateTime local) => TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone);
    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(ToLocal(utc));

    /// <summary>True when the channel may be used at this instant.</summary>
    public static bool IsAllowed(ContactChannel channel, DateTime utc)
    {
        var local = ToLocal(utc);
        if (WorkingDaysOnly(channel) && IsWeekend(local)) return false;
        var time = TimeOnly.FromDateTime(local);
        return Windows(channel).Any(w => time >= w.From && time < w.To);
    }

    /// <summary>The instant itself when allowed, otherwise the start of the next window (UTC).</summary>
    public static DateTime NextAllowed(ContactChannel channel, DateTime utc)
    {
        if (IsAllowed(channel, utc)) return utc;
        var local = ToLocal(utc);
        for (var day = DateOnly.FromDateTime(local); ; day = day.AddDays(1))
        {
            if (WorkingDaysOnly(channel) && IsWeekend(day.ToDateTime(TimeOnly.MinValue))) continue;
            foreach (var (from, _) in Windows(channel))
            {
                var start = day.ToDateTime(from);
                if (start > local) return ToUtc(start);
            }
        }
    }

    private static bool IsWeekend(DateTime local) => local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static TimeZoneInfo FindZone()
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("Asia/Shanghai", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time"); }
    }
}
