namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Attachments = new()
    {
        ["ATT_EMPTY"] = ("请选择要上传的文件（文件不能为空）。", "Choose a file to upload (it must not be empty)."),
        ["ATT_TOO_LARGE"] = ("文件过大，单个文件不能超过 {0} MB。", "The file is too large: at most {0} MB per file."),
        ["ATT_TYPE_REFUSED"] = ("只能上传照片（JPEG、PNG、WebP、HEIC）或 PDF 文件。", "Only photos (JPEG, PNG, WebP, HEIC) or PDF files can be uploaded."),
        ["ATT_UNREADABLE"] = ("无法读取该文件（文件已损坏或格式不受支持），请换一张照片或重新导出 PDF。", "The file cannot be read (damaged or an unsupported variant); try another photo or export the PDF again."),
        ["ATT_STAGE_INVALID"] = ("附件阶段须为报修、维修前、维修后或其他之一。", "The stage must be one of Report, Before, After or Other."),
        ["entity.attachment"] = ("附件", "attachment"),
    };
}
