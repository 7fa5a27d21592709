namespace PropertySaaS.Api.Tests.Support;

public sealed record PaymentView(Guid Id, string ReceiptNumber, Guid UnitId, string Method, decimal Amount, decimal Prepaid, decimal Refunded, Guid? ShiftId,
    string ReceivedBy, string ReceiptUrl, decimal? Tendered, decimal? Change, bool NotesChecked, IReadOnlyList<AllocationView> Allocations,
    IReadOnlyList<VoidedReceiptView> VoidedReceipts);
public sealed record AllocationView(decimal Amount, BillView Bill);
public sealed record VoidedReceiptView(string Number, string ReplacedBy, string Reason, string VoidedBy);
public sealed record UnitAccountView(Guid UnitId, decimal Balance, decimal Due, decimal Prepaid, IReadOnlyList<BillBalanceView> Bills, AgeingView Ageing);
public sealed record BillBalanceView(decimal Open, bool Paid, BillView Bill);
public sealed record AgeingView(decimal Current, decimal Days30, decimal Days60, decimal Days90Plus, decimal Overdue, decimal Total);
public sealed record CashierShiftView(Guid Id, Guid EstateId, string CashierId, string Status, decimal ExpectedCash, decimal? CountedCash, decimal? Difference,
    string? DifferenceReason, string? FirstReceipt, string? LastReceipt, IReadOnlyList<ShiftTotalView> Totals);
public sealed record ShiftTotalView(string Method, int Count, decimal Amount);
public sealed record RefundView(Guid Id, string Status, decimal Amount, string Reason);

/// <summary>
/// Front-desk test data through the API as the given client: payments, the unit account, till shifts, receipt
/// reissues and refunds.
/// </summary>
public static class PaymentsBuilder
{
    private const string Errors = "errors { __typename code field message }";
    private const string ShiftFields = "id estateId cashierId status expectedCash countedCash difference differenceReason firstReceipt lastReceipt totals { method count amount }";

    public const string RecordPayment = """
        mutation($u: ID!, $a: Decimal!, $m: PaymentMethod!, $k: String!, $b: [ID!], $t: Decimal, $p: String, $n: Boolean) {
          recordPayment(input: {unitId: $u, amount: $a, method: $m, idempotencyKey: $k, billIds: $b, tendered: $t, payerName: $p, notesChecked: $n}) {
            payment { id receiptNumber unitId method amount prepaid refunded shiftId receivedBy receiptUrl tendered change notesChecked
                      allocations { amount bill { id period } } }
            errors { __typename code field message }
          }
        }
        """;
    public const string UnitAccount = "query($u: ID!) { unitAccount(unitId: $u) { unitId balance due prepaid bills { open paid bill { id period total } } ageing { total overdue } } }";
    public const string OpenShift = $"mutation($e: ID!) {{ openShift(input: {{estateId: $e}}) {{ shift {{ {ShiftFields} }} {Errors} }} }}";
    public const string CloseShift = $"mutation($s: ID!, $c: Decimal!, $r: String) {{ closeShift(input: {{shiftId: $s, countedCash: $c, note: \"交班\", differenceReason: $r}}) {{ shift {{ {ShiftFields} }} {Errors} }} }}";
    public const string ReconcileShift = $"mutation($s: ID!) {{ reconcileShift(input: {{shiftId: $s, note: \"已核对\"}}) {{ shift {{ {ShiftFields} }} {Errors} }} }}";
    public const string MyOpenShift = $"query($e: ID!) {{ myOpenShift(estateId: $e) {{ {ShiftFields} }} }}";
    public const string CashierShifts = $"query($e: ID!, $s: ShiftStatus) {{ cashierShifts(estateId: $e, status: $s) {{ {ShiftFields} }} }}";
    public const string ReissueReceipt = """
        mutation($p: ID!, $r: String!, $k: String!) {
          reissueReceipt(input: {paymentId: $p, reason: $r, idempotencyKey: $k}) {
            payment { id receiptNumber amount prepaid refunded allocations { amount } voidedReceipts { number replacedBy reason voidedBy voidedAt } }
            errors { __typename code field message }
          }
        }
        """;
    public const string RefundPayment = $"mutation($p: ID!, $a: Decimal!, $r: String!, $k: String!) {{ refundPayment(input: {{paymentId: $p, amount: $a, reason: $r, idempotencyKey: $k}}) {{ refund {{ id status amount reason }} {Errors} }} }}";

