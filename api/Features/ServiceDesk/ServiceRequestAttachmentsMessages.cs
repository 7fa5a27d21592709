namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable DeskAttachments = new()
    {
        ["SR_ATTACHMENT_CLOSED"] = ("该服务单已关闭或已取消，不能再上传附件；如需补充请先重开。", "This request is closed or cancelled and takes no new files; reopen it first."),
        ["SR_ATTACHMENT_NOT_OF_REQUEST"] = ("所选照片不属于该服务单。", "A chosen photo is not an attachment of this request."),
    };
}
