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
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CompanyUserGraphType>>>>("companyUsers")
            .Description("Sign-in accounts of the company (company administrators).")
            .Reads(AccountsAccess.Administrators, (rc, c) => AccountsReads.CompanyUsersAsync(rc, c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntegrationClientGraphType>>>>("integrationClients")
            .Description("Machine integrations of the company (company administrators); secrets are never listed.")
            .Reads(AccountsAccess.Administrators, (rc, c) => AccountsReads.IntegrationClientsAsync(rc, c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<InviteStaffPayloadType>>("inviteStaff")
            .Description("Creates a staff account with a temporary password; for an existing account, changes nothing and returns a pending invitation it accepts after signing in.")
            .Argument<NonNullGraphType<InviteStaffInputType>>("input")
            .RunsUseCase(InviteStaff.UseCase);

        mutation.Field<NonNullGraphType<CompanyUserPayloadType>>("setStaffRoles")
            .Description("Replaces a staff member's roles and estates in this company; takes effect at their next token refresh.")
            .Argument<NonNullGraphType<SetStaffRolesInputType>>("input")
            .RunsUseCase(SetStaffRoles.UseCase);

        mutation.Field<NonNullGraphType<CreateIntegrationClientPayloadType>>("createIntegrationClient")
            .Description("Registers a machine integration of this company with the roles and estates its tokens will carry; returns its secret once.")
            .Argument<NonNullGraphType<CreateIntegrationClientInputType>>("input")
            .RunsUseCase(CreateIntegrationClient.UseCase);

        mutation.Field<NonNullGraphType<IntegrationClientPayloadType>>("revokeIntegrationClient")
            .Description("Deletes a machine integration: it gets no new tokens; tokens already issued expire within their lifetime (one hour).")
            .Argument<NonNullGraphType<StringGraphType>>("clientId")
            .RunsUseCaseOnArguments(RevokeIntegrationClient.UseCase);

        mutation.Field<NonNullGraphType<ResidentInvitationPayloadType>>("issueResidentInvitation")
            .Description("Front desk issues an invitation code for an owner, tenant or family member of a unit.")
            .Argument<NonNullGraphType<IdGraphType>>("unitId")
            .Argument<NonNullGraphType<IdGraphType>>("personId")
            .RunsUseCaseOnArguments(IssueResidentInvitation.UseCase);
    }
}