    public const string ChargeOneOff = $"mutation($u: ID!, $f: ID!, $q: Decimal!, $n: String) {{ chargeOneOff(input: {{unitId: $u, feeItemId: $f, quantity: $q, note: $n}}) {{ bill {{ id period total dueDate lines {{ description quantity unitRate amount }} }} {Errors} }} }}";

    /// <summary>recordPayment; sends notesChecked = true (the cashier ticked 已验钞) unless told otherwise.</summary>
    public static Task<Payload<PaymentView>> RecordPaymentAsync(this GraphQLClient c, Guid unitId, decimal amount, string key, string method = "CASH", Guid[]? bills = null,
        decimal? tendered = null, string? payer = null, bool? notesChecked = true) =>
        c.MutateAsync<Payload<PaymentView>>(RecordPayment, new { u = unitId, a = amount, m = method, k = key, b = bills, t = tendered, p = payer, n = notesChecked });

    /// <summary>A payment with a fresh key that must succeed.</summary>
    public static async Task<PaymentView> PayAsync(this GraphQLClient c, Guid unitId, decimal amount, string method = "CASH", Guid[]? bills = null, decimal? tendered = null) =>
        (await c.RecordPaymentAsync(unitId, amount, Guid.NewGuid().ToString(), method, bills, tendered)).Ok();

    /// <summary>The unit's account; null when the caller may not see the unit.</summary>
    public static Task<UnitAccountView?> UnitAccountAsync(this GraphQLClient c, Guid unitId) => c.QueryAsync<UnitAccountView?>(UnitAccount, new { u = unitId });

    public static Task<Payload<BillView>> ChargeOneOffAsync(this GraphQLClient c, Guid unitId, Guid feeItemId, decimal quantity, string? note = null) =>
        c.MutateAsync<Payload<BillView>>(ChargeOneOff, new { u = unitId, f = feeItemId, q = quantity, n = note });

    public static Task<Payload<CashierShiftView>> OpenShiftAsync(this GraphQLClient c, Guid estateId) => c.MutateAsync<Payload<CashierShiftView>>(OpenShift, new { e = estateId });

    public static Task<Payload<CashierShiftView>> CloseShiftAsync(this GraphQLClient c, Guid shiftId, decimal countedCash, string? differenceReason = null) =>
        c.MutateAsync<Payload<CashierShiftView>>(CloseShift, new { s = shiftId, c = countedCash, r = differenceReason });

    public static Task<Payload<CashierShiftView>> ReconcileShiftAsync(this GraphQLClient c, Guid shiftId) => c.MutateAsync<Payload<CashierShiftView>>(ReconcileShift, new { s = shiftId });

    public static Task<CashierShiftView?> MyOpenShiftAsync(this GraphQLClient c, Guid estateId) => c.QueryAsync<CashierShiftView?>(MyOpenShift, new { e = estateId });

    public static Task<List<CashierShiftView>> CashierShiftsAsync(this GraphQLClient c, Guid estateId, string? status = null) =>
        c.QueryAsync<List<CashierShiftView>>(CashierShifts, new { e = estateId, s = status });

    public static Task<Payload<PaymentView>> ReissueReceiptAsync(this GraphQLClient c, Guid paymentId, string reason, string key) =>
        c.MutateAsync<Payload<PaymentView>>(ReissueReceipt, new { p = paymentId, r = reason, k = key });

    public static Task<Payload<RefundView>> RefundPaymentAsync(this GraphQLClient c, Guid paymentId, decimal amount, string reason, string key) =>
        c.MutateAsync<Payload<RefundView>>(RefundPayment, new { p = paymentId, a = amount, r = reason, k = key });
}
