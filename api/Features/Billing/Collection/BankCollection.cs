using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.Features.Registry.Import;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.Features.Billing.Collection;

public sealed record BankImportResult(int Collected, int Failed, IReadOnlyList<ImportRowError> RowErrors);

/// <summary>
/// 银行托收 (billing.md §3.2): mandates, the monthly debit file for the bank and the booking of the bank's result file.
/// Money only enters the ledger through <see cref="PaymentBooking"/>, keyed "bank:&lt;batch&gt;:&lt;line&gt;", so a result
/// file imported twice books nothing twice.
/// </summary>
public static class BankCollection
{
    /// <summary>Local banks accepted for the debit (billing.md §3.2, from the move-in document list).</summary>
    public static readonly string[] AcceptedBanks = ["中国银行", "深圳市商业银行", "中国农业银行", "中国建设银行", "深圳发展银行", "招商银行"];

    public static readonly string[] FileColumns = ["序号", "房号", "户名", "账号", "金额"];
    public static readonly string[] ResultColumns = ["序号", "账号", "金额", "结果", "失败原因"];
    public const string Success = "成功";
    public const string Failure = "失败";

    /// <summary>A visible unit's active mandate (null when none, or the unit is not the caller's).</summary>
    public static Task<BankMandate?> ActiveMandateAsync(RequestContext rc, Guid unitId, CancellationToken ct)
    {
        var visible = RegistryScope.Units(rc).Where(u => u.Id == unitId);
        return rc.Db.Set<BankMandate>().AsNoTracking()
            .Where(m => m.UnitId == unitId && m.Status == MandateStatus.Active && visible.Any())
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>A visible estate's batches with their lines, newest first (none for an estate not the caller's).</summary>
    public static async Task<List<BankCollectionBatch>> BatchesAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        !await RegistryScope.EstateVisibleAsync(rc, estateId, ct) ? [] :
            await rc.Db.Set<BankCollectionBatch>().AsNoTracking().Include(b => b.Lines).Where(b => b.EstateId == estateId)
                .OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).ToListAsync(ct);

    /// <summary>6222********1234: bank and last four only, wherever an account number is shown.</summary>
    public static string Mask(string account) =>
        account.Length <= 8 ? new string('*', Math.Max(0, account.Length - 4)) + account[Math.Max(0, account.Length - 4)..]
            : account[..4] + new string('*', account.Length - 8) + account[^4..];

    /// <summary>The collection day of a month, clamped to the month's last day (CollectionDay may be 31).</summary>
    public static DateOnly CollectionDate(DateOnly today, int collectionDay) =>
        new(today.Year, today.Month, Math.Clamp(collectionDay, 1, DateTime.DaysInMonth(today.Year, today.Month)));

    /// <summary>
    /// One line per unit of the estate with an active mandate and an amount due by the collection date (bills due
    /// by then, oldest first). Null while the estate has a batch whose result is not yet imported, so nobody is
    /// debited twice; the check and the new batch are one transaction under the estate's <see cref="EstateLock"/>.
    /// </summary>
    public static Task<BankCollectionBatch?> CreateBatchAsync(TenantDbContext db, Guid estateId, DateOnly date, string createdBy, DateTime now, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await EstateLock.AcquireAsync(db, estateId, ct);
            if (await db.Set<BankCollectionBatch>().AnyAsync(b => b.EstateId == estateId && b.Status == BankBatchStatus.Exported, ct)) return null;
            var batch = await NewBatchAsync(db, estateId, date, createdBy, now, ct);
            if (batch.LineCount > 0) // an empty file is no use to the bank: nothing is stored
            {
                db.Add(batch);
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
            return batch;
        });

    private static async Task<BankCollectionBatch> NewBatchAsync(TenantDbContext db, Guid estateId, DateOnly date, string createdBy, DateTime now, CancellationToken ct)
    {
        var mandates = await db.Set<BankMandate>().AsNoTracking()
            .Where(m => m.Status == MandateStatus.Active && db.Set<Registry.Unit>().Any(u => u.Id == m.UnitId && u.EstateId == estateId))
            .ToListAsync(ct);
        var unitIds = mandates.Select(m => m.UnitId).ToList();
        var units = await db.Units.AsNoTracking().Include(u => u.Building).Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var bills = (await db.Bills.AsNoTracking().Where(b => unitIds.Contains(b.UnitId))
                .Select(b => new { b.UnitId, Row = new ArrearsService.BillRow(b.Id, b.Period, b.Total, b.DueDate) }).ToListAsync(ct))
            .ToLookup(b => b.UnitId, b => b.Row);
        var entries = (await db.LedgerEntries.AsNoTracking().Where(e => unitIds.Contains(e.UnitId))
                .Select(e => new { e.UnitId, Row = new ArrearsService.EntryRow(e.BillId, e.Kind, e.Amount) }).ToListAsync(ct))
            .ToLookup(e => e.UnitId, e => e.Row);

        var batch = new BankCollectionBatch { EstateId = estateId, CollectionDate = date, CreatedBy = createdBy, CreatedAt = now };
        foreach (var m in mandates.Where(m => units.ContainsKey(m.UnitId)).OrderBy(m => ArrearsList.Label(units[m.UnitId]), StringComparer.Ordinal))
        {
            var account = ArrearsService.Account(m.UnitId, bills[m.UnitId], entries[m.UnitId]);
            var amount = account.Bills.Where(b => b.DueDate <= date).Sum(b => b.Open) + account.UnbilledOwed;
            if (amount <= 0) continue;
            batch.Lines.Add(new BankCollectionLine
            {
                BatchId = batch.Id, LineNo = batch.Lines.Count + 1, UnitId = m.UnitId, MandateId = m.Id, UnitLabel = ArrearsList.Label(units[m.UnitId]),
                AccountName = m.AccountName, AccountNumber = m.AccountNumber, Amount = amount,
            });
        }
        batch.LineCount = batch.Lines.Count;
        batch.TotalAmount = batch.Lines.Sum(l => l.Amount);
        return batch;
    }

    /// <summary>The file for the bank: UTF-8 with BOM (Excel in China opens it correctly), columns 序号,房号,户名,账号,金额.</summary>
    public static byte[] File(IEnumerable<BankCollectionLine> lines)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(',', FileColumns)).Append("\r\n");
        foreach (var l in lines.OrderBy(l => l.LineNo))
            sb.Append(string.Join(',', l.LineNo.ToString(CultureInfo.InvariantCulture), Cell(l.UnitLabel), Cell(l.AccountName), Cell(l.AccountNumber),
                l.Amount.ToString("0.00", CultureInfo.InvariantCulture))).Append("\r\n");
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }

    // Quotes fields that need it, and defuses spreadsheet formulas (=, +, -, @ at the start).
    private static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    private sealed record ResultRow(int Row, BankCollectionLine Line, bool Succeeded, string? Reason);

    /// <summary>
    /// Reads the bank's result file (序号,账号,金额,结果,失败原因). Every row is checked against the batch first; any
    /// bad row means nothing is booked. Successful debits are booked as BANK_COLLECTION payments allocated oldest bill
    /// first; failed ones keep their reason, and the household stays in the reminder flow.
    /// </summary>
    public static async Task<BankImportResult> ImportAsync(TenantDbContext db, Guid batchId, string content, string staff, CultureInfo culture, TimeProvider clock, CancellationToken ct)
    {
        var lines = await db.Set<BankCollectionLine>().AsNoTracking().Where(l => l.BatchId == batchId).ToDictionaryAsync(l => l.LineNo, ct);
        var errors = new List<ImportRowError>();
        void Error(int row, string? column, string key, params object?[] args) => errors.Add(new ImportRowError(row, column, key, Messages.Get(culture, key, args)));

        var records = ImportFile.ParseCsv(content.TrimStart('\uFEFF')).Select(r => r.Select(c => (c as string ?? "").Trim()).ToList())
            .Where(r => r.Any(c => c.Length > 0)).ToList();
        if (records.Count == 0) { Error(1, null, "IMPORT_EMPTY"); return new BankImportResult(0, 0, errors); }
        var header = records[0];
        var index = ResultColumns.Select(name => header.FindIndex(h => h.StartsWith(name, StringComparison.Ordinal))).ToArray();
        for (var i = 0; i < index.Length; i++)
            if (index[i] < 0 && i != 4) Error(1, ResultColumns[i], "IMPORT_MISSING_COLUMN", ResultColumns[i]);
        if (errors.Count > 0) return new BankImportResult(0, 0, errors);
        if (records.Count == 1) { Error(1, null, "IMPORT_EMPTY"); return new BankImportResult(0, 0, errors); }

        var rows = new List<ResultRow>();
        var seen = new Dictionary<int, int>();
        for (var n = 1; n < records.Count; n++)
        {
            var r = records[n];
            var row = n + 1;
            string Cell(int column) => index[column] >= 0 && index[column] < r.Count ? r[index[column]] : "";
            if (!int.TryParse(Cell(0), NumberStyles.None, CultureInfo.InvariantCulture, out var no) || !lines.TryGetValue(no, out var line))
            { Error(row, "lineNo", "BANK_UNKNOWN_LINE", Cell(0)); continue; }
            if (seen.TryGetValue(no, out var first)) { Error(row, "lineNo", "IMPORT_DUPLICATE_IN_FILE", first); continue; }
            seen[no] = row;
            var before = errors.Count;
            if (Cell(1) != line.AccountNumber) Error(row, "accountNumber", "BANK_ACCOUNT_MISMATCH", no);
            if (!decimal.TryParse(Cell(2), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) Error(row, "amount", "INVALID_NUMBER", "field.amount");
            else if (amount != line.Amount) Error(row, "amount", "BANK_AMOUNT_MISMATCH", no, line.Amount.ToString("0.00", CultureInfo.InvariantCulture));
            var result = Cell(3);
            if (result != Success && result != Failure) Error(row, "result", "BANK_RESULT_INVALID", result);
            else if (!BankLineTransitions.Table.CanMove(line.Result, result == Success ? BankLineResult.Succeeded : BankLineResult.Failed))
                Error(row, "result", CollectionErrors.BankLineAlreadyCollected.MessageKey, no);
            if (errors.Count == before) rows.Add(new ResultRow(row, line, result == Success, Cell(4) is { Length: > 0 } reason ? reason : null));
        }
        if (errors.Count > 0) return new BankImportResult(0, 0, errors);

        var collected = 0;
        var failed = 0;
        var set = db.Set<BankCollectionLine>();
        var toSucceeded = BankLineTransitions.Table.From(BankLineResult.Succeeded);
        var toFailed = BankLineTransitions.Table.From(BankLineResult.Failed);
        foreach (var r in rows)
        {
            if (r.Succeeded)
            {
                var booked = await PaymentBooking.BookAsync(db, new PaymentRequest(r.Line.UnitId, r.Line.Amount, PaymentMethod.BankCollection,
                    $"bank:{batchId}:{r.Line.LineNo}", staff, ExternalReference: $"bank:{batchId}", PayerName: r.Line.AccountName, Note: "银行托收"), clock, ct);
                await set.Where(l => l.Id == r.Line.Id && toSucceeded.Contains(l.Result)).ExecuteUpdateAsync(s => s.SetProperty(l => l.Result, BankLineResult.Succeeded)
                    .SetProperty(l => l.PaymentId, booked.Payment.Id).SetProperty(l => l.FailureReason, (string?)null), ct);
                if (!booked.Duplicate) collected++;
            }
            else if (r.Line.Result != BankLineResult.Failed || r.Line.FailureReason != r.Reason)
            {
                var reason = r.Reason is { Length: > 200 } long_ ? long_[..200] : r.Reason;
                await set.Where(l => l.Id == r.Line.Id && toFailed.Contains(l.Result)).ExecuteUpdateAsync(s => s.SetProperty(l => l.Result, BankLineResult.Failed).SetProperty(l => l.FailureReason, reason), ct);
                if (r.Line.Result != BankLineResult.Failed) failed++;
            }
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var toImported = BankBatchTransitions.Table.From(BankBatchStatus.Imported);
        await db.Set<BankCollectionBatch>().Where(b => b.Id == batchId && toImported.Contains(b.Status))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BankBatchStatus.Imported).SetProperty(b => b.ImportedAt, now), ct);
        return new BankImportResult(collected, failed, []);
    }
}
