namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>
/// 大写金额 — an amount in Chinese financial capitals, as receipts print it next to the figure (billing.md §13 rule 4:
/// generated from the figure). 123.45 → 壹佰贰拾叁元肆角伍分; 100 → 壹佰元整; 1005.07 → 壹仟零伍元零柒分; 0.5 → 伍角.
/// </summary>
public static class AmountInWords
{
    private const string Digits = "零壹贰叁肆伍陆柒捌玖";
    private static readonly string[] SmallUnits = ["", "拾", "佰", "仟"];
    private static readonly string[] BigUnits = ["", "万", "亿", "万亿"];

    public static string Format(decimal amount)
    {
        amount = Money.Round(amount);
        if (amount < 0) return "负" + Format(-amount);
        if (amount >= 10_000_000_000_000_000m) throw new ArgumentOutOfRangeException(nameof(amount));
        var yuan = (long)decimal.Truncate(amount);
        var fen = (int)((amount - yuan) * 100);
        int jiao = fen / 10, f = fen % 10;

        var integer = yuan == 0 ? "" : Integer(yuan) + "元";
        if (jiao == 0 && f == 0) return (integer.Length == 0 ? "零元" : integer) + "整";
        var text = integer;
        // A zero between the yuan and a non-zero fen is spoken (壹元零伍分); no zero leads when there are no yuan.
        if (jiao > 0) text += Digits[jiao] + "角";
        else if (yuan > 0) text += "零";
        if (f > 0) text += Digits[f] + "分";
        return text;
    }

    /// <summary>Groups of four digits (个, 万, 亿, 万亿); one 零 stands for any run of zeros inside the number.</summary>
    private static string Integer(long n)
    {
        var groups = new List<int>();
        for (; n > 0; n /= 10_000) groups.Add((int)(n % 10_000));
        var text = "";
        var pendingZero = false;
        for (var g = groups.Count - 1; g >= 0; g--)
        {
            var group = groups[g];
            if (group == 0) { pendingZero = text.Length > 0; continue; }
            // A group under 1000 after a higher group needs a zero: 壹万零伍佰.
            if (text.Length > 0 && (pendingZero || group < 1000)) text += "零";
            pendingZero = false;
            text += Group(group) + BigUnits[g];
        }
        return text;
    }

    private static string Group(int n)
    {
        var text = "";
        var zero = false;
        for (var p = 3; p >= 0; p--)
        {
            var d = n / (int)Math.Pow(10, p) % 10;
            if (d == 0) { zero = text.Length > 0; continue; }
            if (zero) text += "零";
            zero = false;
            text += Digits[d] + SmallUnits[p];
        }
        return text;
    }
}
