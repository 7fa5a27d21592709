using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Tests.Architecture;

namespace PropertySaaS.Api.Tests.Features.Registry;

/// <summary>The registry's state rules as tables and domain functions.</summary>
public sealed class RegistryShapeTests
{
    [Fact]
    public void Staff_may_correct_a_unit_status_in_any_direction()
    {
        var all = Enum.GetNames<UnitStatus>();
        TransitionTableAssert.Allows(UnitTransitions.Table, string.Join("; ", all.SelectMany(f => all.Select(t => $"{f}→{t}"))), CoreErrors.StatusChangeRefused);
    }

    [Fact]
    public void An_ended_ownership_or_lease_is_not_ended_again()
    {
        var ownership = new Ownership { StartDate = new DateOnly(2020, 1, 1) };
        ownership.End(new DateOnly(2026, 1, 31));
        Assert.Same(RegistryErrors.AlreadyEnded, Assert.Throws<RuleException>(() => ownership.End(new DateOnly(2026, 2, 28))).Kind);
        Assert.Equal(new DateOnly(2026, 1, 31), ownership.EndDate);
        var lease = new Lease { LeaseStart = new DateOnly(2025, 1, 1), LeaseEnd = new DateOnly(2026, 12, 31) };
        lease.End(new DateOnly(2026, 3, 31));
        Assert.Equal("tenancyId", Assert.Throws<RuleException>(() => lease.End(new DateOnly(2026, 4, 30))).Field);
    }

    [Theory]
    [InlineData("", 100, true)]
    [InlineData("60,40", 0.01, false)]
    [InlineData("60", 40, true)]
    [InlineData("60", 40.01, false)]
    public void Current_owners_shares_never_exceed_100_percent(string held, decimal share, bool fits) =>
        Assert.Equal(fits, Ownership.SharesFit(held.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(decimal.Parse), share));
}
