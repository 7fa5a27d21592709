using System.Globalization;

namespace PropertySaaS.Api.Localization;

/// <summary>
/// Every message a caller can see, in zh-CN (default) and en. Keys are stable; the API's error codes map onto them.
/// Kept in one table so a missing translation is a test failure, not a surprise in production.
/// </summary>
public static partial class Messages
{
    public static readonly CultureInfo Chinese = CultureInfo.GetCultureInfo("zh-CN");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <summary>The core table plus every feature's table (a <c>Messages.&lt;Feature&gt;.cs</c> partial with a static
    /// <c>FeatureTable</c>-typed field), so features add their messages without editing this file.</summary>
    public static IReadOnlyDictionary<string, (string Zh, string En)> All => all.Value;

    private static readonly Lazy<IReadOnlyDictionary<string, (string Zh, string En)>> all = new(() =>
    {
        var merged = new Dictionary<string, (string Zh, string En)>(Core);
        foreach (var field in typeof(Messages).GetFields(System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)
                     .Where(f => f.FieldType == typeof(FeatureTable)))
            foreach (var (key, text) in (FeatureTable)field.GetValue(null)!)
                if (!merged.TryAdd(key, text)) throw new InvalidOperationException($"Message key '{key}' is defined twice.");
        return merged;
    });

    /// <summary>A feature's own messages: key → (zh-CN, en).</summary>
    private sealed class FeatureTable : Dictionary<string, (string Zh, string En)>;

