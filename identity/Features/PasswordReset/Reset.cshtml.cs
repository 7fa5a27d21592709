using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Localization;

namespace PropertySaaS.Identity.Features.PasswordReset;

public sealed class ResetModel(UserManager<AppUser> users, UiText text) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? UserName { get; set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string? NewPassword { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    public List<string> Errors { get; } = [];

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (NewPassword != ConfirmPassword) { Errors.Add(text["PasswordsDiffer"]); return Page(); }
        var user = await users.FindByNameAsync(UserName?.Trim() ?? "");
        if (user is null) { Errors.Add(text["ResetFailed"]); return Page(); }

        var result = await users.ResetPasswordAsync(user, Code?.Trim() ?? "", NewPassword ?? "");
        if (!result.Succeeded)
        {
            Errors.AddRange(result.Errors.Any(e => e.Code == "InvalidToken") ? [text["ResetFailed"]] : result.Errors.Select(e => e.Description));
            return Page();
        }
        // Whoever proves control of the mailbox chose this password; no need to change it again.
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        return RedirectToPage("/SignIn/Login", new { info = "ResetDone" });
    }
}
