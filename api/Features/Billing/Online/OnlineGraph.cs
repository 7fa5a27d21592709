using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing.Online;

public sealed class CreateCheckoutSessionInput
{
    public Guid UnitId { get; set; }
    public List<Guid>? BillIds { get; set; }
    public string IdempotencyKey { get; set; } = "";
}

public sealed class RefundPaymentInput
{
    public Guid PaymentId { get; set; }
    public decimal Amount { get; set; }
    public string Reason { get; set; } = "";
    public string IdempotencyKey { get; set; } = "";
}

public sealed class RefundPaymentAnomalyInput
{
    public Guid AnomalyId { get; set; }
}

public sealed class DismissPaymentAnomalyInput
{
    public Guid AnomalyId { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class RefundPaymentAnomalyInputType : InputObjectGraphType<RefundPaymentAnomalyInput>
{
    public RefundPaymentAnomalyInputType()
    {
        Name = "RefundPaymentAnomalyInput";
        Field(x => x.AnomalyId, type: typeof(NonNullGraphType<IdGraphType>));
    }
}

public sealed class DismissPaymentAnomalyInputType : InputObjectGraphType<DismissPaymentAnomalyInput>
{
    public DismissPaymentAnomalyInputType()
    {
        Name = "DismissPaymentAnomalyInput";
        Field(x => x.AnomalyId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason);
    }
}

public sealed class CreateCheckoutSessionInputType : InputObjectGraphType<CreateCheckoutSessionInput>
{
    public CreateCheckoutSessionInputType()
    {
        Name = "CreateCheckoutSessionInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.BillIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Bills to pay; null or empty = every open bill.");
        Field(x => x.IdempotencyKey).Description("Same key for the same unit returns the same checkout.");
    }
}

public sealed class RefundPaymentInputType : InputObjectGraphType<RefundPaymentInput>
{
    public RefundPaymentInputType()
    {
        Name = "RefundPaymentInput";
        Field(x => x.PaymentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Amount).Description("CNY; at most what is left of the payment.");
        Field(x => x.Reason);
        Field(x => x.IdempotencyKey);
    }
}

public sealed class OnlineCheckoutStatusEnum : EnumerationGraphType<OnlineCheckoutStatus> { public OnlineCheckoutStatusEnum() { Name = "OnlineCheckoutStatus"; } }
public sealed class RefundStatusEnum : EnumerationGraphType<RefundStatus> { public RefundStatusEnum() { Name = "RefundStatus"; } }
public sealed class PaymentAnomalyStatusEnum : EnumerationGraphType<PaymentAnomalyStatus> { public PaymentAnomalyStatusEnum() { Name = "PaymentAnomalyStatus"; } }
public sealed class ReconciliationDifferenceKindEnum : EnumerationGraphType<ReconciliationDifferenceKind> { public ReconciliationDifferenceKindEnum() { Name = "ReconciliationDifferenceKind"; } }

public sealed class OnlineCheckoutGraphType : ObjectGraphType<OnlineCheckout>
{
    public OnlineCheckoutGraphType()
    {
        Name = "OnlineCheckout";
        Description = "在线缴费 — a resident's Stripe Checkout for some bills of a unit.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<StringGraphType>>("url").Description("Where the browser goes to pay (Stripe Checkout).").Resolve(c => c.Source.Url ?? "");
        Field(x => x.Amount).Description("CNY asked for when the checkout was made.");
        Field(x => x.Currency);
        Field<NonNullGraphType<OnlineCheckoutStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("billIds").Resolve(c => c.Source.Bills);
        Field(x => x.PaymentId, type: typeof(IdGraphType));
        Field<PaymentGraphType>("payment").ResolveAsync(async c => c.Source.PaymentId is not { } id ? null
            : await ((RequestContext)c.UserContext).Db.Set<Payment>().AsNoTracking().Include(p => p.Allocations).SingleOrDefaultAsync(p => p.Id == id, c.CancellationToken));
        Field(x => x.CreatedAt);
        Field(x => x.CompletedAt, nullable: true);
    }
}

public sealed class PaymentRefundGraphType : ObjectGraphType<PaymentRefund>
{
    public PaymentRefundGraphType()
    {
        Name = "PaymentRefund";
        Description = "退款 — money given back for a payment.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PaymentId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<RefundStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Amount);
        Field(x => x.Reason);
        Field(x => x.Error, nullable: true);
        Field(x => x.RequestedAt);
        Field(x => x.CompletedAt, nullable: true);
    }
}

public sealed class StripeReconciliationGraphType : ObjectGraphType<StripeReconciliation>
{
    public StripeReconciliationGraphType()
    {
        Name = "StripeReconciliation";
        Description = "对账 — Stripe's paid checkouts compared with the ONLINE payments of the ledger.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.From);
        Field(x => x.To);
        Field(x => x.RanAt);
        Field(x => x.RequestedBy);
        Field(x => x.StripeCount);
        Field(x => x.LedgerCount);
        Field(x => x.StripeTotal);
        Field(x => x.LedgerTotal);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReconciliationDifferenceGraphType>>>>("differences").Resolve(c => StripeReconciler.Differences(c.Source));
    }
}

public sealed class ReconciliationDifferenceGraphType : ObjectGraphType<ReconciliationDifference>
{
    public ReconciliationDifferenceGraphType()
    {
        Name = "ReconciliationDifference";
        Field<NonNullGraphType<ReconciliationDifferenceKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field(x => x.PaymentIntentId);
        Field(x => x.StripeAmount, nullable: true);
        Field(x => x.LedgerAmount, nullable: true);
        Field(x => x.PaymentId, type: typeof(IdGraphType));
    }
}

public sealed class PaymentAnomalyGraphType : ObjectGraphType<PaymentAnomaly>
{
    public PaymentAnomalyGraphType()
    {
        Name = "PaymentAnomaly";
        Description = "异常到账 — money Stripe took for a checkout that was already paid; never credited, refunded or dismissed by staff.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CheckoutId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.PaymentIntentId);
        Field(x => x.Amount);
        Field(x => x.Currency);
        Field(x => x.ReceivedAt);
        Field<NonNullGraphType<PaymentAnomalyStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Error, nullable: true).Description("Why Stripe refused the last refund request.");
        Field(x => x.Reason, nullable: true).Description("Why it was dismissed.");
        Field(x => x.ResolvedBy, nullable: true);
        Field(x => x.ResolvedAt, nullable: true);
    }
}

