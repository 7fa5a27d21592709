namespace PropertySaaS.Api.Tenancy;

public enum TenancyError
{
    UnknownServer,
    InvalidSlug,
    InvalidName,
    SlugTaken,
    TenantUnknown,
    TenantNotActive,
    SchemaOutdated,
}

/// <summary>
/// A tenancy rule refused something. The message is for the log (English, names the company); callers are told by
/// code and localised text (TenantGate.Refusal), for which <see cref="Status"/> says why a company is not active.
/// </summary>
public sealed class TenancyException(TenancyError error, string message, TenantStatus? status = null) : Exception(message)
{
    public TenancyError Error { get; } = error;
    public TenantStatus? Status { get; } = status;
}
