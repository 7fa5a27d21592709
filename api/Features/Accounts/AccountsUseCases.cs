using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Accounts;

/// <summary>Who manages the company's accounts.</summary>
public static class AccountsAccess
{
    /// <summary>Roles a company administrator may hand out (never platform_admin; residents come by invitation).</summary>
    public static readonly string[] AssignableRoles = [.. Viewer.StaffRoles, AppRoles.CompanyAdmin];

    /// <summary>Staff accounts and integrations are the company administrator's.</summary>
    public static readonly Access Administrators = Access.Roles(AppRoles.CompanyAdmin);

    /// <summary>Who may hand a resident an invitation code.</summary>
    public static readonly Access InvitationIssuers = Access.Roles(AppRoles.FrontDesk, AppRoles.CsSpecialist, AppRoles.Supervisor, AppRoles.EstateManager, AppRoles.CompanyAdmin);
}

/// <summary>Creates a staff account with a temporary password, or invites an existing account.</summary>
public static class InviteStaff
{
    public static readonly UseCase<InviteStaffInput, InvitedUser> UseCase = new(AccountsAccess.Administrators, RunAsync);

    public static async Task<Payload<InvitedUser>> RunAsync(RequestContext rc, InviteStaffInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.UserName, "userName", 64).Required(i.DisplayName, "name", 50);
        await Identity.CheckAccessAsync(rc, i, check, ct);
        if (check.Failed) return Payload<InvitedUser>.Fail(check);
        return await InvitedUser.CreateAsync(rc, async () =>
        {
            await Identity.KnownAsync(rc, ct);
            return await Identity.Client(rc).CreateStaffAsync(rc.Tenant!.Slug, i.UserName.Trim(), i.DisplayName.Trim(), i.Email?.Trim(), [.. i.Roles.Distinct()], [.. i.EstateIds.Distinct()], ct);
        }, i.DisplayName.Trim(), i.Email);
    }
}

/// <summary>Replaces a staff member's roles and estates in this company; an administrator cannot demote themselves.</summary>
public static class SetStaffRoles
{
    public static readonly UseCase<SetStaffRolesInput, IdentityUser> UseCase = new(AccountsAccess.Administrators, RunAsync);

    public static async Task<Payload<IdentityUser>> RunAsync(RequestContext rc, SetStaffRolesInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.UserId, "userId", 100);
        await Identity.CheckAccessAsync(rc, i, check, ct);
        if (i.UserId == rc.Viewer.UserId && !i.Roles.Contains(AppRoles.CompanyAdmin)) check.Fail(AccountsErrors.CannotDemoteSelf, "roles");
        if (check.Failed) return Payload<IdentityUser>.Fail(check);
        var client = Identity.Client(rc);
        var existing = (await Identity.CallAsync(rc, () => client.UsersAsync(rc.Tenant!.Slug, ct))).SingleOrDefault(u => u.UserId == i.UserId);
        if (existing is null) return Payload<IdentityUser>.Fail(check.Missing("userId", "NOT_FOUND", "entity.staff"));
        var m = await Identity.CallAsync(rc, () => client.SetMembershipAsync(rc.Tenant!.Slug, i.UserId, [.. i.Roles.Distinct()], [.. i.EstateIds.Distinct()], existing.Person, ct));
        return Payload<IdentityUser>.Ok(existing with { Roles = m.Roles, Estates = m.Estates });
    }
}

/// <summary>Registers a machine integration of this company; its secret is returned once.</summary>
public static class CreateIntegrationClient
{
    public static readonly UseCase<CreateIntegrationClientInput, IdentityIntegrationClient> UseCase = new(AccountsAccess.Administrators, RunAsync);

    public static async Task<Payload<IdentityIntegrationClient>> RunAsync(RequestContext rc, CreateIntegrationClientInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture).Required(i.DisplayName, "displayName", 100);
        await Identity.CheckAccessAsync(rc, i, check, ct);
        if (check.Failed) return Payload<IdentityIntegrationClient>.Fail(check);
        try
        {
            var created = await Identity.CallAsync(rc, () => Identity.Client(rc).CreateIntegrationClientAsync(rc.Tenant!.Slug, i.DisplayName.Trim(), [.. i.Roles.Distinct()], [.. i.EstateIds.Distinct()], ct));
            return Payload<IdentityIntegrationClient>.Ok(created);
        }
        catch (IdentityAdminException e) when (e.Status == System.Net.HttpStatusCode.BadRequest)
        {
            return Payload<IdentityIntegrationClient>.Fail([new InvalidInput(e.Message, "roles")]);
        }
    }
}

public sealed record RevokeIntegrationClientInput(string ClientId);

/// <summary>Deletes a machine integration of this company; another company's client id is simply not found.</summary>
public static class RevokeIntegrationClient
{
    public static readonly UseCase<RevokeIntegrationClientInput, IdentityIntegrationClient> UseCase = new(AccountsAccess.Administrators, RunAsync);

