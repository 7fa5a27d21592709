using PropertySaaS.Api.Tenancy;
using PropertySaaS.Api.Tests.Architecture;

namespace PropertySaaS.Api.Tests.Tenancy;

/// <summary>A company's status moves, as a table; the operator's suspend/reactivate only between the served states.</summary>
public sealed class TenantTransitionTests
{
    [Fact]
    public void Provisioning_ends_active_or_failed_a_failure_is_retried_and_only_a_served_company_is_suspended_or_reactivated() =>
        TransitionTableAssert.Allows(TenantTransitions.Table,
            "Provisioning→Provisioning; Provisioning→Active; Provisioning→Failed; Failed→Provisioning; " +
            "Active→Active; Active→Suspended; Suspended→Suspended; Suspended→Active", CoreErrors.StatusChangeRefused);

    [Theory]
    [InlineData(TenantStatus.Active, TenantStatus.Suspended, true)]
    [InlineData(TenantStatus.Suspended, TenantStatus.Active, true)]
    [InlineData(TenantStatus.Active, TenantStatus.Active, true)]
    [InlineData(TenantStatus.Provisioning, TenantStatus.Active, false)]
    [InlineData(TenantStatus.Failed, TenantStatus.Active, false)]
    [InlineData(TenantStatus.Provisioning, TenantStatus.Suspended, false)]
    [InlineData(TenantStatus.Active, TenantStatus.Failed, false)]
    public void The_operator_moves_a_company_only_between_active_and_suspended(TenantStatus from, TenantStatus to, bool allowed) =>
        Assert.Equal(allowed, TenantTransitions.IsOperatorMove(from, to));
}
