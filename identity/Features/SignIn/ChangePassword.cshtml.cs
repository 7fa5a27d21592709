using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Localization;

namespace PropertySaaS.Identity.Features.SignIn;

/// <summary>First sign-in of a staff account created with a temporary password.</summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInFlow flow, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync() =>
        await flow.GetPendingAsync() is null ? RedirectToPage("Login", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await flow.GetPendingAsync() is not { } pending) return RedirectToPage("Login", new { ReturnUrl });
        var user = pending.User;
        if (NewPassword != ConfirmPassword || string.IsNullOrEmpty(NewPassword))
        {
            Errors.Add(text["PasswordsDiffer"]);
            return Page();
        }

        // The temporary password was just verified, so a reset token (not the old password) authorises the change.
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, NewPassword);
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Select(e => e.Description));
            return Page();
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        return LocalRedirect(await flow.ContinueAsync(user, pending.TotpDone, ReturnUrl));
    }
}
