namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Staff = new()
    {
        ["field.department"] = ("部门", "Department"),
        ["field.position"] = ("岗位", "Position"),
        ["field.from"] = ("开始日期", "From"),
        ["entity.department"] = ("部门", "department"),
        ["entity.assignment"] = ("任职记录", "assignment"),
    };
}
