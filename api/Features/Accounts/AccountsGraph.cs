using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Accounts;

public sealed class CompanyUserGraphType : ObjectGraphType<IdentityUser>
{
    public CompanyUserGraphType()
    {
        Name = "CompanyUser";
        Description = "A sign-in account with a membership in the caller's company.";
        Field(x => x.UserId);
        Field(x => x.UserName);
        Field(x => x.DisplayName).Description("The name the company knows the person by.");
        Field(x => x.AccountManaged).Description(
            "True when this company created the account (its home company). Otherwise the person joined from another company's " +
            "account: e-mail is null and the sign-in state (mustChangePassword, twoFactorEnabled, lockedOut, disabled) reads false, not disclosed.");
        Field(x => x.Email, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("estateIds").Resolve(c => c.Source.Estates);
        Field<NonNullGraphType<BooleanGraphType>>("mustChangePassword").Resolve(c => c.Source.MustChangePassword ?? false);
        Field<NonNullGraphType<BooleanGraphType>>("twoFactorEnabled").Resolve(c => c.Source.TwoFactorEnabled ?? false);
        Field<NonNullGraphType<BooleanGraphType>>("lockedOut").Resolve(c => c.Source.LockedOut ?? false);
        Field<NonNullGraphType<BooleanGraphType>>("disabled").Description("Disabled by its home company or the platform: cannot sign in.")
            .Resolve(c => c.Source.Disabled ?? false);
    }
}

/// <summary>The outcome of inviting staff: a new account (<see cref="User"/>, maybe a temporary password) or a pending invitation of an existing one.</summary>
public sealed record InvitedUser(IdentityUser? User, string? TemporaryPassword, IdentityStaffInvitation? Invitation)
{
    /// <summary>
    /// Creates an account on the identity server, or invites an existing one, and reports it as a payload: the server's
    /// refusal of the input (400) is a typed error on userName, someone already on the staff (409) a conflict; the server
    /// being unreachable or failing is a request error.
    /// </summary>
    public static async Task<Payload<InvitedUser>> CreateAsync(RequestContext rc, Func<Task<CreatedIdentityUser>> create, string displayName, string? email)
    {
        try
        {
            var created = await create();
            if (created.Invitation is { } invitation) return Payload<InvitedUser>.Ok(new InvitedUser(null, null, invitation));
            var user = new IdentityUser(created.UserId!, created.UserName, displayName, true, email, created.Membership!.Roles, created.Membership.Estates,
                null, created.TemporaryPassword is not null, false, false, false);
            return Payload<InvitedUser>.Ok(new InvitedUser(user, created.TemporaryPassword, null));
        }
        catch (IdentityAdminException e) when (e.Status == System.Net.HttpStatusCode.BadRequest)
        {
            return Payload<InvitedUser>.Fail([new InvalidInput(e.Message, "userName")]);
        }
        catch (IdentityAdminException e) when (e.Status == System.Net.HttpStatusCode.Conflict)
        {
            return Payload<InvitedUser>.Fail(new Check(rc.Culture).Fail(AccountsErrors.AlreadyStaff, "userName"));
        }
        catch (Exception e) when (e is HttpRequestException or IdentityAdminException or TaskCanceledException)
        {
            throw rc.Error(ErrorCodes.Unavailable, "IDENTITY_UNAVAILABLE");
        }
    }
}

public sealed class StaffInvitationGraphType : ObjectGraphType<IdentityStaffInvitation>
{
    public StaffInvitationGraphType()
    {
        Name = "StaffInvitation";
        Description = "员工邀请 — the user name belongs to an existing account, which was not changed. The person signs in with their own " +
            "password and accepts at url (or enters code); only then do they join the company. The code works once, for that account only.";
        Field(x => x.Code);
        Field(x => x.Url);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("estateIds").Resolve(c => c.Source.Estates);
        Field(x => x.ExpiresAt);
    }
}

public sealed class InvitedUserGraphType : ObjectGraphType<InvitedUser>
{
    public InvitedUserGraphType()
    {
        Name = "InvitedUser";
        Field<CompanyUserGraphType>("user").Description("The new account; null when the user name belonged to an existing account (see invitation).")
            .Resolve(c => c.Source.User);
        Field(x => x.TemporaryPassword, nullable: true).Description("Shown once; the person must change it at first sign-in. Null if the account already existed.");
        Field<StaffInvitationGraphType>("invitation").Description("Set when the user name belonged to an existing account: the pending invitation to pass on.")
            .Resolve(c => c.Source.Invitation);
    }
}

public sealed class ResidentInvitationGraphType : ObjectGraphType<IdentityInvitation>
{
    public ResidentInvitationGraphType()
    {
        Name = "ResidentInvitation";
        Description = "An invitation code a resident redeems when registering at the sign-in page.";
        Field(x => x.Code);
        Field(x => x.UnitLabel);
        Field(x => x.ExpiresAt);
    }
}

/// <summary>The access an account or integration is given: roles and the estates they apply to.</summary>
public abstract class AccessInput
{
    public List<string> Roles { get; set; } = [];
    public List<Guid> EstateIds { get; set; } = [];

