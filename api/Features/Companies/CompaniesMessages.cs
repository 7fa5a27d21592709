namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Companies = new()
    {
        ["SLUG_TAKEN"] = ("公司标识“{0}”已被现有物业公司使用，请换一个标识；现有公司未做任何更改。", "The company slug '{0}' is already used by an existing company; choose another. The existing company was not changed."),
        ["INVALID_SLUG"] = ("公司标识只能包含小写字母、数字和连字符，3–40 个字符，以字母开头。", "The company slug must be 3–40 lowercase letters, digits or hyphens, starting with a letter."),
        ["UNKNOWN_SERVER"] = ("数据库服务器“{0}”未配置。", "Database server '{0}' is not configured."),
        ["PROVISIONING_FAILED"] = ("开通物业公司失败，原因已记入服务器日志；排除后可重试。", "Provisioning the company failed; the cause is in the server log. Fix it and try again."),
        ["field.slug"] = ("公司标识", "Company slug"),
        ["field.nameZh"] = ("中文名称", "Chinese name"),
        ["field.nameEn"] = ("英文名称", "English name"),
        ["entity.company"] = ("物业公司", "company"),
    };
}
