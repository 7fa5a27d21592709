using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;

namespace PropertySaaS.Identity.Features.SignIn;

public sealed class TotpModel(UserManager<AppUser> users, SignInFlow flow) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? Code { get; set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await flow.GetPendingAsync() is null ? RedirectToPage("Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await flow.GetPendingAsync() is not { } pending) return RedirectToPage("Login", new { ReturnUrl });
        var user = pending.User;
        if (await users.IsLockedOutAsync(user)) { Error = "LockedOut"; return Page(); }

        var code = (Code ?? "").Replace(" ", "");
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.AccessFailedAsync(user);
            Error = await users.IsLockedOutAsync(user) ? "LockedOut" : "InvalidCode";
            return Page();
        }
        await users.ResetAccessFailedCountAsync(user);
        return LocalRedirect(await flow.ContinueAsync(user, totpDone: true, ReturnUrl));
    }
}
