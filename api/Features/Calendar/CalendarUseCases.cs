using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Calendar;

/// <summary>The calendar is the company's: its administrators edit it (issue 15 §5).</summary>
public static class CalendarAccess
{
    public static readonly Access Admins = Access.Roles(AppRoles.CompanyAdmin);
    public const int MinYear = 2000, MaxYear = 2100;

    /// <summary>"HH:mm" → time, or null after recording the field's error.</summary>
    internal static TimeOnly? ParseTime(Check check, string? value, string field)
    {
        if (TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        check.Invalid(field, "CAL_TIME_FORMAT");
        return null;
    }

    /// <summary>An estate argument: absent = the company; present = an estate the caller may see (else NotFound).</summary>
    internal static async Task EstateAsync(RequestContext rc, Check check, Guid? estateId, CancellationToken ct)
    {
        if (estateId is { } e && !await RegistryScope.EstateVisibleAsync(rc, e, ct)) check.Missing("estateId", "NOT_FOUND", "entity.estate");
    }
}

/// <summary>Declares a date a holiday or a working day for the company (no estate) or one estate.</summary>
public static class AddCalendarDay
{
    public static readonly UseCase<AddCalendarDayInput, CalendarDayOverride> UseCase = new(CalendarAccess.Admins, RunAsync);

    public static async Task<Payload<CalendarDayOverride>> RunAsync(RequestContext rc, AddCalendarDayInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture).Optional(i.Note, "note", 100);
        if (i.Date.Year is < CalendarAccess.MinYear or > CalendarAccess.MaxYear) check.Invalid("date", "CAL_YEAR_RANGE", CalendarAccess.MinYear, CalendarAccess.MaxYear);
        await CalendarAccess.EstateAsync(rc, check, i.EstateId, ct);
        if (!check.Failed && await db.CalendarDayOverrides.AnyAsync(o => o.EstateId == i.EstateId && o.Date == i.Date, ct))
            check.Fail(CalendarErrors.DayAlreadyOverridden, "date", i.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (check.Failed) return Payload<CalendarDayOverride>.Fail(check);
        var day = new CalendarDayOverride
        {
            EstateId = i.EstateId, Date = i.Date, Working = i.Working, Note = i.Note?.Trim() ?? "", CreatedAt = rc.Now, CreatedBy = rc.Viewer.UserId,
        };
        db.CalendarDayOverrides.Add(day);
        await db.SaveChangesAsync(ct);
        return Payload<CalendarDayOverride>.Ok(day);
    }
}

/// <summary>Removes a company's or estate's own day: the date follows the official schedule (or the company) again.</summary>
public static class RemoveCalendarDay
{
    public static readonly UseCase<RemoveCalendarDayInput, CalendarDayOverride> UseCase = new(CalendarAccess.Admins, RunAsync);

    public static async Task<Payload<CalendarDayOverride>> RunAsync(RequestContext rc, RemoveCalendarDayInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var day = await db.CalendarDayOverrides.SingleOrDefaultAsync(o => o.Id == i.Id, ct);
        if (day is null || (day.EstateId is { } e && !rc.Viewer.CanSeeEstate(e)))
            return Payload<CalendarDayOverride>.Fail(new Check(rc.Culture).Missing("id", "NOT_FOUND", "entity.calendarDay"));
        db.CalendarDayOverrides.Remove(day);
        await db.SaveChangesAsync(ct);
        return Payload<CalendarDayOverride>.Ok(day);
    }
}

/// <summary>
/// Sets the working hours of the company (no estate) or of one estate; for an estate, no hours = follow the company's.
/// </summary>
public static class SetWorkingHours
{
    public static readonly UseCase<SetWorkingHoursInput, CalendarYear> UseCase = new(CalendarAccess.Admins, RunAsync);

    public static async Task<Payload<CalendarYear>> RunAsync(RequestContext rc, SetWorkingHoursInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture);
        var inherit = i.EstateId is not null && i.WorkStart is null && i.WorkEnd is null;
        TimeOnly? start = null, end = null;
        if (!inherit)
        {
            start = CalendarAccess.ParseTime(check, i.WorkStart, "workStart");
            end = CalendarAccess.ParseTime(check, i.WorkEnd, "workEnd");
            if (start is not null && end is not null && end <= start) check.Invalid("workEnd", "CAL_HOURS_ORDER");
        }
        await CalendarAccess.EstateAsync(rc, check, i.EstateId, ct);
        if (check.Failed) return Payload<CalendarYear>.Fail(check);
        if (i.EstateId is { } estateId)
        {
            var own = await db.EstateWorkingHours.SingleOrDefaultAsync(h => h.EstateId == estateId, ct);
            if (inherit) { if (own is not null) db.EstateWorkingHours.Remove(own); }
            else
            {
                if (own is null) db.EstateWorkingHours.Add(own = new EstateWorkingHours { EstateId = estateId });
                (own.WorkStart, own.WorkEnd, own.UpdatedAt, own.UpdatedBy) = (start!.Value, end!.Value, rc.Now, rc.Viewer.UserId);
            }
        }
        else
        {
            var s = await SettingsAsync(db, ct);
            (s.WorkStart, s.WorkEnd, s.UpdatedAt, s.UpdatedBy) = (start!.Value, end!.Value, rc.Now, rc.Viewer.UserId);
        }
        await db.SaveChangesAsync(ct);
        return Payload<CalendarYear>.Ok(await CalendarQueries.YearAsync(db, i.EstateId, null, rc.Clock, ct));
    }

    internal static async Task<CalendarSettings> SettingsAsync(TenantDbContext db, CancellationToken ct)
    {
        var s = await db.CalendarSettings.SingleOrDefaultAsync(ct);
        if (s is null) db.CalendarSettings.Add(s = new CalendarSettings());
        return s;
    }
}

/// <summary>Sets the company's time zone (IANA id; Asia/Shanghai by default): every deadline is counted in it.</summary>
public static class SetCalendarTimeZone
{
    public static readonly UseCase<SetCalendarTimeZoneInput, CalendarYear> UseCase = new(CalendarAccess.Admins, RunAsync);

    public static async Task<Payload<CalendarYear>> RunAsync(RequestContext rc, SetCalendarTimeZoneInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.TimeZone, "timeZone", 64);
        // Only IANA names: the same id must mean the same zone on every server (Windows ids are refused).
        if (!check.Failed && (TimeZones.Find(i.TimeZone.Trim()) is null || !TimeZoneInfo.TryConvertIanaIdToWindowsId(i.TimeZone.Trim(), out _)))
            check.Invalid("timeZone", "CAL_UNKNOWN_TIME_ZONE");
        if (check.Failed) return Payload<CalendarYear>.Fail(check);
        var s = await SetWorkingHours.SettingsAsync(rc.Db, ct);
        (s.TimeZone, s.UpdatedAt, s.UpdatedBy) = (i.TimeZone.Trim(), rc.Now, rc.Viewer.UserId);
        await rc.Db.SaveChangesAsync(ct);
        return Payload<CalendarYear>.Ok(await CalendarQueries.YearAsync(rc.Db, null, null, rc.Clock, ct));
    }
}
