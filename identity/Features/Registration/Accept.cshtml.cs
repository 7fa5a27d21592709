using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.SignIn;
using PropertySaaS.Identity.Localization;

namespace PropertySaaS.Identity.Features.Registration;

/// <summary>
/// 接受邀请 — a signed-in account redeems an invitation code: a resident code from the front desk, or a staff
/// invitation made for exactly this account. Not signed in yet: the sign-in page comes first and returns here.
/// Afterwards the company is one more choice in the company picker.
/// </summary>
[Authorize]
public sealed class AcceptModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, Invitations invitations, UiText text,
    IConfiguration config, ILogger<AcceptModel> logger) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty(SupportsGet = true)] public string? Code { get; set; }
    public string UserName { get; private set; } = "";
    public string? Error { get; private set; }
    public string? Done { get; private set; }
    public string? PortalUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await CurrentUserAsync() is not { } user) return await SignedOutAsync();
        UserName = user.UserName!;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await CurrentUserAsync() is not { } user) return await SignedOutAsync();
        UserName = user.UserName!;
        var invitation = await invitations.FindOpenAsync(Code);
        if (invitation is null || !Invitations.MayRedeem(invitation, user))
        {
            // One answer for unknown, used, expired and someone else's invitation.
            if (invitation is not null) logger.LogWarning("User {UserId} tried to accept invitation {InvitationId} made for another account", user.Id, invitation.Id);
            Error = "InvalidInvitation";
            return Page();
        }

        var membership = await invitations.RedeemAsync(invitation, user);
        logger.LogInformation("User {UserId} accepted {Kind} invitation {InvitationId} of {Tenant}", user.Id, invitation.Kind, invitation.Id, invitation.TenantSlug);
        var back = SignInFlow.SafeReturnUrl(ReturnUrl);
        if (back != "/") return LocalRedirect(back);

        var company = membership.Tenant is null ? invitation.TenantSlug : UiText.IsEnglish ? membership.Tenant.NameEn : membership.Tenant.NameZh;
        Done = invitation.Kind == InvitationKind.Staff ? text["AcceptedStaff", company] : text["AcceptedResident", company, invitation.UnitLabel];
        var origin = (config["Portals:Origin"] ?? "http://localhost:5173").TrimEnd('/');
        PortalUrl = $"{origin}/{(invitation.Kind == InvitationKind.Staff ? "staff" : "resident")}/";
        return Page();
    }

    private async Task<AppUser?> CurrentUserAsync() => await users.GetUserAsync(User) is { Disabled: false } user ? user : null;

    private async Task<IActionResult> SignedOutAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/SignIn/Login", new { ReturnUrl = Request.Path + Request.QueryString });
    }
}
