using PropertySaaS.Api.Features.Calendar;
using PropertySaaS.Api.Features.ServiceDesk;
using K = PropertySaaS.Api.Features.ServiceDesk.ServiceDeadlineKind;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>
/// The desk's limits on the interim calendar (weekends only, Asia/Shanghai, 08:30–17:30): pure, instants in and out.
/// Friday 2026-12-11 is a working day, the weekend follows, Monday 2026-12-14 resumes. Holiday scenarios belong to the
/// calendar's own tests.
/// </summary>
public sealed class ServiceDeadlinesTests
{
    private static readonly WorkingCalendar Calendar = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"),
        new TimeOnly(8, 30), new TimeOnly(17, 30), new HashSet<DateOnly>(), new HashSet<DateOnly>());

    /// <summary>A Shanghai wall-clock time as UTC.</summary>
    private static DateTime Cst(int month, int day, int hour, int minute = 0) => new DateTime(2026, month, day, hour, minute, 0, DateTimeKind.Utc).AddHours(-8);

    private static Dictionary<K, DateTime> Limits(ServiceRequestType type, ServiceChannel channel, RepairUrgency? urgency, DateTime received, DateTime? appointment = null) =>
        ServiceDeadlines.AtIntake(type, channel, urgency, received, appointment, Calendar).ToDictionary(l => l.Kind, l => l.Due);

    [Fact]
    public void An_ordinary_repair_on_friday_afternoon_gets_its_appointment_hour_on_monday_and_its_visit_within_24_hours()
    {
        var l = Limits(ServiceRequestType.Repair, ServiceChannel.Phone, RepairUrgency.Ordinary, Cst(12, 11, 16, 30));
        Assert.Equal(Cst(12, 14, 9, 30), l[K.Appointment]); // one working hour on Friday, one on Monday
        Assert.Equal(Cst(12, 12, 16, 30), l[K.OnSite]);     // 24 clock hours, weekend or not
        Assert.Equal(Cst(12, 16, 17, 30), l[K.Completion]); // Friday is day 0; Mon, Tue, Wed
        Assert.Equal([K.Appointment, K.OnSite, K.Completion], l.Keys.Order());
    }

    [Fact]
    public void An_ordinary_repair_with_a_chosen_visit_time_is_due_on_site_at_that_time()
    {
        var l = Limits(ServiceRequestType.Repair, ServiceChannel.ResidentPortal, RepairUrgency.Ordinary, Cst(12, 11, 10), Cst(12, 15, 14));
        Assert.Equal(Cst(12, 15, 14), l[K.OnSite]);
    }

    [Fact]
    public void An_emergency_on_saturday_night_is_due_in_minutes_around_the_clock()
    {
        var l = Limits(ServiceRequestType.Repair, ServiceChannel.Phone, RepairUrgency.Emergency, Cst(12, 12, 3));
        Assert.Equal(Cst(12, 12, 3, 10), l[K.Acknowledge]);
        Assert.Equal(Cst(12, 12, 3, 30), l[K.OnSite]);
        // Received on a non-working day: Monday is day 0.
        Assert.Equal(Cst(12, 17, 17, 30), l[K.Completion]);
    }

    [Theory]
    [InlineData(ServiceChannel.Phone, 11, 16, 30, 12, 12, 0, 0)]   // in hours on Friday: by the end of that day
    [InlineData(ServiceChannel.WalkIn, 11, 8, 0, 12, 12, 0, 0)]    // before opening on a working day: still that day
    [InlineData(ServiceChannel.Phone, 11, 18, 0, 12, 14, 17, 30)]  // after closing on Friday: end of Monday
    [InlineData(ServiceChannel.ResidentPortal, 12, 10, 0, 12, 14, 17, 30)] // online on Saturday: the day work resumes
    [InlineData(ServiceChannel.Letter, 11, 16, 30, 12, 15, 17, 30)] // written: 2 working days, Friday is day 0
    [InlineData(ServiceChannel.Email, 11, 18, 0, 12, 16, 17, 30)]  // e-mail after closing: Monday is day 0
    public void A_complaint_is_answered_the_same_day_or_within_two_working_days_when_written(ServiceChannel channel,
        int day, int hour, int minute, int dueMonth, int dueDay, int dueHour, int dueMinute)
    {
        var l = Limits(ServiceRequestType.Complaint, channel, null, Cst(12, day, hour, minute));
        Assert.Equal(Cst(dueMonth, dueDay, dueHour, dueMinute), Assert.Single(l).Value);
    }

    [Fact]
    public void Inquiries_are_answered_by_the_next_working_day_and_praise_runs_no_clock()
    {
        Assert.Equal(Cst(12, 14, 17, 30), Limits(ServiceRequestType.Inquiry, ServiceChannel.Phone, null, Cst(12, 11, 10))[K.Reply]);
        Assert.Empty(Limits(ServiceRequestType.Praise, ServiceChannel.Phone, null, Cst(12, 11, 10)));
    }

    [Fact]
    public void Return_visits_follow_completion_by_24_hours_for_repairs_and_3_working_days_for_complaints()
    {
        Assert.Equal(Cst(12, 12, 16), ServiceDeadlines.ReturnVisitDue(ServiceRequestType.Repair, Cst(12, 11, 16), Calendar));
        Assert.Equal(Cst(12, 16, 17, 30), ServiceDeadlines.ReturnVisitDue(ServiceRequestType.Complaint, Cst(12, 11, 16), Calendar));
        Assert.Null(ServiceDeadlines.ReturnVisitDue(ServiceRequestType.Inquiry, Cst(12, 11, 16), Calendar));
    }

    [Fact]
    public void A_limit_is_on_time_then_due_soon_in_its_last_quarter_then_overdue_and_stops_counting_once_met()
    {
        var r = new ServiceRequest { Number = "x", Description = "x" };
        var d = ServiceDeadlines.Row(r, K.OnSite, Cst(12, 12, 3), Cst(12, 12, 3, 40));
        Assert.Equal(SlaState.OnTime, ServiceDeadlines.State(d, Cst(12, 12, 3, 29)));
        Assert.Equal(SlaState.DueSoon, ServiceDeadlines.State(d, Cst(12, 12, 3, 30)));
        Assert.Equal(SlaState.Overdue, ServiceDeadlines.State(d, Cst(12, 12, 3, 40)));
        d.MetAt = Cst(12, 12, 3, 35);
        Assert.Equal(SlaState.OnTime, ServiceDeadlines.State(d, Cst(12, 12, 4)));
    }
}
