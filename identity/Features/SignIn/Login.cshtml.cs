using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;

namespace PropertySaaS.Identity.Features.SignIn;

public sealed class LoginModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInFlow flow, ILogger<LoginModel> logger) : PageModel
{
    // Verified against when there is no password hash to check, so an unknown or locked name costs as long as a wrong password.
    private static string? _dummyHash;

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
            SpendHashTime();
            return Refused();
        }

        // Counts failures: five in a row lock the account for 15 minutes (see AuthServerSetup).
        var result = await signIn.CheckPasswordSignInAsync(user, Password, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            // Same answer as an unknown name or a wrong password, so the page does not tell which accounts exist;
            // the lockout itself is enforced (even the right password is refused) and logged.
            SpendHashTime();
            logger.LogWarning("Sign-in refused for user {UserId}: locked out until {LockoutEnd}", user.Id, user.LockoutEnd);
            return Refused();
        }
        if (!result.Succeeded) return Refused();

        // Only someone who knows the password learns that the account is disabled.
        if (user.Disabled)
        {
            logger.LogWarning("Sign-in refused for user {UserId}: account disabled", user.Id);
            Error = "AccountDisabled";
            return Page();
        }

        return LocalRedirect(await flow.ContinueAsync(user, totpDone: false, ReturnUrl));
    }

    private PageResult Refused()
    {
        Error = "InvalidLogin";
        return Page();
    }

    private void SpendHashTime()
    {
        var hasher = users.PasswordHasher;
        _dummyHash ??= hasher.HashPassword(new AppUser(), Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(new AppUser(), _dummyHash, Password ?? "");
    }
}
