namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>A reminder's life: claimed by one job run, then sent, failed, or cancelled because the household paid.</summary>
public static class ReminderTransitions
{
    public static readonly TransitionTable<ReminderStatus> Table = new(new Dictionary<ReminderStatus, ReminderStatus[]>
    {
        [ReminderStatus.Scheduled] = [ReminderStatus.Sending],
        [ReminderStatus.Sending] = [ReminderStatus.Sent, ReminderStatus.Failed, ReminderStatus.Cancelled],
        [ReminderStatus.Sent] = [],
        [ReminderStatus.Failed] = [],
        [ReminderStatus.Cancelled] = [],
    });

    /// <summary>The reminders of <paramref name="rows"/> that may move to <paramref name="to"/> (for set-based updates).</summary>
    public static IQueryable<ArrearsReminder> Movable(IQueryable<ArrearsReminder> rows, ReminderStatus to)
    {
        var from = Table.From(to);
        return rows.Where(r => from.Contains(r.Status));
    }
}

/// <summary>A mandate is active until a new one replaces it (or it is cancelled); an ended mandate stays ended.</summary>
public static class MandateTransitions
{
    public static readonly TransitionTable<MandateStatus> Table = new(new Dictionary<MandateStatus, MandateStatus[]>
    {
        [MandateStatus.Active] = [MandateStatus.Replaced, MandateStatus.Cancelled],
        [MandateStatus.Replaced] = [],
        [MandateStatus.Cancelled] = [],
    }, CollectionErrors.MandateNotActive);
}

/// <summary>A batch's file is with the bank until a result is imported; a result may be imported again (it books nothing twice).</summary>
public static class BankBatchTransitions
{
    public static readonly TransitionTable<BankBatchStatus> Table = new(new Dictionary<BankBatchStatus, BankBatchStatus[]>
    {
        [BankBatchStatus.Exported] = [BankBatchStatus.Imported],
        [BankBatchStatus.Imported] = [BankBatchStatus.Imported],
    });
}

/// <summary>
/// A debit line's result: a failed debit may still succeed in a later result file (and its reason may change), but a
/// line booked as collected never becomes failed — its money is in the ledger.
/// </summary>
public static class BankLineTransitions
{
    public static readonly TransitionTable<BankLineResult> Table = new(new Dictionary<BankLineResult, BankLineResult[]>
    {
        [BankLineResult.Pending] = [BankLineResult.Succeeded, BankLineResult.Failed],
        [BankLineResult.Failed] = [BankLineResult.Succeeded, BankLineResult.Failed],
        [BankLineResult.Succeeded] = [BankLineResult.Succeeded],
    }, CollectionErrors.BankLineAlreadyCollected);
}
