namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Companies = new()
    {
        ["SLUG_TAKEN"] = ("公司标识“{0}”已被现有物业公司使用，请换一个标识；现有公司未做任何更改。", "The company slug '{0}' is already used by an existing company; choose another. The existing company was not changed."),
    };
}
