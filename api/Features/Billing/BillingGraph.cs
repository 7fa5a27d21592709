using GraphQL;
using GraphQL.Types;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing;

public sealed class CreateFeeItemInput
{
    public Guid EstateId { get; set; }
    public string Name { get; set; } = "";
    public FeeKind Kind { get; set; }
    public List<UnitUsage>? AppliesTo { get; set; }
    public Metering.MeterKind? Meter { get; set; }
}

public sealed class AddFeeRateInput
{
    public Guid FeeItemId { get; set; }
    public decimal Amount { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public DateOnly? EffectiveTo { get; set; }
}

public sealed class StartBillingRunInput
{
    public Guid EstateId { get; set; }
    public string Period { get; set; } = "";
}

public sealed class AdjustBillInput
{
    public Guid BillId { get; set; }
    public decimal Amount { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class CreateFeeItemInputType : InputObjectGraphType<CreateFeeItemInput>
{
    public CreateFeeItemInputType()
    {
        Name = "CreateFeeItemInput";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Name);
        Field(x => x.Kind, type: typeof(NonNullGraphType<FeeKindEnum>));
        Field(x => x.AppliesTo, type: typeof(ListGraphType<NonNullGraphType<UnitUsageEnum>>)).Description("Unit usages billed; empty or null = all.");
        Field(x => x.Meter, type: typeof(Metering.MeterKindEnum)).Description("METERED items only: the meter whose monthly consumption is billed.");
    }
}

public sealed class AddFeeRateInputType : InputObjectGraphType<AddFeeRateInput>
{
    public AddFeeRateInputType()
    {
        Name = "AddFeeRateInput";
        Description = "A new rate from a date; the open rate before it ends the day before. Issued bills keep their rate.";
        Field(x => x.FeeItemId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Amount);
        Field(x => x.EffectiveFrom);
        Field(x => x.EffectiveTo, nullable: true);
    }
}

public sealed class StartBillingRunInputType : InputObjectGraphType<StartBillingRunInput>
{
    public StartBillingRunInputType()
    {
        Name = "StartBillingRunInput";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Period).Description("Billing month, yyyy-MM (e.g. 2026-11).");
    }
}

public sealed class AdjustBillInputType : InputObjectGraphType<AdjustBillInput>
{
    public AdjustBillInputType()
    {
        Name = "AdjustBillInput";
        Field(x => x.BillId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Amount).Description("CNY; positive charges more, negative reduces the bill's amount due.");
        Field(x => x.Reason);
    }
}

public sealed class FeeItemPayloadType() : PayloadType<FeeItemGraphType, FeeItem>("FeeItemPayload", "feeItem");
public sealed class BillingRunPayloadType() : PayloadType<BillingRunGraphType, BillingRun>("BillingRunPayload", "run");
public sealed class LedgerEntryPayloadType() : PayloadType<LedgerEntryGraphType, LedgerEntry>("LedgerEntryPayload", "entry");

public static class BillingGraph
{
    /// <summary>Staff who manage fees and bills: the registry roles, within their estates.</summary>
    public static readonly string[] BillingStaff = AppRoles.RegistryEditors;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<FeeItemGraphType>>>>("feeItems")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .Reads(BillingAccess.Staff, (rc, c) => BillingQueries.FeeItemsAsync(rc, c.GetArgument<Guid>("estateId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillingRunGraphType>>>>("billingRuns")
            .Description("Billing runs of an estate with their progress, newest period first.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .Reads(BillingAccess.Staff, (rc, c) => BillingQueries.BillingRunsAsync(rc, c.GetArgument<Guid>("estateId"), c.CancellationToken));

        query.Field<UnitLedgerGraphType>("unitLedger")
            .Description("A household's ledger: staff in scope, or a resident of the unit. Null when the unit is not visible.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .Reads(BillingAccess.UnitReaders, (rc, c) => BillingQueries.UnitLedgerAsync(rc, c.GetArgument<Guid>("unitId"), c.CancellationToken));

        query.Field<ArrearsAgeingGraphType>("unitArrears")
            .Description("Unpaid bill amounts of a unit by age past the due date. Null when the unit is not visible.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .Reads(BillingAccess.UnitReaders, (rc, c) => BillingQueries.UnitArrearsAsync(rc, c.GetArgument<Guid>("unitId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillGraphType>>>>("myBills")
            .Description("The resident's bills: for units they currently own, rent or live in; newest first.")
            .Reads(Access.Residents, (rc, c) => BillingQueries.MyBillsAsync(rc, c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<FeeItemPayloadType>>("createFeeItem")
            .Argument<NonNullGraphType<CreateFeeItemInputType>>("input")
            .RunsUseCase(CreateFeeItem.UseCase);

        mutation.Field<NonNullGraphType<FeeItemPayloadType>>("addFeeRate")
            .Argument<NonNullGraphType<AddFeeRateInputType>>("input")
            .RunsUseCase(AddFeeRate.UseCase);

        mutation.Field<NonNullGraphType<BillingRunPayloadType>>("startBillingRun")
            .Description("Queues the monthly billing run of an estate. Starting a period again returns its run and bills nobody twice.")
            .Argument<NonNullGraphType<StartBillingRunInputType>>("input")
            .RunsUseCase(StartBillingRun.UseCase);

        mutation.Field<NonNullGraphType<LedgerEntryPayloadType>>("adjustBill")
            .Description("Posts an adjustment against an issued bill to the household ledger; the bill itself never changes.")
            .Argument<NonNullGraphType<AdjustBillInputType>>("input")
            .RunsUseCase(AdjustBill.UseCase);
    }
}
