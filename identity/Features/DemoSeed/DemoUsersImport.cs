using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Admin;

namespace PropertySaaS.Identity.Features.DemoSeed;

/// <summary>A demo login; <paramref name="Id"/>, when given, is the new account's id (the API links demo staff records to it).</summary>
public sealed record DemoUser(string UserName, string? DisplayName, string? Email, string Password, string? TotpSecret, List<DemoMembership> Memberships, string? Id = null);
public sealed record DemoMembership(string? Tenant, string? TenantNameZh, string? TenantNameEn, List<string>? Roles, List<Guid>? Estates, Guid? Person);

/// <summary>
/// Imports the demo logins written by the API's demo seeder. Idempotent: a re-import sets password, TOTP secret
/// and memberships to what the file says, so the demo always starts from a known state.
/// </summary>
public sealed class DemoUsersImport(IdentityDb db, UserManager<AppUser> users, IUserStore<AppUser> store, UserProvisioning provisioning, ILogger<DemoUsersImport> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    public async Task<int> ImportFileAsync(string path, CancellationToken ct = default)
    {
        await using var stream = File.OpenRead(path);
        var demo = await JsonSerializer.DeserializeAsync<List<DemoUser>>(stream, Json, ct) ?? [];
        await ImportAsync(demo, ct);
        logger.LogInformation("Imported {Count} demo users from {Path}", demo.Count, path);
        return demo.Count;
    }

    public async Task ImportAsync(IReadOnlyList<DemoUser> demo, CancellationToken ct = default)
    {
        // One hash per distinct password: the demo file may hold hundreds of residents with the same password,
        // and PBKDF2 is deliberately slow.
        var hashes = new Dictionary<string, string>();
        foreach (var d in demo)
        {
            foreach (var m in d.Memberships.Where(m => m.Tenant is not null).DistinctBy(m => m.Tenant))
                await provisioning.EnsureTenantAsync(m.Tenant!, m.TenantNameZh, m.TenantNameEn, ct: ct);

            // The demo file is the truth for its accounts (an operator's seed, not a company's request): name, e-mail
            // and password are set to what it says. The home company is the user's only company (none with several),
            // the same rule the migration applied to existing accounts.
            var companies = d.Memberships.Select(m => m.Tenant).OfType<string>().Distinct().ToList();
            var home = companies.Count == 1 ? companies[0] : null;
            var user = await users.FindByNameAsync(d.UserName);
            if (user is null)
                (user, _) = await provisioning.CreateUserAsync(d.UserName, d.DisplayName, d.Email, home, d.Password, d.Id);
            if (!string.IsNullOrWhiteSpace(d.DisplayName)) user.DisplayName = d.DisplayName;
            if (!string.IsNullOrWhiteSpace(d.Email)) user.Email = d.Email;
            user.HomeTenantSlug = home;
            user.Disabled = false;
            if (!hashes.TryGetValue(d.Password, out var hash))
                hashes[d.Password] = hash = users.PasswordHasher.HashPassword(user, d.Password);
            user.PasswordHash = hash;
            user.MustChangePassword = false;
            user.LockoutEnd = null;
            user.AccessFailedCount = 0;
            if (!string.IsNullOrWhiteSpace(d.TotpSecret))
            {
                // A fixed secret pre-enrols demo administrators, so e2e tests can compute their codes.
                await ((IUserAuthenticatorKeyStore<AppUser>)store).SetAuthenticatorKeyAsync(user, d.TotpSecret, ct);
                user.TwoFactorEnabled = true;
            }
            await users.UpdateSecurityStampAsync(user);

            var keep = new HashSet<string?>();
            foreach (var m in d.Memberships)
            {
                await provisioning.SetMembershipAsync(user, m.Tenant, m.Roles ?? [], m.Estates ?? [], m.Person, user.DisplayName, ct);
                keep.Add(m.Tenant);
            }
            var stale = await db.Memberships.Where(m => m.UserId == user.Id).ToListAsync(ct);
            db.Memberships.RemoveRange(stale.Where(m => !keep.Contains(m.TenantSlug)));
            await db.SaveChangesAsync(ct);
        }
    }
}
