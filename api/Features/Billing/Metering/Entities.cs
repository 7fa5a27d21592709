using PropertySaaS.Api.Features.Registry;

using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Features.Billing.Metering;

/// <summary>Which household meter a reading or a metered fee item is about. Water and electricity are billed on
/// separate lines and never under the service fee (billing.md §13 rule 7).</summary>
public enum MeterKind { Water, Electricity }

/// 抄表读数 — a unit's meter reading for a billing month: what the meter showed at the previous reading and now.
/// One reading per unit, meter and month; the month's consumption is <see cref="Current"/> − <see cref="Previous"/>.
public sealed class MeterReading
{
    public Guid Id { get; set; } = Ids.New();
    public Guid UnitId { get; set; }
    public Guid EstateId { get; set; }
    public MeterKind Meter { get; set; }
    /// <summary>Billing month the consumption is billed in, "yyyy-MM".</summary>
    public required string Period { get; set; }
    public decimal Previous { get; set; }
    public decimal Current { get; set; }
    public decimal Consumption => Current - Previous;
    /// <summary>Staff user id (token <c>sub</c>) of who read the meter.</summary>
    public required string RecordedBy { get; set; }
    public DateTime RecordedAt { get; set; }
}
