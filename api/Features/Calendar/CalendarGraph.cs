using System.Globalization;
using GraphQL;
using GraphQL.Types;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Calendar;

public sealed class AddCalendarDayInput
{
    public Guid? EstateId { get; set; }
    public DateOnly Date { get; set; }
    public bool Working { get; set; }
    public string? Note { get; set; }
}

public sealed class RemoveCalendarDayInput
{
    public Guid Id { get; set; }
}

public sealed class SetWorkingHoursInput
{
    public Guid? EstateId { get; set; }
    public string? WorkStart { get; set; }
    public string? WorkEnd { get; set; }
}

public sealed class SetCalendarTimeZoneInput
{
    public string TimeZone { get; set; } = "";
}

public sealed class AddCalendarDayInputType : InputObjectGraphType<AddCalendarDayInput>
{
    public AddCalendarDayInputType()
    {
        Name = "AddCalendarDayInput";
        Description = "An own holiday (working = false) or working day (working = true) of the company (no estateId) or of one estate.";
        Field(x => x.EstateId, type: typeof(IdGraphType)).Description("Null = company-wide.");
        Field(x => x.Date);
        Field(x => x.Working);
        Field(x => x.Note, nullable: true).Description("Shown with the day, e.g. 公司年会 / 台风停工.");
    }
}

public sealed class RemoveCalendarDayInputType : InputObjectGraphType<RemoveCalendarDayInput>
{
    public RemoveCalendarDayInputType()
    {
        Name = "RemoveCalendarDayInput";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>)).Description("The id of the company's or estate's own day (CalendarDay.overrideId).");
    }
}

public sealed class SetWorkingHoursInputType : InputObjectGraphType<SetWorkingHoursInput>
{
    public SetWorkingHoursInputType()
    {
        Name = "SetWorkingHoursInput";
        Description = "Working hours (HH:mm, local time) of the company (no estateId) or of one estate; an estate with neither time follows the company's hours again.";
        Field(x => x.EstateId, type: typeof(IdGraphType));
        Field(x => x.WorkStart, nullable: true);
        Field(x => x.WorkEnd, nullable: true);
    }
}

public sealed class SetCalendarTimeZoneInputType : InputObjectGraphType<SetCalendarTimeZoneInput>
{
    public SetCalendarTimeZoneInputType()
    {
        Name = "SetCalendarTimeZoneInput";
        Field(x => x.TimeZone).Description("IANA time zone, e.g. Asia/Shanghai.");
    }
}

public sealed class CalendarDaySourceEnum : EnumerationGraphType<CalendarDaySource> { public CalendarDaySourceEnum() { Name = "CalendarDaySource"; } }

public sealed class CalendarDayGraphType : ObjectGraphType<CalendarDay>
{
    public CalendarDayGraphType()
    {
        Name = "CalendarDay";
        Description = "A holiday on a weekday or a working day (调休) on a weekend, and where it comes from.";
        Field(x => x.Date);
        Field(x => x.Working);
        Field<NonNullGraphType<CalendarDaySourceEnum>>("source").Resolve(c => c.Source.Source);
        Field(x => x.Name).Description("The holiday's name (official) or the admin's note (company, estate).");
        Field(x => x.OverrideId, type: typeof(IdGraphType)).Description("COMPANY and ESTATE days: the id to remove it by.");
    }
}

public sealed class CalendarDayOverrideGraphType : ObjectGraphType<CalendarDayOverride>
{
    public CalendarDayOverrideGraphType()
    {
        Name = "CalendarDayOverride";
        Description = "日历调整 — a company's or estate's own holiday or working day.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.EstateId, type: typeof(IdGraphType)).Description("Null = company-wide.");
        Field(x => x.Date);
        Field(x => x.Working);
        Field(x => x.Note);
    }
}

public sealed class CalendarYearGraphType : ObjectGraphType<CalendarYear>
{
    public CalendarYearGraphType()
    {
        Name = "WorkingCalendar";
        Description = "工作日历 — one year of the company's or an estate's working-day calendar.";
        Field(x => x.EstateId, type: typeof(IdGraphType)).Description("Null = the company's calendar.");
        Field(x => x.Year);
        Field(x => x.TimeZone);
        Field<NonNullGraphType<StringGraphType>>("workStart").Description("HH:mm local.").Resolve(c => Hhmm(c.Source.WorkStart));
        Field<NonNullGraphType<StringGraphType>>("workEnd").Description("HH:mm local.").Resolve(c => Hhmm(c.Source.WorkEnd));
        Field(x => x.EstateHours).Description("True when the estate has its own working hours (else the company's apply).");
        Field(x => x.OfficialSchedule).Description("False when the official holiday schedule of the year is not shipped: the year then counts weekends and own days only.");
        Field(x => x.Notice, nullable: true).Description("The State Council notice the year's official days come from.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CalendarDayGraphType>>>>("days").Resolve(c => c.Source.Days);
        Field(x => x.WorkingDays).Description("Working days in the year.");
    }

    private static string Hhmm(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);
}

public sealed class CalendarDayPayloadType() : PayloadType<CalendarDayOverrideGraphType, CalendarDayOverride>("CalendarDayPayload", "day");
public sealed class WorkingCalendarPayloadType() : PayloadType<CalendarYearGraphType, CalendarYear>("WorkingCalendarPayload", "calendar");

public static class CalendarGraph
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<CalendarYearGraphType>("workingCalendar")
            .Description("A year of the working-day calendar of the company (no estateId) or of an estate. Null when the estate is not visible.")
            .Arguments(new QueryArgument<IdGraphType> { Name = "estateId" }, new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "year" })
            .Reads(Access.Staff, (rc, c) => CalendarQueries.WorkingCalendarAsync(rc, c.GetArgument<Guid?>("estateId"), c.GetArgument<int>("year"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CalendarDayPayloadType>>("addCalendarDay")
            .Argument<NonNullGraphType<AddCalendarDayInputType>>("input")
            .RunsUseCase(AddCalendarDay.UseCase);

        mutation.Field<NonNullGraphType<CalendarDayPayloadType>>("removeCalendarDay")
            .Argument<NonNullGraphType<RemoveCalendarDayInputType>>("input")
            .RunsUseCase(RemoveCalendarDay.UseCase);

        mutation.Field<NonNullGraphType<WorkingCalendarPayloadType>>("setWorkingHours")
            .Argument<NonNullGraphType<SetWorkingHoursInputType>>("input")
            .RunsUseCase(SetWorkingHours.UseCase);

        mutation.Field<NonNullGraphType<WorkingCalendarPayloadType>>("setCalendarTimeZone")
            .Argument<NonNullGraphType<SetCalendarTimeZoneInputType>>("input")
            .RunsUseCase(SetCalendarTimeZone.UseCase);
    }
}
