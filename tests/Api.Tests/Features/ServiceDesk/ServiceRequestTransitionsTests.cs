using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Localization;
using S = PropertySaaS.Api.Features.ServiceDesk.ServiceRequestStatus;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>The service request's one transition table, every pair: allowed as listed here, refused typed otherwise.</summary>
public sealed class ServiceRequestTransitionsTests
{
    /// <summary>The flow of service-desk.md §3.3/§6.6/§7.8 as the desk runs it (from → the states it may move to).</summary>
    private static readonly Dictionary<S, S[]> Expected = new()
    {
        [S.Received] = [S.Dispatched, S.Completed, S.Cancelled],
        [S.Dispatched] = [S.Accepted, S.Rejected, S.Dispatched, S.Cancelled],
        [S.Rejected] = [S.Dispatched, S.Cancelled],
        [S.Accepted] = [S.InProgress, S.Dispatched, S.Cancelled],
        [S.InProgress] = [S.Completed, S.Dispatched],
        [S.Completed] = [S.SignedOff, S.ReturnVisited, S.Closed, S.Reopened],
        [S.SignedOff] = [S.ReturnVisited, S.Closed, S.Reopened],
        [S.ReturnVisited] = [S.Closed, S.Reopened],
        [S.Closed] = [S.Reopened],
        [S.Reopened] = [S.Dispatched, S.InProgress],
        [S.Cancelled] = [],
    };

    public static TheoryData<S, S> AllPairs()
    {
        var d = new TheoryData<S, S>();
        foreach (var from in Enum.GetValues<S>())
            foreach (var to in Enum.GetValues<S>())
                d.Add(from, to);
        return d;
    }

    [Theory, MemberData(nameof(AllPairs))]
    public void Every_pair_is_allowed_exactly_as_the_flow_says_and_refused_typed_otherwise(S from, S to)
    {
        var table = ServiceRequestTransitions.Table;
        if (Expected[from].Contains(to))
        {
            table.Ensure(from, to);
            return;
        }
        var refused = Assert.Throws<RuleException>(() => table.Ensure(from, to));
        Assert.Same(ServiceDeskErrors.StatusRefused, refused.Kind);
        var zh = refused.ToError(Messages.Chinese).Message;
        Assert.Contains(Messages.Get(Messages.Chinese, $"status.ServiceRequestStatus.{from}"), zh);
        Assert.Contains(Messages.Get(Messages.Chinese, $"status.ServiceRequestStatus.{to}"), zh);
    }

    [Fact]
    public void A_closed_request_can_only_be_reopened_and_a_cancelled_one_not_at_all()
    {
        Assert.Equal([S.Reopened], Enum.GetValues<S>().Where(to => ServiceRequestTransitions.Table.CanMove(S.Closed, to)));
        Assert.Empty(Enum.GetValues<S>().Where(to => ServiceRequestTransitions.Table.CanMove(S.Cancelled, to)));
        // Reopening is only from completed or closed work.
        Assert.Equal([S.Completed, S.SignedOff, S.ReturnVisited, S.Closed], ServiceRequestTransitions.Table.From(S.Reopened).Order());
    }

    [Fact]
    public void Every_step_moves_through_the_table_and_is_logged_with_both_states()
    {
        var r = new ServiceRequest { Number = "BX-202612-0001", Description = "漏水", Status = S.Received };
        var by = new Actor("desk-1", "前台");
        var at = new DateTime(2026, 12, 11, 8, 30, 0, DateTimeKind.Utc);
        r.Move(S.Dispatched, ServiceAction.Dispatched, by, at);
        Assert.Throws<RuleException>(() => r.Move(S.Closed, ServiceAction.Closed, by, at));
        var e = Assert.Single(r.Timeline);
        Assert.Equal((ServiceAction.Dispatched, (S?)S.Received, (S?)S.Dispatched, "desk-1", at), (e.Action, e.FromStatus, e.ToStatus, e.ActorId, e.At));
        Assert.Equal(S.Dispatched, r.Status);
    }
}
