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
        query.Field<NonNullGraphType<ViewerGraphType>>("me").Resolve(c => (RequestContext)c.UserContext);

        query.Field<NonNullGraphType<ConnectionType<CompanyGraphType, Tenant>>>("companies")
            .Description("Every company of the deployment (platform administrator only).")
            .Arguments(Paging.Arguments())
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequirePlatformAdmin();
                var catalog = rc.Services.GetRequiredService<CatalogDatabase>();
                await using var db = catalog.Open();
                return await db.Tenants.AsNoTracking().OrderBy(t => t.Slug).ToConnectionAsync(c);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CompanyPayloadType>>("createCompany")
            .Description("Provisions a company: its own database, schema and reference data. Repeating it retries a failed attempt; a slug already in use is a CONFLICT.")
            .Argument<NonNullGraphType<CreateCompanyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequirePlatformAdmin();
                var i = c.GetArgument<CreateCompanyInput>("input");
                var check = new Check(rc.Culture).Required(i.NameZh, "nameZh", 100).Required(i.NameEn, "nameEn", 100);
                if (!TenantProvisioner.SlugPattern().IsMatch(i.Slug ?? "")) check.Invalid("slug", "INVALID_SLUG");
                var servers = rc.Services.GetRequiredService<DatabaseServerRegistry>();
                if (i.Server is { } s && !servers.Exists(s)) check.Invalid("server", "UNKNOWN_SERVER", s);
                if (check.Failed) return Payload<Tenant>.Fail(check);
                Tenant tenant;
                try
                {
                    tenant = await rc.Services.GetRequiredService<TenantProvisioner>()
                        .CreateAsync(new ProvisionRequest(i.Slug!, i.NameZh, i.NameEn, i.Server), c.CancellationToken);
                }
                catch (TenancyException e) when (e.Error == TenancyError.SlugTaken)
                {
                    return Payload<Tenant>.Fail(check.Fail(CompaniesErrors.CompanySlugTaken, "slug", i.Slug));
                }
                if (tenant.Status == TenantStatus.Active)
                {
                    // The sign-in server shows company names in its picker; it is told now, and again by any retry.
                    try { await rc.Services.GetRequiredService<IdentityAdminClient>().EnsureTenantAsync(tenant.Slug, tenant.NameZh, tenant.NameEn, c.CancellationToken); }
                    catch (Exception e) when (e is HttpRequestException or IdentityAdminException or TaskCanceledException)
                    {
                        return new Payload<Tenant>(tenant, [new Conflict(check.Text("IDENTITY_UNAVAILABLE"), "slug")]);
                    }
                }
                // A failed company is still returned: the platform administrator sees its reason and may retry.
                return tenant.Status == TenantStatus.Failed
                    ? new Payload<Tenant>(tenant, [new Conflict(check.Text("PROVISIONING_FAILED"), "slug")])
                    : Payload<Tenant>.Ok(tenant);
            });

        mutation.Field<NonNullGraphType<InvitedUserPayloadType>>("createCompanyAdministrator")
            .Description("Creates a company's first (or another) administrator with a temporary password.")
            .Argument<NonNullGraphType<StringGraphType>>("slug")
            .Argument<NonNullGraphType<StringGraphType>>("userName")
            .Argument<NonNullGraphType<StringGraphType>>("displayName")
            .Argument<StringGraphType>("email")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequirePlatformAdmin();
                var slug = c.GetArgument<string>("slug");
                var check = new Check(rc.Culture).Required(c.GetArgument<string>("userName"), "userName", 64).Required(c.GetArgument<string>("displayName"), "name", 50);
                await using (var db = rc.Services.GetRequiredService<CatalogDatabase>().Open())
                    if (!await db.Tenants.AnyAsync(t => t.Slug == slug && t.Status == TenantStatus.Active, c.CancellationToken)) check.Missing("slug", "NOT_FOUND", "entity.company");
                if (check.Failed) return Payload<InvitedUser>.Fail(check);
                var identity = rc.Services.GetRequiredService<IdentityAdminClient>();
                var displayName = c.GetArgument<string>("displayName").Trim();
                return await InvitedUser.CreateAsync(rc, async () =>
                {
                    var tenant = await rc.Services.GetRequiredService<TenantDirectory>().ResolveAsync(slug, c.CancellationToken);
                    await identity.EnsureKnownAsync(slug, tenant.NameZh, tenant.NameEn, c.CancellationToken);
                    return await identity.CreateAdministratorAsync(slug, c.GetArgument<string>("userName").Trim(), displayName, c.GetArgument<string?>("email"), c.CancellationToken);
                }, displayName, c.GetArgument<string?>("email"));
            });

        foreach (var (name, status) in new[] { ("suspendCompany", TenantStatus.Suspended), ("reactivateCompany", TenantStatus.Active) })
        {
            mutation.Field<NonNullGraphType<CompanyPayloadType>>(name)
                .Argument<NonNullGraphType<StringGraphType>>("slug")
                .Argument<StringGraphType>("reason")
                .ResolveAsync(async c =>
                {
                    var rc = (RequestContext)c.UserContext;
                    rc.RequirePlatformAdmin();
                    var (tenant, identityTold) = await CompanyStatusChange.SetAsync(rc.Services, c.GetArgument<string>("slug"), status,
                        c.GetArgument<string?>("reason"), c.CancellationToken);
                    var check = new Check(rc.Culture);
                    if (tenant is null) return Payload<Tenant>.Fail(check.Missing("slug", "NOT_FOUND", "entity.company"));
                    return identityTold ? Payload<Tenant>.Ok(tenant) : new Payload<Tenant>(tenant, [new Conflict(check.Text("IDENTITY_NOT_TOLD"), "slug")]);
                });
        }
    }
}