    /// <summary>Adds <c>roles</c> and <c>estateIds</c> to an input type.</summary>
    public static void Fields<T>(InputObjectGraphType<T> type) where T : AccessInput
    {
        type.Field(x => x.Roles, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>));
        type.Field(x => x.EstateIds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>));
    }
}

public sealed class InviteStaffInput : AccessInput
{
    public string UserName { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string? Email { get; set; }
}

public sealed class SetStaffRolesInput : AccessInput
{
    public string UserId { get; set; } = "";
}

public sealed class InviteStaffInputType : InputObjectGraphType<InviteStaffInput>
{
    public InviteStaffInputType()
    {
        Name = "InviteStaffInput";
        Field(x => x.UserName); Field(x => x.DisplayName); Field(x => x.Email, nullable: true);
        AccessInput.Fields(this);
    }
}

public sealed class SetStaffRolesInputType : InputObjectGraphType<SetStaffRolesInput>
{
    public SetStaffRolesInputType()
    {
        Name = "SetStaffRolesInput";
        Field(x => x.UserId);
        AccessInput.Fields(this);
    }
}

public sealed class InviteStaffPayloadType() : PayloadType<InvitedUserGraphType, InvitedUser>("InviteStaffPayload", "invited");
public sealed class CompanyUserPayloadType() : PayloadType<CompanyUserGraphType, IdentityUser>("CompanyUserPayload", "user");
public sealed class ResidentInvitationPayloadType() : PayloadType<ResidentInvitationGraphType, IdentityInvitation>("ResidentInvitationPayload", "invitation");

public sealed class IntegrationClientGraphType : ObjectGraphType<IdentityIntegrationClient>
{
    public IntegrationClientGraphType()
    {
        Name = "IntegrationClient";
        Description = "A machine integration of the company: gets API tokens with client credentials (scope api) for its roles and estates.";
        Field(x => x.ClientId);
        Field(x => x.DisplayName);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Resolve(c => c.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("estateIds").Resolve(c => c.Source.Estates);
    }
}

public sealed class CreateIntegrationClientInput : AccessInput
{
    public string DisplayName { get; set; } = "";
}

public sealed class CreateIntegrationClientInputType : InputObjectGraphType<CreateIntegrationClientInput>
{
    public CreateIntegrationClientInputType()
    {
        Name = "CreateIntegrationClientInput";
        Field(x => x.DisplayName);
        AccessInput.Fields(this);
    }
}

/// <summary>The payload of createIntegrationClient: the secret sits beside the client because it is shown only here, once.</summary>
public sealed class CreateIntegrationClientPayloadType : ObjectGraphType<Payload<IdentityIntegrationClient>>
{
    public CreateIntegrationClientPayloadType()
    {
        Name = "CreateIntegrationClientPayload";
        Field<IntegrationClientGraphType>("client").Resolve(c => c.Source.Value);
        Field<StringGraphType>("clientSecret").Description("Shown once; store it in the integration's secret store. The identity server keeps only a hash.")
            .Resolve(c => c.Source.Value?.ClientSecret);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class IntegrationClientPayloadType() : PayloadType<IntegrationClientGraphType, IdentityIntegrationClient>("IntegrationClientPayload", "client");

/// <summary>Staff accounts and resident invitations, kept in the identity server and managed through the API's role checks.</summary>
public static class AccountsGraph
{
    /// <summary>Roles a company administrator may hand out (never platform_admin; residents come by invitation).</summary>
    public static readonly string[] AssignableRoles = [.. Viewer.StaffRoles, AppRoles.CompanyAdmin];
    private static readonly string[] InvitationIssuers = [AppRoles.FrontDesk, AppRoles.CsSpecialist, AppRoles.Supervisor, AppRoles.EstateManager, AppRoles.CompanyAdmin];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyUserGraphType>>>>("companyUsers")
            .Description("Sign-in accounts of the company (company administrators).")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequireAny(AppRoles.CompanyAdmin);
                var users = await Call(rc, () => Client(rc).UsersAsync(rc.Tenant!.Slug, c.CancellationToken));
                return users.Where(u => !u.Roles.SequenceEqual([AppRoles.Resident])).ToList();
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntegrationClientGraphType>>>>("integrationClients")
            .Description("Machine integrations of the company (company administrators); secrets are never listed.")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequireAny(AppRoles.CompanyAdmin);
                return await Call(rc, () => Client(rc).IntegrationClientsAsync(rc.Tenant!.Slug, c.CancellationToken));
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InviteStaffPayloadType>>("inviteStaff")
            .Description("Creates a staff account with a temporary password; for an existing account, changes nothing and returns a pending invitation it accepts after signing in.")
            .Argument<NonNullGraphType<InviteStaffInputType>>("input")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequireAny(AppRoles.CompanyAdmin);
                var i = c.GetArgument<InviteStaffInput>("input");
                var check = new Check(rc.Culture).Required(i.UserName, "userName", 64).Required(i.DisplayName, "name", 50);
                await CheckRolesAndEstatesAsync(rc, i.Roles, i.EstateIds, check, c.CancellationToken);
                if (check.Failed) return Payload<InvitedUser>.Fail(check);
                return await InvitedUser.CreateAsync(rc, async () =>
                {
                    await Known(rc, c.CancellationToken);
                    return await Client(rc).CreateStaffAsync(rc.Tenant!.Slug, i.UserName.Trim(), i.DisplayName.Trim(), i.Email?.Trim(), [.. i.Roles.Distinct()], [.. i.EstateIds.Distinct()], c.CancellationToken);
                }, i.DisplayName.Trim(), i.Email);
            });

