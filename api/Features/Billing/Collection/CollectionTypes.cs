using GraphQL.Types;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.Registry.Import;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing.Collection;

public sealed class ArrearsStageEnum : EnumerationGraphType<ArrearsStage> { public ArrearsStageEnum() { Name = "ArrearsStage"; } }
public sealed class ContactChannelEnum : EnumerationGraphType<ContactChannel> { public ContactChannelEnum() { Name = "ContactChannel"; } }
public sealed class ReminderStatusEnum : EnumerationGraphType<ReminderStatus> { public ReminderStatusEnum() { Name = "ReminderStatus"; } }
public sealed class MandateStatusEnum : EnumerationGraphType<MandateStatus> { public MandateStatusEnum() { Name = "BankMandateStatus"; } }
public sealed class BankBatchStatusEnum : EnumerationGraphType<BankBatchStatus> { public BankBatchStatusEnum() { Name = "BankCollectionBatchStatus"; } }
public sealed class BankLineResultEnum : EnumerationGraphType<BankLineResult> { public BankLineResultEnum() { Name = "BankCollectionLineResult"; } }

/// <summary>Named so that its connection is "ArrearsConnection" (the contract's name).</summary>
public sealed class ArrearsGraphType : ObjectGraphType<ArrearsRow>
{
    public ArrearsGraphType()
    {
        Name = "ArrearsRow";
        Description = "拖欠款明细 — one household's arrears, ageing and reminder stage.";
        Field<NonNullGraphType<UnitGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field(x => x.UnitLabel).Description("Building and unit number, e.g. 1栋101.");
        Field(x => x.OwnerName, nullable: true).Description("Current owner with the largest share.");
        Field<NonNullGraphType<DecimalGraphType>>("current").Description("Not yet due, or under 30 days past due.").Resolve(c => c.Source.Ageing.Current);
        Field<NonNullGraphType<DecimalGraphType>>("days30").Description("30–59 days past due.").Resolve(c => c.Source.Ageing.Days30);
        Field<NonNullGraphType<DecimalGraphType>>("days60").Description("60–89 days past due.").Resolve(c => c.Source.Ageing.Days60);
        Field<NonNullGraphType<DecimalGraphType>>("days90Plus").Description("90 days or more past due.").Resolve(c => c.Source.Ageing.Days90Plus);
        Field<NonNullGraphType<DecimalGraphType>>("overdue").Description("Unpaid after the due date.").Resolve(c => c.Source.Ageing.Overdue);
        Field<NonNullGraphType<DecimalGraphType>>("total").Resolve(c => c.Source.Ageing.Total);
        Field(x => x.DaysOverdue).Description("Days since the oldest unpaid bill fell due.");
        Field<NonNullGraphType<ArrearsStageEnum>>("stage")
            .Description("SMS at 7 days, call at 15, written notice at 30, escalation at 60, legal review at 90 (a flag only); a contact step not yet made is not skipped.")
            .Resolve(c => c.Source.Stage);
        Field(x => x.ActionDue).Description("The stage's contact (SMS, call, written notice) has not been made in this arrears episode.");
        Field(x => x.RemindersSent);
        Field(x => x.LastReminderAt, nullable: true);
        Field<ContactChannelEnum>("lastReminderChannel").Resolve(c => c.Source.LastReminderChannel);
    }
}

public sealed class ArrearsReminderGraphType : ObjectGraphType<ArrearsReminder>
{
    public ArrearsReminderGraphType()
    {
        Name = "ArrearsReminder";
        Description = "催缴记录 — a reminder from an approved template, sent inside the channel's contact window.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<ContactChannelEnum>>("channel").Resolve(c => c.Source.Channel);
        Field(x => x.TemplateCode);
        Field(x => x.Text);
        Field(x => x.Amount).Description("Overdue amount when the reminder was made.");
        Field(x => x.ScheduledFor);
        Field(x => x.SentAt, nullable: true);
        Field<NonNullGraphType<ReminderStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(x => x.Error, nullable: true);
        Field(x => x.CreatedBy).Description("Staff user id, or \"system\" for the daily escalation.");
        Field(x => x.CreatedAt);
    }
}

public sealed class BankMandateGraphType : ObjectGraphType<BankMandate>
{
    public BankMandateGraphType()
    {
        Name = "BankMandate";
        Description = "委托银行代收款协议 — a unit's bank-collection mandate.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.BankName);
        Field(x => x.AccountName);
        Field<NonNullGraphType<StringGraphType>>("accountNumber").Description("Always masked: first and last four digits.")
            .Resolve(c => BankCollection.Mask(c.Source.AccountNumber));
        Field<NonNullGraphType<MandateStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(x => x.CreatedAt);
    }
}

