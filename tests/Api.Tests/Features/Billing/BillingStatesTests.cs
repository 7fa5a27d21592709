using PropertySaaS.Api.Features.Billing.Online;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.Tests.Features.Billing;

/// <summary>
/// The billing records' state machines as tables (issue 14 §3): every pair of states is listed as allowed ("From>To")
/// or refused, and a refused move is the table's typed error.
/// </summary>
public sealed class BillingStatesTests
{
    private static void AssertTable<TState>(TransitionTable<TState> table, ErrorKind refusal, params string[] moves) where TState : struct, Enum
    {
        foreach (var from in table.States)
            foreach (var to in table.States)
            {
                var allowed = moves.Contains($"{from}>{to}");
                Assert.True(allowed == table.CanMove(from, to), $"{typeof(TState).Name}: {from} → {to}");
                if (allowed) continue;
                var refused = Assert.Throws<RuleException>(() => table.Ensure(from, to));
                Assert.Same(refusal, refused.Kind);
                Assert.False(string.IsNullOrWhiteSpace(refused.ToError(Messages.English).Message));
            }
    }

    [Fact]
    public void A_till_shift_is_closed_once_and_then_reconciled() =>
        AssertTable(ShiftTransitions.Table, CoreErrors.StatusChangeRefused, "Open>Closed", "Closed>Reconciled");

    [Fact]
    public void A_refund_succeeds_or_fails_once_and_a_failed_one_Stripe_later_confirms_is_booked() =>
        AssertTable(RefundTransitions.Table, CoreErrors.StatusChangeRefused, "Pending>Succeeded", "Pending>Failed", "Failed>Succeeded");

    [Fact]
    public void A_paid_checkout_never_changes_and_money_for_an_expired_or_failed_one_is_still_booked() =>
        AssertTable(OnlineCheckoutTransitions.Table, OnlineErrors.CheckoutNotOpen,
            "Open>Paid", "Open>Expired", "Open>Failed", "Expired>Paid", "Failed>Paid");

    [Fact]
    public void An_anomaly_is_refunded_or_dismissed_once_and_a_refused_refund_reopens_it() =>
        AssertTable(PaymentAnomalyTransitions.Table, OnlineErrors.AnomalyNotOpen,
            "Open>Refunding", "Open>Refunded", "Open>Dismissed", "Refunding>Refunded", "Refunding>Open");

    [Fact]
    public void A_shift_moves_through_its_table_only()
    {
        var shift = new CashierShift { CashierId = "desk-1", Status = ShiftStatus.Open };
        shift.MoveTo(ShiftStatus.Closed);
        Assert.Equal("shiftId", Assert.Throws<RuleException>(() => shift.MoveTo(ShiftStatus.Closed)).Field);
        shift.MoveTo(ShiftStatus.Reconciled);
        Assert.Equal(ShiftStatus.Reconciled, shift.Status);
    }
}