    private static readonly Dictionary<string, (string Zh, string En)> Core = new()
    {
        ["UNAUTHENTICATED"] = ("请先登录。", "Please sign in first."),
        ["FORBIDDEN"] = ("您无权执行此操作。", "You are not allowed to do this."),
        ["FORBIDDEN_ESTATE"] = ("您无权访问该管理处的数据。", "You have no access to this estate."),
        ["TENANT_UNKNOWN"] = ("该物业公司不存在。", "This company does not exist."),
        // One text per reason a company is not served; the operator's free-text reason is not shown (it is neither
        // localised nor meant for the company's users).
        ["TENANT_SUSPENDED"] = ("该物业公司已暂停服务，当前不可用。", "This company is suspended and not available."),
        ["TENANT_PROVISIONING"] = ("该物业公司正在开通，暂不可用，请稍后再试。", "This company is still being set up and not available yet."),
        ["TENANT_FAILED"] = ("该物业公司开通失败，当前不可用。", "Setting up this company failed; it is not available."),
        ["TENANT_SCHEMA_OUTDATED"] = ("该物业公司的数据库正在升级，请稍后再试。", "This company's database is being upgraded; please try again shortly."),
        ["PLATFORM_ONLY"] = ("只有平台管理员可以执行此操作。", "Only the platform administrator can do this."),
        ["NO_COMPANY"] = ("当前登录身份未选择物业公司。", "Your sign-in has no company selected."),
        ["NOT_FOUND"] = ("找不到{0}。", "{0} was not found."),
        ["VALIDATION"] = ("输入有误。", "The input is not valid."),
        ["CONFLICT"] = ("数据冲突。", "The data conflicts with existing records."),
        ["STATUS_CHANGE_REFUSED"] = ("当前状态（{0}）不能变更为“{1}”。", "The status cannot change from {0} to {1}."),
        ["INTERNAL"] = ("服务器内部错误，请稍后重试。", "Internal server error; please try again later."),
        ["UNAVAILABLE"] = ("所需的服务暂时不可用，请稍后再试。", "A service this needs is unavailable; please try again shortly."),
        // Requests that are not well-formed (BAD_REQUEST)
        ["BAD_REQUEST"] = ("请求格式不正确。", "The request is malformed."),
        ["REQUEST_NOT_JSON"] = ("请求体不是 JSON 格式的 GraphQL 请求。", "The request body is not a GraphQL request in JSON."),
        ["REQUEST_CONTENT_TYPE"] = ("请求的 Content-Type 必须是 application/json。", "The request's Content-Type must be application/json."),
        ["REQUEST_TOO_LARGE"] = ("请求体不能超过 {0} 字节。", "The request body must be at most {0} bytes."),
        ["QUERY_MISSING"] = ("请求中没有查询语句。", "The request has no query."),
        ["GRAPHQL_SYNTAX"] = ("查询语句有语法错误（第 {0} 行，第 {1} 列）。", "The query has a syntax error (line {0}, column {1})."),
        ["OPERATION_NOT_FOUND"] = ("查询语句中没有所指定名称的操作。", "The document has no operation of the given name."),
        ["OPERATION_NAME_REQUIRED"] = ("查询语句包含多个操作，请指定 operationName。", "The document has several operations; name one in operationName."),
        ["NO_OPERATION"] = ("查询语句中没有可执行的操作。", "The document has no operation to run."),
        // Documents that do not fit the schema (INVALID_QUERY) or the limits (TOO_COMPLEX)
        ["INVALID_QUERY"] = ("查询语句不符合接口定义。", "The query does not match the API's schema."),
        ["INVALID_QUERY_AT"] = ("查询语句在“{0}”处不符合接口定义。", "The query does not match the API's schema at '{0}'."),
        ["UNKNOWN_FIELD"] = ("此处没有字段“{0}”。", "There is no field '{0}' here."),
        ["UNKNOWN_ARGUMENT"] = ("此处没有参数“{0}”。", "There is no argument '{0}' here."),
        ["TOO_COMPLEX"] = ("查询过于复杂或嵌套过深（最多 {0} 层），请拆分后再试。", "The query is too complex or nested too deeply (at most {0} levels); split it up."),
        // Values that do not fit their type (VALIDATION)
        ["INVALID_ARGUMENT"] = ("参数“{0}”的值无效。", "The value of argument '{0}' is not valid."),
        ["INVALID_VARIABLE"] = ("变量“{0}”缺失或其值无效。", "Variable '{0}' is missing or its value is not valid."),
        ["MISSING_ARGUMENT"] = ("缺少必填参数“{0}”。", "The required argument '{0}' is missing."),
        ["MUTATION_OVER_GET"] = ("变更操作只能使用 POST 请求。", "Mutations must be sent with POST."),
        ["PAGE_SIZE"] = ("每页最多 {0} 条。", "At most {0} items per page."),
        ["INVALID_CURSOR"] = ("分页游标无效。", "The page cursor is not valid."),
        ["INTROSPECTION_DISABLED"] = ("此环境不开放结构查询（introspection）。", "Introspection is disabled here."),
        // Field validation
        ["REQUIRED"] = ("{0}不能为空。", "{0} is required."),
        ["TOO_LONG"] = ("{0}不能超过 {1} 个字符。", "{0} must be at most {1} characters."),
        ["MUST_BE_POSITIVE"] = ("{0}必须大于 0。", "{0} must be greater than 0."),
        ["TWO_DECIMALS"] = ("{0}最多保留两位小数。", "{0} may have at most two decimals."),
        ["OUT_OF_RANGE"] = ("{0}超出允许范围。", "{0} is out of range."),
        ["DATES_OUT_OF_ORDER"] = ("{0}不能早于{1}。", "{0} must not be before {1}."),
        ["INVALID_PHONE"] = ("手机号格式不正确。", "The phone number is not valid."),
        ["INVALID_ID_NUMBER"] = ("身份证号格式不正确。", "The ID number is not valid."),
        ["INVALID_ENUM"] = ("{0}的取值“{1}”无效。", "'{1}' is not a valid value for {0}."),
        ["INVALID_NUMBER"] = ("{0}不是有效数字。", "{0} is not a valid number."),
        ["IDENTITY_UNAVAILABLE"] = ("账号服务暂时不可用，请稍后再试。", "The account service is unavailable; please try again shortly."),
        // Field names used in the messages above
        ["field.name"] = ("名称", "Name"),
        ["field.status"] = ("状态", "Status"),
        ["field.phone"] = ("手机号", "Phone"),
        ["field.userName"] = ("登录名", "User name"),
        ["field.roles"] = ("角色", "Roles"),
        ["field.displayName"] = ("显示名称", "Display name"),
        ["field.estates"] = ("管理处", "Estates"),
        ["field.userId"] = ("用户", "User"),
        ["field.amount"] = ("金额", "Amount"),
        ["field.reason"] = ("原因", "Reason"),
        ["entity.estate"] = ("管理处", "estate"),
        ["entity.unit"] = ("房屋", "unit"),
        ["entity.person"] = ("人员", "person"),
        ["entity.staff"] = ("员工", "staff member"),
        ["entity.integrationClient"] = ("集成客户端", "integration client"),
    };

    /// <summary>Picks zh-CN unless the caller prefers English (Accept-Language), the product's two languages.</summary>
    public static CultureInfo CultureFrom(string? acceptLanguage)
    {
        if (string.IsNullOrWhiteSpace(acceptLanguage)) return Chinese;
        foreach (var part in acceptLanguage.Split(','))
        {
            var tag = part.Split(';')[0].Trim().ToLowerInvariant();
            if (tag.StartsWith("zh")) return Chinese;
            if (tag.StartsWith("en")) return English;
        }
        return Chinese;
    }

    public static string Get(CultureInfo culture, string key, params object?[] args)
    {
        if (!All.TryGetValue(key, out var t)) return key;
        var template = culture.TwoLetterISOLanguageName == "en" ? t.En : t.Zh;
        var localisedArgs = args.Select(a => a is string s && All.ContainsKey(s) ? Get(culture, s) : a).ToArray();
        return localisedArgs.Length == 0 ? template : string.Format(culture, template, localisedArgs);
    }
}
