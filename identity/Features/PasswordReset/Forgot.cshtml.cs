using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Localization;
using PropertySaaS.Identity.Messaging;

namespace PropertySaaS.Identity.Features.PasswordReset;

public sealed class ForgotModel(UserManager<AppUser> users, IMessageSender sender, UiText text) : PageModel
{
    [BindProperty] public string? UserName { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var name = UserName?.Trim() ?? "";
        var user = await users.FindByNameAsync(name);
        if (user is not null)
        {
            // Six-digit code from Identity's e-mail token provider, bound to the user's security stamp.
            var code = await users.GeneratePasswordResetTokenAsync(user);
            await sender.SendAsync(new OutgoingMessage(user.Email ?? user.PhoneNumber ?? user.UserName!,
                text["ResetSubject"], text["ResetBody", code], code));
        }
        // Same answer whether or not the account exists, so the page cannot be used to probe user names.
        return RedirectToPage("Reset", new { userName = name });
    }
}
