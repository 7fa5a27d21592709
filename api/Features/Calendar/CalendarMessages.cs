namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Calendar = new()
    {
        ["CAL_DAY_OVERRIDDEN"] = ("{0} 在该日历上已有自定义的节假日或工作日，请先删除。", "{0} already has an own holiday or working day on this calendar; remove it first."),
        ["CAL_YEAR_RANGE"] = ("年份应在 {0} 至 {1} 之间。", "The year must be between {0} and {1}."),
        ["CAL_TIME_FORMAT"] = ("时间应为 HH:mm 格式（如 08:30）。", "The time must be HH:mm (e.g. 08:30)."),
        ["CAL_HOURS_ORDER"] = ("下班时间应晚于上班时间。", "Working hours must end after they start."),
        ["CAL_HOURS_BOTH"] = ("请同时填写上班和下班时间。", "Give both the start and the end of working hours."),
        ["CAL_UNKNOWN_TIME_ZONE"] = ("未知的时区（应为 IANA 时区名，如 Asia/Shanghai）。", "Unknown time zone (use an IANA name such as Asia/Shanghai)."),
        ["entity.calendarDay"] = ("自定义日期", "calendar day"),
        ["field.note"] = ("说明", "Note"),
        ["field.timeZone"] = ("时区", "Time zone"),
    };
}
