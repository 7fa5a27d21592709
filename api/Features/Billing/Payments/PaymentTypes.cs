using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.Billing.Payments;

public sealed class PaymentMethodEnum : EnumerationGraphType<PaymentMethod> { public PaymentMethodEnum() { Name = "PaymentMethod"; } }
public sealed class ShiftStatusEnum : EnumerationGraphType<ShiftStatus> { public ShiftStatusEnum() { Name = "ShiftStatus"; } }

public sealed class PaymentGraphType : ObjectGraphType<Payment>
{
    public PaymentGraphType()
    {
        Name = "Payment";
        Description = "收款 — money received for a unit, with its receipt (收据).";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("receiptNumber").Description("Gapless per company, e.g. SJ00000001.")
            .Resolve(c => PaymentBooking.FormatReceipt(c.Source.ReceiptNumber));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<UnitGraphType>>("unit").Resolve(c => BillingLoaders.Unit(c, c.Source.UnitId));
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<PaymentMethodEnum>>("method").Resolve(c => c.Source.Method);
        Field(x => x.Amount).Description("CNY.");
        Field(x => x.Currency);
        Field(x => x.ReceivedAt);
        Field(x => x.ReceivedBy).Description("Staff user id, or system/stripe/bank.");
        Field(x => x.PayerName, nullable: true);
        Field(x => x.Tendered, nullable: true);
        Field(x => x.Change, nullable: true);
        Field(x => x.NotesChecked).Description("Cash: the cashier confirmed the notes above 50 CNY passed the counterfeit detector.");
        Field(x => x.Note, nullable: true);
        Field(x => x.ShiftId, type: typeof(IdGraphType));
        Field(x => x.Prepaid).Description("Part of the amount not allocated to bills: prepaid balance (预收款).");
        Field(x => x.Refunded);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentAllocationGraphType>>>>("allocations")
            .Resolve(c => c.Source.Allocations.OrderBy(a => a.Position).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReceiptVoidGraphType>>>>("voidedReceipts")
            .Description("Receipt numbers this payment had before a reissue, oldest first; receiptNumber is the valid one.")
            .Resolve(c => ReceiptVoids.Of(c, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("receiptUrl").Description("API-relative; GET it with the bearer token for the PDF receipt.")
            .Resolve(c => Receipts.Url(c.Source.Id));
    }
}

public sealed class PaymentAllocationGraphType : ObjectGraphType<PaymentAllocation>
{
    public PaymentAllocationGraphType()
    {
        Name = "PaymentAllocation";
        Description = "核销 — the part of a payment that settled one bill.";
        Field<NonNullGraphType<BillGraphType>>("bill").Resolve(c => PaymentLoaders.Bill(c, c.Source.BillId));
        Field(x => x.Amount);
    }
}

/// <summary>A unit's account as the cashier sees it: what each bill still asks for, prepaid money and ageing.</summary>
public sealed record UnitAccountView(UnitAccount Account, ArrearsAgeing Ageing);

public sealed class UnitAccountGraphType : ObjectGraphType<UnitAccountView>
{
    public UnitAccountGraphType()
    {
        Name = "UnitAccount";
        Field<NonNullGraphType<IdGraphType>>("unitId").Resolve(c => c.Source.Account.UnitId);
        Field<NonNullGraphType<DecimalGraphType>>("balance").Description("Sum of the ledger entries; negative = credit.").Resolve(c => c.Source.Account.Balance);
        Field<NonNullGraphType<DecimalGraphType>>("due").Description("Open bill amounts and other charges owed now.").Resolve(c => c.Source.Account.Due);
        Field<NonNullGraphType<DecimalGraphType>>("prepaid").Description("Prepaid balance left after every open bill drew from it.").Resolve(c => c.Source.Account.Prepaid);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BillBalanceGraphType>>>>("bills")
            .Description("Every bill of the unit, oldest due first.").Resolve(c => c.Source.Account.Bills);
        Field<NonNullGraphType<ArrearsAgeingGraphType>>("ageing").Resolve(c => c.Source.Ageing);
    }
}

public sealed class BillBalanceGraphType : ObjectGraphType<BillBalance>
{
    public BillBalanceGraphType()
    {
        Name = "BillBalance";
        Field<NonNullGraphType<BillGraphType>>("bill").Resolve(c => PaymentLoaders.Bill(c, c.Source.BillId));
        Field(x => x.Open).Description("What the bill still asks for.");
        Field(x => x.Paid);
    }
}

/// <summary>A shift with its figures: stored when closed, computed from its payments while open.</summary>
public sealed record ShiftView(CashierShift Shift, decimal ExpectedCash, IReadOnlyList<ShiftTotal> Totals, long? FirstReceipt, long? LastReceipt);
public sealed record ShiftTotal(PaymentMethod Method, int Count, decimal Amount);

public sealed class CashierShiftGraphType : ObjectGraphType<ShiftView>
{
    public CashierShiftGraphType()
    {
        Name = "CashierShift";
        Description = "收银班次 — a cashier's till shift in an estate.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Shift.Id);
        Field<NonNullGraphType<IdGraphType>>("estateId").Resolve(c => c.Source.Shift.EstateId);
        Field<NonNullGraphType<StringGraphType>>("cashierId").Resolve(c => c.Source.Shift.CashierId);
        Field<StringGraphType>("cashierName").Resolve(c => c.Source.Shift.CashierName);
        Field<NonNullGraphType<ShiftStatusEnum>>("status").Resolve(c => c.Source.Shift.Status);
        Field<NonNullGraphType<DateTimeGraphType>>("openedAt").Resolve(c => c.Source.Shift.OpenedAt);
        Field<DateTimeGraphType>("closedAt").Resolve(c => c.Source.Shift.ClosedAt);
        Field<NonNullGraphType<DecimalGraphType>>("expectedCash").Description("Cash payments less cash refunds of the shift.").Resolve(c => c.Source.ExpectedCash);
        Field<DecimalGraphType>("countedCash").Resolve(c => c.Source.Shift.CountedCash);
        Field<DecimalGraphType>("difference").Description("Counted less expected; negative = short.").Resolve(c => c.Source.Shift.Difference);
        Field<StringGraphType>("differenceReason").Description("The cashier's reason for a non-zero difference.").Resolve(c => c.Source.Shift.DifferenceReason);
        Field<StringGraphType>("closeNote").Resolve(c => c.Source.Shift.CloseNote);
        Field<StringGraphType>("reconciledBy").Resolve(c => c.Source.Shift.ReconciledBy);
        Field<DateTimeGraphType>("reconciledAt").Resolve(c => c.Source.Shift.ReconciledAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ShiftTotalGraphType>>>>("totals").Resolve(c => c.Source.Totals);
        Field<StringGraphType>("firstReceipt").Resolve(c => c.Source.FirstReceipt is { } n ? PaymentBooking.FormatReceipt(n) : null);
        Field<StringGraphType>("lastReceipt").Resolve(c => c.Source.LastReceipt is { } n ? PaymentBooking.FormatReceipt(n) : null);
    }
}

public sealed class ShiftTotalGraphType : ObjectGraphType<ShiftTotal>
{
    public ShiftTotalGraphType()
    {
        Name = "ShiftTotal";
        Field<NonNullGraphType<PaymentMethodEnum>>("method").Resolve(c => c.Source.Method);
        Field(x => x.Count);
        Field(x => x.Amount);
    }
}

public sealed record AdvanceQuote(int Months, decimal MonthlyAmount, decimal Total);

public sealed class AdvanceQuoteGraphType : ObjectGraphType<AdvanceQuote>
{
    public AdvanceQuoteGraphType()
    {
        Name = "AdvanceQuote";
        Description = "预收物业费 — months of management fee taken in advance (move-in: billing.md §3.3).";
        Field(x => x.Months);
        Field(x => x.MonthlyAmount);
        Field(x => x.Total);
    }
}

public sealed class BillingSettingsGraphType : ObjectGraphType<BillingSettings>
{
    public BillingSettingsGraphType()
    {
        Name = "BillingSettings";
        Field(x => x.StripeAccountId, nullable: true).Description("Stripe Connect account (acct_…); null = online payment off.");
        Field(x => x.Currency);
        Field(x => x.CollectionDay).Description("Day of month of the bank collection (1–28).");
        Field(x => x.AdvanceMonths).Description("Months of management fee taken in advance (0–12).");
        Field(x => x.LateFeeEnabled);
        Field(x => x.LateFeeDailyRate).Description("Per day on overdue principal, at most 0.005.");
        Field(x => x.LateFeeGraceDays);
        Field(x => x.LateFeeContractClause, nullable: true);
        Field(x => x.MaxPaymentAmount).Description("Largest single desk payment or one-off charge, CNY.");
        Field(x => x.MaxRefundAmount).Description("Largest single refund, CNY.");
        Field(x => x.MaxAdjustmentAmount).Description("Largest single bill adjustment either way, CNY.");
        Field(x => x.UpdatedAt);
        Field(x => x.UpdatedBy, nullable: true);
    }
}

public sealed class PaymentPayloadType() : PayloadType<PaymentGraphType, Payment>("PaymentPayload", "payment");
public sealed class CashierShiftPayloadType() : PayloadType<CashierShiftGraphType, ShiftView>("CashierShiftPayload", "shift");
public sealed class BillPayloadType() : PayloadType<BillGraphType, Bill>("BillPayload", "bill");
public sealed class BillingSettingsPayloadType() : PayloadType<BillingSettingsGraphType, BillingSettings>("BillingSettingsPayload", "settings");

internal static class PaymentLoaders
{

    public static IDataLoaderResult<Bill> Bill(IResolveFieldContext c, Guid id) =>
        Rc(c).Loaders.Load<Guid, Bill>("payments.bill", id, async (ids, ct) =>
            await Rc(c).Db.Bills.AsNoTracking().Include(b => b.Lines).Where(b => ids.Contains(b.Id)).ToDictionaryAsync(b => b.Id, ct), null!);
}
