namespace PropertySaaS.Api.Tenancy;

public enum TenancyError
{
    UnknownServer,
    InvalidSlug,
    InvalidName,
    SlugTaken,
    TenantUnknown,
    TenantNotActive,
    TenantMismatch,
    SchemaOutdated,
}

public sealed class TenancyException(TenancyError error, string message) : Exception(message)
{
    public TenancyError Error { get; } = error;
}
