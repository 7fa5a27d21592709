namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Payments = new()
    {
        ["TENDERED_TOO_LOW"] = ("收取现金不能少于收款金额。", "Cash tendered must not be less than the amount."),
        ["BILL_NOT_OF_UNIT"] = ("所选账单不属于该房屋。", "A chosen bill does not belong to this unit."),
        ["REFUND_TOO_LARGE"] = ("退款金额超过该笔收款可退余额。", "The refund exceeds what is left of the payment."),
        ["entity.payment"] = ("收款记录", "payment"),
    };
}
