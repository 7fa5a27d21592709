using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.Billing.Payments;

public sealed class RecordPaymentInput
{
    public Guid UnitId { get; set; }
    public decimal Amount { get; set; }
    public PaymentMethod Method { get; set; }
    public List<Guid>? BillIds { get; set; }
    public string IdempotencyKey { get; set; } = "";
    public decimal? Tendered { get; set; }
    public bool? NotesChecked { get; set; }
    public string? PayerName { get; set; }
    public string? Note { get; set; }
}

public sealed class RecordPaymentInputType : InputObjectGraphType<RecordPaymentInput>
{
    public RecordPaymentInputType()
    {
        Name = "RecordPaymentInput";
        Description = "A payment taken at the front desk. Sending the same idempotencyKey again returns the first payment.";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Amount).Description("CNY, two decimals.");
        Field(x => x.Method, type: typeof(NonNullGraphType<PaymentMethodEnum>));
        Field(x => x.BillIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Bills to settle, oldest first; none = every open bill oldest first. The rest becomes prepaid.");
        Field(x => x.IdempotencyKey).Description("One key per payment form, e.g. a UUID made when the form opens.");
        Field(x => x.Tendered, nullable: true).Description("Cash handed over (cash only); change = tendered − amount.");
        Field(x => x.NotesChecked, nullable: true)
            .Description("Cash only: the notes above 50 CNY went through the counterfeit detector. Required (true) when the cash handed over (tendered, else amount) is 100.00 or more.");
        Field(x => x.PayerName, nullable: true);
        Field(x => x.Note, nullable: true);
    }
}

/// <summary>The cashier's GraphQL surface: accounts, payments, shifts, one-off charges, advance quotes and settings.</summary>
public static class PaymentsGraph
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<UnitAccountGraphType>("unitAccount")
            .Description("A unit's bills with what each still asks for, prepaid balance and ageing. Null when the unit is not visible.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .Reads(BillingAccess.UnitReaders, (rc, c) => PaymentQueries.UnitAccountAsync(rc, c.GetArgument<Guid>("unitId"), c.CancellationToken));

        query.Field<NonNullGraphType<ConnectionType<PaymentGraphType, Payment>>>("payments")
            .Description("Payments, newest first. Staff: within their estates. Residents: only with the unitId of one of their units.")
            .Arguments(Paging.Arguments(
                new QueryArgument<IdGraphType> { Name = "unitId" },
                new QueryArgument<IdGraphType> { Name = "estateId" },
                new QueryArgument<IdGraphType> { Name = "shiftId" }))
            .Reads(BillingAccess.UnitReaders, async (rc, c) => await (await PaymentQueries.PaymentsAsync(rc, c.GetArgument<Guid?>("unitId"),
                c.GetArgument<Guid?>("estateId"), c.GetArgument<Guid?>("shiftId"), c.CancellationToken)).ToConnectionAsync(c));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentGraphType>>>>("myPayments")
            .Description("The resident's payments for the units they currently own, rent or live in; newest first.")
            .Reads(Access.Residents, (rc, c) => PaymentQueries.MyPaymentsAsync(rc, c.CancellationToken));

        query.Field<AdvanceQuoteGraphType>("advancePaymentQuote")
            .Description("Advance months × the unit's monthly management fee at today's rates. Null when the unit is not visible.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .Reads(BillingAccess.UnitReaders, (rc, c) => PaymentQueries.AdvanceQuoteAsync(rc, c.GetArgument<Guid>("unitId"), c.CancellationToken));

        Shifts.AddQueries(query);
        SettingsGraph.AddQueries(query);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<PaymentPayloadType>>("recordPayment")
            .Description("Takes a payment at the desk: settles the chosen bills (or the oldest open ones), the rest becomes prepaid; issues the next receipt number. Attaches to the cashier's open shift for the estate, opening one if needed.")
            .Argument<NonNullGraphType<RecordPaymentInputType>>("input")
            .RunsUseCase(RecordPayment.UseCase);

        OneOffCharges.AddMutations(mutation);
        ReceiptVoids.AddMutations(mutation);
        Shifts.AddMutations(mutation);
        SettingsGraph.AddMutations(mutation);
    }
}

/// <summary>Who may see what, and the request's clock, for the payment resolvers and the receipt endpoint.</summary>
internal static class PaymentAccess
{

    /// <summary>Message key of a field's name; ours carry a "pay." prefix so they never clash with other features' keys.</summary>
    public static string Label(string field) => field == "amount" ? "field.amount" : "pay.field." + field;

    /// <summary>Check.Required/Optional with this feature's field names.</summary>
    public static Check Text(Check check, string? value, string field, int maxLength, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value)) return required ? check.Invalid(field, "REQUIRED", Label(field)) : check;
        return value.Trim().Length > maxLength ? check.Invalid(field, "TOO_LONG", Label(field), maxLength) : check;
    }

}

/// <summary>预收物业费 quote: what the monthly run would bill the unit per month at today's rates, times the advance months.</summary>
public static class AdvanceQuotes
{
    public static async Task<AdvanceQuote> QuoteAsync(Data.TenantDbContext db, Guid unitId, DateOnly today, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        var months = (await db.BillingSettings.AsNoTracking().SingleOrDefaultAsync(ct))?.AdvanceMonths ?? new BillingSettings().AdvanceMonths;
        var items = await db.FeeItems.AsNoTracking().Include(f => f.Rates)
            .Where(f => f.EstateId == unit.EstateId && (f.Kind == FeeKind.ManagementPerArea || f.Kind == FeeKind.FixedMonthly)).ToListAsync(ct);
        // The run's own arithmetic (MonthlyFees), at today's rates.
        var monthly = items.Where(f => MonthlyFees.Bills(f, unit.Usage))
            .Select(f => f.RateOn(today) is { } r && MonthlyFees.Quantity(f, unit.BuildingArea, null) is { } q ? MonthlyFees.LineAmount(q, r.Amount) : 0m)
            .Sum();
        return new AdvanceQuote(months, monthly, Money.Round(monthly * months));
    }
}
