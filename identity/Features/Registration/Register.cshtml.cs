using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.SignIn;
using PropertySaaS.Identity.Localization;

namespace PropertySaaS.Identity.Features.Registration;

/// <summary>住户自助注册 — resident self-registration with an invitation code from the front desk.</summary>
public sealed class RegisterModel(UserManager<AppUser> users, Invitations invitations, IdentityDb db, SignInFlow flow, UiText text, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    [BindProperty] public string? UserName { get; set; }
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? ConfirmPassword { get; set; }
    public List<string> Errors { get; } = [];

    /// <summary>A signed-in account redeems the code for itself instead of registering another account.</summary>
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true
        ? RedirectToPage("Accept", new { Code, ReturnUrl })
        : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true) return RedirectToPage("Accept", new { Code, ReturnUrl });
        if (Password != ConfirmPassword) { Errors.Add(text["PasswordsDiffer"]); return Page(); }
        if (string.IsNullOrWhiteSpace(UserName)) { Errors.Add(text["UserName"]); return Page(); }
        var invitation = await invitations.FindOpenAsync(Code);
        // Staff invitations are for an existing account, which accepts them after signing in (Accept).
        if (invitation is not { Kind: InvitationKind.Resident }) { Errors.Add(text["InvalidInvitation"]); return Page(); }
        if (await users.FindByNameAsync(UserName.Trim()) is not null) { Errors.Add(text["UserNameTaken"]); return Page(); }

        await using var tx = await db.Database.BeginTransactionAsync();
        var user = new AppUser
        {
            UserName = UserName.Trim(),
            DisplayName = string.IsNullOrWhiteSpace(DisplayName) ? UserName.Trim() : DisplayName.Trim(),
            Email = string.IsNullOrWhiteSpace(Email) ? null : Email.Trim(),
            CreatedAt = clock.GetUtcNow(),
            // Registered with this company's code: the company that issued it owns the account.
            HomeTenantSlug = invitation.TenantSlug,
        };
        var created = await users.CreateAsync(user, Password ?? "");
        if (!created.Succeeded)
        {
            Errors.AddRange(created.Errors.Select(e => e.Description));
            return Page();
        }
        await invitations.RedeemAsync(invitation, user);
        await tx.CommitAsync();

        return LocalRedirect(await flow.ContinueAsync(user, totpDone: false, ReturnUrl));
    }
}
