using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Localization;

namespace PropertySaaS.Identity.Localization;

/// <summary>
/// The page texts, zh-CN first then en. A dictionary instead of .resx: about sixty strings, and one file
/// keeps both languages side by side for review.
/// </summary>
public sealed class UiText : IStringLocalizer
{
    private static readonly Dictionary<string, (string Zh, string En)> Texts = new()
    {
        ["AppName"] = ("物业云 账户", "PropertySaaS Account"),
        ["SignIn"] = ("登录", "Sign in"),
        ["SignOut"] = ("退出登录", "Sign out"),
        ["SignedOut"] = ("您已退出登录。", "You have signed out."),
        ["UserName"] = ("用户名", "User name"),
        ["Password"] = ("密码", "Password"),
        ["InvalidLogin"] = ("用户名或密码错误。连续多次失败后账户将锁定 15 分钟。", "Invalid user name or password. After several failed attempts the account is locked for 15 minutes."),
        ["AccountDisabled"] = ("此账户已停用，请联系您的管理员。", "This account is disabled. Please contact your administrator."),
        ["LockedOut"] = ("尝试次数过多，账户已锁定 15 分钟。", "Too many attempts: the account is locked for 15 minutes."),
        ["TooManyRequests"] = ("请求过于频繁，请稍后再试。", "Too many requests. Please try again later."),
        ["ForgotPassword"] = ("忘记密码？", "Forgot password?"),
        ["RegisterWithCode"] = ("住户凭邀请码注册", "Residents: register with an invitation code"),
        ["SelectCompany"] = ("选择公司", "Choose a company"),
        ["SelectCompanyHint"] = ("您的账户属于多家物业公司，请选择本次要进入的公司。", "Your account belongs to several companies. Choose the one to work in."),
        ["Continue"] = ("继续", "Continue"),
        ["NoMembership"] = ("您的账户无权使用此门户。", "Your account has no access to this portal."),
        ["Platform"] = ("平台管理", "Platform administration"),
        ["TotpTitle"] = ("两步验证", "Two-step verification"),
        ["TotpHint"] = ("请输入身份验证器应用中的 6 位验证码。", "Enter the 6-digit code from your authenticator app."),
        ["TotpCode"] = ("验证码", "Code"),
        ["InvalidCode"] = ("验证码错误。", "Invalid code."),
        ["EnrolTitle"] = ("设置两步验证", "Set up two-step verification"),
        ["EnrolHint"] = ("管理员账户必须启用两步验证。请在身份验证器应用中添加以下密钥，然后输入应用显示的验证码。", "Administrator accounts must use two-step verification. Add this key to your authenticator app, then enter the code it shows."),
        ["SecretKey"] = ("密钥", "Secret key"),
        ["ChangePasswordTitle"] = ("修改密码", "Change password"),
        ["ChangePasswordHint"] = ("首次登录请设置新密码。", "Please choose a new password for your first sign-in."),
        ["NewPassword"] = ("新密码", "New password"),
        ["ConfirmPassword"] = ("确认新密码", "Confirm new password"),
        ["PasswordsDiffer"] = ("两次输入的密码不一致。", "The passwords do not match."),
        ["ResetTitle"] = ("重置密码", "Reset password"),
        ["ResetRequestHint"] = ("输入用户名或邮箱，我们会把验证码发给您。", "Enter your user name or e-mail; we will send you a code."),
        ["SendCode"] = ("发送验证码", "Send code"),
        ["ResetCodeSent"] = ("如果账户存在，验证码已发送。", "If the account exists, a code has been sent."),
        ["ResetDone"] = ("密码已重置，请登录。", "Your password has been reset. Please sign in."),
        ["ResetFailed"] = ("验证码无效或已过期。", "The code is invalid or has expired."),
        ["ResetSubject"] = ("密码重置验证码", "Password reset code"),
        ["ResetBody"] = ("您的密码重置验证码是 {0}。", "Your password reset code is {0}."),
        ["RegisterTitle"] = ("住户注册", "Resident registration"),
        ["InvitationCode"] = ("邀请码", "Invitation code"),
        ["DisplayName"] = ("姓名", "Name"),
        ["Email"] = ("邮箱（可选）", "E-mail (optional)"),
        ["Register"] = ("注册", "Register"),
        ["InvalidInvitation"] = ("邀请码无效、已使用或已过期。", "The invitation code is invalid, used or expired."),
        ["UserNameTaken"] = ("用户名已被使用。", "That user name is taken."),
        ["Back"] = ("返回", "Back"),
        ["Language"] = ("English", "中文"),
        ["InviteSubject"] = ("您的物业云账户", "Your PropertySaaS account"),
        ["InviteBody"] = ("用户名 {0}，临时密码 {1}。首次登录需修改密码。", "User name {0}, temporary password {1}. You must change it at first sign-in."),
        ["StaffInviteSubject"] = ("物业公司邀请您加入", "A company invites you to join"),
        ["StaffInviteBody"] = ("{0} 邀请您以员工身份加入。请用您自己的账户登录后接受邀请：{1}（邀请码 {2}，{3} 前有效）。如非本人操作，请忽略。",
            "{0} invites you to join as staff. Sign in with your own account and accept the invitation: {1} (code {2}, valid until {3}). If you did not expect this, ignore it."),
        ["HaveInvitation"] = ("已有账户？登录后接受邀请", "Already have an account? Sign in and accept an invitation"),
        ["AcceptTitle"] = ("接受邀请", "Accept an invitation"),
        ["AcceptHint"] = ("您当前登录的账户：{0}。输入邀请码，即可将该公司加入此账户。", "You are signed in as {0}. Enter the invitation code to add the company to this account."),
        ["Accept"] = ("接受邀请", "Accept invitation"),
        ["NotYou"] = ("不是您？退出登录", "Not you? Sign out"),
        ["AcceptedStaff"] = ("您已加入 {0}（员工）。", "You have joined {0} as staff."),
        ["AcceptedResident"] = ("您已加入 {0}（住户 {1}）。", "You have joined {0} as a resident ({1})."),
        ["OpenPortal"] = ("打开门户", "Open the portal"),
    };

    public LocalizedString this[string name] => Get(name);

    public LocalizedString this[string name, params object[] arguments] =>
        new(name, string.Format(CultureInfo.CurrentCulture, Get(name).Value, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => Texts.Keys.Select(Get);

    private static LocalizedString Get(string name) =>
        Texts.TryGetValue(name, out var t)
            ? new LocalizedString(name, IsEnglish ? t.En : t.Zh)
            : new LocalizedString(name, name, resourceNotFound: true);

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
}

public static class LocalizationSetup
{
    public static readonly string[] Cultures = ["zh-CN", "en"];

    public static WebApplicationBuilder AddUiLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<UiText>();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            // zh-CN by default; a culture cookie (set by /culture) wins over Accept-Language.
            o.SetDefaultCulture("zh-CN").AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return builder;
    }

    /// <summary>The language switch link: sets the culture cookie and goes back.</summary>
    public static void MapCultureSwitch(this WebApplication app) =>
        app.MapGet("/culture", (HttpContext http, string c, string? returnUrl) =>
        {
            var culture = Cultures.Contains(c) ? c : "zh-CN";
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(returnUrl is not null && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") ? returnUrl : "/");
        });
}
