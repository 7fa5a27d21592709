namespace PropertySaaS.Api.Features.Companies;

/// <summary>The refusals of the company (tenant) rules, each its own schema type (docs/architecture.md, "Typed errors").</summary>
public static class CompaniesErrors
{
    public static readonly ErrorKind CompanySlugTaken = ErrorKind.Conflict("CompanySlugTaken", "SLUG_TAKEN",
        "An existing company already uses the slug; it was not changed.");
}
