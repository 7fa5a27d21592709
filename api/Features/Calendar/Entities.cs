namespace PropertySaaS.Api.Features.Calendar;

/// <summary>工作日历设置 — the company's calendar: its time zone and default working hours (one row).</summary>
public sealed class CalendarSettings
{
    public const string DefaultTimeZone = "Asia/Shanghai";
    /// <summary>Default working hours (front-desk.md: the front-desk day closes e.g. at 17:30; organisation.md §6.4: configurable).</summary>
    public static readonly TimeOnly DefaultWorkStart = new(8, 30), DefaultWorkEnd = new(17, 30);

    public int Id { get; set; } = 1;
    public string TimeZone { get; set; } = DefaultTimeZone;
    public TimeOnly WorkStart { get; set; } = DefaultWorkStart;
    public TimeOnly WorkEnd { get; set; } = DefaultWorkEnd;
    public DateTime UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }
}

/// <summary>An estate's own working hours (服务时间), overriding the company's.</summary>
public sealed class EstateWorkingHours
{
    public Guid EstateId { get; set; }
    public TimeOnly WorkStart { get; set; }
    public TimeOnly WorkEnd { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

/// <summary>
/// 日历调整 — a day the company (EstateId null) or one estate declares a holiday or a working day, overriding the
/// official schedule (and, for an estate, the company's own days).
/// </summary>
public sealed class CalendarDayOverride
{
    public Guid Id { get; set; } = Ids.New();
    public Guid? EstateId { get; set; }
    public DateOnly Date { get; set; }
    public bool Working { get; set; }
    public string Note { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
