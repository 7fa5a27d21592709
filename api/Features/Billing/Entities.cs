using PropertySaaS.Api.Features.Registry;

using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing;

/// 收费项目 — a fee item of an estate (management fee, parking, deposit …).
public sealed class FeeItem
{
    public Guid Id { get; set; } = Ids.New();
    public Guid EstateId { get; set; }
    public required string Name { get; set; }
    public FeeKind Kind { get; set; }
    /// <summary>Unit usages the item applies to, comma-separated; empty = every usage.</summary>
    public string AppliesTo { get; set; } = "";
    /// <summary>For <see cref="FeeKind.Metered"/> items: the meter whose consumption is billed; null otherwise.</summary>
    public Metering.MeterKind? Meter { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<FeeRate> Rates { get; set; } = [];

    public IReadOnlyList<UnitUsage> Usages =>
        AppliesTo.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<UnitUsage>).ToList();

    public bool AppliesToUsage(UnitUsage usage) => AppliesTo.Length == 0 || Usages.Contains(usage);

    /// <summary>
    /// Adds a rate from a day (the rule of rate changes, in one place): the open rate before it ends the day before,
    /// unless a later rate already follows it; a rate whose dates overlap another is refused (RateOverlaps). Bills
    /// already issued keep the rate copied onto their lines.
    /// </summary>
    public FeeRate AddRate(decimal amount, DateOnly from, DateOnly? to)
    {
        var open = Rates.Where(r => r.EffectiveTo is null && r.EffectiveFrom < from).MaxBy(r => r.EffectiveFrom);
        var closes = open is not null && !Rates.Any(r => r.EffectiveFrom > open.EffectiveFrom && r.EffectiveFrom <= from);
        var end = to ?? DateOnly.MaxValue;
        bool Overlaps(FeeRate r) => r.EffectiveFrom <= end && from <= (closes && r == open ? from.AddDays(-1) : r.EffectiveTo ?? DateOnly.MaxValue);
        if (Rates.Any(Overlaps)) throw new RuleException(BillingErrors.RateOverlaps, "effectiveFrom");
        if (closes) open!.EffectiveTo = from.AddDays(-1);
        var rate = new FeeRate { FeeItemId = Id, Amount = amount, EffectiveFrom = from, EffectiveTo = to };
        Rates.Add(rate);
        return rate;
    }

    /// <summary>The rate in effect on a day; issued bills keep their own copy of it, so a later rate never changes them.</summary>
    public FeeRate? RateOn(DateOnly day) => Rates
        .Where(r => r.EffectiveFrom <= day && (r.EffectiveTo is null || r.EffectiveTo >= day))
        .OrderByDescending(r => r.EffectiveFrom).FirstOrDefault();
}

/// <summary>How a fee item is charged. The monthly run bills <see cref="ManagementPerArea"/> (㎡ × rate), <see cref="FixedMonthly"/>
/// (1 × rate), <see cref="Metered"/> (the month's meter consumption × rate) and <see cref="Parking"/> (1 × rate, parking units only).</summary>
public enum FeeKind { ManagementPerArea, FixedMonthly, Metered, Parking, OneOff, Deposit }

/// 收费标准 — an effective-dated rate of a fee item (CNY per ㎡ per month, or per month).
public sealed class FeeRate
{
    public Guid Id { get; set; } = Ids.New();
    public Guid FeeItemId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
}

/// 月度出账 — one monthly billing run of an estate for a period ("2026-11").
public sealed class BillingRun
{
    public Guid Id { get; set; } = Ids.New();
    public Guid EstateId { get; set; }
    public required string Period { get; set; }
    public BillingRunStatus Status { get; set; } = BillingRunStatus.Queued;
    public int TotalUnits { get; set; }
    public int ProcessedUnits { get; set; }
    public int BillsCreated { get; set; }
    public string? Error { get; set; }
    public required string RequestedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? StartedAt { get; set; }
    public DateTime? FinishedAt { get; set; }

