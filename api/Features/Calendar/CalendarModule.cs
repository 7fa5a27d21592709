namespace PropertySaaS.Api.Features.Calendar;

/// <summary>The working-day calendar: shared by every feature that counts deadlines.</summary>
public sealed class CalendarModule : FeatureModule
{
    public override int Order => 15;

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IWorkingCalendars, MainlandCalendars>();
    }
}

/// <summary>
/// Interim: weekends only, Asia/Shanghai, 08:30–17:30, until the shipped holiday schedule and per-company calendars land
/// (issue 15 §5).
/// </summary>
public sealed class MainlandCalendars : IWorkingCalendars
{
    private static readonly WorkingCalendar Default = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        new TimeOnly(8, 30), new TimeOnly(17, 30), new HashSet<DateOnly>(), new HashSet<DateOnly>());

    public Task<WorkingCalendar> ForEstateAsync(TenantDbContext db, Guid estateId, CancellationToken ct) => Task.FromResult(Default);
}
