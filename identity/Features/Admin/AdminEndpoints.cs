using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Authorization;
using PropertySaaS.Identity.Features.Registration;
using PropertySaaS.Identity.Hosting;
using PropertySaaS.Identity.Localization;
using PropertySaaS.Identity.Messaging;

namespace PropertySaaS.Identity.Features.Admin;

/// <param name="Status"><c>active</c> or <c>suspended</c>; null leaves it as it is.</param>
public sealed record TenantRequest(string? NameZh, string? NameEn, string? Status);
public sealed record TenantResponse(string Slug, string NameZh, string NameEn, string Status);
public sealed record StaffRequest(string UserName, string? DisplayName, string? Email, string[]? Roles, Guid[]? Estates);
public sealed record AdminRequest(string UserName, string? DisplayName, string? Email);
/// <summary>
/// 201: a new account (<paramref name="TemporaryPassword"/> shown once, <paramref name="Membership"/> set).
/// 202: the user name belongs to an existing account, which was not changed; <paramref name="Invitation"/> is the
/// pending staff invitation the person accepts after signing in (no user id: nothing about the account is disclosed).
/// </summary>
public sealed record CreatedUserResponse(string? UserId, string UserName, string? TemporaryPassword, MembershipResponse? Membership, StaffInvitationResponse? Invitation);
/// <param name="Url">The identity server's accept page with the code filled in.</param>
public sealed record StaffInvitationResponse(string Code, string Url, string Tenant, string[] Roles, Guid[] Estates, DateTimeOffset ExpiresAt);
public sealed record MembershipRequest(string[]? Roles, Guid[]? Estates, Guid? Person);
public sealed record MembershipResponse(string? Tenant, string[] Roles, Guid[] Estates, Guid? Person);
/// <summary>
/// A member of the company. <paramref name="AccountManaged"/>: the company is the account's home company; only then are
/// the account-level fields filled in (the others are null) and <paramref name="DisplayName"/> may be the account's own name.
/// </summary>
public sealed record UserResponse(string UserId, string UserName, string DisplayName, bool AccountManaged, string? Email, string[] Roles, Guid[] Estates,
    Guid? Person, bool? MustChangePassword, bool? TwoFactorEnabled, bool? LockedOut, bool? Disabled);
public sealed record DisabledRequest(bool Disabled);
public sealed record DisabledResponse(string UserId, bool Disabled);
public sealed record InvitationRequest(Guid PersonId, string? UnitLabel, int? ValidDays);
public sealed record InvitationResponse(string Code, string Tenant, Guid PersonId, string UnitLabel, DateTimeOffset ExpiresAt);
public sealed record ErrorResponse(string Error);

