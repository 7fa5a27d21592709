using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Authorization;
using PropertySaaS.Identity.Features.Companies;

namespace PropertySaaS.Identity.Features.SignIn;

/// <summary>
/// The steps between a correct password and a signed-in session: first-login password change,
/// then TOTP (enrolment if an administrator has none yet). Until all are done the user holds only
/// Identity's short "two-factor user id" cookie, which is not a session.
/// </summary>
public sealed class SignInFlow(IHttpContextAccessor accessor, UserManager<AppUser> users, SignInManager<AppUser> signIn, MembershipDirectory memberships)
{
    private const string TotpDoneClaim = "psaas:totp";
    /// <summary>Claim of the session cookie: <c>mfa</c> after a TOTP code, <c>pwd</c> after the password alone.</summary>
    public const string AmrClaim = "amr";
    private HttpContext Http => accessor.HttpContext!;

    public sealed record Pending(AppUser User, bool TotpDone);

    /// <summary>Call after the password (or an equivalent proof) was verified.</summary>
    public async Task<string> ContinueAsync(AppUser user, bool totpDone, string? returnUrl)
    {
        var query = "?returnUrl=" + Uri.EscapeDataString(SafeReturnUrl(returnUrl));
        if (user.Disabled)
        {
            // Disabled while signing in: no session, back to the sign-in page.
            await Http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
            return "/SignIn/Login" + query;
        }
        if (user.MustChangePassword)
        {
            await SetPendingAsync(user, totpDone);
            return "/SignIn/ChangePassword" + query;
        }

        var roles = (await memberships.ForUserAsync(user.Id)).SelectMany(m => m.Roles);
        var enrolled = user.TwoFactorEnabled && !string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user));
        if (!totpDone && (enrolled || Roles.RequiresTotp(roles)))
        {
            await SetPendingAsync(user, totpDone);
            return (enrolled ? "/SignIn/Totp" : "/SignIn/EnrolTotp") + query;
        }

        await Http.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        // A new session id per sign-in: the authorizations issued in this session carry it, and sign-out revokes them.
        await signIn.SignInWithClaimsAsync(user, Sessions.NewSessionProperties(), [new Claim(AmrClaim, totpDone ? "mfa" : "pwd")]);
        return SafeReturnUrl(returnUrl);
    }

    public async Task<Pending?> GetPendingAsync()
    {
        var result = await Http.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        var userId = result.Principal?.FindFirstValue(ClaimTypes.Name);
        var user = userId is null ? null : await users.FindByIdAsync(userId);
        return user is null ? null : new Pending(user, result.Principal!.HasClaim(TotpDoneClaim, "1"));
    }

    private Task SetPendingAsync(AppUser user, bool totpDone)
    {
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        if (totpDone) identity.AddClaim(new Claim(TotpDoneClaim, "1"));
        return Http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>Only local URLs: the return URL is the authorize request, never an outside site.</summary>
    public static string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl : "/";
}
