namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Billing = new()
    {
        ["BILLING_RUN_FAILED"] = ("出账中断，系统会自动重试；如仍失败请联系系统管理员。", "The billing run stopped; it is retried automatically. If it keeps failing, contact your system administrator."),
        ["INVALID_PERIOD"] = ("账期格式应为 yyyy-MM（例如 2026-11）。", "The billing period must be yyyy-MM (e.g. 2026-11)."),
        ["DUPLICATE_FEE_ITEM"] = ("管理处内已存在收费项目 {0}。", "Fee item {0} already exists in this estate."),
        ["RATE_OVERLAP"] = ("该收费标准的有效期与已有标准重叠。", "The rate's effective dates overlap an existing rate."),
        ["FOUR_DECIMALS"] = ("{0}最多保留四位小数。", "{0} may have at most four decimals."),
        ["MUST_NOT_BE_ZERO"] = ("{0}不能为 0。", "{0} must not be 0."),
        ["field.rateAmount"] = ("收费标准", "Rate"),
        ["field.effectiveFrom"] = ("生效日期", "Effective from"),
        ["field.effectiveTo"] = ("失效日期", "Effective to"),
        ["entity.feeItem"] = ("收费项目", "fee item"),
        ["entity.bill"] = ("账单", "bill"),
    };
}