    public static async Task<Payload<IdentityIntegrationClient>> RunAsync(RequestContext rc, RevokeIntegrationClientInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        var client = Identity.Client(rc);
        // Listed through this company's path only, so another company's client id is simply not found.
        var existing = (await Identity.CallAsync(rc, () => client.IntegrationClientsAsync(rc.Tenant!.Slug, ct))).SingleOrDefault(x => x.ClientId == i.ClientId);
        if (existing is null || !await Identity.CallAsync(rc, () => client.RevokeIntegrationClientAsync(rc.Tenant!.Slug, i.ClientId, ct)))
            return Payload<IdentityIntegrationClient>.Fail(check.Missing("clientId", "NOT_FOUND", "entity.integrationClient"));
        return Payload<IdentityIntegrationClient>.Ok(existing);
    }
}

public sealed record IssueResidentInvitationInput(Guid UnitId, Guid PersonId);

/// <summary>Front desk issues an invitation code for an owner, tenant or family member of a unit in the caller's estates.</summary>
public static class IssueResidentInvitation
{
    public static readonly UseCase<IssueResidentInvitationInput, IdentityInvitation> UseCase = new(AccountsAccess.InvitationIssuers, RunAsync);

    public static async Task<Payload<IdentityInvitation>> RunAsync(RequestContext rc, IssueResidentInvitationInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        var db = rc.Db;
        var unit = await db.Units.AsNoTracking().Include(u => u.Building).SingleOrDefaultAsync(u => u.Id == i.UnitId, ct);
        if (unit is null || !rc.Viewer.CanSeeEstate(unit.EstateId)) return Payload<IdentityInvitation>.Fail(check.Missing("unitId", "NOT_FOUND", "entity.unit"));
        var linked = await db.Units.Where(u => u.Id == i.UnitId).OfResident(db, i.PersonId).AnyAsync(ct);
        if (!linked) return Payload<IdentityInvitation>.Fail(check.Missing("personId", "NOT_FOUND", "entity.person"));
        var estate = await db.Estates.AsNoTracking().Where(e => e.Id == unit.EstateId).Select(e => e.Name).SingleAsync(ct);
        var invitation = await Identity.CallAsync(rc, () => Identity.Client(rc).InviteResidentAsync(rc.Tenant!.Slug, i.PersonId, $"{estate} {unit.Building!.Name} {unit.Number}", ct));
        return Payload<IdentityInvitation>.Ok(invitation);
    }
}

/// <summary>The company administrator's reads of the identity server, through this company's path only.</summary>
public static class AccountsReads
{
    /// <summary>Staff accounts of the company (accounts that are only residents are not listed).</summary>
    public static async Task<List<IdentityUser>> CompanyUsersAsync(RequestContext rc, CancellationToken ct)
    {
        var users = await Identity.CallAsync(rc, () => Identity.Client(rc).UsersAsync(rc.Tenant!.Slug, ct));
        return [.. users.Where(u => !u.Roles.SequenceEqual([AppRoles.Resident]))];
    }

    public static Task<List<IdentityIntegrationClient>> IntegrationClientsAsync(RequestContext rc, CancellationToken ct) =>
        Identity.CallAsync(rc, () => Identity.Client(rc).IntegrationClientsAsync(rc.Tenant!.Slug, ct));
}

/// <summary>The feature's way to the identity server: its client, and the checks the account use cases share.</summary>
internal static class Identity
{
    public static IdentityAdminClient Client(RequestContext rc) => rc.Services.GetRequiredService<IdentityAdminClient>();

    public static Task KnownAsync(RequestContext rc, CancellationToken ct) =>
        Client(rc).EnsureKnownAsync(rc.Tenant!.Slug, rc.Tenant.NameZh, rc.Tenant.NameEn, ct);

    /// <summary>Calls the identity server for this company; the server being unreachable or failing is a request error.</summary>
    public static async Task<T> CallAsync<T>(RequestContext rc, Func<Task<T>> call)
    {
        try
        {
            await KnownAsync(rc, CancellationToken.None);
            return await call();
        }
        catch (Exception e) when (e is HttpRequestException or IdentityAdminException { Status: not System.Net.HttpStatusCode.BadRequest })
        {
            throw rc.Error(ErrorCodes.Unavailable, "IDENTITY_UNAVAILABLE");
        }
    }

    /// <summary>The roles are assignable ones, the estates exist, and staff roles come with at least one estate.</summary>
    public static async Task CheckAccessAsync(RequestContext rc, AccessInput i, Check check, CancellationToken ct)
    {
        if (i.Roles.Count == 0) check.Invalid("roles", "REQUIRED", "field.roles");
        foreach (var role in i.Roles.Where(r => !AccountsAccess.AssignableRoles.Contains(r))) check.Invalid("roles", "INVALID_ENUM", "field.roles", role);
        var ids = i.EstateIds.Distinct().ToList();
        if (await rc.Db.Estates.CountAsync(e => ids.Contains(e.Id), ct) != ids.Count) check.Missing("estateIds", "NOT_FOUND", "entity.estate");
        if (i.Roles.Any(r => r != AppRoles.CompanyAdmin) && ids.Count == 0 && !i.Roles.Contains(AppRoles.CompanyAdmin)) check.Invalid("estateIds", "REQUIRED", "field.estates");
    }
}