/// <summary>
/// Internal admin API for the GraphQL API (client <c>propertysaas-api</c>, client credentials, scope <c>identity.admin</c>).
/// Not for browsers: the portals reach these operations only through the API, which checks the caller's role and
/// takes <c>{slug}</c> from the caller's token. Every operation on a user asks: may this company touch this account?
/// A company changes only its own memberships; account-level fields are seen and changed only by the account's home
/// company (or, without a company in the path, the platform); a user of another company is 404, like an unknown id.
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/internal").RequireAuthorization(AuthServerSetup.AdminPolicy).DisableAntiforgery();
        var tenant = api.MapGroup("/tenants/{slug}");

        tenant.MapPut("", (string slug, TenantRequest body, UserProvisioning provisioning, ILoggerFactory loggers) =>
            Guard(async () =>
            {
                bool? suspended = body.Status?.Trim().ToLowerInvariant() switch
                {
                    null => null,
                    "active" => false,
                    "suspended" => true,
                    _ => throw new UserProvisioning.ProvisioningException("status must be 'active' or 'suspended'."),
                };
                var t = await provisioning.EnsureTenantAsync(slug, body.NameZh, body.NameEn, suspended);
                if (suspended is not null) loggers.CreateLogger(typeof(AdminEndpoints)).LogInformation("Company {Tenant} is now {Status}", slug, StatusOf(t));
                return Results.Ok(new TenantResponse(t.Slug, t.NameZh, t.NameEn, StatusOf(t)));
            }));

        tenant.MapPost("/staff", (string slug, StaffRequest body, HttpContext http, IServiceProvider sp) =>
            Guard(() => AddStaff(slug, body.UserName, body.DisplayName, body.Email, body.Roles ?? [], body.Estates ?? [], http, sp)));

        tenant.MapPost("/admins", (string slug, AdminRequest body, HttpContext http, IServiceProvider sp) =>
            Guard(() => AddStaff(slug, body.UserName, body.DisplayName, body.Email, [Roles.CompanyAdmin], [], http, sp)));

        tenant.MapGet("/users", async (string slug, IdentityDb db) =>
        {
            var now = DateTimeOffset.UtcNow;
            var rows = await db.Memberships.AsNoTracking().Where(m => m.TenantSlug == slug)
                .Join(db.Users.AsNoTracking(), m => m.UserId, u => u.Id, (m, u) => new { m, u })
                .ToListAsync();
            return Results.Ok(rows.OrderBy(r => r.u.UserName).Select(r => ToUserResponse(r.u, r.m, slug, now)));
        });

        tenant.MapPut("/users/{userId}/membership", (string slug, string userId, MembershipRequest body, UserProvisioning provisioning) =>
            Guard(async () =>
            {
                // Only a membership the company already has: a company cannot add itself to someone else's account.
                var m = await provisioning.UpdateMembershipAsync(slug, userId, body.Roles ?? [], body.Estates ?? [], body.Person);
                return m is null ? Results.NotFound(new ErrorResponse("Unknown user.")) : Results.Ok(ToResponse(m));
            }));

        tenant.MapDelete("/users/{userId}/membership", async (string slug, string userId, IdentityDb db) =>
        {
            var removed = await db.Memberships.Where(m => m.UserId == userId && m.TenantSlug == slug).ExecuteDeleteAsync();
            return removed == 0 ? Results.NotFound() : Results.NoContent();
        });

        tenant.MapPut("/users/{userId}/disabled", (string slug, string userId, DisabledRequest body, UserManager<AppUser> users, Sessions sessions, ILoggerFactory loggers, CancellationToken ct) =>
            SetDisabledAsync(slug, userId, body.Disabled, users, sessions, loggers, ct));

        // The platform administrator (the API checks the role): any account.
        api.MapPut("/users/{userId}/disabled", (string userId, DisabledRequest body, UserManager<AppUser> users, Sessions sessions, ILoggerFactory loggers, CancellationToken ct) =>
            SetDisabledAsync(null, userId, body.Disabled, users, sessions, loggers, ct));

        tenant.MapPost("/clients", (string slug, IntegrationClientRequest body, IdentityDb db, IntegrationClients clients, CancellationToken ct) =>
            Guard(async () =>
            {
                if (await db.Tenants.FindAsync([slug], ct) is null) return Results.NotFound(new ErrorResponse($"Unknown tenant '{slug}'."));
                var created = await clients.CreateAsync(slug, body.DisplayName ?? "", body.Roles ?? [], body.Estates ?? [], ct);
                return Results.Created((string?)null, created);
            }));

        tenant.MapGet("/clients", async (string slug, IntegrationClients clients, CancellationToken ct) =>
            Results.Ok(await clients.ListAsync(slug, ct)));

        tenant.MapDelete("/clients/{clientId}", async (string slug, string clientId, IntegrationClients clients, CancellationToken ct) =>
            await clients.RevokeAsync(slug, clientId, ct) ? Results.NoContent() : Results.NotFound());

        tenant.MapPost("/invitations", (string slug, InvitationRequest body, IdentityDb db, Invitations invitations) =>
            Guard(async () =>
            {
                if (await db.Tenants.FindAsync(slug) is null) return Results.NotFound(new ErrorResponse($"Unknown tenant '{slug}'."));
                var (code, i) = await invitations.CreateAsync(slug, body.PersonId, body.UnitLabel ?? "", body.ValidDays is > 0 and <= 365 ? body.ValidDays.Value : 30);
                return Results.Created((string?)null, new InvitationResponse(code, slug, body.PersonId, i.UnitLabel, i.ExpiresAt));
            }));
    }

    private static async Task<IResult> AddStaff(string slug, string userName, string? displayName, string? email, string[] roles, Guid[] estates,
        HttpContext http, IServiceProvider sp)
    {
        var db = sp.GetRequiredService<IdentityDb>();
        if (await db.Tenants.FindAsync(slug) is not { } company) return Results.NotFound(new ErrorResponse($"Unknown tenant '{slug}'."));
        if (string.IsNullOrWhiteSpace(userName)) return Results.BadRequest(new ErrorResponse("userName is required."));
        if (roles.Length == 0) return Results.BadRequest(new ErrorResponse("At least one role is required."));

        var outcome = await sp.GetRequiredService<UserProvisioning>().AddStaffAsync(slug, userName.Trim(), displayName, email, roles, estates, http.RequestAborted);
        var sender = sp.GetRequiredService<IMessageSender>();
        var text = sp.GetRequiredService<UiText>();
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminEndpoints));
        switch (outcome)
        {
            case UserProvisioning.CreatedAccount(var user, var temporary, var membership):
                if (temporary is not null && user.Email is not null)
                    await sender.SendAsync(new OutgoingMessage(user.Email, text["InviteSubject"], text["InviteBody", user.UserName!, temporary], temporary));
                logger.LogInformation("Company {Tenant} created account {UserId}", slug, user.Id);
                return Results.Created((string?)null, new CreatedUserResponse(user.Id, user.UserName!, temporary, ToResponse(membership), null));

            case UserProvisioning.InvitedAccount(var user, var code, var invitation):
                var url = PublicBase(http) + "Registration/Accept?code=" + Uri.EscapeDataString(code);
                // The account's own address, never one the inviting company typed in.
                if ((user.Email ?? user.PhoneNumber) is { } to)
                {
                    var name = UiText.IsEnglish ? company.NameEn : company.NameZh;
                    await sender.SendAsync(new OutgoingMessage(to, text["StaffInviteSubject"],
                        text["StaffInviteBody", name, url, code, invitation.ExpiresAt.ToString("yyyy-MM-dd")], code));
                }
                logger.LogInformation("Company {Tenant} invited existing account {UserId} (invitation {InvitationId})", slug, user.Id, invitation.Id);
                return Results.Accepted((string?)null, new CreatedUserResponse(null, user.UserName!, null, null,
                    new StaffInvitationResponse(code, url, slug, [.. invitation.Roles], [.. invitation.Estates], invitation.ExpiresAt)));

            default:
                throw new InvalidOperationException();
        }
    }

    /// <summary>Home company (<paramref name="slug"/>) or platform (null); another company's account is 404.</summary>
    private static async Task<IResult> SetDisabledAsync(string? slug, string userId, bool disabled, UserManager<AppUser> users, Sessions sessions,
        ILoggerFactory loggers, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || (slug is not null && user.HomeTenantSlug != slug)) return Results.NotFound(new ErrorResponse("Unknown user."));
        if (user.Disabled != disabled)
        {
            user.Disabled = disabled;
            // A new security stamp ends the account's cookie sessions at their next validation.
            var result = await users.UpdateSecurityStampAsync(user);
            if (!result.Succeeded) return Results.BadRequest(new ErrorResponse(string.Join(" ", result.Errors.Select(e => e.Description))));
            if (disabled) await sessions.RevokeUserAsync(user.Id, ct);
            loggers.CreateLogger(typeof(AdminEndpoints)).LogInformation("Account {UserId} {Action} by {By}", user.Id, disabled ? "disabled" : "enabled", slug ?? "the platform");
        }
        return Results.Ok(new DisabledResponse(user.Id, user.Disabled));
    }

    private static UserResponse ToUserResponse(AppUser u, Membership m, string slug, DateTimeOffset now)
    {
        var managed = u.HomeTenantSlug == slug;
        return new UserResponse(u.Id, u.UserName!, m.DisplayName ?? (managed ? u.DisplayName : u.UserName!), managed, managed ? u.Email : null,
            [.. m.Roles], [.. m.Estates], m.PersonId,
            managed ? u.MustChangePassword : null, managed ? u.TwoFactorEnabled : null, managed ? u.LockoutEnd is { } end && end > now : null,
            managed ? u.Disabled : null);
    }

    private static string StatusOf(TenantEntry t) => t.Suspended ? "suspended" : "active";

    private static MembershipResponse ToResponse(Membership m) => new(m.TenantSlug, [.. m.Roles], [.. m.Estates], m.PersonId);

    /// <summary>The address people use to reach this server: the configured issuer, else the request's own.</summary>
    private static string PublicBase(HttpContext http)
    {
        var issuer = http.RequestServices.GetRequiredService<IConfiguration>()["Identity:Issuer"];
        var root = !string.IsNullOrWhiteSpace(issuer) ? issuer : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";
        return root.TrimEnd('/') + "/";
    }

    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (UserProvisioning.ProvisioningException e) { return Results.BadRequest(new ErrorResponse(e.Message)); }
        catch (UserProvisioning.ConflictException e) { return Results.Conflict(new ErrorResponse(e.Message)); }
    }
}
