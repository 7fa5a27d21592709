namespace PropertySaaS.Api.Features.Billing;

/// <summary>
/// Amounts are CNY (元) as <c>decimal</c>, kept to the fen (0.01). Every computed amount goes through <see cref="Round"/>.
/// </summary>
public static class Money
{
    public const string Currency = "CNY";

    /// <summary>
    /// Round half away from zero to 0.01 (四舍五入 to the fen). /work/shared/domain/billing.md states no rounding rule
    /// (its only numeric rules are rates per ㎡ of building area per month, §2.1/§2.2); this is the ordinary Chinese
    /// commercial rounding, chosen here and applied nowhere else.
    /// </summary>
    public static decimal Round(decimal amount) => decimal.Round(amount, 2, MidpointRounding.AwayFromZero);
}
