namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Metering = new()
    {
        ["METER_REQUIRED"] = ("按表计收费的项目须指定表计（水表或电表）。", "A metered fee item needs a meter (water or electricity)."),
        ["METER_NOT_METERED"] = ("只有按表计收费的项目才能指定表计。", "Only metered fee items have a meter."),
        ["READING_BELOW_PREVIOUS"] = ("本次读数不能小于上次读数 {0}。", "The current reading must not be below the previous reading {0}."),
        ["READING_EXISTS"] = ("该房屋本月已有此表计的读数。", "This unit already has a reading of this meter for the month."),
        ["NOT_NEGATIVE"] = ("{0}不能为负数。", "{0} must not be negative."),
        ["field.previous"] = ("上次读数", "Previous reading"),
        ["field.current"] = ("本次读数", "Current reading"),
        ["field.meter"] = ("表计", "Meter"),
    };
}
