using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using PropertySaaS.Identity.Data;
using PropertySaaS.Identity.Features.Authorization;
using PropertySaaS.Identity.Features.SignIn;
using PropertySaaS.Identity.Localization;

namespace PropertySaaS.Identity.Features.Companies;

/// <summary>
/// 选择公司 — company picker. Needs only the existing session, so switching company never asks for the
/// password again; the choice goes back to the authorize request as <c>tenant=&lt;slug&gt;</c>.
/// </summary>
[Authorize]
public sealed class SelectModel(UserManager<AppUser> users, MembershipDirectory memberships, UiText text) : PageModel
{
    public sealed record Choice(string Key, string Name);

    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }
    [BindProperty] public string? Tenant { get; set; }
    public List<Choice> Choices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Choices.Count == 0 ? Forbid() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (Choices.All(c => c.Key != Tenant)) return Page();
        var back = SignInFlow.SafeReturnUrl(ReturnUrl);
        return LocalRedirect(back == "/" ? back : QueryHelpers.AddQueryString(back, AuthorizationEndpoints.TenantParameter, Tenant!));
    }

    private async Task LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return;
        var clientId = ClientIdOf(ReturnUrl);
        Choices = (await memberships.ForClientAsync(user.Id, clientId))
            .Select(m => new Choice(MembershipDirectory.Key(m), m.Tenant is null ? text["Platform"]
                : UiText.IsEnglish ? m.Tenant.NameEn : m.Tenant.NameZh))
            .ToList();
    }

    private static string? ClientIdOf(string? returnUrl)
    {
        var q = returnUrl?.IndexOf('?') ?? -1;
        return q < 0 ? null : QueryHelpers.ParseQuery(returnUrl![q..]).TryGetValue("client_id", out var v) ? v.ToString() : null;
    }
}
