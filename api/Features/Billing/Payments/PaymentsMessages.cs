namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Payments = new()
    {
        ["TENDERED_TOO_LOW"] = ("收取现金不能少于收款金额。", "Cash tendered must not be less than the amount."),
        ["BILL_NOT_OF_UNIT"] = ("所选账单不属于该房屋。", "A chosen bill does not belong to this unit."),
        ["REFUND_TOO_LARGE"] = ("退款金额超过该笔收款可退余额。", "The refund exceeds what is left of the payment."),
        ["IDEMPOTENCY_KEY_REUSED"] = ("该收款单号已用于另一笔不同的收款。", "This payment key was already used for a different payment."),
        ["SHIFT_NOT_OPEN"] = ("该收银班次已结班。", "This till shift is already closed."),
        ["SHIFT_NOT_CLOSED"] = ("只能核对已结班的收银班次。", "Only a closed till shift can be reconciled."),
        ["SHIFT_OPEN_ELSEWHERE"] = ("您在另一个项目还有未交班的收银班次，请先交班。", "You still have an open till shift in another estate; close it first."),
        ["NOTES_NOT_CHECKED"] = ("现金 100 元及以上须确认已验钞（50 元以上面额已过验钞机）。", "For cash of 100.00 or more, confirm the notes above 50 CNY were checked on the counterfeit detector."),
        ["SHIFT_OWN_RECONCILE"] = ("收银员不能核对自己的班次。", "Cashiers cannot reconcile their own shift."),
        ["NOT_ONE_OFF_FEE"] = ("只能对一次性、押金或停车类收费项目单独收费。", "Only one-off, deposit or parking fee items can be charged separately."),
        ["NO_RATE_TODAY"] = ("该收费项目今天没有有效的收费标准。", "The fee item has no rate in effect today."),
        ["INVALID_STRIPE_ACCOUNT"] = ("Stripe 账户号应为 acct_ 加字母数字。", "The Stripe account id must be acct_ followed by letters and digits."),
        ["CURRENCY_CNY_ONLY"] = ("目前仅支持人民币（CNY）。", "Only CNY is supported."),
        ["LATE_FEE_RATE_RANGE"] = ("滞纳金日费率应大于 0 且不超过 0.005（千分之五）。", "The late-fee daily rate must be above 0 and at most 0.005."),
        ["LATE_FEE_NEEDS_CLAUSE"] = ("启用滞纳金须填写服务合同中约定滞纳金的条款。", "Enabling late fees requires the service-contract clause that authorises them."),
        ["ABOVE_LIMIT"] = ("{0}超过本公司设定的单笔上限 {1:N2} 元。", "{0} is above this company's single-transaction limit of {1:N2} CNY."),
        ["LIMIT_RANGE"] = ("{0}应大于 0、最多两位小数且不超过 {1:N2} 元。", "{0} must be above 0, have at most two decimals and be at most {1:N2} CNY."),
        ["entity.payment"] = ("收款记录", "payment"),
        ["pay.entity.shift"] = ("收银班次", "till shift"),
        ["pay.field.idempotencyKey"] = ("收款单号", "Payment key"),
        ["pay.field.payerName"] = ("交款人", "Payer"),
        ["pay.field.note"] = ("备注", "Note"),
        ["pay.field.notesChecked"] = ("已验钞", "Notes checked"),
        ["pay.field.tendered"] = ("实收现金", "Cash tendered"),
        ["pay.field.billIds"] = ("账单", "Bills"),
        ["pay.field.unitId"] = ("房屋", "Unit"),
        ["pay.field.countedCash"] = ("清点现金", "Counted cash"),
        ["pay.field.quantity"] = ("数量", "Quantity"),
        ["pay.field.collectionDay"] = ("托收日", "Collection day"),
        ["pay.field.advanceMonths"] = ("预收月数", "Advance months"),
        ["pay.field.lateFeeGraceDays"] = ("滞纳金宽限天数", "Late-fee grace days"),
        ["pay.field.lateFeeContractClause"] = ("滞纳金合同条款", "Late-fee contract clause"),
        ["pay.field.maxPaymentAmount"] = ("单笔收款上限", "Payment limit"),
        ["pay.field.maxRefundAmount"] = ("单笔退款上限", "Refund limit"),
        ["pay.field.maxAdjustmentAmount"] = ("单笔调账上限", "Adjustment limit"),
    };
}