        mutation.Field<NonNullGraphType<CompanyUserPayloadType>>("setStaffRoles")
            .Description("Replaces a staff member's roles and estates in this company; takes effect at their next token refresh.")
            .Argument<NonNullGraphType<SetStaffRolesInputType>>("input")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequireAny(AppRoles.CompanyAdmin);
                var i = c.GetArgument<SetStaffRolesInput>("input");
                var check = new Check(rc.Culture).Required(i.UserId, "userId", 100);
                await CheckRolesAndEstatesAsync(rc, i.Roles, i.EstateIds, check, c.CancellationToken);
                if (i.UserId == rc.Viewer.UserId && !i.Roles.Contains(AppRoles.CompanyAdmin)) check.Fail(AccountsErrors.CannotDemoteSelf, "roles");
                if (check.Failed) return Payload<IdentityUser>.Fail(check);
                var client = Client(rc);
                var existing = (await Call(rc, () => client.UsersAsync(rc.Tenant!.Slug, c.CancellationToken))).SingleOrDefault(u => u.UserId == i.UserId);
                if (existing is null) return Payload<IdentityUser>.Fail(check.Missing("userId", "NOT_FOUND", "entity.staff"));
                var m = await Call(rc, () => client.SetMembershipAsync(rc.Tenant!.Slug, i.UserId, [.. i.Roles.Distinct()], [.. i.EstateIds.Distinct()], existing.Person, c.CancellationToken));
                return Payload<IdentityUser>.Ok(existing with { Roles = m.Roles, Estates = m.Estates });
            });

