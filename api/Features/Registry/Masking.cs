namespace PropertySaaS.Api.Features.Registry;

/// <summary>Personal numbers are shown masked everywhere; only the owner of the data and authorised staff see phones whole.</summary>
public static class Masking
{
    /// <summary>138****1234</summary>
    public static string Phone(string? phone) =>
        string.IsNullOrEmpty(phone) ? "" : phone.Length <= 7 ? new string('*', phone.Length) : phone[..3] + new string('*', phone.Length - 7) + phone[^4..];

    /// <summary>110***********1234 — region prefix and last four only.</summary>
    public static string? IdNumber(string? id) =>
        string.IsNullOrEmpty(id) ? null : id.Length <= 7 ? new string('*', id.Length) : id[..3] + new string('*', id.Length - 7) + id[^4..];

    public static string Last4(string phone) => phone.Length >= 4 ? phone[^4..] : phone;
}
