namespace PropertySaaS.Api.Features.Billing;

/// <summary>
/// The monthly fee arithmetic, once: the billing run bills with it and the advance quote (预收物业费) quotes with it,
/// so a quote is what the run will bill for the same unit, items and rates.
/// </summary>
public static class MonthlyFees
{
    /// <summary>Fee kinds the monthly run bills; the others are charged one-off.</summary>
    public static readonly FeeKind[] Kinds = [FeeKind.ManagementPerArea, FeeKind.FixedMonthly, FeeKind.Metered, FeeKind.Parking];

    /// <summary>Whether a unit of this usage pays the item: as configured, and parking items bill parking spaces only.</summary>
    public static bool Bills(FeeItem item, Registry.UnitUsage usage) => item.AppliesToUsage(usage) && (item.Kind != FeeKind.Parking || usage == Registry.UnitUsage.Parking);

    /// <summary>The quantity billed: ㎡ of building area per-area, the month's consumption for metered items (null: no
    /// reading, nothing billed for that meter yet), 1 for monthly and parking items.</summary>
    public static decimal? Quantity(FeeItem item, decimal buildingArea, decimal? consumption) => item.Kind switch
    {
        FeeKind.ManagementPerArea => buildingArea,
        FeeKind.Metered => consumption,
        _ => 1m,
    };

    /// <summary>A line's amount: quantity × rate, rounded to the fen per line; a bill's total is the sum of its lines.</summary>
    public static decimal LineAmount(decimal quantity, decimal rate) => Money.Round(quantity * rate);
}
