using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Jobs;
using static PropertySaaS.Api.GraphQL.ResolverContext;

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
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(BillingStaff);
                var estateId = c.GetArgument<Guid>("estateId");
                if (!rc.Viewer.CanSeeEstate(estateId)) return new List<FeeItem>();
                return await rc.Db.FeeItems.AsNoTracking().Include(f => f.Rates).Where(f => f.EstateId == estateId).OrderBy(f => f.Name).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillingRunGraphType>>>>("billingRuns")
            .Description("Billing runs of an estate with their progress, newest period first.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(BillingStaff);
                var estateId = c.GetArgument<Guid>("estateId");
                if (!rc.Viewer.CanSeeEstate(estateId)) return new List<BillingRun>();
                return await rc.Db.BillingRuns.AsNoTracking().Where(r => r.EstateId == estateId).OrderByDescending(r => r.Period).ToListAsync(c.CancellationToken);
            });

        query.Field<UnitLedgerGraphType>("unitLedger")
            .Description("A household's ledger: staff in scope, or a resident of the unit. Null when the unit is not visible.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                var unitId = c.GetArgument<Guid>("unitId");
                if (!await BillingAccess.CanSeeUnitAsync(rc, unitId, c.CancellationToken)) return null;
                var entries = await rc.Db.LedgerEntries.AsNoTracking().Where(e => e.UnitId == unitId).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).ToListAsync(c.CancellationToken);
                return new UnitLedger(unitId, entries.Sum(e => e.Amount), entries);
            });

        query.Field<ArrearsAgeingGraphType>("unitArrears")
            .Description("Unpaid bill amounts of a unit by age past the due date. Null when the unit is not visible.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                var unitId = c.GetArgument<Guid>("unitId");
                if (!await BillingAccess.CanSeeUnitAsync(rc, unitId, c.CancellationToken)) return null;
                return await ArrearsService.AgeingAsync(rc.Db, unitId, rc.UtcToday, c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillGraphType>>>>("myBills")
            .Description("The resident's bills: for units they currently own, rent or live in; newest first.")
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(AppRoles.Resident);
                var db = rc.Db;
                var units = db.Units.OfResident(rc.Viewer.PersonId).Select(u => u.Id);
                return await db.Bills.AsNoTracking().Include(b => b.Lines).Where(b => units.Contains(b.UnitId))
                    .OrderByDescending(b => b.Period).ThenBy(b => b.UnitId).ToListAsync(c.CancellationToken);
            });
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
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(BillingStaff);
                var i = c.GetArgument<StartBillingRunInput>("input");
                var db = rc.Db;
                var check = new Check(rc.Culture);
                if (!BillingPeriod.TryParse(i.Period?.Trim(), out var period)) check.Invalid("period", "INVALID_PERIOD");
                if (!await EstateVisibleAsync(rc, i.EstateId, c.CancellationToken)) check.Missing("estateId", "NOT_FOUND", "entity.estate");
                if (check.Failed) return Payload<BillingRun>.Fail(check);
                var key = period.ToString();
                var run = await db.BillingRuns.SingleOrDefaultAsync(r => r.EstateId == i.EstateId && r.Period == key, c.CancellationToken);
                if (run is null)
                {
                    run = new BillingRun { EstateId = i.EstateId, Period = key, RequestedBy = rc.Viewer.UserId, CreatedAt = rc.Now };
                    db.BillingRuns.Add(run);
                    try { await db.SaveChangesAsync(c.CancellationToken); }
                    catch (DbUpdateException)
                    {
                        // Someone started the same period at the same moment: theirs is the run.
                        rc.Discard();
                        return Payload<BillingRun>.Ok(await db.BillingRuns.AsNoTracking().SingleAsync(r => r.EstateId == i.EstateId && r.Period == key, c.CancellationToken));
                    }
                }
                else if (run.Status == BillingRunStatus.Failed)
                {
                    run.Status = BillingRunStatus.Queued;
                    run.Error = null;
                    await db.SaveChangesAsync(c.CancellationToken);
                }
                else return Payload<BillingRun>.Ok(run); // queued, running or completed: nothing new to do

                try
                {
                    await BillingRunJob.EnqueueAsync(rc.Services.GetRequiredService<TenantJobs>(), rc.Tenant!.Slug, run.Id);
                }
                catch (Exception e)
                {
                    // The run lives in the company database, its job in the catalog: a run whose job was never stored
                    // is marked failed, so starting the period again queues it.
                    run.Status = BillingRunStatus.Failed;
                    run.Error = ("Enqueue failed: " + e.GetBaseException().Message) is var m && m.Length > 1000 ? m[..1000] : m;
                    await db.SaveChangesAsync(CancellationToken.None);
                    throw;
                }
                return Payload<BillingRun>.Ok(run);
            });

        mutation.Field<NonNullGraphType<LedgerEntryPayloadType>>("adjustBill")
            .Description("Posts an adjustment against an issued bill to the household ledger; the bill itself never changes.")
            .Argument<NonNullGraphType<AdjustBillInputType>>("input")
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(BillingStaff);
                var i = c.GetArgument<AdjustBillInput>("input");
                var db = rc.Db;
                var check = new Check(rc.Culture).Required(i.Reason, "reason", 500);
                if (i.Amount == 0) check.Invalid("amount", "MUST_NOT_BE_ZERO", "field.amount");
                else if (Money.Round(i.Amount) != i.Amount) check.Invalid("amount", "TWO_DECIMALS", "field.amount");
                var bill = await db.Bills.AsNoTracking().SingleOrDefaultAsync(b => b.Id == i.BillId, c.CancellationToken);
                if (bill is null || !rc.Viewer.CanSeeEstate(bill.EstateId)) return Payload<LedgerEntry>.Fail(check.Missing("billId", "NOT_FOUND", "entity.bill"));
                await Payments.MoneyLimits.CheckAsync(check, db, Payments.MoneyLimit.Adjustment, i.Amount, "amount", "field.amount", c.CancellationToken);
                if (check.Failed) return Payload<LedgerEntry>.Fail(check);
                var entry = new LedgerEntry
                {
                    UnitId = bill.UnitId, BillId = bill.Id, Kind = LedgerEntryKind.Adjustment, Amount = i.Amount,
                    Reason = i.Reason.Trim(), CreatedBy = rc.Viewer.UserId, CreatedAt = rc.Now,
                };
                db.LedgerEntries.Add(entry);
                await db.SaveChangesAsync(c.CancellationToken);
                return Payload<LedgerEntry>.Ok(entry);
            });
    }

    private static Task<bool> EstateVisibleAsync(RequestContext rc, Guid estateId, CancellationToken ct) => RegistryScope.EstateVisibleAsync(rc, estateId, ct);
}
