using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Collection;
using PropertySaaS.Api.Features.Notifications;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>Contact windows (communications.md §2.3) and arrears reminders through the API and the reminder job.</summary>
public sealed class ReminderTests(CollectionFixture fx) : IClassFixture<CollectionFixture>
{
    private static DateTime Local(int y, int m, int d, int h, int min = 0) => ContactWindows.ToUtc(new DateTime(y, m, d, h, min, 0));

    [Fact]
    public void Sms_outside_its_window_moves_to_the_next_1430()
    {
        // 2026-12-01 is a Tuesday.
        Assert.Equal(Local(2026, 12, 1, 14, 30), ContactWindows.NextAllowed(ContactChannel.Sms, Local(2026, 12, 1, 9, 0)));
        Assert.Equal(Local(2026, 12, 2, 14, 30), ContactWindows.NextAllowed(ContactChannel.Sms, Local(2026, 12, 1, 23, 0)));
        Assert.Equal(Local(2026, 12, 2, 14, 30), ContactWindows.NextAllowed(ContactChannel.Sms, Local(2026, 12, 1, 20, 30)));
        Assert.Equal(Local(2026, 12, 1, 15, 0), ContactWindows.NextAllowed(ContactChannel.Sms, Local(2026, 12, 1, 15, 0)));
        Assert.True(ContactWindows.IsAllowed(ContactChannel.Sms, Local(2026, 12, 5, 15, 0))); // SMS on a Saturday is fine
    }

    [Fact]
    public void Calls_start_at_1000_or_1430_on_working_days_and_skip_lunch_and_weekends()
    {
        Assert.Equal(Local(2026, 12, 1, 10, 0), ContactWindows.NextAllowed(ContactChannel.Call, Local(2026, 12, 1, 7, 30)));
        Assert.Equal(Local(2026, 12, 1, 14, 30), ContactWindows.NextAllowed(ContactChannel.Call, Local(2026, 12, 1, 12, 30)));
        Assert.Equal(Local(2026, 12, 7, 10, 0), ContactWindows.NextAllowed(ContactChannel.Call, Local(2026, 12, 5, 11, 0))); // Saturday → Monday
        Assert.Equal(Local(2026, 12, 2, 10, 0), ContactWindows.NextAllowed(ContactChannel.Call, Local(2026, 12, 1, 18, 0)));
    }

    [Fact]
    public void No_channel_is_ever_open_before_0700_after_2200_or_at_lunch()
    {
        for (var t = Local(2026, 11, 30, 0, 0); t < Local(2026, 12, 7, 0, 0); t = t.AddMinutes(15))
        {
            var local = ContactWindows.ToLocal(t).TimeOfDay;
            var closed = local < TimeSpan.FromHours(7) || local >= TimeSpan.FromHours(22) || (local >= TimeSpan.FromHours(12) && local < TimeSpan.FromHours(13.5));
            foreach (var channel in Enum.GetValues<ContactChannel>())
            {
                if (closed) Assert.False(ContactWindows.IsAllowed(channel, t), $"{channel} open at {ContactWindows.ToLocal(t)}");
                Assert.True(ContactWindows.IsAllowed(channel, ContactWindows.NextAllowed(channel, t)));
            }
        }
    }

