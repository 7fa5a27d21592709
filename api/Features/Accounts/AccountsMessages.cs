namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Accounts = new()
    {
        ["ALREADY_STAFF"] = ("此人已是本公司员工，请修改其角色。", "This person is already on the company's staff; change their roles instead."),
        ["IDENTITY_NOT_TOLD"] = ("状态已更改，但账号服务暂时不可用，登录与令牌刷新尚未随之更改；请稍后重试此操作。",
            "The status was changed, but the account service is unavailable, so sign-in and token refresh do not follow it yet; repeat this shortly."),
        ["CANNOT_DEMOTE_SELF"] = ("不能取消自己的公司管理员角色。", "You cannot remove your own company administrator role."),
    };
}
