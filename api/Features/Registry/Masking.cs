namespace PropertySaaS.Api.Features.Registry;

/// <summary>Personal numbers are shown masked everywhere; only the owner of the data and authorised staff see phones whole.</summary>
public static class Masking
{
    /// <summary>138****1234</summary>
    public static string Phone(string? phone) =>
        string.IsNullOrEmpty(phone) ? "" : phone.Length <= 7 ? new string('*', phone.Length) : KeepEnds(phone);

    /// <summary>110***********1234 — region prefix and last four only.</summary>
    public static string? IdNumber(string? id) =>
        string.IsNullOrEmpty(id) ? null : id.Length <= 7 ? new string('*', id.Length) : KeepEnds(id);

    // The first three and last four characters, stars between: one string (lists mask a phone per row).
    private static string KeepEnds(string value) => string.Create(value.Length, value, static (masked, v) =>
    {
        v.AsSpan(0, 3).CopyTo(masked);
        masked[3..^4].Fill('*');
        v.AsSpan(v.Length - 4).CopyTo(masked[^4..]);
    });

    public static string Last4(string phone) => phone.Length >= 4 ? phone[^4..] : phone;
}
