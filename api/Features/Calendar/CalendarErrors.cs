namespace PropertySaaS.Api.Features.Calendar;

/// <summary>The refusals of the calendar rules, each its own schema type.</summary>
public static class CalendarErrors
{
    public static readonly ErrorKind DayAlreadyOverridden = ErrorKind.Conflict("CalendarDayAlreadyOverridden", "CAL_DAY_OVERRIDDEN",
        "The date already has an own holiday or working day on this calendar (company or estate); remove it first.");
}
