namespace PropertySaaS.Api.Localization;

/// <summary>The import messages; bank collection's result file reuses the file-level ones (it reads files with <c>ImportFile</c>).</summary>
public static partial class Messages
{
    private static readonly FeatureTable Import = new()
    {
        ["IMPORT_INVALID"] = ("导入文件有 {0} 行错误，未导入任何数据。", "The file has {0} invalid rows; nothing was imported."),
        ["IMPORT_FORMAT"] = ("无法读取导入文件：{0}", "The import file cannot be read: {0}"),
        ["IMPORT_MISSING_COLUMN"] = ("缺少列：{0}", "Missing column: {0}"),
        ["IMPORT_UNKNOWN_BUILDING"] = ("楼栋“{0}”不存在。", "Building '{0}' does not exist."),
        ["IMPORT_DUPLICATE_IN_FILE"] = ("房号在文件中重复（第 {0} 行）。", "The unit number is repeated in the file (row {0})."),
        ["INVALID_DATE"] = ("{0}不是有效日期。", "{0} is not a valid date."),
        ["IMPORT_UNSUPPORTED_TYPE"] = ("只能导入 .csv 或 .xlsx 文件（.xls 请先另存为 .xlsx）。", "Only .csv and .xlsx files can be imported (save .xls files as .xlsx first)."),
        ["IMPORT_TOO_LARGE"] = ("导入文件不能超过 {0} MB。", "The import file must be at most {0} MB."),
        ["IMPORT_TOO_MANY_ROWS"] = ("导入文件最多 {0} 行数据。", "The import file may have at most {0} data rows."),
        ["IMPORT_EMPTY"] = ("导入文件没有数据行。", "The import file has no data rows."),
        ["IMPORT_CONFLICTING_ROWS"] = ("同一房屋的信息与第 {0} 行不一致。", "The unit's details differ from row {0}."),
        ["IMPORT_CONCURRENT_CHANGE"] = ("导入期间有人修改了房屋或楼栋，未导入任何数据，请重试。", "Units or buildings changed during the import; nothing was imported. Please try again."),
        ["field.ownerName"] = ("业主姓名", "Owner name"),
        ["field.ownerPhone"] = ("业主手机", "Owner phone"),
        ["field.ownerIdNumber"] = ("业主身份证号", "Owner ID number"),
        ["field.ownershipStart"] = ("产权开始日期", "Ownership start date"),
    };
}
