using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Tests.Features.Calendar;

/// <summary>The company's calendar through the API: own days per company and estate, hours, time zone, refusals, walls.</summary>
public sealed class CalendarAdminTests(CalendarAdminTests.Fixture fx) : IClassFixture<CalendarAdminTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    private sealed record World(Tenant Tenant, Guid EstateA, Guid EstateB, GraphQLClient Admin);

    private async Task<World> WorldAsync(string server = "local")
    {
        TestDatabases.SkipWithoutPostgres(server);
        var t = await fx.Api.CompanyAsync("calg-" + Guid.NewGuid().ToString("N")[..6], server);
        await using var db = fx.Api.Open(t);
        var b = new RegistryBuilder(db);
        var a = b.Estate("东园");
        var bb = b.Estate("西园");
        await b.SaveAsync();
        return new World(t, a.Id, bb.Id, fx.Api.Client(TestTokens.CompanyAdmin(t.Slug)));
    }

    private const string YearQuery = "query($e: ID, $y: Int!) { workingCalendar(estateId: $e, year: $y) { estateId year timeZone workStart workEnd estateHours officialSchedule notice workingDays days { date working source name overrideId } } }";

    private static async Task<JsonNode?> YearAsync(GraphQLClient c, Guid? estate, int year) =>
        (await c.PostAsync(YearQuery, new { e = estate, y = year })).AssertNoErrors().Data["workingCalendar"];

    private static async Task<JsonNode> AddDayAsync(GraphQLClient c, Guid? estate, string date, bool working, string? note = null) =>
        (await c.PostAsync("mutation($e: ID, $d: DateOnly!, $w: Boolean!, $n: String) { addCalendarDay(input: {estateId: $e, date: $d, working: $w, note: $n}) { day { id estateId date working note } errors { __typename code field message } } }",
            new { e = estate, d = date, w = working, n = note })).AssertNoErrors().Data["addCalendarDay"]!;

    private static JsonNode? Day(JsonNode year, string date) => year["days"]!.AsArray().SingleOrDefault(d => d!["date"]!.GetValue<string>() == date);

    private async Task<WorkingCalendar> CalendarAsync(World w, Guid estate)
    {
        await using var db = fx.Api.Open(w.Tenant);
        return await fx.Api.Get<IWorkingCalendars>().ForEstateAsync(db, estate, default);
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task The_year_lists_official_holidays_and_make_up_days_and_says_when_a_year_has_no_schedule(string server)
    {
        var w = await WorldAsync(server);
        var y = (await YearAsync(w.Admin, w.EstateA, 2026))!;
        Assert.True(y["officialSchedule"]!.GetValue<bool>());
        Assert.Equal("Asia/Shanghai", y["timeZone"]!.GetValue<string>());
        Assert.Equal("08:30", y["workStart"]!.GetValue<string>());
        Assert.Equal("17:30", y["workEnd"]!.GetValue<string>());
        Assert.Equal("OFFICIAL", Day(y, "2026-10-01")!["source"]!.GetValue<string>());
        Assert.False(Day(y, "2026-10-01")!["working"]!.GetValue<bool>());
        Assert.True(Day(y, "2026-10-10")!["working"]!.GetValue<bool>());
        // 261 weekdays − 19 weekday holidays + 6 make-up days = 248 (the same count from chinese-days).
        Assert.Equal(248, y["workingDays"]!.GetValue<int>());

        var y27 = (await YearAsync(w.Admin, w.EstateA, 2027))!;
        Assert.False(y27["officialSchedule"]!.GetValue<bool>());
        Assert.Null(y27["notice"]);
        Assert.Empty(y27["days"]!.AsArray());
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Company_days_apply_to_every_estate_and_estate_days_to_their_estate_only(string server)
    {
        var w = await WorldAsync(server);
        // The company takes Friday 27 Nov off (公司年会); estate A works on Saturday 28 Nov.
        var company = await AddDayAsync(w.Admin, null, "2026-11-27", working: false, "公司年会");
        Assert.Empty(company["errors"]!.AsArray());
        var estate = await AddDayAsync(w.Admin, w.EstateA, "2026-11-28", working: true, "集中收费日");
        Assert.Empty(estate["errors"]!.AsArray());
        // Estate B declares the official holiday 1 Oct a working day.
        Assert.Empty((await AddDayAsync(w.Admin, w.EstateB, "2026-10-01", working: true))["errors"]!.AsArray());

        var a = (await YearAsync(w.Admin, w.EstateA, 2026))!;
        Assert.Equal("COMPANY", Day(a, "2026-11-27")!["source"]!.GetValue<string>());
        Assert.Equal("公司年会", Day(a, "2026-11-27")!["name"]!.GetValue<string>());
        Assert.Equal("ESTATE", Day(a, "2026-11-28")!["source"]!.GetValue<string>());
        Assert.Equal("OFFICIAL", Day(a, "2026-10-01")!["source"]!.GetValue<string>());
        var c = (await YearAsync(w.Admin, null, 2026))!;
        Assert.Null(Day(c, "2026-11-28"));
        Assert.Equal("COMPANY", Day(c, "2026-11-27")!["source"]!.GetValue<string>());

        // Deadlines follow: a complaint on Thu 26 Nov 10:00 + 1 WD in estate A: Fri is off, Sat is worked.
        var calA = await CalendarAsync(w, w.EstateA);
        var at = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(8));
        Assert.Equal(new DateTimeOffset(2026, 11, 28, 17, 30, 0, TimeSpan.FromHours(8)), calA.AddWorkingDays(at, 1));
        var calB = await CalendarAsync(w, w.EstateB);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 30, 0, TimeSpan.FromHours(8)), calB.AddWorkingDays(at, 1));
        Assert.True(calB.IsWorkingDay(new DateOnly(2026, 10, 1)));
        Assert.False(calA.IsWorkingDay(new DateOnly(2026, 10, 1)));

        // Removing the estate's day gives the date back to the company/official schedule.
        var id = Day(a, "2026-11-28")!["overrideId"]!.GetValue<string>();
        var removed = (await w.Admin.PostAsync("mutation($i: ID!) { removeCalendarDay(input: {id: $i}) { day { id } errors { __typename } } }", new { i = id })).AssertNoErrors().Data["removeCalendarDay"]!;
        Assert.Empty(removed["errors"]!.AsArray());
        Assert.False((await CalendarAsync(w, w.EstateA)).IsWorkingDay(new DateOnly(2026, 11, 28)));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Estate_hours_and_the_company_time_zone_move_deadlines(string server)
    {
        var w = await WorldAsync(server);
        var set = (await w.Admin.PostAsync("mutation($e: ID) { setWorkingHours(input: {estateId: $e, workStart: \"09:00\", workEnd: \"18:00\"}) { calendar { workStart workEnd estateHours } errors { __typename } } }", new { e = w.EstateA })).AssertNoErrors().Data["setWorkingHours"]!;
        Assert.Empty(set["errors"]!.AsArray());
        Assert.True(set["calendar"]!["estateHours"]!.GetValue<bool>());
        var calA = await CalendarAsync(w, w.EstateA);
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(18, 0)), (calA.WorkStart, calA.WorkEnd));
        Assert.Equal(new TimeOnly(17, 30), (await CalendarAsync(w, w.EstateB)).WorkEnd);

        // No hours for the estate: it follows the company again.
        await w.Admin.PostAsync("mutation($e: ID) { setWorkingHours(input: {estateId: $e}) { errors { __typename } } }", new { e = w.EstateA });
        Assert.Equal(new TimeOnly(17, 30), (await CalendarAsync(w, w.EstateA)).WorkEnd);

        var tz = (await w.Admin.PostAsync("mutation { setCalendarTimeZone(input: {timeZone: \"Asia/Urumqi\"}) { calendar { timeZone } errors { __typename } } }")).AssertNoErrors().Data["setCalendarTimeZone"]!;
        Assert.Equal("Asia/Urumqi", tz["calendar"]!["timeZone"]!.GetValue<string>());
        // 17:30 in Ürümqi (UTC+6) is 19:30 in Beijing.
        var cal = await CalendarAsync(w, w.EstateB);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 17, 30, 0, TimeSpan.FromHours(6)), cal.AddWorkingDays(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(6)), 0));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Bad_input_is_a_typed_localised_error_and_changes_nothing(string server)
    {
        var w = await WorldAsync(server);
        Assert.Empty((await AddDayAsync(w.Admin, w.EstateA, "2026-12-24", working: false, "平安夜"))["errors"]!.AsArray());
        var twice = await AddDayAsync(w.Admin, w.EstateA, "2026-12-24", working: true);
        Assert.Equal("CalendarDayAlreadyOverridden", twice["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Contains("2026-12-24", twice["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Null(twice["day"]);

        var en = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug), language: "en");
        var hours = (await en.PostAsync("mutation { setWorkingHours(input: {workStart: \"18:00\", workEnd: \"08:30\"}) { calendar { workEnd } errors { __typename field message } } }")).AssertNoErrors().Data["setWorkingHours"]!;
        Assert.Equal("InvalidInput", hours["errors"]![0]!["__typename"]!.GetValue<string>());
        Assert.Equal("Working hours must end after they start.", hours["errors"]![0]!["message"]!.GetValue<string>());
        var format = (await w.Admin.PostAsync("mutation { setWorkingHours(input: {workStart: \"8h\", workEnd: \"17:30\"}) { errors { __typename field } } }")).AssertNoErrors().Data["setWorkingHours"]!;
        Assert.Equal("workStart", format["errors"]![0]!["field"]!.GetValue<string>());
        var zone = (await w.Admin.PostAsync("mutation { setCalendarTimeZone(input: {timeZone: \"Mars/Olympus\"}) { errors { __typename field } } }")).AssertNoErrors().Data["setCalendarTimeZone"]!;
        Assert.Equal("timeZone", zone["errors"]![0]!["field"]!.GetValue<string>());
        var year = await w.Admin.PostAsync(YearQuery, new { e = w.EstateA, y = 1066 });
        Assert.Equal("VALIDATION", year.FirstErrorCode);

        await using var db = fx.Api.Open(w.Tenant);
        var day = await db.CalendarDayOverrides.SingleAsync();
        Assert.False(day.Working);
        var s = await db.CalendarSettings.SingleAsync();
        Assert.Equal((CalendarSettings.DefaultTimeZone, new TimeOnly(8, 30), new TimeOnly(17, 30)), (s.TimeZone, s.WorkStart, s.WorkEnd));
    }

    [Theory, MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Only_company_admins_edit_and_staff_see_their_own_estates_only(string server)
    {
        var w = await WorldAsync(server);
        var staffA = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["estate_manager"], [w.EstateA]));
        Assert.NotNull(await YearAsync(staffA, w.EstateA, 2026));
        Assert.NotNull(await YearAsync(staffA, null, 2026));
        Assert.Null(await YearAsync(staffA, w.EstateB, 2026));
        var edit = await staffA.PostAsync("mutation($e: ID) { addCalendarDay(input: {estateId: $e, date: \"2026-12-24\", working: false}) { errors { __typename } } }", new { e = w.EstateA });
        Assert.Equal("FORBIDDEN", edit.FirstErrorCode);

        // Another company's calendar is its own: a day added there changes nothing here.
        var other = await WorldAsync(server);
        Assert.Empty((await AddDayAsync(other.Admin, null, "2026-12-01", working: false))["errors"]!.AsArray());
        Assert.True((await CalendarAsync(w, w.EstateA)).IsWorkingDay(new DateOnly(2026, 12, 1)));
        var foreignId = Day((await YearAsync(other.Admin, null, 2026))!, "2026-12-01")!["overrideId"]!.GetValue<string>();
        var remove = (await w.Admin.PostAsync("mutation($i: ID!) { removeCalendarDay(input: {id: $i}) { errors { __typename } } }", new { i = foreignId })).AssertNoErrors().Data["removeCalendarDay"]!;
        Assert.Equal("NotFound", remove["errors"]![0]!["__typename"]!.GetValue<string>());
    }
}
