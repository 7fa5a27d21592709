using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Authorization;

namespace PropertySaaS.Identity.Features.SignIn;

public sealed class LogoutModel(SignInManager<AppUser> signIn, Sessions sessions) : PageModel
{
    public bool Done { get; private set; }

    public void OnGet(bool done) => Done = done;

    public async Task<IActionResult> OnPostAsync()
    {
        await sessions.SignOutAsync(HttpContext, signIn);
        return RedirectToPage(new { done = true });
    }
}
