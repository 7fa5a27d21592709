namespace PropertySaaS.Api.Core;

/// <summary>Error kinds that are not one feature's.</summary>
public static class CoreErrors
{
    /// <summary>A transition table refused a status change that has no more specific kind.</summary>
    public static readonly ErrorKind StatusChangeRefused = ErrorKind.Conflict("StatusChangeRefused", "STATUS_CHANGE_REFUSED",
        "The record's current status does not allow this change.");
}
