using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.Billing.Metering;

public sealed class RecordMeterReadingInput
{
    public Guid UnitId { get; set; }
    public MeterKind Meter { get; set; }
    public string Period { get; set; } = "";
    public decimal? Previous { get; set; }
    public decimal Current { get; set; }
}

public sealed class RecordMeterReadingInputType : InputObjectGraphType<RecordMeterReadingInput>
{
    public RecordMeterReadingInputType()
    {
        Name = "RecordMeterReadingInput";
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Meter, type: typeof(NonNullGraphType<MeterKindEnum>));
        Field(x => x.Period).Description("Billing month the consumption is billed in, yyyy-MM.");
        Field(x => x.Previous, nullable: true).Description("Meter reading at the last reading; null = the current reading of the unit's latest earlier month.");
        Field(x => x.Current).Description("Meter reading now; not below the previous one.");
    }
}

public sealed class MeterKindEnum : EnumerationGraphType<MeterKind> { public MeterKindEnum() { Name = "MeterKind"; } }

public sealed class MeterReadingGraphType : ObjectGraphType<MeterReading>
{
    public MeterReadingGraphType()
    {
        Name = "MeterReading";
        Description = "抄表读数 — a unit's meter reading for a billing month.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.UnitId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<NonNullGraphType<MeterKindEnum>>("meter").Resolve(c => c.Source.Meter);
        Field(x => x.Period);
        Field(x => x.Previous);
        Field(x => x.Current);
        Field(x => x.Consumption).Description("Current − previous: the quantity the month's metered fee is billed for.");
        Field(x => x.RecordedBy);
        Field(x => x.RecordedAt);
    }
}

public sealed class MeterReadingPayloadType() : PayloadType<MeterReadingGraphType, MeterReading>("MeterReadingPayload", "reading");

public static class MeteringGraph
{
    /// <summary>Who reads meters: engineering staff, the front desk and the billing staff, within their estates.</summary>
    public static readonly string[] MeterStaff = [.. BillingGraph.BillingStaff, AppRoles.Engineer];

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeterReadingGraphType>>>>("meterReadings")
            .Description("A unit's meter readings, newest month first; empty when the unit is outside the caller's estates.")
            .Arguments(new QueryArgument<NonNullGraphType<IdGraphType>> { Name = "unitId" })
            .Reads(Access.Roles(MeterStaff), async (rc, c) =>
            {
                var unitId = c.GetArgument<Guid>("unitId");
                if (await UnitInScopeAsync(rc, unitId, c.CancellationToken) is null) return new List<MeterReading>();
                return await rc.Db.Set<MeterReading>().AsNoTracking().Where(r => r.UnitId == unitId)
                    .OrderByDescending(r => r.Period).ThenBy(r => r.Meter).ToListAsync(c.CancellationToken);
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MeterReadingPayloadType>>("recordMeterReading")
            .Description("Records a unit's meter reading for a month; the month's billing run bills its consumption × the metered rate.")
            .Argument<NonNullGraphType<RecordMeterReadingInputType>>("input")
            .RunsUseCase(RecordMeterReading.UseCase);
    }

    internal static void Reading(Check check, decimal value, string field)
    {
        if (value < 0) check.Invalid(field, "NOT_NEGATIVE", "field." + field);
        else if (decimal.Round(value, 2) != value) check.Invalid(field, "TWO_DECIMALS", "field." + field);
    }

    internal static async Task<(Guid Id, Guid EstateId)?> UnitInScopeAsync(RequestContext rc, Guid unitId, CancellationToken ct)
    {
        var unit = await rc.Db.Units.AsNoTracking().InScope(rc.Viewer.EstateScope, u => u.EstateId).Where(u => u.Id == unitId)
            .Select(u => new { u.Id, u.EstateId }).SingleOrDefaultAsync(ct);
        return unit is null ? null : (unit.Id, unit.EstateId);
    }
}

/// <summary>Records a unit's meter reading for a month; the month's billing run bills its consumption × the metered rate.</summary>
public static class RecordMeterReading
{
    public static readonly UseCase<RecordMeterReadingInput, MeterReading> UseCase = new(Access.Roles(MeteringGraph.MeterStaff), RunAsync);

    public static async Task<Payload<MeterReading>> RunAsync(RequestContext rc, RecordMeterReadingInput i, CancellationToken ct)
    {
        var db = rc.Db;
        var readings = db.Set<MeterReading>();
        var check = new Check(rc.Culture);
        if (!BillingPeriod.TryParse(i.Period?.Trim(), out var period)) check.Invalid("period", "INVALID_PERIOD");
        MeteringGraph.Reading(check, i.Current, "current");
        if (i.Previous is { } p) MeteringGraph.Reading(check, p, "previous");
        var unit = await MeteringGraph.UnitInScopeAsync(rc, i.UnitId, ct);
        if (unit is null) check.Missing("unitId", "NOT_FOUND", "entity.unit");
        if (check.Failed) return Payload<MeterReading>.Fail(check);

        var key = period.ToString();
        if (await readings.AnyAsync(r => r.UnitId == i.UnitId && r.Meter == i.Meter && r.Period == key, ct))
            return Payload<MeterReading>.Fail(check.Fail(MeteringErrors.ReadingExists, "period"));
        // Without a previous reading the meter continues from the unit's latest earlier month.
        var previous = i.Previous ?? await readings.Where(r => r.UnitId == i.UnitId && r.Meter == i.Meter && r.Period.CompareTo(key) < 0)
            .OrderByDescending(r => r.Period).Select(r => (decimal?)r.Current).FirstOrDefaultAsync(ct);
        if (previous is null) return Payload<MeterReading>.Fail(check.Invalid("previous", "REQUIRED", "field.previous"));
        if (i.Current < previous) return Payload<MeterReading>.Fail(check.Invalid("current", "READING_BELOW_PREVIOUS", previous.Value));

        var reading = new MeterReading
        {
            UnitId = unit!.Value.Id, EstateId = unit.Value.EstateId, Meter = i.Meter, Period = key, Previous = previous.Value, Current = i.Current,
            RecordedBy = rc.Viewer.UserId, RecordedAt = rc.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
        };
        readings.Add(reading);
        try { await db.SaveChangesAsync(ct); }
        catch (DbUpdateException)
        {
            // Recorded by someone else at the same moment: the unique index keeps one reading.
            return Payload<MeterReading>.Fail(check.Fail(MeteringErrors.ReadingExists, "period"));
        }
        return Payload<MeterReading>.Ok(reading);
    }
}
