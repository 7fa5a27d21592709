namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Online = new()
    {
        ["ONLINE_PAYMENT_OFF"] = ("本公司尚未开通在线缴费。", "Online payment is not enabled for this company."),
        ["NOTHING_TO_PAY"] = ("所选账单没有待缴金额。", "The chosen bills have nothing left to pay."),
        ["STRIPE_UNAVAILABLE"] = ("支付服务暂时不可用，请稍后再试。", "The payment service is unavailable; please try again later."),
        ["REFUND_FAILED"] = ("支付服务拒绝了该退款：{0}", "The payment service refused the refund: {0}"),
        ["REFUND_PENDING_EXISTS"] = ("该笔收款已有处理中的退款，请等待其完成。", "This payment has a refund in progress; wait for it to finish."),
        ["CHECKOUT_OPEN_FOR_BILLS"] = ("所选账单中有账单正在另一笔在线缴费中，请完成那笔支付或等待其过期。", "Some of these bills are in another online payment in progress; finish it or wait until it expires."),
        ["CHECKOUT_NOT_OPEN"] = ("该在线缴费的状态（{0}）不能变更为“{1}”。", "The online checkout cannot change from {0} to {1}."),
        ["ANOMALY_NOT_OPEN"] = ("该异常到账已处理。", "This anomaly has already been dealt with."),
        ["entity.onlineCheckout"] = ("在线缴费", "online checkout"),
        ["entity.paymentAnomaly"] = ("异常到账", "payment anomaly"),
        ["online.idempotencyKey"] = ("幂等键", "idempotency key"),
        ["online.lineName"] = ("物业费 {0}", "Property fees {0}"),
    };
}
