using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Features.Billing.Collection;

/// <summary>Queues an individual reminder from the approved template to each chosen household with an overdue amount.</summary>
public static class SendArrearsReminders
{
    /// <summary>Collection staff (<see cref="CollectionGraph.CollectionStaff"/>); estate walls are the data scope.</summary>
    public static readonly Access Who = Access.Roles(CollectionGraph.CollectionStaff);
    public static readonly UseCase<SendArrearsRemindersInput, QueuedReminders> UseCase = new(Who, RunAsync);

    public static async Task<Payload<QueuedReminders>> RunAsync(RequestContext rc, SendArrearsRemindersInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct)) return Payload<QueuedReminders>.Fail(check.Missing("estateId", "NOT_FOUND", "entity.estate"));
        var ids = i.UnitIds?.Distinct().ToList();
        var rows = await ArrearsList.ForEstateAsync(rc.Db, i.EstateId, ArrearsList.Today(rc), ct, ids);
        if (ids is { Count: > 0 } && rows.Count != ids.Count) return Payload<QueuedReminders>.Fail(check.Missing("unitIds", "NOT_FOUND", "entity.unit"));
        if (!rows.Any(r => r.Ageing.Overdue > 0)) return Payload<QueuedReminders>.Fail(check.Fail(CollectionErrors.NoArrears, "unitIds"));
        var channel = i.Channel ?? Notifications.ContactChannel.Sms;
        return Payload<QueuedReminders>.Ok(await ArrearsReminders.QueueAsync(rc.Db, rows, _ => channel, rc.Tenant!.NameZh, rc.Viewer.UserId, rc.Now, ct));
    }
}

/// <summary>Records a unit's signed bank-collection agreement; it replaces the unit's active mandate.</summary>
public static class SetBankMandate
{
    public static readonly UseCase<SetBankMandateInput, BankMandate> UseCase = new(SendArrearsReminders.Who, RunAsync);

    public static async Task<Payload<BankMandate>> RunAsync(RequestContext rc, SetBankMandateInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture).Required(i.AccountName, "accountName", 100);
        var bank = i.BankName?.Trim() ?? "";
        if (!BankCollection.AcceptedBanks.Contains(bank)) check.Invalid("bankName", "BANK_NOT_ACCEPTED", string.Join("、", BankCollection.AcceptedBanks));
        var account = new string((i.AccountNumber ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray());
        if (account.Length is < 8 or > 30 || !account.All(char.IsAsciiDigit)) check.Invalid("accountNumber", "INVALID_BANK_ACCOUNT");
        if (!await RegistryScope.Units(rc).AnyAsync(u => u.Id == i.UnitId, ct)) check.Missing("unitId", "NOT_FOUND", "entity.unit");
        if (check.Failed) return Payload<BankMandate>.Fail(check);
        var now = rc.Now;
        await foreach (var old in db.Set<BankMandate>().Where(m => m.UnitId == i.UnitId && m.Status == MandateStatus.Active).AsAsyncEnumerable())
            old.End(MandateStatus.Replaced, now);
        var mandate = new BankMandate { UnitId = i.UnitId, BankName = bank, AccountName = i.AccountName.Trim(), AccountNumber = account, CreatedBy = rc.Viewer.UserId, CreatedAt = now };
        db.Add(mandate);
        await db.SaveChangesAsync(ct);
        return Payload<BankMandate>.Ok(mandate);
    }
}

/// <summary>Makes an estate's debit file: one line per unit with an active mandate and an amount due by the collection date.</summary>
public static class CreateBankCollectionBatch
{
    public static readonly UseCase<CreateBankCollectionBatchInput, BankCollectionBatch> UseCase = new(SendArrearsReminders.Who, RunAsync);

    public static async Task<Payload<BankCollectionBatch>> RunAsync(RequestContext rc, CreateBankCollectionBatchInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        if (!await RegistryScope.EstateVisibleAsync(rc, i.EstateId, ct)) return Payload<BankCollectionBatch>.Fail(check.Missing("estateId", "NOT_FOUND", "entity.estate"));
        var settings = await rc.Db.BillingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, ct);
        var date = i.CollectionDate ?? BankCollection.CollectionDate(ArrearsList.Today(rc), settings?.CollectionDay ?? 15);
        var batch = await BankCollection.CreateBatchAsync(rc.Db, i.EstateId, date, rc.Viewer.UserId, rc.Now, ct);
        if (batch is null) return Payload<BankCollectionBatch>.Fail(check.Fail(CollectionErrors.BankBatchPending, "estateId"));
        return batch.LineCount == 0 ? Payload<BankCollectionBatch>.Fail(check.Fail(CollectionErrors.BankBatchEmpty, "estateId")) : Payload<BankCollectionBatch>.Ok(batch);
    }
}

/// <summary>Books the bank's result file: every row is checked first; one bad row and nothing is booked.</summary>
public static class ImportBankCollectionResult
{
    public static readonly UseCase<ImportBankCollectionResultInput, BankImport> UseCase = new(SendArrearsReminders.Who, RunAsync);

    public static async Task<Payload<BankImport>> RunAsync(RequestContext rc, ImportBankCollectionResultInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var check = new Check(rc.Culture);
        var batch = await db.Set<BankCollectionBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == i.BatchId, ct);
        if (batch is null || !rc.Viewer.CanSeeEstate(batch.EstateId))
            return Payload<BankImport>.Fail(check.Missing("batchId", "NOT_FOUND", "entity.bankCollectionBatch"));
        if (string.IsNullOrWhiteSpace(i.Content)) return Payload<BankImport>.Fail(check.Invalid("content", "REQUIRED", "field.content"));
        if (Encoding.UTF8.GetByteCount(i.Content) > 10 * 1024 * 1024) return Payload<BankImport>.Fail(check.Invalid("content", "IMPORT_TOO_LARGE", 10));
        BankImportResult result;
        try
        {
            result = await BankCollection.ImportAsync(db, batch.Id, i.Content, rc.Viewer.UserId, rc.Culture, rc.Clock, ct);
        }
        catch (RuleException e)
        {
            return Payload<BankImport>.Fail(check.Invalid("content", e.Kind.MessageKey, "field." + e.Field));
        }
        if (result.RowErrors.Count > 0)
            return new Payload<BankImport>(new BankImport(null, 0, 0, result.RowErrors.Take(500).ToList()),
                check.Invalid("content", "IMPORT_INVALID", result.RowErrors.Count).Errors);
        db.ChangeTracker.Clear();
        var fresh = await db.Set<BankCollectionBatch>().AsNoTracking().Include(b => b.Lines).SingleAsync(b => b.Id == batch.Id, ct);
        return Payload<BankImport>.Ok(new BankImport(fresh, result.Collected, result.Failed, []));
    }
}
