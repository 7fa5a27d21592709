using GraphQL;
using GraphQL.Types;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.Billing;

public sealed class FeeKindEnum : EnumerationGraphType<FeeKind> { public FeeKindEnum() { Name = "FeeKind"; } }
public sealed class BillingRunStatusEnum : EnumerationGraphType<BillingRunStatus> { public BillingRunStatusEnum() { Name = "BillingRunStatus"; } }
public sealed class LedgerEntryKindEnum : EnumerationGraphType<LedgerEntryKind> { public LedgerEntryKindEnum() { Name = "LedgerEntryKind"; } }

public sealed class FeeItemGraphType : ObjectGraphType<FeeItem>
{
    public FeeItemGraphType()
    {
        Name = "FeeItem";
        Description = "收费项目 — a fee item of an estate.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field<NonNullGraphType<FeeKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<Metering.MeterKindEnum>("meter").Description("METERED items: the meter billed.").Resolve(c => c.Source.Meter);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UnitUsageEnum>>>>("appliesTo")
            .Description("Unit usages billed; empty = all.").Resolve(c => c.Source.Usages);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeeRateGraphType>>>>("rates")
            .Resolve(c => c.Source.Rates.OrderBy(r => r.EffectiveFrom).ToList());
    }
}

public sealed class FeeRateGraphType : ObjectGraphType<FeeRate>
{
    public FeeRateGraphType()
    {
        Name = "FeeRate";
        Description = "收费标准 — an effective-dated rate: CNY per ㎡ per month, or CNY per month.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Amount);
        Field(x => x.EffectiveFrom);
        Field(x => x.EffectiveTo, nullable: true);
    }
}

public sealed class BillingRunGraphType : ObjectGraphType<BillingRun>
{
    public BillingRunGraphType()
    {
        Name = "BillingRun";
        Description = "月度出账 — a monthly billing run of an estate.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Period).Description("Billing month, yyyy-MM.");
        Field<NonNullGraphType<BillingRunStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(x => x.TotalUnits);
        Field(x => x.ProcessedUnits);
        Field(x => x.BillsCreated);
        // The stored error is the exception's text, for the log and the operator; callers learn only that it failed.
        Field<StringGraphType>("error").Description("Why the run failed, in the caller's language; null unless it failed.")
            .Resolve(c => c.Source.Error is null ? null : Localization.Messages.Get(Rc(c).Culture, "BILLING_RUN_FAILED"));
        Field(x => x.CreatedAt);
        Field(x => x.StartedAt, nullable: true);
        Field(x => x.FinishedAt, nullable: true);
    }
}

public sealed class BillGraphType : ObjectGraphType<Bill>
{
    public BillGraphType()
    {
        Name = "Bill";
        Description = "收费通知单 — a unit's bill for a month; never changed after issue.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<UnitGraphType>>("unit").Resolve(c => BillingLoaders.Unit(c, c.Source.UnitId));
        Field(x => x.Period);
        Field(x => x.Total).Description("CNY.");
        Field(x => x.IssuedAt);
        Field(x => x.DueDate);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillLineGraphType>>>>("lines").Resolve(c => c.Source.Lines.OrderBy(l => l.Description).ToList());
    }
}

public sealed class BillLineGraphType : ObjectGraphType<BillLine>
{
    public BillLineGraphType()
    {
        Name = "BillLine";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.FeeItemId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Description);
        Field(x => x.Quantity).Description("㎡ for per-area items, meter consumption for metered items, 1 for monthly and parking items.");
        Field(x => x.UnitRate);
        Field(x => x.Amount);
    }
}

public sealed class LedgerEntryGraphType : ObjectGraphType<LedgerEntry>
{
    public LedgerEntryGraphType()
    {
        Name = "LedgerEntry";
        Description = "分户账 — a ledger entry; positive amounts are owed by the household.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.BillId, type: typeof(IdGraphType));
        Field<NonNullGraphType<LedgerEntryKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.Amount);
        Field(x => x.Reason, nullable: true);
        Field(x => x.CreatedBy);
        Field(x => x.CreatedAt);
    }
}

/// <summary>A household's ledger: its entries, oldest first, and their sum.</summary>
public sealed record UnitLedger(Guid UnitId, decimal Balance, IReadOnlyList<LedgerEntry> Entries);

public sealed class UnitLedgerGraphType : ObjectGraphType<UnitLedger>
{
    public UnitLedgerGraphType()
    {
        Name = "UnitLedger";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Balance).Description("Sum of the entries: what the household owes (negative = credit).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LedgerEntryGraphType>>>>("entries").Resolve(c => c.Source.Entries);
    }
}

public sealed class ArrearsAgeingGraphType : ObjectGraphType<ArrearsAgeing>
{
    public ArrearsAgeingGraphType()
    {
        Name = "ArrearsAgeing";
        Description = "Unpaid bill amounts by days past the due date.";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Current).Description("Not yet due, or under 30 days past due.");
        Field(x => x.Days30).Description("30–59 days past due.");
        Field(x => x.Days60).Description("60–89 days past due.");
        Field(x => x.Days90Plus).Description("90 days or more past due.");
        Field(x => x.Overdue).Description("Unpaid after the due date.");
        Field(x => x.Total);
    }
}

internal static class BillingLoaders
{

    public static global::GraphQL.DataLoader.IDataLoaderResult<Unit> Unit(IResolveFieldContext c, Guid id) =>
        Rc(c).Loaders.Load<Guid, Unit>("billing.unit", id, async (ids, ct) =>
            await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToDictionaryAsync(
                Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AsNoTracking(Rc(c).Db.Units).Where(u => ids.Contains(u.Id)), u => u.Id, ct), null!);
}
