namespace PropertySaaS.Api.Features.Billing.Metering;

/// <summary>The refusals of the metering rules, each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class MeteringErrors
{
    public static readonly ErrorKind ReadingExists = ErrorKind.Conflict("ReadingExists", "READING_EXISTS",
        "The unit already has a reading of this meter for the month (one reading per unit, meter and month).");
}
