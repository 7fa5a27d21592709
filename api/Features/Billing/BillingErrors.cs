namespace PropertySaaS.Api.Features.Billing;

/// <summary>The refusals of the billing rules, each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class BillingErrors
{
    public static readonly ErrorKind RateOverlaps = ErrorKind.Conflict("RateOverlaps", "RATE_OVERLAP",
        "The rate's effective dates overlap an existing rate of the fee item.");
    public static readonly ErrorKind FeeItemNameTaken = ErrorKind.Conflict("FeeItemNameTaken", "DUPLICATE_FEE_ITEM",
        "The estate already has a fee item of this name.");
}
