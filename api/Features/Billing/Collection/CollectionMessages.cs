namespace PropertySaaS.Api.Localization;

public static partial class Messages
{
    private static readonly FeatureTable Collection = new()
    {
        ["BANK_NOT_ACCEPTED"] = ("该银行不在托收银行范围内（{0}）。", "This bank is not accepted for collection ({0})."),
        ["INVALID_BANK_ACCOUNT"] = ("银行账号应为 8–30 位数字。", "The bank account number must be 8–30 digits."),
        ["BANK_BATCH_PENDING"] = ("该管理处还有未导入结果的托收批次，请先导入银行回盘。", "This estate has a collection batch without a bank result; import that first."),
        ["BANK_BATCH_EMPTY"] = ("没有需要托收的房屋（需有效的托收协议和应缴金额）。", "No unit to collect from (needs an active mandate and an amount due)."),
        ["BANK_UNKNOWN_LINE"] = ("序号“{0}”不在该托收批次中。", "Line '{0}' is not in this collection batch."),
        ["BANK_ACCOUNT_MISMATCH"] = ("第 {0} 笔的账号与托收文件不一致。", "The account of line {0} differs from the collection file."),
        ["BANK_AMOUNT_MISMATCH"] = ("第 {0} 笔的金额与托收文件（{1}）不一致。", "The amount of line {0} differs from the collection file ({1})."),
        ["BANK_RESULT_INVALID"] = ("结果“{0}”无效，应为“成功”或“失败”。", "Result '{0}' is not valid; use 成功 or 失败."),
        ["BANK_ALREADY_COLLECTED"] = ("第 {0} 笔已入账为托收成功，不能改为失败。", "Line {0} was already booked as collected; it cannot become failed."),
        ["MANDATE_NOT_ACTIVE"] = ("该托收协议已结束（{0}），不能再变更为“{1}”。", "The bank mandate has ended ({0}); it cannot become {1}."),
        ["NO_ARREARS"] = ("所选房屋没有逾期欠费。", "The chosen units have no overdue amount."),
        ["field.bankName"] = ("开户银行", "Bank"),
        ["field.accountName"] = ("户名", "Account name"),
        ["field.accountNumber"] = ("银行账号", "Account number"),
        ["field.collectionDate"] = ("托收日期", "Collection date"),
        ["field.content"] = ("文件内容", "File content"),
        ["entity.bankCollectionBatch"] = ("托收批次", "collection batch"),
        ["entity.mandate"] = ("托收协议", "bank mandate"),
    };
}
