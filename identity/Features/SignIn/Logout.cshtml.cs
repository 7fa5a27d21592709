using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;

namespace PropertySaaS.Identity.Features.SignIn;

public sealed class LogoutModel(SignInManager<AppUser> signIn) : PageModel
{
    public bool Done { get; private set; }

    public void OnGet(bool done) => Done = done;

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage(new { done = true });
    }
}
