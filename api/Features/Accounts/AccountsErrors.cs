namespace PropertySaaS.Api.Features.Accounts;

/// <summary>The refusals of the account rules, each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class AccountsErrors
{
    public static readonly ErrorKind AlreadyStaff = ErrorKind.Conflict("AlreadyStaff", "ALREADY_STAFF",
        "The person already has an account on the company's staff; change their roles instead.");
    public static readonly ErrorKind CannotDemoteSelf = ErrorKind.Invalid("CannotDemoteSelf", "CANNOT_DEMOTE_SELF",
        "A company administrator cannot remove their own administrator role.");
}
