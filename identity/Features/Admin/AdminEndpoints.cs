using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Registration;
using PropertySaaS.Identity.Hosting;
using PropertySaaS.Identity.Localization;
using PropertySaaS.Identity.Messaging;

namespace PropertySaaS.Identity.Features.Admin;

public sealed record TenantRequest(string? NameZh, string? NameEn);
public sealed record TenantResponse(string Slug, string NameZh, string NameEn);
public sealed record StaffRequest(string UserName, string? DisplayName, string? Email, string[]? Roles, Guid[]? Estates);
public sealed record AdminRequest(string UserName, string? DisplayName, string? Email);
/// <param name="TemporaryPassword">Only when the user was created now; the user must change it at first sign-in.</param>
public sealed record CreatedUserResponse(string UserId, string UserName, string? TemporaryPassword, MembershipResponse Membership);
public sealed record MembershipRequest(string[]? Roles, Guid[]? Estates, Guid? Person);
public sealed record MembershipResponse(string? Tenant, string[] Roles, Guid[] Estates, Guid? Person);
public sealed record UserResponse(string UserId, string UserName, string DisplayName, string? Email, string[] Roles, Guid[] Estates, Guid? Person,
    bool MustChangePassword, bool TwoFactorEnabled, bool LockedOut);
public sealed record InvitationRequest(Guid PersonId, string? UnitLabel, int? ValidDays);
public sealed record InvitationResponse(string Code, string Tenant, Guid PersonId, string UnitLabel, DateTimeOffset ExpiresAt);
public sealed record ErrorResponse(string Error);

/// <summary>
/// Internal admin API for the GraphQL API (client <c>propertysaas-api</c>, client credentials, scope <c>identity.admin</c>).
/// Not for browsers: the portals reach these operations only through the API, which checks the caller's role.
/// </summary>
public static class AdminEndpoints
{
    public static void MapAdminEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/internal").RequireAuthorization(AuthServerSetup.AdminPolicy).DisableAntiforgery();
        var tenant = api.MapGroup("/tenants/{slug}");

        tenant.MapPut("", async (string slug, TenantRequest body, UserProvisioning provisioning) =>
            await Guard(async () =>
            {
                var t = await provisioning.EnsureTenantAsync(slug, body.NameZh, body.NameEn);
                return Results.Ok(new TenantResponse(t.Slug, t.NameZh, t.NameEn));
            }));

        tenant.MapPost("/staff", (string slug, StaffRequest body, IdentityDb db, UserProvisioning provisioning, IMessageSender sender, UiText text) =>
            Guard(() => CreateUser(slug, body.UserName, body.DisplayName, body.Email, body.Roles ?? [], body.Estates ?? [], db, provisioning, sender, text)));

        tenant.MapPost("/admins", (string slug, AdminRequest body, IdentityDb db, UserProvisioning provisioning, IMessageSender sender, UiText text) =>
            Guard(() => CreateUser(slug, body.UserName, body.DisplayName, body.Email, [Roles.CompanyAdmin], [], db, provisioning, sender, text)));

        tenant.MapGet("/users", async (string slug, IdentityDb db, UserManager<AppUser> users) =>
        {
            var now = DateTimeOffset.UtcNow;
            var rows = await db.Memberships.Where(m => m.TenantSlug == slug)
                .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { m, u })
                .ToListAsync();
            return Results.Ok(rows.OrderBy(r => r.u.UserName).Select(r => new UserResponse(r.u.Id, r.u.UserName!, r.u.DisplayName, r.u.Email,
                [.. r.m.Roles], [.. r.m.Estates], r.m.PersonId, r.u.MustChangePassword, r.u.TwoFactorEnabled,
                r.u.LockoutEnd is { } end && end > now)));
        });

        tenant.MapPut("/users/{userId}/membership", (string slug, string userId, MembershipRequest body, UserManager<AppUser> users, IdentityDb db, UserProvisioning provisioning) =>
            Guard(async () =>
            {
                if (await db.Tenants.FindAsync(slug) is null) return Results.NotFound(new ErrorResponse($"Unknown tenant '{slug}'."));
                if (await users.FindByIdAsync(userId) is not { } user) return Results.NotFound(new ErrorResponse("Unknown user."));
                var m = await provisioning.SetMembershipAsync(user, slug, body.Roles ?? [], body.Estates ?? [], body.Person);
                return Results.Ok(ToResponse(m));
            }));

        tenant.MapDelete("/users/{userId}/membership", async (string slug, string userId, IdentityDb db) =>
        {
            var removed = await db.Memberships.Where(m => m.UserId == userId && m.TenantSlug == slug).ExecuteDeleteAsync();
            return removed == 0 ? Results.NotFound() : Results.NoContent();
        });

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
                return Results.Created((string?)null, new InvitationResponse(code, slug, i.PersonId, i.UnitLabel, i.ExpiresAt));
            }));
    }

    private static async Task<IResult> CreateUser(string slug, string userName, string? displayName, string? email, string[] roles, Guid[] estates,
        IdentityDb db, UserProvisioning provisioning, IMessageSender sender, UiText text)
    {
        if (await db.Tenants.FindAsync(slug) is null) return Results.NotFound(new ErrorResponse($"Unknown tenant '{slug}'."));
        if (string.IsNullOrWhiteSpace(userName)) return Results.BadRequest(new ErrorResponse("userName is required."));
        if (roles.Length == 0) return Results.BadRequest(new ErrorResponse("At least one role is required."));

        await using var tx = await db.Database.BeginTransactionAsync();
        var (user, temporary) = await provisioning.EnsureUserAsync(userName.Trim(), displayName, email);
        var membership = await provisioning.SetMembershipAsync(user, slug, roles, estates, null);
        await tx.CommitAsync();

        if (temporary is not null && user.Email is not null)
            await sender.SendAsync(new OutgoingMessage(user.Email, text["InviteSubject"], text["InviteBody", user.UserName!, temporary], temporary));
        return Results.Created((string?)null, new CreatedUserResponse(user.Id, user.UserName!, temporary, ToResponse(membership)));
    }

    private static MembershipResponse ToResponse(Membership m) => new(m.TenantSlug, [.. m.Roles], [.. m.Estates], m.PersonId);

    private static async Task<IResult> Guard(Func<Task<IResult>> action)
    {
        try { return await action(); }
        catch (UserProvisioning.ProvisioningException e) { return Results.BadRequest(new ErrorResponse(e.Message)); }
    }
}
