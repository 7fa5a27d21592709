using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Collection;
using PropertySaaS.Api.Features.Notifications;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>The arrears detail list: ageing per household, stages by days overdue and contacts made, scope and roles.</summary>
public sealed class ArrearsListTests(CollectionFixture fx) : IClassFixture<CollectionFixture>
{
    [Theory]
    [InlineData(0, "CURRENT")]
    [InlineData(3, "OVERDUE")]
    [InlineData(7, "SMS_REMINDER")]
    [InlineData(15, "CALL")]
    [InlineData(30, "WRITTEN_NOTICE")]
    [InlineData(60, "ESCALATED")]
    [InlineData(90, "LEGAL_REVIEW")]
    public void Stages_follow_days_overdue_when_every_contact_was_made(int days, string expected)
    {
        var all = new HashSet<ContactChannel>(Enum.GetValues<ContactChannel>());
        var (stage, due) = ArrearsStages.Of(days, days == 0 ? 0 : 100m, all);
        Assert.Equal(expected, string.Concat(stage.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant());
        Assert.False(due);
    }

    [Fact]
    public void A_contact_step_not_made_is_not_skipped()
    {
        Assert.Equal((ArrearsStage.SmsReminder, true), ArrearsStages.Of(40, 100m, new HashSet<ContactChannel>()));
        Assert.Equal((ArrearsStage.Call, true), ArrearsStages.Of(40, 100m, new HashSet<ContactChannel> { ContactChannel.Sms }));
        Assert.Equal((ArrearsStage.WrittenNotice, false), ArrearsStages.Of(40, 100m, new HashSet<ContactChannel> { ContactChannel.Sms, ContactChannel.Call, ContactChannel.Letter }));
    }

    [Fact]
    public async Task The_list_ages_each_household_and_filters_by_days_and_search()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(w.Tenant);
        await db.BillAsync(w.U101, "2026-01", 100m, w.Today.AddDays(-65));
        await db.BillAsync(w.U101, "2026-02", 50m, w.Today.AddDays(-20));
        await db.BillAsync(w.U102, "2026-02", 80m, w.Today.AddDays(-8));
        await db.BillAsync(w.U103, "2026-03", 70m, w.Today.AddDays(5)); // not due yet
        await db.BillAsync(w.U201, "2026-01", 999m, w.Today.AddDays(-100)); // other estate

        var rows = await w.Admin.ArrearsAsync(w.EstateId);
        Assert.Equal(3, rows.TotalCount);
        var first = rows.Nodes[0];
        Assert.Equal("1栋101", first.UnitLabel);
        Assert.Equal("张三", first.OwnerName);
        Assert.Equal(100m, first.Days60);
        Assert.Equal(50m, first.Current);
        Assert.Equal(150m, first.Overdue);
        Assert.Equal(65, first.DaysOverdue);
        Assert.Equal("SMS_REMINDER", first.Stage); // 65 days, but nobody has been contacted yet
        Assert.True(first.ActionDue);
        Assert.Equal("SMS_REMINDER", rows.Nodes[1].Stage);
        Assert.Equal("CURRENT", rows.Nodes[2].Stage);

        Assert.Equal(1, (await w.Admin.ArrearsAsync(w.EstateId, minDaysOverdue: 10)).TotalCount);
        Assert.Equal("102", (await w.Admin.ArrearsAsync(w.EstateId, search: "李四")).Nodes[0].Unit.Number);
        Assert.Equal(1, (await w.Admin.ArrearsAsync(w.EstateId, search: "103")).TotalCount);

        // Contacts made move the household along: SMS and call done → written notice due at 65 days.
        foreach (var ch in new[] { ContactChannel.Sms, ContactChannel.Call })
            db.Add(new ArrearsReminder { UnitId = w.U101, EstateId = w.EstateId, Channel = ch, TemplateCode = "t", Text = "t", CreatedBy = "t", Status = ReminderStatus.Sent, SentAt = DateTime.UtcNow, ScheduledFor = DateTime.UtcNow, CreatedAt = DateTime.UtcNow });
        await db.SaveChangesAsync();
        var after = (await w.Admin.ArrearsAsync(w.EstateId)).Nodes[0];
        Assert.Equal("WRITTEN_NOTICE", after.Stage);
        Assert.Equal(2, after.RemindersSent);
    }

    [Fact]
    public async Task The_daily_escalation_queues_each_households_due_step_once()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(w.Tenant);
        await db.BillAsync(w.U101, "2026-01", 100m, w.Today.AddDays(-9));
        await db.BillAsync(w.U102, "2026-01", 100m, w.Today.AddDays(-3));
        await w.EnqueueAsync<EscalationJob>(fx.Api);
        await w.EnqueueAsync<EscalationJob>(fx.Api);
        await CollectionWorld.RunJobsAsync(fx.Api);
        var reminders = await db.Set<ArrearsReminder>().ToListAsync();
        var r = Assert.Single(reminders);
        Assert.Equal((w.U101, ContactChannel.Sms, "system"), (r.UnitId, r.Channel, r.CreatedBy));
        Assert.True(ContactWindows.IsAllowed(ContactChannel.Sms, r.ScheduledFor));
    }

    [Fact]
    public async Task Residents_and_other_roles_are_refused_and_other_scopes_see_nothing()
    {
        var w = await CollectionWorld.CreateAsync(fx.Api);
        var other = await CollectionWorld.CreateAsync(fx.Api);
        await using var db = fx.Api.Open(w.Tenant);
        await db.BillAsync(w.U101, "2026-01", 100m, w.Today.AddDays(-9));
        var owner = await db.Ownerships.Where(o => o.UnitId == w.U101).Select(o => o.PersonId).SingleAsync();

        foreach (var token in new[] { TestTokens.For(w.Tenant.Slug, ["resident"], person: owner), TestTokens.For(w.Tenant.Slug, ["engineer"], [w.EstateId]) })
        {
            var c = fx.Api.Client(token);
            Assert.Equal("FORBIDDEN", (await c.PostAsync(CollectionBuilder.Arrears, new { e = w.EstateId })).FirstErrorCode);
            Assert.Equal("FORBIDDEN", (await c.PostAsync("query($u: ID!) { arrearsReminders(unitId: $u) { id } }", new { u = w.U101 })).FirstErrorCode);
            Assert.Equal("FORBIDDEN", (await c.PostAsync("mutation($e: ID!) { sendArrearsReminders(input: {estateId: $e}) { queued } }", new { e = w.EstateId })).FirstErrorCode);
        }
        foreach (var token in new[] { TestTokens.CompanyAdmin(other.Tenant.Slug), TestTokens.For(w.Tenant.Slug, ["cs_specialist"], [w.OtherEstateId]) })
        {
            var c = fx.Api.Client(token);
            Assert.Equal(0, (await c.ArrearsAsync(w.EstateId)).TotalCount);
            Assert.Equal("NOT_FOUND", (await c.SendArrearsRemindersAsync(w.EstateId)).Errors[0].Code);
        }
        var specialist = fx.Api.Client(TestTokens.For(w.Tenant.Slug, ["cs_specialist"], [w.EstateId]));
        Assert.Equal(1, (await specialist.ArrearsAsync(w.EstateId)).TotalCount);
        Assert.Equal(0, await db.Set<ArrearsReminder>().CountAsync());
    }
}
