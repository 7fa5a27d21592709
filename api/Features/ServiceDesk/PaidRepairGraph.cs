using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using static PropertySaaS.Api.GraphQL.ResolverContext;

namespace PropertySaaS.Api.Features.ServiceDesk;

public sealed class ChargeLineInput
{
    public ChargeLineKind Kind { get; set; }
    public string Description { get; set; } = "";
    public decimal Amount { get; set; }
}

public sealed class QuoteRepairPriceInput
{
    public Guid RequestId { get; set; }
    public Guid? FeeItemId { get; set; }
    public List<ChargeLineInput>? Lines { get; set; }
}

public sealed class ConfirmRepairPriceInput
{
    public Guid RequestId { get; set; }
    public decimal Total { get; set; }
    public string? SignerName { get; set; }
    public bool Confirmed { get; set; }
}

public sealed class RefuseRepairPriceInput
{
    public Guid RequestId { get; set; }
    public string Reason { get; set; } = "";
    public string? SignerName { get; set; }
}

public sealed class RepairChargeStatusEnum : EnumerationGraphType<RepairChargeStatus> { public RepairChargeStatusEnum() { Name = "RepairChargeStatus"; } }
public sealed class ChargeLineKindEnum : EnumerationGraphType<ChargeLineKind> { public ChargeLineKindEnum() { Name = "ChargeLineKind"; } }

public sealed class ChargeLineInputType : InputObjectGraphType<ChargeLineInput>
{
    public ChargeLineInputType()
    {
        Name = "ChargeLineInput";
        Field(x => x.Kind, type: typeof(NonNullGraphType<ChargeLineKindEnum>));
        Field(x => x.Description);
        Field(x => x.Amount).Description("CNY, at most two decimals.");
    }
}

public sealed class QuoteRepairPriceInputType : InputObjectGraphType<QuoteRepairPriceInput>
{
    public QuoteRepairPriceInputType()
    {
        Name = "QuoteRepairPriceInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.FeeItemId, type: typeof(IdGraphType)).Description("A one-off fee item of the request's estate; the estate's only one when left out.");
        Field(x => x.Lines, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<ChargeLineInputType>>>));
    }
}

public sealed class ConfirmRepairPriceInputType : InputObjectGraphType<ConfirmRepairPriceInput>
{
    public ConfirmRepairPriceInputType()
    {
        Name = "ConfirmRepairPriceInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Total).Description("The total the resident was shown; refused when the price was quoted again since.");
        Field(x => x.SignerName, nullable: true).Description("On the engineer's phone: the resident's name (required).");
        Field(x => x.Confirmed, type: typeof(BooleanGraphType)).DefaultValue(false).Description("On the engineer's phone: the resident ticked the confirmation (required).");
    }
}

public sealed class RefuseRepairPriceInputType : InputObjectGraphType<RefuseRepairPriceInput>
{
    public RefuseRepairPriceInputType()
    {
        Name = "RefuseRepairPriceInput";
        Field(x => x.RequestId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Reason);
        Field(x => x.SignerName, nullable: true);
    }
}

public sealed class ServiceChargeLineGraphType : ObjectGraphType<ServiceChargeLine>
{
    public ServiceChargeLineGraphType()
    {
        Name = "ServiceChargeLine";
        Description = "维修收费明细 — one labour or material line of a paid repair's price.";
        Field(x => x.Kind, type: typeof(NonNullGraphType<ChargeLineKindEnum>));
        Field(x => x.Description);
        Field(x => x.Amount);
    }
}

/// <summary>The portal fields of a service request: the estate's time zone (deadlines shown in it) and the paid repair.</summary>
public static class PaidRepairGraph
{
    public static void AddFields(ObjectGraphType<ServiceRequest> t)
    {
        t.Field<NonNullGraphType<StringGraphType>>("timeZone").Description("The IANA time zone of the estate's calendar: deadlines are shown in it.")
            .Resolve(c => Rc(c).Loaders.Load<Guid, string>("sd.timeZone", c.Source.EstateId, async (ids, ct) =>
            {
                var zones = new Dictionary<Guid, string>();
                foreach (var estate in ids) zones[estate] = (await ServiceDeskScope.CalendarAsync(Rc(c), estate, ct)).TimeZone.Id;
                return (IDictionary<Guid, string>)zones;
            }, "Asia/Shanghai"));
        t.Field(x => x.ChargeStatus, type: typeof(RepairChargeStatusEnum)).Description("Null while the request is free.");
        t.Field(x => x.ChargeTotal, nullable: true).Description("The quoted total, CNY.");
        t.Field(x => x.ChargeConfirmedAt, nullable: true);
        t.Field(x => x.ChargeConfirmedBy, nullable: true);
        t.Field(x => x.ChargeBillId, type: typeof(IdGraphType)).Description("The household's one-off bill the confirmed price became on completion.");
        t.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ServiceChargeLineGraphType>>>>("chargeLines")
            .Resolve(c => Rc(c).Loaders.Load<Guid, List<ServiceChargeLine>>("sd.chargeLines", c.Source.Id, async (ids, ct) =>
                (await Rc(c).Db.Set<ServiceChargeLine>().AsNoTracking().Where(l => ids.Contains(l.RequestId)).ToListAsync(ct))
                    .GroupBy(l => l.RequestId).ToDictionary(g => g.Key, g => g.OrderBy(l => l.Sequence).ToList()), []));
    }
}
