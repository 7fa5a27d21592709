using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;

namespace PropertySaaS.Identity.Features.SignIn;

public sealed class LoginModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInFlow flow) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? Password { get; set; }
    public string? Error { get; private set; }
    public string? Info { get; private set; }

    public void OnGet(string? info) => Info = info is "ResetDone" ? info : null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = string.IsNullOrWhiteSpace(UserName) ? null : await users.FindByNameAsync(UserName.Trim());
        if (user is null || string.IsNullOrEmpty(Password))
        {
            Error = "InvalidLogin";
            return Page();
        }

        // Counts failures: five in a row lock the account for 15 minutes (see AuthServerSetup).
        var result = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (result.IsLockedOut) { Error = "LockedOut"; return Page(); }
        if (!result.Succeeded) { Error = "InvalidLogin"; return Page(); }

        return LocalRedirect(await flow.ContinueAsync(user, totpDone: false, ReturnUrl));
    }
}
