using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Accounts;
using PropertySaaS.Api.GraphQL;
using PropertySaaS.Api.Tenancy;

namespace PropertySaaS.Api.Features.Companies;

public sealed class TenantStatusEnum : EnumerationGraphType<TenantStatus> { public TenantStatusEnum() { Name = "CompanyStatus"; } }
public sealed class DatabaseProviderEnum : EnumerationGraphType<DatabaseProvider> { public DatabaseProviderEnum() { Name = "DatabaseProvider"; } }

/// <summary>A company as the platform administrator sees it. Connection details and credentials are never exposed.</summary>
public sealed class CompanyGraphType : ObjectGraphType<Tenant>
{
    public CompanyGraphType()
    {
        Name = "Company";
        Description = "物业服务企业 — a company (tenant) of the deployment.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Slug);
        Field(x => x.NameZh);
        Field(x => x.NameEn);
        Field<NonNullGraphType<TenantStatusEnum>>("status").Resolve(c => c.Source.Status);
        // A failed company's stored reason is the provisioning exception's text: operators read it in the log and the
        // CLI (`tenants list`); a response says only that it failed. Other reasons are the operator's own words.
        Field<StringGraphType>("statusReason").Resolve(c => c.Source.Status == TenantStatus.Failed
            ? Localization.Messages.Get(ResolverContext.Rc(c).Culture, "PROVISIONING_FAILED")
            : c.Source.StatusReason);
        Field<NonNullGraphType<DatabaseProviderEnum>>("provider").Resolve(c => c.Source.Provider);
        Field(x => x.Server).Description("Name of the database server entry; not a connection string.");
        Field(x => x.SchemaVersion, nullable: true);
        Field(x => x.CreatedAt);
    }
}

public sealed class ViewerGraphType : ObjectGraphType<RequestContext>
{
    public ViewerGraphType()
    {
        Name = "Viewer";
        Description = "The signed-in caller as the API sees them.";
        Field<NonNullGraphType<StringGraphType>>("userId").Resolve(c => c.Source.Viewer.UserId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Viewer.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => c.Source.Viewer.Roles.Order());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("estateIds").Resolve(c => c.Source.Viewer.EstateIds);
        Field<IdGraphType>("personId").Resolve(c => c.Source.Viewer.PersonId);
        Field<CurrentCompanyGraphType>("company").Resolve(c => c.Source.Tenant);
    }
}

public sealed class CurrentCompanyGraphType : ObjectGraphType<ResolvedTenant>
{
    public CurrentCompanyGraphType()
    {
        Name = "CurrentCompany";
        Field(x => x.Slug);
        Field(x => x.NameZh);
        Field(x => x.NameEn);
    }
}

public sealed class CreateCompanyInput
{
    public string Slug { get; set; } = "";
    public string NameZh { get; set; } = "";
    public string NameEn { get; set; } = "";
    public string? Server { get; set; }
}

public sealed class CreateCompanyInputType : InputObjectGraphType<CreateCompanyInput>
{
    public CreateCompanyInputType()
    {
        Name = "CreateCompanyInput";
        Field(x => x.Slug).Description("Lowercase letters, digits and hyphens; permanent.");
        Field(x => x.NameZh);
        Field(x => x.NameEn);
        Field(x => x.Server, nullable: true).Description("Database server entry to place the company on; default server if omitted.");
    }
}

public sealed class InvitedUserPayloadType() : PayloadType<InvitedUserGraphType, InvitedUser>("InvitedUserPayload", "invited");
public sealed class CompanyPayloadType() : PayloadType<CompanyGraphType, Tenant>("CompanyPayload", "company");

public static class CompanyGraph
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ViewerGraphType>>("me").Reads(Access.SignedIn, (rc, _) => Task.FromResult(rc));

        query.Field<NonNullGraphType<ConnectionType<CompanyGraphType, Tenant>>>("companies")
            .Description("Every company of the deployment (platform administrator only).")
            .Arguments(Paging.Arguments())
            .Reads(Access.PlatformAdmin, CompanyReads.PageAsync);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CompanyPayloadType>>("createCompany")
            .Description("Provisions a company: its own database, schema and reference data. Repeating it retries a failed attempt; a slug already in use is a CONFLICT.")
            .Argument<NonNullGraphType<CreateCompanyInputType>>("input")
            .RunsUseCase(CreateCompany.UseCase);

        mutation.Field<NonNullGraphType<InvitedUserPayloadType>>("createCompanyAdministrator")
            .Description("Creates a company's first (or another) administrator with a temporary password.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .Argument<NonNullGraphType<StringGraphType>>("userName")
            .Argument<NonNullGraphType<StringGraphType>>("displayName")
            .Argument<StringGraphType>("email")
            .RunsUseCaseOnArguments(CreateCompanyAdministrator.UseCase);

        foreach (var (name, useCase) in new[] { ("suspendCompany", ChangeCompanyStatus.Suspend), ("reactivateCompany", ChangeCompanyStatus.Reactivate) })
        {
            mutation.Field<NonNullGraphType<CompanyPayloadType>>(name)
                .Argument<NonNullGraphType<StringGraphType>>("slug")
                .Argument<StringGraphType>("reason")
                .RunsUseCaseOnArguments(useCase);
        }
    }
}
