using GraphQL;
using GraphQL.Types;
using PropertySaaS.Api.Features.Notifications;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

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
    public static readonly Access RateViewers = Access.Roles(AppRoles.CompanyAdmin, AppRoles.EstateManager);

    public static void AddQueries(ObjectGraphType query)
    {
        var staff = SendArrearsReminders.Who;
        query.Field<NonNullGraphType<ConnectionType<ArrearsGraphType, ArrearsRow>>>("arrears")
            .Description("拖欠款明细表 — households of an estate that owe money, most overdue first.")
            .Arguments(Paging.Arguments(
                new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" },
                new QueryArgument<IntGraphType> { Name = "minDaysOverdue" },
                new QueryArgument<StringGraphType> { Name = "search", Description = "Unit number (or building + number) or owner name." }))
            .Reads(staff, async (rc, c) =>
            {
                var list = await ArrearsList.SearchAsync(rc, c.GetArgument<Guid>("estateId"), c.GetArgument<int?>("minDaysOverdue"), c.GetArgument<string?>("search"), c.CancellationToken);
                return await Paging.PageAsync(c, (skip, take, _) => Task.FromResult(list.Skip(skip).Take(take).ToList()), _ => Task.FromResult(list.Count));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrearsReminderGraphType>>>>("arrearsReminders")
            .Description("A household's arrears reminders, newest first. Empty when the unit is not in the caller's scope.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .Reads(staff, (rc, c) => ArrearsReminders.OfUnitAsync(rc, c.GetArgument<Guid>("unitId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("acceptedBanks")
            .Description("Banks accepted for bank collection (托收).")
            .Reads(staff, (_, _) => Task.FromResult(BankCollection.AcceptedBanks));

        query.Field<BankMandateGraphType>("bankMandate")
            .Description("The unit's active bank-collection mandate; null when none or not in scope.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .Reads(staff, (rc, c) => BankCollection.ActiveMandateAsync(rc, c.GetArgument<Guid>("unitId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BankCollectionBatchGraphType>>>>("bankCollectionBatches")
            .Description("Bank collection batches of an estate, newest first.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .Reads(staff, (rc, c) => BankCollection.BatchesAsync(rc, c.GetArgument<Guid>("estateId"), c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstateCollectionRateGraphType>>>>("collectionRates")
            .Description("收费率 per estate in the caller's scope for a billing month (default: the current month).")
            .Arguments(new QueryArgument<StringGraphType> { Name = "period", Description = "yyyy-MM" })
            .Reads(RateViewers, (rc, c) => CollectionRates.ForCallerAsync(rc, c.GetArgument<string?>("period"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ReminderBatchPayloadType>>("sendArrearsReminders")
            .Description("Queues an individual reminder from the approved template to each chosen household with an overdue amount; outside the contact window it waits for the next one.")
            .Argument<NonNullGraphType<SendArrearsRemindersInputType>>("input").RunsUseCase(SendArrearsReminders.UseCase);
        mutation.Field<NonNullGraphType<BankMandatePayloadType>>("setBankMandate")
            .Argument<NonNullGraphType<SetBankMandateInputType>>("input").RunsUseCase(SetBankMandate.UseCase);
        mutation.Field<NonNullGraphType<BankCollectionBatchPayloadType>>("createBankCollectionBatch")
            .Description("Makes the estate's debit file: one line per unit with an active mandate and an amount due by the collection date.")
            .Argument<NonNullGraphType<CreateBankCollectionBatchInputType>>("input").RunsUseCase(CreateBankCollectionBatch.UseCase);
        mutation.Field<NonNullGraphType<BankCollectionImportPayloadType>>("importBankCollectionResult")
            .Description("Books the bank's result file: every row is checked first; one bad row and nothing is booked. Importing the same file again books nothing new.")
            .Argument<NonNullGraphType<ImportBankCollectionResultInputType>>("input").RunsUseCase(ImportBankCollectionResult.UseCase);
    }
}
