using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Localization;
using C = PropertySaaS.Api.Features.ServiceDesk.ComplaintStatus;
using L = PropertySaaS.Api.Features.ServiceDesk.ClaimStatus;
using V = PropertySaaS.Api.Features.ServiceDesk.VisitStatus;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>The complaint's, the claim's and the visit's transition tables, every pair: allowed as listed here, refused typed otherwise.</summary>
public sealed class ComplaintTransitionsTests
{
    /// <summary>service-desk.md §7.8, exit conditions row by row (plus the on-the-spot repeat reopening).</summary>
    private static readonly Dictionary<C, C[]> Complaint = new()
    {
        [C.Received] = [C.ResolvedOnSpot, C.Routed],
        [C.ResolvedOnSpot] = [C.Closed, C.Reopened],
        [C.Routed] = [C.Investigating, C.InvalidProposed],
        [C.Investigating] = [C.PlanReplied],
        [C.PlanReplied] = [C.Negotiating, C.PendingApproval, C.InHandling],
        [C.Negotiating] = [C.InHandling, C.PendingApproval, C.EscalatedHq],
        [C.PendingApproval] = [C.InHandling, C.Negotiating],
        [C.InHandling] = [C.Handled],
        [C.Handled] = [C.Verified],
        [C.Verified] = [C.ReturnVisitDue, C.Observation, C.ExternalTracking],
        [C.ReturnVisitDue] = [C.Closed, C.Rework],
        [C.Rework] = [C.Handled],
        [C.Observation] = [C.Closed, C.Rework],
        [C.EscalatedHq] = [C.Closed],
        [C.ExternalTracking] = [C.Observation],
        [C.InvalidProposed] = [C.Invalid, C.Routed],
        [C.Invalid] = [C.Closed],
        [C.Closed] = [C.Reopened],
        [C.Reopened] = [C.Routed],
    };

    /// <summary>§7.11: no approval without legal review, no payment without approval; declined and paid are final.</summary>
    private static readonly Dictionary<L, L[]> Claim = new()
    {
        [L.Received] = [L.LegalReviewed, L.Declined],
        [L.LegalReviewed] = [L.Approved, L.Declined],
        [L.Approved] = [L.Paid],
        [L.Declined] = [],
        [L.Paid] = [],
    };

    /// <summary>§9.6 planned visits.</summary>
    private static readonly Dictionary<V, V[]> Visit = new()
    {
        [V.Planned] = [V.Booked, V.Done, V.Missed, V.Skipped],
        [V.Booked] = [V.Done, V.Missed],
        [V.Done] = [V.Reviewed],
        [V.Reviewed] = [],
        [V.Missed] = [],
        [V.Skipped] = [],
    };

    private static TheoryData<T, T> Pairs<T>() where T : struct, Enum
    {
        var d = new TheoryData<T, T>();
        foreach (var from in Enum.GetValues<T>())
            foreach (var to in Enum.GetValues<T>())
                d.Add(from, to);
        return d;
    }

    public static TheoryData<C, C> ComplaintPairs() => Pairs<C>();
    public static TheoryData<L, L> ClaimPairs() => Pairs<L>();
    public static TheoryData<V, V> VisitPairs() => Pairs<V>();

    private static void Check<T>(TransitionTable<T> table, Dictionary<T, T[]> expected, ErrorKind refusal, T from, T to) where T : struct, Enum
    {
        Assert.Equal(Enum.GetValues<T>().Order(), expected.Keys.Order());
        if (expected[from].Contains(to))
        {
            table.Ensure(from, to);
            return;
        }
        var refused = Assert.Throws<RuleException>(() => table.Ensure(from, to));
        Assert.Same(refusal, refused.Kind);
        var zh = refused.ToError(Messages.Chinese).Message;
        Assert.Contains(Messages.Get(Messages.Chinese, $"status.{typeof(T).Name}.{from}"), zh);
        Assert.Contains(Messages.Get(Messages.Chinese, $"status.{typeof(T).Name}.{to}"), zh);
    }

    [Theory, MemberData(nameof(ComplaintPairs))]
    public void Every_complaint_pair_is_allowed_exactly_as_section_7_8_says_and_refused_typed_otherwise(C from, C to) =>
        Check(ComplaintTransitions.Table, Complaint, ComplaintErrors.StatusRefused, from, to);

