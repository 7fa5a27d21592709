using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>Steps of the arrears process (billing.md §7.2).</summary>
public enum ArrearsStage { Current, Overdue, SmsReminder, Call, WrittenNotice, Escalated, LegalReview }

/// <summary>
/// The arrears process by days past the oldest unpaid due date: SMS at 7 days, call at 15, written notice at 30,
/// escalation to the supervisor at 60, legal review at 90 (billing.md §7.2 suggested defaults). Legal review is a flag
/// only; nothing legal ever starts automatically.
/// </summary>
public static class ArrearsStages
{
    public static readonly (ArrearsStage Stage, int FromDays, ContactChannel? Channel)[] Steps =
    [
        (ArrearsStage.SmsReminder, 7, ContactChannel.Sms),
        (ArrearsStage.Call, 15, ContactChannel.Call),
        (ArrearsStage.WrittenNotice, 30, ContactChannel.Letter),
        (ArrearsStage.Escalated, 60, null),
        (ArrearsStage.LegalReview, 90, null),
    ];

    public static ArrearsStage ByDays(int daysOverdue, decimal overdue)
    {
        if (overdue <= 0) return ArrearsStage.Current;
        var stage = ArrearsStage.Overdue;
        foreach (var s in Steps) if (daysOverdue >= s.FromDays) stage = s.Stage;
        return stage;
    }

    /// <summary>
    /// The step a household is at: the first contact step whose day has come but which has not been made in this
    /// arrears episode (steps are not skipped), else the step its days reach.
    /// </summary>
    public static (ArrearsStage Stage, bool ActionDue) Of(int daysOverdue, decimal overdue, IReadOnlySet<ContactChannel> contactedThisEpisode)
    {
        var byDays = ByDays(daysOverdue, overdue);
        if (byDays == ArrearsStage.Current) return (byDays, false);
        foreach (var s in Steps)
            if (daysOverdue >= s.FromDays && s.Channel is { } ch && !contactedThisEpisode.Contains(ch)) return (s.Stage, true);
        return (byDays, false);
    }

    public static ContactChannel? ChannelOf(ArrearsStage stage) => Steps.FirstOrDefault(s => s.Stage == stage).Channel;
}

/// <summary>One household of the arrears detail list (拖欠款明细表).</summary>
public sealed record ArrearsRow(
    Unit Unit, string UnitLabel, string? OwnerName, ArrearsAgeing Ageing, int DaysOverdue, ArrearsStage Stage, bool ActionDue,
    int RemindersSent, DateTime? LastReminderAt, ContactChannel? LastReminderChannel);

/// <summary>
/// Builds the arrears list of an estate in a fixed number of queries (units, owners, bills, ledger entries,
/// reminders), whatever the number of units: the ledger maths is <see cref="ArrearsService.Account"/>.
/// </summary>
public static class ArrearsList
{
    /// <summary>Days overdue and periods are counted in the company's local date (Asia/Shanghai).</summary>
    public static DateOnly Today(RequestContext rc) => ContactWindows.LocalDate(rc.Now);

    /// <summary>
    /// The arrears detail list as staff read it: households of a visible estate that owe money (at least
    /// <paramref name="minDaysOverdue"/> days overdue, matching <paramref name="search"/> on unit or owner), most overdue first.
    /// An estate not the caller's reads like an estate without arrears.
    /// </summary>
    public static async Task<List<ArrearsRow>> SearchAsync(RequestContext rc, Guid estateId, int? minDaysOverdue, string? search, CancellationToken ct)
    {
        var rows = await RegistryScope.EstateVisibleAsync(rc, estateId, ct) ? await ForEstateAsync(rc.Db, estateId, Today(rc), ct) : [];
        search = search?.Trim();
        return rows.Where(r => r.Ageing.Total > 0)
            .Where(r => minDaysOverdue is null || (r.Ageing.Overdue > 0 && r.DaysOverdue >= minDaysOverdue))
            .Where(r => string.IsNullOrEmpty(search) || r.UnitLabel.Contains(search) || r.Unit.Number.Contains(search) || (r.OwnerName?.Contains(search) ?? false))
            .OrderByDescending(r => r.DaysOverdue).ThenByDescending(r => r.Ageing.Overdue).ThenBy(r => r.UnitLabel, StringComparer.Ordinal).ThenBy(r => r.Unit.Id)
            .ToList();
    }

