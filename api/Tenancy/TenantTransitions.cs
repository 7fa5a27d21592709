namespace PropertySaaS.Api.Tenancy;

/// <summary>
/// A company's life in the catalog: provisioning ends active or failed; a failed (or interrupted) provisioning is
/// retried; the platform operator suspends and reactivates an active company (repeating a change is allowed and
/// repeats its effects). A company being provisioned, or failed, cannot be suspended or reactivated.
/// </summary>
public static class TenantTransitions
{
    public static readonly TransitionTable<TenantStatus> Table = new(new Dictionary<TenantStatus, TenantStatus[]>
    {
        [TenantStatus.Provisioning] = [TenantStatus.Provisioning, TenantStatus.Active, TenantStatus.Failed],
        [TenantStatus.Failed] = [TenantStatus.Provisioning],
        [TenantStatus.Active] = [TenantStatus.Active, TenantStatus.Suspended],
        [TenantStatus.Suspended] = [TenantStatus.Suspended, TenantStatus.Active],
    });

    /// <summary>The operator's moves (suspend, reactivate): only between the served states.</summary>
    public static bool IsOperatorMove(TenantStatus from, TenantStatus to) =>
        from is TenantStatus.Active or TenantStatus.Suspended && to is TenantStatus.Active or TenantStatus.Suspended && Table.CanMove(from, to);
}