    [Fact]
    public async Task A_reminder_asked_for_at_0900_goes_out_at_1430_once_to_the_owners_phone()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using (var db = fx.Api.Open(w.Tenant))
            await db.BillAsync(w.U101, "2026-01", 321.5m, w.Today.AddDays(-10));
        try
        {
            fx.Api.Clock.SetLocal(w.Today, 9);
            var r = await w.Admin.SendArrearsRemindersAsync(w.EstateId, [w.U101]);
            Assert.Empty(r.Errors);
            Assert.Equal(1, r.Queued);
            Assert.Equal(ContactWindows.ToUtc(w.Today.ToDateTime(new TimeOnly(14, 30))), r.ScheduledFor!.Value.ToUniversalTime());
            // Pressing again before it went out queues nothing more.
            Assert.Equal(0, (await w.Admin.SendArrearsRemindersAsync(w.EstateId, [w.U101])).Queued);

            var before = fx.Api.Sender.Sent.Count(m => m.TenantSlug == w.Tenant.Slug);
            await w.EnqueueAsync<ReminderJob>(fx.Api);
            await CollectionWorld.RunJobsAsync(fx.Api);
            Assert.Equal(before, fx.Api.Sender.Sent.Count(m => m.TenantSlug == w.Tenant.Slug)); // 09:00: not yet

            fx.Api.Clock.SetLocal(w.Today, 14, 31);
            await w.EnqueueAsync<ReminderJob>(fx.Api);
            await w.EnqueueAsync<ReminderJob>(fx.Api);
            await CollectionWorld.RunJobsAsync(fx.Api);
            var sent = fx.Api.Sender.Sent.Where(m => m.TenantSlug == w.Tenant.Slug).ToList();
            var sms = Assert.Single(sent);
            Assert.Equal(ContactChannel.Sms, sms.Channel);
            Assert.Equal("13800001000", sms.Recipient);
            Assert.Contains("1栋101", sms.Text);
            Assert.Contains("321.50元", sms.Text);
            Assert.DoesNotContain("张三", sms.Text); // no names in texts
            Assert.Equal(NotificationTemplates.ArrearsSms.Code, sms.TemplateCode);

            var list = await w.Admin.ArrearsRemindersAsync(w.U101);
            Assert.Single(list);
            Assert.Equal("SENT", list[0].Status);
            Assert.Equal("test-user", list[0].CreatedBy);
        }
        finally { fx.Api.Clock.Fixed = null; }
    }

    [Fact]
    public async Task A_household_that_paid_before_the_window_gets_no_reminder()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(w.Tenant);
        await db.BillAsync(w.U102, "2026-01", 100m, w.Today.AddDays(-10));
        try
        {
            fx.Api.Clock.SetLocal(w.Today, 9);
            Assert.Equal(1, (await w.Admin.SendArrearsRemindersAsync(w.EstateId, [w.U102])).Queued);
            db.LedgerEntries.Add(new Api.Features.Billing.LedgerEntry { UnitId = w.U102, Kind = Api.Features.Billing.LedgerEntryKind.Payment, Amount = -100m, CreatedBy = "desk", CreatedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
            fx.Api.Clock.SetLocal(w.Today, 15);
            await w.EnqueueAsync<ReminderJob>(fx.Api);
            await CollectionWorld.RunJobsAsync(fx.Api);
            Assert.DoesNotContain(fx.Api.Sender.Sent, m => m.TenantSlug == w.Tenant.Slug);
            Assert.Equal(ReminderStatus.Cancelled, (await db.Set<ArrearsReminder>().SingleAsync()).Status);
        }
        finally { fx.Api.Clock.Fixed = null; }
    }

    [Fact]
    public async Task Units_without_overdue_amounts_or_outside_the_estate_are_refused_and_nothing_is_queued()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        var en = fx.Api.Client(TestTokens.CompanyAdmin(w.Tenant.Slug), language: "en");
        var none = await en.SendArrearsRemindersAsync(w.EstateId, [w.U101]);
        Assert.Equal("NoArrears", none.Errors[0].Typename);
        Assert.Equal("The chosen units have no overdue amount.", none.Errors[0].Message);
        var foreign = await en.SendArrearsRemindersAsync(w.EstateId, [w.U201]);
        Assert.Equal("NOT_FOUND", foreign.Errors[0].Code);
        await using var db = fx.Api.Open(w.Tenant);
        Assert.Equal(0, await db.Set<ArrearsReminder>().CountAsync());
    }

    [Fact]
    public async Task A_reminder_job_sends_only_for_the_company_its_key_names()
    {
        var mine = await CollectionWorld.CreateAsync(fx.Api);
        var other = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(mine.Tenant);
        await db.BillAsync(mine.U101, "2026-01", 100m, mine.Today.AddDays(-10));
        db.Add(new ArrearsReminder { UnitId = mine.U101, EstateId = mine.EstateId, Channel = ContactChannel.Letter, TemplateCode = "t", Text = "x", CreatedBy = "t", ScheduledFor = DateTime.UtcNow.AddDays(-1), CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        var jobs = fx.Api.Get<Api.Jobs.TenantJobs>();
        // Job data cannot name a company: the job's key carries it, once.
        await Assert.ThrowsAsync<ArgumentException>(() => jobs.EnqueueAsync<ReminderJob>(other.Tenant.Slug, new Dictionary<string, string> { ["tenant"] = mine.Tenant.Slug }));
        await other.EnqueueAsync<ReminderJob>(fx.Api);
        await CollectionWorld.RunJobsAsync(fx.Api);
        Assert.DoesNotContain(fx.Api.Sender.Sent, m => m.TenantSlug == mine.Tenant.Slug || m.TenantSlug == other.Tenant.Slug);
    }
}
