using System.Globalization;

namespace PropertySaaS.Api.Features.Notifications;

/// <summary>An approved message text (communications.md §2.4): fixed in code, versioned by its code; only the variables
/// are filled by the system, staff cannot edit the wording.</summary>
public sealed record NotificationTemplate(string Code, ContactChannel Channel, string Text, string ApprovedBy);

/// <summary>
/// The approved reminder texts, zh-CN. Individual messages only: they name the unit to its own owner, never a debtor's
/// name, and never go to a group. The fee standard is justified by its basis, not by "company rules" (billing.md §7.4).
/// </summary>
public static class NotificationTemplates
{
    /// <summary>Arrears SMS — approved by the general manager (SMS texts need GM approval).</summary>
    public static readonly NotificationTemplate ArrearsSms = new("arrears.sms.v1", ContactChannel.Sms,
        "【{0}】尊敬的业主您好：您的房屋{1}截至{2}尚有物业服务费等费用{3}元未缴，请尽快缴纳。如已缴纳请忽略本短信，如有疑问请联系物业服务中心。",
        "general_manager");

    /// <summary>物业费催缴告知单 — written arrears notice, delivered to the unit and signed for.</summary>
    public static readonly NotificationTemplate ArrearsLetter = new("arrears.letter.v1", ContactChannel.Letter,
        "物业费催缴告知单：{0}房屋{1}，截至{2}尚欠物业服务费等费用{3}元。收费标准依据物业服务合同约定并经价格主管部门备案。请于收到本告知单后尽快到物业服务中心或通过线上渠道缴纳，如有疑问请联系物业服务中心。",
        "manager");

    /// <summary>Call script (manager-approved): shown to the CS specialist who makes the call.</summary>
    public static readonly NotificationTemplate ArrearsCall = new("arrears.call.v1", ContactChannel.Call,
        "业主您好，我是{0}客服。您的房屋{1}截至{2}尚有物业服务费等费用{3}元未缴，想跟您确认一下缴费安排。",
        "manager");

    public static NotificationTemplate ForArrears(ContactChannel channel) => channel switch
    {
        ContactChannel.Sms => ArrearsSms,
        ContactChannel.Letter => ArrearsLetter,
        _ => ArrearsCall,
    };

    public static string Fill(NotificationTemplate t, string company, string unit, DateOnly asOf, decimal amount) =>
        string.Format(CultureInfo.InvariantCulture, t.Text, company, unit, asOf.ToString("yyyy年M月d日", CultureInfo.InvariantCulture), amount.ToString("0.00", CultureInfo.InvariantCulture));
}