    public static async Task<List<ArrearsRow>> ForEstateAsync(TenantDbContext db, Guid estateId, DateOnly today, CancellationToken ct,
        IReadOnlyCollection<Guid>? unitIds = null)
    {
        var unitsQ = db.Units.AsNoTracking().Include(u => u.Building).Where(u => u.EstateId == estateId);
        if (unitIds is { Count: > 0 }) { var only = unitIds.ToList(); unitsQ = unitsQ.Where(u => only.Contains(u.Id)); }
        var units = await unitsQ.ToListAsync(ct);
        var owners = await CurrentOwnersAsync(db, estateId, today, ct);

        var bills = (await db.Bills.AsNoTracking().Where(b => b.EstateId == estateId)
                .Select(b => new { b.UnitId, Row = new ArrearsService.BillRow(b.Id, b.Period, b.Total, b.DueDate) }).ToListAsync(ct))
            .ToLookup(b => b.UnitId, b => b.Row);
        var entries = (await db.LedgerEntries.AsNoTracking().Where(e => db.Set<Registry.Unit>().Any(u => u.Id == e.UnitId && u.EstateId == estateId))
                .Select(e => new { e.UnitId, Row = new ArrearsService.EntryRow(e.BillId, e.Kind, e.Amount) }).ToListAsync(ct))
            .ToLookup(e => e.UnitId, e => e.Row);
        var reminders = (await db.Set<ArrearsReminder>().AsNoTracking()
                .Where(r => r.EstateId == estateId && r.Status != ReminderStatus.Failed && r.Status != ReminderStatus.Cancelled)
                .Select(r => new { r.UnitId, r.Channel, r.CreatedAt, r.SentAt }).ToListAsync(ct))
            .ToLookup(r => r.UnitId);

        var rows = new List<ArrearsRow>(units.Count);
        foreach (var u in units)
        {
            var account = ArrearsService.Account(u.Id, bills[u.Id], entries[u.Id]);
            var ageing = ArrearsService.Ageing(account, today);
            var oldestDue = account.Bills.Where(b => b.Open > 0 && b.DueDate < today).Select(b => (DateOnly?)b.DueDate).Min();
            var days = oldestDue is { } d ? today.DayNumber - d.DayNumber : 0;
            // The episode starts when the oldest unpaid bill fell due; contacts before that were about older arrears.
            var mine = reminders[u.Id].ToList();
            var contacted = oldestDue is { } od
                ? mine.Where(r => ContactWindows.LocalDate(r.CreatedAt) > od).Select(r => r.Channel).ToHashSet()
                : [];
            var (stage, due) = ArrearsStages.Of(days, ageing.Overdue, contacted);
            var last = mine.Where(r => r.SentAt is not null).MaxBy(r => r.SentAt);
            rows.Add(new ArrearsRow(u, Label(u), owners.GetValueOrDefault(u.Id)?.Name, ageing, days, stage, due,
                mine.Count(r => r.SentAt is not null), last?.SentAt, last?.Channel));
        }
        return rows;
    }

    public sealed record Owner(string Name, string Phone);

    /// <summary>The current owner of each unit of the estate with the largest share (the reminder's recipient).</summary>
    public static async Task<Dictionary<Guid, Owner>> CurrentOwnersAsync(TenantDbContext db, Guid? estateId, DateOnly today, CancellationToken ct,
        IReadOnlyCollection<Guid>? unitIds = null)
    {
        var q = db.Ownerships.AsNoTracking().Where(o => o.StartDate <= today && (o.EndDate == null || o.EndDate >= today));
        if (estateId is { } e) q = q.Where(o => o.Unit!.EstateId == e);
        if (unitIds is not null) { var only = unitIds.ToList(); q = q.Where(o => only.Contains(o.UnitId)); }
        var rows = await q.Select(o => new { o.UnitId, o.Share, o.StartDate, o.Person!.Name, o.Person.Phone }).ToListAsync(ct);
        return rows.GroupBy(o => o.UnitId).ToDictionary(g => g.Key,
            g => g.OrderByDescending(o => o.Share).ThenBy(o => o.StartDate).Select(o => new Owner(o.Name, o.Phone)).First());
    }

    /// <summary>"1栋101": building and unit number, as staff and residents say it.</summary>
    public static string Label(Unit u) => (u.Building?.Name ?? "") + u.Number;
}
