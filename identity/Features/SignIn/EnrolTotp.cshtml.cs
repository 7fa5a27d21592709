using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;

namespace PropertySaaS.Identity.Features.SignIn;

/// <summary>TOTP enrolment with Identity's authenticator token provider (RFC 6238, 30 s, 6 digits, SHA-1).</summary>
public sealed class EnrolTotpModel(UserManager<AppUser> users, SignInFlow flow) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? Code { get; set; }
    public string? Error { get; private set; }
    public string Secret { get; private set; } = "";
    public string OtpAuthUri { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        if (await flow.GetPendingAsync() is not { } pending) return RedirectToPage("Login", new { ReturnUrl });
        await LoadSecretAsync(pending.User);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await flow.GetPendingAsync() is not { } pending) return RedirectToPage("Login", new { ReturnUrl });
        var user = pending.User;
        var code = (Code ?? "").Replace(" ", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.AccessFailedAsync(user);
            Error = "InvalidCode";
            await LoadSecretAsync(user);
            return Page();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        return LocalRedirect(await flow.ContinueAsync(user, totpDone: true, ReturnUrl));
    }

    private async Task LoadSecretAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        Secret = key!;
        OtpAuthUri = $"otpauth://totp/PropertySaaS:{Uri.EscapeDataString(user.UserName!)}?secret={key}&issuer=PropertySaaS&digits=6";
    }
}
