using PropertySaaS.Api.Features.Notifications;

using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// 催缴记录 — one reminder to a household about its arrears: an SMS, a call task or a written notice.
public sealed class ArrearsReminder
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public Guid EstateId { get; set; }
    public ContactChannel Channel { get; set; }
    public required string TemplateCode { get; set; }
    /// <summary>The approved text with its variables filled, as sent.</summary>
    public required string Text { get; set; }
    /// <summary>Overdue amount when the reminder was made.</summary>
    public decimal Amount { get; set; }
    /// <summary>Inside the channel's contact window (communications.md §2.3).</summary>
    public DateTime ScheduledFor { get; set; }
    public DateTime? SentAt { get; set; }
    public ReminderStatus Status { get; set; } = ReminderStatus.Scheduled;
    public string? Error { get; set; }
    /// <summary>Staff user id (token sub), or "system" for the daily escalation.</summary>
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Scheduled → Sending (claimed by one job run) → Sent | Failed; Cancelled when the household paid before it went out.</summary>
public enum ReminderStatus { Scheduled, Sending, Sent, Failed, Cancelled }

/// 滞纳金计提 — the late fee of one bill for one day; the unique (BillId, Day) makes the daily job idempotent.
public sealed class LateFeeAssessment
{
    public Guid Id { get; set; } = Ids.New();
    public Guid BillId { get; set; }
    public DateOnly Day { get; set; }
    public decimal Principal { get; set; }
    public decimal Amount { get; set; }
    public Guid LedgerEntryId { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// 委托银行代收款协议 — a unit's bank-collection mandate (billing.md §3.2).
public sealed class BankMandate
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public required string BankName { get; set; }
    public required string AccountName { get; set; }
    /// <summary>Stored whole (the bank file needs it); shown masked everywhere in the API.</summary>
    public required string AccountNumber { get; set; }
    public MandateStatus Status { get; set; } = MandateStatus.Active;
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? EndedAt { get; set; }

    /// <summary>Ends the mandate (replaced by a new one, or cancelled); the move is <see cref="MandateTransitions"/>'s to allow.</summary>
    public void End(MandateStatus to, DateTime now)
    {
        MandateTransitions.Table.Ensure(Status, to);
        Status = to;
        EndedAt = now;
    }
}

public enum MandateStatus { Active, Replaced, Cancelled }

/// 银行托收批次 — one debit run of an estate: the file sent to the bank and the result imported back.
public sealed class BankCollectionBatch
{
    public Guid Id { get; set; } = Ids.New();
    public Guid EstateId { get; set; }
    public DateOnly CollectionDate { get; set; }
    public BankBatchStatus Status { get; set; } = BankBatchStatus.Exported;
    public int LineCount { get; set; }
    public decimal TotalAmount { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ImportedAt { get; set; }
    public List<BankCollectionLine> Lines { get; set; } = [];
}

/// <summary>Exported: the file is with the bank. Imported: a result file was booked (again importable; it books nothing twice).</summary>
public enum BankBatchStatus { Exported, Imported }

/// 托收明细 — one unit's debit in a batch.
public sealed class BankCollectionLine
{
    public Guid Id { get; set; } = Ids.New();
    public Guid BatchId { get; set; }
    /// <summary>序号 in the bank file, 1-based.</summary>
    public int LineNo { get; set; }
    public Guid UnitId { get; set; }
    public Guid MandateId { get; set; }
    public required string UnitLabel { get; set; }
    public required string AccountName { get; set; }
    public required string AccountNumber { get; set; }
    public decimal Amount { get; set; }
    public BankLineResult Result { get; set; } = BankLineResult.Pending;
    public string? FailureReason { get; set; }
    public Guid? PaymentId { get; set; }
}

public enum BankLineResult { Pending, Succeeded, Failed }
