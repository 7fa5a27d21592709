using System.Globalization;

namespace PropertySaaS.Api.Features.Billing;

/// <summary>A billing month written "yyyy-MM" (e.g. "2026-11").</summary>
public readonly record struct BillingPeriod(int Year, int Month)
{
    public DateOnly FirstDay => new(Year, Month, 1);
    /// <summary>Bills are due on the 15th, the day of the monthly bank debit (billing.md §2.1).</summary>
    public DateOnly DueDate => new(Year, Month, 15);
    public override string ToString() => $"{Year:0000}-{Month:00}";

    public static bool TryParse(string? text, out BillingPeriod period)
    {
        period = default;
        if (text is null || text.Length != 7) return false;
        if (!DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        if (d.Year < 2000 || d.Year > 2100) return false;
        period = new BillingPeriod(d.Year, d.Month);
        return true;
    }
}
