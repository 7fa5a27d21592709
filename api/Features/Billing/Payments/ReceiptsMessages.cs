namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Receipts = new()
    {
        ["RECEIPT_FONTS_MISSING"] = ("服务器缺少收据字体，暂时无法生成收据，请联系系统管理员。", "Receipts cannot be produced right now: the server is missing the receipt fonts. Please contact your system administrator."),
    };
}