public sealed class BankCollectionBatchGraphType : ObjectGraphType<BankCollectionBatch>
{
    public BankCollectionBatchGraphType()
    {
        Name = "BankCollectionBatch";
        Description = "银行托收批次 — one debit file for the bank and its imported result.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CollectionDate);
        Field<NonNullGraphType<BankBatchStatusEnum>>("status").Resolve(c => c.Source.Status);
        Field(x => x.LineCount);
        Field(x => x.TotalAmount);
        Field<NonNullGraphType<StringGraphType>>("fileUrl").Description("API-relative; GET with the bearer token → text/csv (UTF-8 with BOM).")
            .Resolve(c => $"/bank-collections/{c.Source.Id}.csv");
        Field<NonNullGraphType<IntGraphType>>("collectedCount").Resolve(c => c.Source.Lines.Count(l => l.Result == BankLineResult.Succeeded));
        Field<NonNullGraphType<IntGraphType>>("failedCount").Resolve(c => c.Source.Lines.Count(l => l.Result == BankLineResult.Failed));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BankCollectionLineGraphType>>>>("lines").Resolve(c => c.Source.Lines.OrderBy(l => l.LineNo).ToList());
        Field(x => x.CreatedBy);
        Field(x => x.CreatedAt);
        Field(x => x.ImportedAt, nullable: true);
    }
}

public sealed class BankCollectionLineGraphType : ObjectGraphType<BankCollectionLine>
{
    public BankCollectionLineGraphType()
    {
        Name = "BankCollectionLine";
        Field(x => x.LineNo).Description("序号 in the bank file.");
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitLabel);
        Field(x => x.AccountName);
        Field<NonNullGraphType<StringGraphType>>("accountNumber").Description("Always masked.").Resolve(c => BankCollection.Mask(c.Source.AccountNumber));
        Field(x => x.Amount);
        Field<NonNullGraphType<BankLineResultEnum>>("result").Resolve(c => c.Source.Result);
        Field(x => x.FailureReason, nullable: true);
        Field(x => x.PaymentId, type: typeof(IdGraphType));
    }
}

public sealed class EstateCollectionRateGraphType : ObjectGraphType<EstateCollectionRate>
{
    public EstateCollectionRateGraphType()
    {
        Name = "EstateCollectionRate";
        Description = "收费率 — an estate's collection for a billing month.";
        Field<NonNullGraphType<EstateGraphType>>("estate").Resolve(c => c.Source.Estate);
        Field(x => x.Period);
        Field(x => x.Billed).Description("The period's bills with their adjustments (no late fees).");
        Field(x => x.Collected).Description("Of that, no longer open: payments, credits and prepaid balance drawn.");
        Field(x => x.Rate).Description("Collected ÷ billed, 0..1, four decimals; 0 when nothing was billed.");
        Field(x => x.Arrears).Description("Everything the estate's households owe today, all periods.");
        Field(x => x.Overdue).Description("Of that, unpaid after its due date.");
    }
}

public sealed class ReminderBatchPayloadType : ObjectGraphType<Payload<QueuedReminders>>
{
    public ReminderBatchPayloadType()
    {
        Name = "ReminderBatchPayload";
        Field<NonNullGraphType<IntGraphType>>("queued").Description("Reminders created; households already waiting for one get no second.")
            .Resolve(c => c.Source.Value?.Queued ?? 0);
        Field<DateTimeGraphType>("scheduledFor").Description("When the first of them goes out: now, or the start of the next contact window.")
            .Resolve(c => c.Source.Value?.ScheduledFor);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

/// <summary>What importBankCollectionResult books; with errors, the rows that were wrong (then nothing was booked).</summary>
public sealed record BankImport(BankCollectionBatch? Batch, int Collected, int Failed, IReadOnlyList<ImportRowError> RowErrors);

public sealed class BankCollectionImportPayloadType : ObjectGraphType<Payload<BankImport>>
{
    public BankCollectionImportPayloadType()
    {
        Name = "BankCollectionImportPayload";
        Description = "Counts are what this import booked; all zero when any row is wrong (then nothing was booked).";
        Field<BankCollectionBatchGraphType>("batch").Resolve(c => c.Source.Value?.Batch);
        Field<NonNullGraphType<IntGraphType>>("collected").Description("Successful debits newly booked as payments.").Resolve(c => c.Source.Value?.Collected ?? 0);
        Field<NonNullGraphType<IntGraphType>>("failed").Description("Lines newly recorded as failed.").Resolve(c => c.Source.Value?.Failed ?? 0);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ImportRowErrorType>>>>("rowErrors").Resolve(c => c.Source.Value?.RowErrors ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Resolve(c => c.Source.Errors);
    }
}

public sealed class BankMandatePayloadType() : PayloadType<BankMandateGraphType, BankMandate>("BankMandatePayload", "mandate");
public sealed class BankCollectionBatchPayloadType() : PayloadType<BankCollectionBatchGraphType, BankCollectionBatch>("BankCollectionBatchPayload", "batch");