        mutation.Field<NonNullGraphType<CreateIntegrationClientPayloadType>>("createIntegrationClient")
            .Description("Registers a machine integration of this company with the roles and estates its tokens will carry; returns its secret once.")
            .Argument<NonNullGraphType<CreateIntegrationClientInputType>>("input")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequireAny(AppRoles.CompanyAdmin);
                var i = c.GetArgument<CreateIntegrationClientInput>("input");
                var check = new Check(rc.Culture).Required(i.DisplayName, "displayName", 100);
                await CheckRolesAndEstatesAsync(rc, i.Roles, i.EstateIds, check, c.CancellationToken);
                if (check.Failed) return Payload<IdentityIntegrationClient>.Fail(check);
                try
                {
                    var created = await Call(rc, () => Client(rc).CreateIntegrationClientAsync(rc.Tenant!.Slug, i.DisplayName.Trim(), [.. i.Roles.Distinct()], [.. i.EstateIds.Distinct()], c.CancellationToken));
                    return Payload<IdentityIntegrationClient>.Ok(created);
                }
                catch (IdentityAdminException e) when (e.Status == System.Net.HttpStatusCode.BadRequest)
                {
                    return Payload<IdentityIntegrationClient>.Fail([new InvalidInput(e.Message, "roles")]);
                }
            });

        mutation.Field<NonNullGraphType<IntegrationClientPayloadType>>("revokeIntegrationClient")
            .Description("Deletes a machine integration: it gets no new tokens; tokens already issued expire within their lifetime (one hour).")
            .Argument<NonNullGraphType<StringGraphType>>("clientId")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequireAny(AppRoles.CompanyAdmin);
                var clientId = c.GetArgument<string>("clientId");
                var check = new Check(rc.Culture);
                var client = Client(rc);
                // Listed through this company's path only, so another company's client id is simply not found.
                var existing = (await Call(rc, () => client.IntegrationClientsAsync(rc.Tenant!.Slug, c.CancellationToken))).SingleOrDefault(x => x.ClientId == clientId);
                if (existing is null || !await Call(rc, () => client.RevokeIntegrationClientAsync(rc.Tenant!.Slug, clientId, c.CancellationToken)))
                    return Payload<IdentityIntegrationClient>.Fail(check.Missing("clientId", "NOT_FOUND", "entity.integrationClient"));
                return Payload<IdentityIntegrationClient>.Ok(existing);
            });

        mutation.Field<NonNullGraphType<ResidentInvitationPayloadType>>("issueResidentInvitation")
            .Description("Front desk issues an invitation code for an owner, tenant or family member of a unit.")
            .Argument<NonNullGraphType<IdGraphType>>("unitId")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .ResolveAsync(async c =>
            {
                var rc = (RequestContext)c.UserContext;
                rc.RequireAny(InvitationIssuers);
                var unitId = c.GetArgument<Guid>("unitId");
                var personId = c.GetArgument<Guid>("personId");
                var check = new Check(rc.Culture);
                var db = rc.Db;
                var unit = await db.Units.AsNoTracking().Include(u => u.Building).SingleOrDefaultAsync(u => u.Id == unitId, c.CancellationToken);
                if (unit is null || !rc.Viewer.CanSeeEstate(unit.EstateId)) return Payload<IdentityInvitation>.Fail(check.Missing("unitId", "NOT_FOUND", "entity.unit"));
                var linked = await db.Units.Where(u => u.Id == unitId).OfResident(db, personId).AnyAsync(c.CancellationToken);
                if (!linked) return Payload<IdentityInvitation>.Fail(check.Missing("personId", "NOT_FOUND", "entity.person"));
                var estate = await db.Estates.AsNoTracking().Where(e => e.Id == unit.EstateId).Select(e => e.Name).SingleAsync(c.CancellationToken);
                var invitation = await Call(rc, () => Client(rc).InviteResidentAsync(rc.Tenant!.Slug, personId, $"{estate} {unit.Building!.Name} {unit.Number}", c.CancellationToken));
                return Payload<IdentityInvitation>.Ok(invitation);
            });
    }

    private static async Task CheckRolesAndEstatesAsync(RequestContext rc, List<string> roles, List<Guid> estateIds, Check check, CancellationToken ct)
    {
        if (roles.Count == 0) check.Invalid("roles", "REQUIRED", "field.roles");
        foreach (var role in roles.Where(r => !AssignableRoles.Contains(r))) check.Invalid("roles", "INVALID_ENUM", "field.roles", role);
        var ids = estateIds.Distinct().ToList();
        if (await rc.Db.Estates.CountAsync(e => ids.Contains(e.Id), ct) != ids.Count) check.Missing("estateIds", "NOT_FOUND", "entity.estate");
        if (roles.Any(r => r != AppRoles.CompanyAdmin) && ids.Count == 0 && !roles.Contains(AppRoles.CompanyAdmin)) check.Invalid("estateIds", "REQUIRED", "field.estates");
    }

    private static IdentityAdminClient Client(RequestContext rc) => rc.Services.GetRequiredService<IdentityAdminClient>();

    private static Task Known(RequestContext rc, CancellationToken ct) =>
        Client(rc).EnsureKnownAsync(rc.Tenant!.Slug, rc.Tenant.NameZh, rc.Tenant.NameEn, ct);

    /// <summary>The identity server being down is the deployment's problem, not the caller's: a clear request error.</summary>
    private static async Task<T> Call<T>(RequestContext rc, Func<Task<T>> call)
    {
        try
        {
            await Known(rc, CancellationToken.None);
            return await call();
        }
        catch (Exception e) when (e is HttpRequestException or IdentityAdminException { Status: not System.Net.HttpStatusCode.BadRequest })
        {
            throw rc.Error(ErrorCodes.Unavailable, "IDENTITY_UNAVAILABLE");
        }
    }
}
