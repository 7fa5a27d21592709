namespace PropertySaaS.Api.Tests.Support;

public sealed record MandateView(Guid Id, string BankName, string AccountName, string AccountNumber, string Status);
public sealed record BankBatchView(Guid Id, int LineCount, decimal TotalAmount, string FileUrl, string Status, DateOnly CollectionDate, IReadOnlyList<BankLineView> Lines,
    int CollectedCount, int FailedCount);
public sealed record BankLineView(int LineNo, string UnitLabel, string AccountNumber, decimal Amount);
public sealed record RowErrorView(int Row, string Column, string Code, string Message);
/// <summary>importBankCollectionResult's payload: counts and row errors besides the batch and the errors.</summary>
public sealed record BankImportView(int Collected, int Failed, IReadOnlyList<RowErrorView> RowErrors, IReadOnlyList<PayloadError> Errors, BankBatchView? Batch);
/// <summary>sendArrearsReminders's payload.</summary>
public sealed record RemindersQueuedView(int Queued, DateTime? ScheduledFor, IReadOnlyList<PayloadError> Errors);
public sealed record UnitRef(Guid Id, string Number);
public sealed record EstateRef(Guid Id, string Name);
public sealed record ArrearsRowView(UnitRef Unit, string UnitLabel, string? OwnerName, decimal Current, decimal Days30, decimal Days60, decimal Days90Plus, decimal Overdue,
    decimal Total, int DaysOverdue, string Stage, bool ActionDue, int RemindersSent);
public sealed record ArrearsPage(int TotalCount, IReadOnlyList<ArrearsRowView> Nodes);
public sealed record ReminderView(string Channel, string Status, DateTime? SentAt, string CreatedBy, string Text);
public sealed record CollectionRateView(EstateRef Estate, string Period, decimal Billed, decimal Collected, decimal Rate, decimal Arrears, decimal Overdue);

/// <summary>Collection test data through the API as the given client: bank mandates and batches, the bank's result file, arrears and reminders.</summary>
public static class CollectionBuilder
{
    private const string Errors = "errors { __typename code field message }";
    private const string BatchFields = "id lineCount totalAmount fileUrl status collectionDate lines { lineNo unitLabel accountNumber amount }";

    public const string SetBankMandate = $"mutation($u: ID!, $b: String!, $n: String!, $a: String!) {{ setBankMandate(input: {{unitId: $u, bankName: $b, accountName: $n, accountNumber: $a}}) {{ mandate {{ id bankName accountName accountNumber status }} {Errors} }} }}";
    public const string CreateBatch = $"mutation($e: ID!, $d: DateOnly) {{ createBankCollectionBatch(input: {{estateId: $e, collectionDate: $d}}) {{ batch {{ {BatchFields} }} {Errors} }} }}";
    public const string Batches = $"query($e: ID!) {{ bankCollectionBatches(estateId: $e) {{ {BatchFields} }} }}";
    public const string ImportResult = $"mutation($b: ID!, $c: String!) {{ importBankCollectionResult(input: {{batchId: $b, content: $c}}) {{ collected failed rowErrors {{ row column code message }} {Errors} batch {{ status collectedCount failedCount }} }} }}";
    public const string Arrears = "query($e: ID!, $min: Int, $s: String) { arrears(estateId: $e, minDaysOverdue: $min, search: $s) { totalCount nodes { unit { id number } unitLabel ownerName current days30 days60 days90Plus overdue total daysOverdue stage actionDue remindersSent } } }";
    public const string SendReminders = $"mutation($e: ID!, $u: [ID!]) {{ sendArrearsReminders(input: {{estateId: $e, unitIds: $u}}) {{ queued scheduledFor {Errors} }} }}";
    public const string Reminders = "query($u: ID!) { arrearsReminders(unitId: $u) { channel status sentAt createdBy text } }";
    public const string CollectionRates = "query($p: String) { collectionRates(period: $p) { estate { id name } period billed collected rate arrears overdue } }";

    public static Task<Payload<MandateView>> SetBankMandateAsync(this GraphQLClient c, Guid unitId, string bankName, string accountName, string accountNumber) =>
        c.MutateAsync<Payload<MandateView>>(SetBankMandate, new { u = unitId, b = bankName, n = accountName, a = accountNumber });

    public static Task<Payload<BankBatchView>> CreateBankCollectionBatchAsync(this GraphQLClient c, Guid estateId, string? collectionDate) =>
        c.MutateAsync<Payload<BankBatchView>>(CreateBatch, new { e = estateId, d = collectionDate });

    public static Task<List<BankBatchView>> BankCollectionBatchesAsync(this GraphQLClient c, Guid estateId) => c.QueryAsync<List<BankBatchView>>(Batches, new { e = estateId });

    public static Task<BankImportView> ImportBankCollectionResultAsync(this GraphQLClient c, Guid batchId, string content) =>
        c.MutateAsync<BankImportView>(ImportResult, new { b = batchId, c = content });

    public static Task<ArrearsPage> ArrearsAsync(this GraphQLClient c, Guid estateId, int? minDaysOverdue = null, string? search = null) =>
        c.QueryAsync<ArrearsPage>(Arrears, new { e = estateId, min = minDaysOverdue, s = search });

    public static Task<RemindersQueuedView> SendArrearsRemindersAsync(this GraphQLClient c, Guid estateId, Guid[]? unitIds = null) =>
        c.MutateAsync<RemindersQueuedView>(SendReminders, new { e = estateId, u = unitIds });

    public static Task<List<ReminderView>> ArrearsRemindersAsync(this GraphQLClient c, Guid unitId) => c.QueryAsync<List<ReminderView>>(Reminders, new { u = unitId });

    public static Task<List<CollectionRateView>> CollectionRatesAsync(this GraphQLClient c, string period) => c.QueryAsync<List<CollectionRateView>>(CollectionRates, new { p = period });
}
