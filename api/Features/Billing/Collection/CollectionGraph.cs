using System.Text;
using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Billing.Payments;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.Billing.Collection;

public sealed class SendArrearsRemindersInput
{
    public Guid EstateId { get; set; }
    public List<Guid>? UnitIds { get; set; }
    public ContactChannel? Channel { get; set; }
}

public sealed class SetBankMandateInput
{
    public Guid UnitId { get; set; }
    public string BankName { get; set; } = "";
    public string AccountName { get; set; } = "";
    public string AccountNumber { get; set; } = "";
}

public sealed class CreateBankCollectionBatchInput
{
    public Guid EstateId { get; set; }
    public DateOnly? CollectionDate { get; set; }
}

public sealed class ImportBankCollectionResultInput
{
    public Guid BatchId { get; set; }
    public string Content { get; set; } = "";
}

public sealed class SendArrearsRemindersInputType : InputObjectGraphType<SendArrearsRemindersInput>
{
    public SendArrearsRemindersInputType()
    {
        Name = "SendArrearsRemindersInput";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitIds, type: typeof(ListGraphType<NonNullGraphType<IdGraphType>>)).Description("Null = every household of the estate with an overdue amount.");
        Field(x => x.Channel, type: typeof(ContactChannelEnum)).Description("Default SMS. Each household gets its own message; there are no group messages.");
    }
}

public sealed class SetBankMandateInputType : InputObjectGraphType<SetBankMandateInput>
{
    public SetBankMandateInputType()
    {
        Name = "SetBankMandateInput";
        Description = "Records the signed bank-collection agreement; replaces the unit's active mandate.";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.BankName).Description("One of acceptedBanks.");
        Field(x => x.AccountName);
        Field(x => x.AccountNumber).Description("8–30 digits; spaces are ignored.");
    }
}

public sealed class CreateBankCollectionBatchInputType : InputObjectGraphType<CreateBankCollectionBatchInput>
{
    public CreateBankCollectionBatchInputType()
    {
        Name = "CreateBankCollectionBatchInput";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CollectionDate, nullable: true).Description("Default: the company's collection day (15th) of the current month.");
    }
}

public sealed class ImportBankCollectionResultInputType : InputObjectGraphType<ImportBankCollectionResultInput>
{
    public ImportBankCollectionResultInputType()
    {
        Name = "ImportBankCollectionResultInput";
        Field(x => x.BatchId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Content).Description("The bank's result CSV as text: 序号,账号,金额,结果(成功/失败),失败原因.");
    }
}

