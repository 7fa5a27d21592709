using GraphQL;
using GraphQL.Types;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.ServiceDesk.Settings;

public sealed class SaveServiceCategoryInput
{
    public ServiceRequestType Type { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public bool Active { get; set; } = true;
    public int? SortOrder { get; set; }
}

public sealed class SetDeskLimitsInput
{
    public int? EmergencyAcknowledgeMinutes { get; set; }
    public int? EmergencyOnSiteMinutes { get; set; }
    public int? OrdinaryAppointmentWorkingHours { get; set; }
    public int? OrdinaryOnSiteHours { get; set; }
    public int? CompletionWorkingDays { get; set; }
}

public sealed class SetEscalationChainInput
{
    public Guid EstateId { get; set; }
    public Guid? CsHeadStaffMemberId { get; set; }
    public Guid? ManagerStaffMemberId { get; set; }
    public int CsHeadAfterMinutes { get; set; } = Timers.EscalationChain.DefaultCsHeadAfterMinutes;
    public int ManagerAfterMinutes { get; set; } = Timers.EscalationChain.DefaultManagerAfterMinutes;
}

public sealed class SetPublishedChannelsInput
{
    public Guid EstateId { get; set; }
    public string? Phone { get; set; }
    public string? Hours { get; set; }
    public string? Email { get; set; }
    public string? Fax { get; set; }
    public string? Address { get; set; }
    public string? ContactPerson { get; set; }
    public string? HqComplaintLine { get; set; }
}

public sealed class SaveServiceCategoryInputType : InputObjectGraphType<SaveServiceCategoryInput>
{
    public SaveServiceCategoryInputType()
    {
        Name = "SaveServiceCategoryInput";
        Description = "Edits (or deactivates) a category of a request type by its code; a new code adds the company's own category.";
        Field<NonNullGraphType<ServiceRequestTypeEnum>>("type");
        Field(x => x.Code).Description("1–20 of A–Z, 0–9, _ and -; complaint categories are C1–C8.");
        Field(x => x.Name);
        Field(x => x.Active);
        Field(x => x.SortOrder, nullable: true);
    }
}

public sealed class SetDeskLimitsInputType : InputObjectGraphType<SetDeskLimitsInput>
{
    public SetDeskLimitsInputType()
    {
        Name = "SetDeskLimitsInput";
        Description = "The company's urgency limits (service-desk.md §6.5); null = the suggested default.";
        Field(x => x.EmergencyAcknowledgeMinutes, nullable: true);
        Field(x => x.EmergencyOnSiteMinutes, nullable: true);
        Field(x => x.OrdinaryAppointmentWorkingHours, nullable: true);
        Field(x => x.OrdinaryOnSiteHours, nullable: true);
        Field(x => x.CompletionWorkingDays, nullable: true);
    }
}

public sealed class SetEscalationChainInputType : InputObjectGraphType<SetEscalationChainInput>
{
    public SetEscalationChainInputType()
    {
        Name = "SetEscalationChainInput";
        Description = "An estate's escalation chain: null staff = the holder of the position (CS-centre manager / estate head) in the estate.";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CsHeadStaffMemberId, type: typeof(IdGraphType));
        Field(x => x.ManagerStaffMemberId, type: typeof(IdGraphType));
        Field(x => x.CsHeadAfterMinutes).Description("Minutes after a limit ran out before the CS head is told (0 = at once).");
        Field(x => x.ManagerAfterMinutes).Description("Minutes after a limit ran out before the estate manager is told.");
    }
}

public sealed class SetPublishedChannelsInputType : InputObjectGraphType<SetPublishedChannelsInput>
{
    public SetPublishedChannelsInputType()
    {
        Name = "SetPublishedChannelsInput";
        Description = "The complaint channels an estate publishes to its residents (service-desk.md §2); the telephone is required.";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Phone, nullable: true);
        Field(x => x.Hours, nullable: true);
        Field(x => x.Email, nullable: true);
        Field(x => x.Fax, nullable: true);
        Field(x => x.Address, nullable: true);
        Field(x => x.ContactPerson, nullable: true);
        Field(x => x.HqComplaintLine, nullable: true);
    }
}

public sealed class ServiceCategoryGraphType : ObjectGraphType<CategoryView>
{
    public ServiceCategoryGraphType()
    {
        Name = "ServiceCategory";
        Description = "A category of a request type (问题类型) as the company uses it.";
        Field<NonNullGraphType<ServiceRequestTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field(x => x.Code);
        Field(x => x.Name);
        Field(x => x.Active);
        Field(x => x.SortOrder);
        Field(x => x.IsDefault).Description("One of the categories the product ships (it may have been renamed or deactivated).");
    }
}

public sealed class DeskLimitValuesGraphType : ObjectGraphType<DeskLimitValues>
{
    public DeskLimitValuesGraphType()
    {
        Name = "DeskLimitValues";
        Field(x => x.EmergencyAcknowledgeMinutes);
        Field(x => x.EmergencyOnSiteMinutes);
        Field(x => x.OrdinaryAppointmentWorkingHours);
        Field(x => x.OrdinaryOnSiteHours);
        Field(x => x.CompletionWorkingDays);
    }
}