public sealed class PaymentAnomalyPayloadType() : PayloadType<PaymentAnomalyGraphType, PaymentAnomaly>("PaymentAnomalyPayload", "anomaly");
public sealed class CheckoutSessionPayloadType() : PayloadType<OnlineCheckoutGraphType, OnlineCheckout>("CheckoutSessionPayload", "checkout");
public sealed class RefundPayloadType() : PayloadType<PaymentRefundGraphType, PaymentRefund>("RefundPayload", "refund");
public sealed class StripeReconciliationPayloadType() : PayloadType<StripeReconciliationGraphType, StripeReconciliation>("StripeReconciliationPayload", "reconciliation");

public static class OnlineGraph
{
    /// <summary>Refunds give money back: not the front desk (billing.md §13 rule 16), only the heads of the service centre.</summary>
    public static readonly string[] RefundRoles = [AppRoles.EstateManager, AppRoles.Supervisor, AppRoles.CompanyAdmin];
    public static readonly string[] ReconcileRoles = [AppRoles.EstateManager, AppRoles.CompanyAdmin];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<OnlineCheckoutGraphType>("onlineCheckout")
            .Description("A checkout, for the resident polling after Stripe sent them back. Null when not visible.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "id" })
            .Reads(BillingAccess.UnitReaders, async (rc, c) =>
            {
                var id = c.GetArgument<Guid>("id");
                var checkout = await rc.Db.Set<OnlineCheckout>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, c.CancellationToken);
                if (checkout is null) return null;
                return await BillingAccess.CanSeeUnitAsync(rc, checkout.UnitId, c.CancellationToken) ? checkout : null;
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PaymentAnomalyGraphType>>>>("paymentAnomalies")
            .Description("Money Stripe took for checkouts already paid, newest first, within the viewer's estates; all statuses unless one is given.")
            .Arguments(new QueryArgument<PaymentAnomalyStatusEnum> { Name = "status" })
            .Reads(Access.Roles(RefundRoles), async (rc, c) =>
            {
                var status = c.GetArgument<PaymentAnomalyStatus?>("status");
                var q = rc.Db.Set<PaymentAnomaly>().AsNoTracking().InScope(rc.Viewer.EstateScope, a => a.EstateId);
                if (status is { } st) q = q.Where(a => a.Status == st);
                return await q.OrderByDescending(a => a.ReceivedAt).Take(200).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StripeReconciliationGraphType>>>>("stripeReconciliations")
            .Description("Stored reconciliations, newest first.")
            .Arguments(new QueryArgument<IntGraphType> { Name = "first" })
            .Reads(Access.Roles(ReconcileRoles), async (rc, c) =>
            {
                var first = Math.Clamp(c.GetArgument<int?>("first") ?? 20, 1, 100);
                return await rc.Db.Set<StripeReconciliation>().AsNoTracking().OrderByDescending(r => r.RanAt).Take(first).ToListAsync(c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CheckoutSessionPayloadType>>("createCheckoutSession")
            .Description("A resident pays bills of their unit online: returns the Stripe Checkout address to send the browser to.")
            .Argument<NonNullGraphType<CreateCheckoutSessionInputType>>("input")
            .RunsUseCase(CreateCheckoutSession.UseCase);

        mutation.Field<NonNullGraphType<RefundPayloadType>>("refundPayment")
            .Description("Gives money back for a payment: online payments through Stripe, the others booked at once.")
            .Argument<NonNullGraphType<RefundPaymentInputType>>("input")
            .RunsUseCase(RefundPayment.UseCase);

        mutation.Field<NonNullGraphType<PaymentAnomalyPayloadType>>("refundPaymentAnomaly")
            .Description("One click: gives the whole amount of an anomaly back through Stripe. Repeating it never refunds twice.")
            .Argument<NonNullGraphType<RefundPaymentAnomalyInputType>>("input")
            .RunsUseCase(RefundPaymentAnomaly.UseCase);

        mutation.Field<NonNullGraphType<PaymentAnomalyPayloadType>>("dismissPaymentAnomaly")
            .Description("Closes an open anomaly without a refund, with the reason (e.g. settled with the resident another way).")
            .Argument<NonNullGraphType<DismissPaymentAnomalyInputType>>("input")
            .RunsUseCase(DismissPaymentAnomaly.UseCase);

        mutation.Field<NonNullGraphType<StripeReconciliationPayloadType>>("runStripeReconciliation")
            .Description("Compares the last 30 days of Stripe's paid checkouts with the ONLINE payments of the ledger and stores the result.")
            .RunsUseCase(RunStripeReconciliation.UseCase);
    }

    internal static Task<bool> AnomalyVisibleAsync(RequestContext rc, Guid id, CancellationToken ct) =>
        rc.Db.Set<PaymentAnomaly>().InScope(rc.Viewer.EstateScope, a => a.EstateId).AnyAsync(a => a.Id == id, ct);

    internal static StripeGateway Gateway(RequestContext rc) => rc.Services.GetRequiredService<StripeGateway>();
}