    [Theory, MemberData(nameof(ClaimPairs))]
    public void Every_claim_pair_is_allowed_exactly_as_section_7_11_says_and_refused_typed_otherwise(L from, L to) =>
        Check(ClaimTransitions.Table, Claim, ComplaintErrors.ClaimStatusRefused, from, to);

    [Theory, MemberData(nameof(VisitPairs))]
    public void Every_visit_pair_is_allowed_exactly_as_section_9_6_says_and_refused_typed_otherwise(V from, V to) =>
        Check(VisitTransitions.Table, Visit, ComplaintErrors.VisitStatusRefused, from, to);

    [Fact]
    public void A_complaint_move_is_logged_on_the_request_timeline_with_both_complaint_states()
    {
        var r = new ServiceRequest { Number = "TS-202612-0001", Description = "噪音", Type = ServiceRequestType.Complaint };
        var c = new Complaint { RequestId = r.Id, Status = C.Received };
        var by = new Actor("desk-1", "前台");
        var at = new DateTime(2026, 12, 11, 8, 30, 0, DateTimeKind.Utc);
        c.Move(r, C.Routed, ServiceAction.ComplaintMoved, by, at);
        Assert.Throws<RuleException>(() => c.Move(r, C.Closed, ServiceAction.ComplaintMoved, by, at));
        var e = Assert.Single(r.Timeline);
        Assert.Equal((ServiceAction.ComplaintMoved, (C?)C.Received, (C?)C.Routed, "desk-1"), (e.Action, e.ComplaintFrom, e.ComplaintTo, e.ActorId));
        Assert.Equal(C.Routed, c.Status);
    }

    [Theory]
    [InlineData(true, "999.99", false)]
    [InlineData(true, "1000", true)]     // "1000元以上" is inclusive
    [InlineData(true, "1000.01", true)]
    [InlineData(false, "50000", false)]  // no service error: not major, whatever the claim
    public void Major_is_a_service_error_with_a_claim_of_1000_yuan_or_more(bool fault, string amount, bool major)
    {
        var c = new Complaint { ServiceFault = fault, ClaimedAmount = decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture) };
        Assert.Equal(major, c.EvaluateMajor(new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(major, c.Major);
    }

    [Fact]
    public void A_major_flag_decided_by_hand_is_left_alone_by_the_rule()
    {
        var c = new Complaint { ServiceFault = true, ClaimedAmount = 2000m, MajorSource = ClassSource.Manual };
        Assert.False(c.EvaluateMajor(DateTime.UtcNow));
        Assert.False(c.Major);
    }

    [Theory]
    [InlineData(10, 1, 10, 31, true)]   // 30 days later: within the month (1 Oct → 31 Oct)
    [InlineData(10, 1, 11, 1, false)]   // 31 days later: outside
    [InlineData(1, 31, 2, 28, true)]    // 31 Jan → last day of February
    [InlineData(1, 31, 3, 1, false)]
    public void One_month_is_the_fee_month_rolling_from_the_earlier_complaint(int m1, int d1, int m2, int d2, bool within) =>
        Assert.Equal(within, ComplaintRules.WithinOneMonth(new DateOnly(2026, m1, d1), new DateOnly(2026, m2, d2)));

    [Fact]
    public void The_same_problem_is_the_same_place_text_ignoring_case_and_spaces_and_complainants_are_people_then_phones()
    {
        Assert.Equal(ComplaintRules.PlaceKey(" 3栋大堂 "), ComplaintRules.PlaceKey("3栋大堂"));
        Assert.Equal(ComplaintRules.PlaceKey("Gate A"), ComplaintRules.PlaceKey("gate a"));
        Assert.Null(ComplaintRules.PlaceKey("  "));
        var person = Guid.NewGuid();
        Assert.Equal(ComplaintRules.ComplainantKey(Guid.NewGuid(), person, "139"), ComplaintRules.ComplainantKey(Guid.NewGuid(), person, "138"));
        Assert.Equal(ComplaintRules.ComplainantKey(Guid.NewGuid(), null, "139"), ComplaintRules.ComplainantKey(Guid.NewGuid(), null, " 139"));
        Assert.NotEqual(ComplaintRules.ComplainantKey(Guid.NewGuid(), null, null), ComplaintRules.ComplainantKey(Guid.NewGuid(), null, null));
    }
}