public sealed class DeskLimitsGraphType : ObjectGraphType<DeskLimitsView>
{
    public DeskLimitsGraphType()
    {
        Name = "DeskLimits";
        Description = "The urgency classes' limits the company's deadlines count on, with the suggested defaults of §6.5.";
        Field<NonNullGraphType<DeskLimitValuesGraphType>>("current").Resolve(c => c.Source.Current);
        Field<NonNullGraphType<DeskLimitValuesGraphType>>("defaults").Resolve(c => c.Source.Defaults);
    }
}

public sealed class EscalationChainGraphType : ObjectGraphType<EscalationChainView>
{
    public EscalationChainGraphType()
    {
        Name = "EscalationChain";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.CsHeadStaffMemberId, type: typeof(IdGraphType)).Description("Named CS head; null = the estate's CS-centre manager.");
        Field(x => x.ManagerStaffMemberId, type: typeof(IdGraphType)).Description("Named estate manager; null = the estate head.");
        Field(x => x.EffectiveCsHeadId, type: typeof(IdGraphType));
        Field(x => x.EffectiveCsHeadName, nullable: true).Description("Who is escalated to now; null = nobody found (configure one).");
        Field(x => x.EffectiveManagerId, type: typeof(IdGraphType));
        Field(x => x.EffectiveManagerName, nullable: true);
        Field(x => x.CsHeadAfterMinutes);
        Field(x => x.ManagerAfterMinutes);
    }
}

public sealed class PublishedChannelsGraphType : ObjectGraphType<PublishedChannels>
{
    public PublishedChannelsGraphType()
    {
        Name = "PublishedChannels";
        Description = "An estate's published complaint channels (service-desk.md §2).";
        Field(x => x.EstateId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Phone, nullable: true);
        Field(x => x.Hours, nullable: true);
        Field(x => x.Email, nullable: true);
        Field(x => x.Fax, nullable: true);
        Field(x => x.Address, nullable: true);
        Field(x => x.ContactPerson, nullable: true);
        Field(x => x.HqComplaintLine, nullable: true);
    }
}

public sealed class ServiceCategoryPayloadType() : PayloadType<ServiceCategoryGraphType, CategoryView>("ServiceCategoryPayload", "category");
public sealed class DeskLimitsPayloadType() : PayloadType<DeskLimitsGraphType, DeskLimitsView>("DeskLimitsPayload", "limits");
public sealed class EscalationChainPayloadType() : PayloadType<EscalationChainGraphType, EscalationChainView>("EscalationChainPayload", "chain");
public sealed class PublishedChannelsPayloadType() : PayloadType<PublishedChannelsGraphType, PublishedChannels>("PublishedChannelsPayload", "channels");

public static class DeskSettingsGraph
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceCategoryGraphType>>>>("serviceCategories")
            .Description("The categories of a request type (all types without one): the defaults of service-desk.md and the company's own, active ones unless includeInactive.")
            .Arguments(new QueryArgument<ServiceRequestTypeEnum> { Name = "type" }, new QueryArgument<BooleanGraphType> { Name = "includeInactive", DefaultValue = false })
            .Reads(Access.CompanyMembers, (rc, c) => DeskSettingsQueries.CategoriesAsync(rc, c.GetArgument<ServiceRequestType?>("type"), c.GetArgument<bool>("includeInactive"), c.CancellationToken));

        query.Field<NonNullGraphType<DeskLimitsGraphType>>("deskLimits")
            .Description("The urgency classes' limits in use, and the suggested defaults.")
            .Reads(Access.Staff, (rc, c) => DeskSettingsQueries.LimitsAsync(rc, c.CancellationToken));

        query.Field<EscalationChainGraphType>("escalationChain")
            .Description("An estate's escalation chain (CS head, then estate manager). Null when the estate is not visible.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .Reads(Access.Staff, (rc, c) => DeskSettingsQueries.ChainAsync(rc, c.GetArgument<Guid>("estateId"), c.CancellationToken));

        query.Field<PublishedChannelsGraphType>("publishedChannels")
            .Description("An estate's published complaint channels: for its residents and staff. Null when not published or not the caller's estate.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "estateId" })
            .Reads(Access.CompanyMembers, (rc, c) => DeskSettingsQueries.ChannelsAsync(rc, c.GetArgument<Guid>("estateId"), c.CancellationToken));
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ServiceCategoryPayloadType>>("saveServiceCategory").Argument<NonNullGraphType<SaveServiceCategoryInputType>>("input").RunsUseCase(SaveServiceCategory.UseCase);
        mutation.Field<NonNullGraphType<DeskLimitsPayloadType>>("setDeskLimits").Argument<NonNullGraphType<SetDeskLimitsInputType>>("input").RunsUseCase(SetDeskLimits.UseCase);
        mutation.Field<NonNullGraphType<EscalationChainPayloadType>>("setEscalationChain").Argument<NonNullGraphType<SetEscalationChainInputType>>("input").RunsUseCase(SetEscalationChain.UseCase);
        mutation.Field<NonNullGraphType<PublishedChannelsPayloadType>>("setPublishedChannels").Argument<NonNullGraphType<SetPublishedChannelsInputType>>("input").RunsUseCase(SetPublishedChannels.UseCase);
    }
}