public static class CollectionGraph
{
    /// <summary>Staff who chase arrears and run bank collection (billing.md §7.1): the billing roles, in their estates.</summary>
    public static readonly string[] CollectionStaff = AppRoles.RegistryEditors;
    /// <summary>Who sees collection rates: the company, and estate managers for their own estates (billing.md §11).</summary>
    public static readonly string[] RateViewers = [AppRoles.CompanyAdmin, AppRoles.EstateManager];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<ArrearsGraphType, ArrearsRow>>>("arrears")
            .Description("拖欠款明细表 — households of an estate that owe money, most overdue first.")
            .Arguments(Paging.Arguments(
                new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" },
                new QueryArgument<IntGraphType> { Name = "minDaysOverdue" },
                new QueryArgument<StringGraphType> { Name = "search", Description = "Unit number (or building + number) or owner name." }))
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(CollectionStaff);
                var estateId = c.GetArgument<Guid>("estateId");
                var rows = rc.Viewer.CanSeeEstate(estateId) ? await ArrearsList.ForEstateAsync(rc.Db, estateId, Today(rc), c.CancellationToken) : [];
                var min = c.GetArgument<int?>("minDaysOverdue");
                var search = c.GetArgument<string?>("search")?.Trim();
                var list = rows.Where(r => r.Ageing.Total > 0)
                    .Where(r => min is null || (r.Ageing.Overdue > 0 && r.DaysOverdue >= min))
                    .Where(r => string.IsNullOrEmpty(search) || r.UnitLabel.Contains(search) || r.Unit.Number.Contains(search) || (r.OwnerName?.Contains(search) ?? false))
                    .OrderByDescending(r => r.DaysOverdue).ThenByDescending(r => r.Ageing.Overdue).ThenBy(r => r.UnitLabel, StringComparer.Ordinal).ThenBy(r => r.Unit.Id)
                    .ToList();
                return Page(list, c);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrearsReminderGraphType>>>>("arrearsReminders")
            .Description("A household's arrears reminders, newest first. Empty when the unit is not in the caller's scope.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(CollectionStaff);
                var unitId = c.GetArgument<Guid>("unitId");
                var scoped = rc.Db.Units.InScope(rc.Viewer.EstateScope, u => u.EstateId);
                return await rc.Db.Set<ArrearsReminder>().AsNoTracking()
                    .Where(r => r.UnitId == unitId && scoped.Any(u => u.Id == unitId))
                    .OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("acceptedBanks")
            .Description("Banks accepted for bank collection (托收).")
            .Resolve(c => { Rc(c).RequireAny(CollectionStaff); return BankCollection.AcceptedBanks; });

        query.Field<BankMandateGraphType>("bankMandate")
            .Description("The unit's active bank-collection mandate; null when none or not in scope.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(CollectionStaff);
                var unitId = c.GetArgument<Guid>("unitId");
                var scoped = rc.Db.Units.InScope(rc.Viewer.EstateScope, u => u.EstateId);
                return await rc.Db.Set<BankMandate>().AsNoTracking()
                    .Where(m => m.UnitId == unitId && m.Status == MandateStatus.Active && scoped.Any(u => u.Id == unitId))
                    .FirstOrDefaultAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BankCollectionBatchGraphType>>>>("bankCollectionBatches")
            .Description("Bank collection batches of an estate, newest first.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(CollectionStaff);
                var estateId = c.GetArgument<Guid>("estateId");
                if (!rc.Viewer.CanSeeEstate(estateId)) return new List<BankCollectionBatch>();
                return await rc.Db.Set<BankCollectionBatch>().AsNoTracking().Include(b => b.Lines).Where(b => b.EstateId == estateId)
                    .OrderByDescending(b => b.CreatedAt).ThenByDescending(b => b.Id).ToListAsync(c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstateCollectionRateGraphType>>>>("collectionRates")
            .Description("收费率 per estate in the caller's scope for a billing month (default: the current month).")
            .Arguments(new QueryArgument<StringGraphType> { Name = "period", Description = "yyyy-MM" })
            .ResolveAsync(async c =>
            {
                var rc = Rc(c);
                rc.RequireAny(RateViewers);
                var text = c.GetArgument<string?>("period")?.Trim();
                var today = Today(rc);
                var period = new BillingPeriod(today.Year, today.Month);
                if (!string.IsNullOrEmpty(text) && !BillingPeriod.TryParse(text, out period)) throw rc.Error(ErrorCodes.Validation, "INVALID_PERIOD");
                return await CollectionRates.ForPeriodAsync(rc.Db, rc.Viewer.EstateScope, period, today, c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        StaffMutation<ReminderBatchPayloadType, SendArrearsRemindersInputType, SendArrearsRemindersInput>(mutation, "sendArrearsReminders",
            "Queues an individual reminder from the approved template to each chosen household with an overdue amount; outside the contact window it waits for the next one.",
            async (rc, i, check, ct) =>
            {
                if (!await EstateVisibleAsync(rc, i.EstateId, ct)) return new ReminderBatch(0, null, check.Missing("estateId", "NOT_FOUND", "entity.estate").Errors);
                var ids = i.UnitIds?.Distinct().ToList();
                var rows = await ArrearsList.ForEstateAsync(rc.Db, i.EstateId, Today(rc), ct, ids);
                if (ids is { Count: > 0 } && rows.Count != ids.Count) return new ReminderBatch(0, null, check.Missing("unitIds", "NOT_FOUND", "entity.unit").Errors);
                if (!rows.Any(r => r.Ageing.Overdue > 0)) return new ReminderBatch(0, null, check.Invalid("unitIds", "NO_ARREARS").Errors);
                var channel = i.Channel ?? ContactChannel.Sms;
                var result = await ArrearsReminders.QueueAsync(rc.Db, rows, _ => channel, rc.Tenant!.NameZh, rc.Viewer.UserId, rc.Now, ct);
                return new ReminderBatch(result.Queued, result.ScheduledFor, []);
            });

        StaffMutation<BankMandatePayloadType, SetBankMandateInputType, SetBankMandateInput>(mutation, "setBankMandate", null,
            async (rc, i, check, ct) =>
            {
                var db = rc.Db;
                check.Required(i.AccountName, "accountName", 100);
                var bank = i.BankName?.Trim() ?? "";
                if (!BankCollection.AcceptedBanks.Contains(bank)) check.Invalid("bankName", "BANK_NOT_ACCEPTED", string.Join("、", BankCollection.AcceptedBanks));
                var account = new string((i.AccountNumber ?? "").Where(ch => !char.IsWhiteSpace(ch)).ToArray());
                if (account.Length is < 8 or > 30 || !account.All(char.IsAsciiDigit)) check.Invalid("accountNumber", "INVALID_BANK_ACCOUNT");
                if (!await db.Units.InScope(rc.Viewer.EstateScope, u => u.EstateId).AnyAsync(u => u.Id == i.UnitId, ct))
                    check.Missing("unitId", "NOT_FOUND", "entity.unit");
                if (check.Failed) return Payload<BankMandate>.Fail(check);
                var now = rc.Now;
                await foreach (var old in db.Set<BankMandate>().Where(m => m.UnitId == i.UnitId && m.Status == MandateStatus.Active).AsAsyncEnumerable())
                {
                    old.Status = MandateStatus.Replaced;
                    old.EndedAt = now;
                }
                var mandate = new BankMandate { UnitId = i.UnitId, BankName = bank, AccountName = i.AccountName.Trim(), AccountNumber = account, CreatedBy = rc.Viewer.UserId, CreatedAt = now };
                db.Add(mandate);
                await db.SaveChangesAsync(ct);
                return Payload<BankMandate>.Ok(mandate);
            });

        StaffMutation<BankCollectionBatchPayloadType, CreateBankCollectionBatchInputType, CreateBankCollectionBatchInput>(mutation, "createBankCollectionBatch",
            "Makes the estate's debit file: one line per unit with an active mandate and an amount due by the collection date.",
            async (rc, i, check, ct) =>
            {
                if (!await EstateVisibleAsync(rc, i.EstateId, ct)) return Payload<BankCollectionBatch>.Fail(check.Missing("estateId", "NOT_FOUND", "entity.estate"));
                var settings = await rc.Db.BillingSettings.AsNoTracking().SingleOrDefaultAsync(s => s.Id == 1, ct);
                var date = i.CollectionDate ?? BankCollection.CollectionDate(Today(rc), settings?.CollectionDay ?? 15);
                var batch = await BankCollection.CreateBatchAsync(rc.Db, i.EstateId, date, rc.Viewer.UserId, rc.Now, ct);
                if (batch is null) return Payload<BankCollectionBatch>.Fail(check.Clash("estateId", "BANK_BATCH_PENDING"));
                return batch.LineCount == 0 ? Payload<BankCollectionBatch>.Fail(check.Invalid("estateId", "BANK_BATCH_EMPTY")) : Payload<BankCollectionBatch>.Ok(batch);
            });

        StaffMutation<BankCollectionImportPayloadType, ImportBankCollectionResultInputType, ImportBankCollectionResultInput>(mutation, "importBankCollectionResult",
            "Books the bank's result file: every row is checked first; one bad row and nothing is booked. Importing the same file again books nothing new.",
            async (rc, i, check, ct) =>
            {
                var db = rc.Db;
                var batch = await db.Set<BankCollectionBatch>().AsNoTracking().SingleOrDefaultAsync(b => b.Id == i.BatchId, ct);
                if (batch is null || !rc.Viewer.CanSeeEstate(batch.EstateId))
                    return new BankImport(null, 0, 0, [], check.Missing("batchId", "NOT_FOUND", "entity.bankCollectionBatch").Errors);
                if (string.IsNullOrWhiteSpace(i.Content)) return new BankImport(null, 0, 0, [], check.Invalid("content", "REQUIRED", "field.content").Errors);
                if (Encoding.UTF8.GetByteCount(i.Content) > 10 * 1024 * 1024) return new BankImport(null, 0, 0, [], check.Invalid("content", "IMPORT_TOO_LARGE", 10).Errors);
                BankImportResult result;
                try
                {
                    result = await BankCollection.ImportAsync(db, batch.Id, i.Content, rc.Viewer.UserId, rc.Culture, rc.Services.GetRequiredService<TimeProvider>(), ct);
                }
                catch (RuleException e)
                {
                    return new BankImport(null, 0, 0, [], check.Invalid("content", e.Kind.MessageKey, "field." + e.Field).Errors);
                }
                if (result.RowErrors.Count > 0)
                    return new BankImport(null, 0, 0, result.RowErrors.Take(500).ToList(), check.Invalid("content", "IMPORT_INVALID", result.RowErrors.Count).Errors);
                db.ChangeTracker.Clear();
                var fresh = await db.Set<BankCollectionBatch>().AsNoTracking().Include(b => b.Lines).SingleAsync(b => b.Id == batch.Id, ct);
                return new BankImport(fresh, result.Collected, result.Failed, [], []);
            });
    }

    /// <summary>A collection-staff mutation taking one input object: the role check, the input and a Check for typed errors, then the body.</summary>
    private static void StaffMutation<TPayloadType, TInputType, TInput>(ObjectGraphType mutation, string name, string? description,
        Func<RequestContext, TInput, Check, CancellationToken, Task<object?>> body)
        where TPayloadType : IGraphType where TInputType : IGraphType
    {
        mutation.Field<NonNullGraphType<TPayloadType>>(name).Description(description)
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(c =>
            {
                var rc = Rc(c);
                rc.RequireAny(CollectionStaff);
                return body(rc, c.GetArgument<TInput>("input"), new Check(rc.Culture), c.CancellationToken);
            });
    }

    /// <summary>Pages rows computed in memory with the same opaque offset cursors as <see cref="Paging"/>.</summary>
    private static Connection<T> Page<T>(IReadOnlyList<T> rows, IResolveFieldContext c)
    {
        var rc = Rc(c);
        var first = c.GetArgument<int?>("first") ?? Paging.DefaultPageSize;
        if (first < 0 || first > Paging.MaxPageSize) throw rc.Error(ErrorCodes.Validation, "PAGE_SIZE", Paging.MaxPageSize);
        var offset = 0;
        if (c.GetArgument<string?>("after") is { Length: > 0 } after)
        {
            string text;
            try { text = Encoding.UTF8.GetString(Convert.FromBase64String(after)); }
            catch (FormatException) { throw rc.Error(ErrorCodes.Validation, "INVALID_CURSOR"); }
            if (!text.StartsWith("o:") || !int.TryParse(text[2..], out var o) || o < 0) throw rc.Error(ErrorCodes.Validation, "INVALID_CURSOR");
            offset = o + 1;
        }
        var items = rows.Skip(offset).Take(first).ToList();
        return Connection<T>.Of(items, offset, offset + items.Count < rows.Count, rows.Count);
    }

    private static async Task<bool> EstateVisibleAsync(RequestContext rc, Guid estateId, CancellationToken ct) =>
        rc.Viewer.CanSeeEstate(estateId) && await rc.Db.Estates.AnyAsync(e => e.Id == estateId, ct);

    /// <summary>Days overdue and periods are counted in the company's local date (Asia/Shanghai).</summary>
    private static DateOnly Today(RequestContext rc) => ContactWindows.LocalDate(rc.Now);
}