    /// <summary>
    /// Starting the period again: a failed run is queued again (its job must be stored anew, true); a queued, running
    /// or completed run stays as it is (false: nothing new to do, nobody is billed twice).
    /// </summary>
    public bool Restart()
    {
        if (Status != BillingRunStatus.Failed) return false;
        MoveTo(BillingRunStatus.Queued);
        Error = null;
        return true;
    }

    /// <summary>The runner takes the run; a run already running (its worker crashed) resumes without a move.</summary>
    public void Start()
    {
        if (Status != BillingRunStatus.Running) MoveTo(BillingRunStatus.Running);
        Error = null;
    }

    /// <summary>The run stopped (its job could not be stored, or the runner failed); the error is kept for the operator.</summary>
    public void Fail(string error)
    {
        MoveTo(BillingRunStatus.Failed);
        Error = ErrorText(error);
    }

    /// <summary>An error as stored (the column holds 1,000 characters).</summary>
    public static string ErrorText(string error) => error.Length > 1000 ? error[..1000] : error;

    private void MoveTo(BillingRunStatus to)
    {
        BillingRunTransitions.Table.Ensure(Status, to);
        Status = to;
    }
}

public enum BillingRunStatus { Queued, Running, Completed, Failed }

/// <summary>
/// A billing run's states: queued by startBillingRun, taken by the runner, completed or failed; a failed run is queued
/// again by starting its period again, or taken again by the job queue's retry (it resumes after the billed units).
/// </summary>
public static class BillingRunTransitions
{
    public static readonly TransitionTable<BillingRunStatus> Table = new(new Dictionary<BillingRunStatus, BillingRunStatus[]>
    {
        [BillingRunStatus.Queued] = [BillingRunStatus.Running, BillingRunStatus.Failed],
        [BillingRunStatus.Running] = [BillingRunStatus.Completed, BillingRunStatus.Failed],
        [BillingRunStatus.Failed] = [BillingRunStatus.Queued, BillingRunStatus.Running],
        [BillingRunStatus.Completed] = [],
    });
}

/// 收费通知单 — a unit's bill for a period. Immutable once issued: corrections are ledger entries.
public sealed class Bill
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public Guid EstateId { get; set; }
    public required string Period { get; set; }
    /// <summary>"monthly" for the billing run's bill of the period; "oneoff:&lt;id&gt;" for one-off charges (cards, paid repairs, deposits).</summary>
    public string Source { get; set; } = MonthlySource;
    public const string MonthlySource = "monthly";
    public Guid? BillingRunId { get; set; }
    public decimal Total { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateOnly DueDate { get; set; }
    public List<BillLine> Lines { get; set; } = [];
}

/// 收费明细 — one fee item on a bill, with the rate and quantity it was issued with.
public sealed class BillLine
{
    public Guid Id { get; set; } = Ids.New();
    public Guid BillId { get; set; }
    public Guid FeeItemId { get; set; }
    public required string Description { get; set; }
    /// <summary>㎡ of building area for per-area items, meter consumption for metered items, 1 for monthly and parking items.</summary>
    public decimal Quantity { get; set; }
    public decimal UnitRate { get; set; }
    public decimal Amount { get; set; }
}

/// 分户账 — one entry of a unit's (household's) ledger. Positive amounts are owed by the household, negative ones reduce it.
public sealed class LedgerEntry
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public Guid? BillId { get; set; }
    public LedgerEntryKind Kind { get; set; }
    public decimal Amount { get; set; }
    public string? Reason { get; set; }
    /// <summary>Staff user id (token <c>sub</c>) or "system" for billing runs.</summary>
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Charge/Adjustment/LateFee raise what is owed; Payment/Credit lower it; Refund gives paid money back (raises it).
/// Entries with a BillId settle or correct that bill; entries without one are the prepaid pool that settles the oldest bills.</summary>
public enum LedgerEntryKind { Charge, Payment, Adjustment, Credit, Refund, LateFee }
