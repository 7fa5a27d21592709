namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable DeskSettings = new()
    {
        ["DS_LIMITS_OUT_OF_ORDER"] = ("紧急报修的接单时限不能长于到场时限。", "The emergency acknowledge limit cannot be longer than the on-site limit."),
        ["DS_ESCALATION_STEPS_ORDER"] = ("升级至管理处经理的时间不能早于升级至客服主管的时间。", "The estate manager's step cannot come before the CS head's."),
        ["DS_CHANNEL_PHONE_REQUIRED"] = ("管理处须公示投诉电话。", "An estate must publish its complaint telephone."),
        ["DS_CODE_FORMAT"] = ("编码只能由 1–20 位大写字母、数字、下划线或连字符组成。", "The code must be 1–20 capital letters, digits, underscores or hyphens."),
        ["DS_RANGE"] = ("{0}应在 {1} 到 {2} 之间。", "{0} must be from {1} to {2}."),
        ["DS_INVALID_EMAIL"] = ("电子邮箱格式不正确。", "The e-mail address is not valid."),
        ["DS_INVALID_TELEPHONE"] = ("电话号码格式不正确。", "The telephone number is not valid."),
        ["ds.field.code"] = ("编码", "Code"),
        ["ds.field.name"] = ("名称", "Name"),
        ["ds.field.emergencyAcknowledgeMinutes"] = ("紧急报修接单时限（分钟）", "Emergency acknowledge limit (minutes)"),
        ["ds.field.emergencyOnSiteMinutes"] = ("紧急报修到场时限（分钟）", "Emergency on-site limit (minutes)"),
        ["ds.field.ordinaryAppointmentWorkingHours"] = ("一般报修预约时限（工作小时）", "Ordinary appointment limit (working hours)"),
        ["ds.field.ordinaryOnSiteHours"] = ("一般报修到场时限（小时）", "Ordinary on-site limit (hours)"),
        ["ds.field.completionWorkingDays"] = ("完成时限（工作日）", "Completion limit (working days)"),
        ["ds.field.csHeadAfterMinutes"] = ("超时后升级至客服主管（分钟）", "Escalate to the CS head after (minutes)"),
        ["ds.field.managerAfterMinutes"] = ("超时后升级至管理处经理（分钟）", "Escalate to the estate manager after (minutes)"),
        ["ds.field.phone"] = ("投诉电话", "Complaint telephone"),
        ["ds.field.hours"] = ("服务时间", "Hours"),
        ["ds.field.email"] = ("电子邮箱", "E-mail"),
        ["ds.field.fax"] = ("传真", "Fax"),
        ["ds.field.address"] = ("地址", "Address"),
        ["ds.field.contactPerson"] = ("联系人", "Contact person"),
        ["ds.field.hqComplaintLine"] = ("总部投诉电话", "Headquarters complaint line"),
    };
}
