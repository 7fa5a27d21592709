using System.Globalization;
using System.Text.RegularExpressions;
using PropertySaaS.Api.Localization;

namespace PropertySaaS.Api.Core;

/// <summary>A typed error in a mutation payload: the request was understood, but this input changes nothing.</summary>
public abstract record UserError(string Code, string Message, string? Field)
{
    /// <summary>The message key of the rule that failed (e.g. TWO_DECIMALS), for callers that report finer codes.</summary>
    public string? Rule { get; init; }
}

/// <summary>VALIDATION — a field's value is not acceptable.</summary>
public sealed record InvalidInput(string Message, string? Field) : UserError(ErrorCodes.Validation, Message, Field);
/// <summary>NOT_FOUND — a referenced record does not exist (or is outside the caller's scope).</summary>
public sealed record NotFound(string Message, string? Field) : UserError(ErrorCodes.NotFound, Message, Field);
/// <summary>CONFLICT — the input clashes with existing data (duplicate number, shares over 100% …).</summary>
public sealed record Conflict(string Message, string? Field) : UserError(ErrorCodes.Conflict, Message, Field);

/// <summary>Collects every problem of one input at once, so the caller can fix them all in one go.</summary>
public sealed partial class Check(CultureInfo culture)
{
    public List<UserError> Errors { get; } = [];
    public bool Failed => Errors.Count > 0;

    public string Text(string key, params object?[] args) => Messages.Get(culture, key, args);

    public Check Invalid(string field, string key, params object?[] args) { Errors.Add(new InvalidInput(Text(key, args), field) { Rule = key }); return this; }
    public Check Missing(string field, string key, params object?[] args) { Errors.Add(new NotFound(Text(key, args), field) { Rule = key }); return this; }
    public Check Clash(string field, string key, params object?[] args) { Errors.Add(new Conflict(Text(key, args), field) { Rule = key }); return this; }
    /// <summary>A rule's own error (its schema type names the rule, e.g. RateOverlaps).</summary>
    public Check Fail(ErrorKind kind, string? field, params object?[] args) { Errors.Add(kind.Error(Text(kind.MessageKey, args), field)); return this; }

    public Check Required(string? value, string field, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value)) Invalid(field, "REQUIRED", "field." + field);
        else if (value.Trim().Length > maxLength) Invalid(field, "TOO_LONG", "field." + field, maxLength);
        return this;
    }

    public Check Optional(string? value, string field, int maxLength = 200)
    {
        if (value is not null && value.Trim().Length > maxLength) Invalid(field, "TOO_LONG", "field." + field, maxLength);
        return this;
    }

    public Check Positive(decimal value, string field)
    {
        if (value <= 0) Invalid(field, "MUST_BE_POSITIVE", "field." + field);
        else if (decimal.Round(value, 2) != value) Invalid(field, "TWO_DECIMALS", "field." + field);
        return this;
    }

    public Check InRange(decimal value, decimal min, decimal max, string field)
    {
        if (value < min || value > max) Invalid(field, "OUT_OF_RANGE", "field." + field);
        return this;
    }

    public Check Ordered(DateOnly from, DateOnly? to, string fromField, string toField)
    {
        if (to is { } t && t < from) Invalid(toField, "DATES_OUT_OF_ORDER", "field." + toField, "field." + fromField);
        return this;
    }

    public Check Phone(string? phone, string field = "phone")
    {
        if (string.IsNullOrWhiteSpace(phone)) Invalid(field, "REQUIRED", "field." + field);
        else if (!PhonePattern().IsMatch(phone.Trim())) Invalid(field, "INVALID_PHONE");
        return this;
    }

    public Check IdNumber(string? id, string field = "idNumber")
    {
        if (!string.IsNullOrWhiteSpace(id) && !IdPattern().IsMatch(id.Trim())) Invalid(field, "INVALID_ID_NUMBER");
        return this;
    }

    // Mainland mobile numbers, or landlines with area code (0571-88886666).
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhonePattern();

    // 18-character resident ID (last may be X), or a passport-like 6–20 alphanumerics for foreigners.
    [GeneratedRegex(@"^(\d{17}[\dXx]|[A-Za-z0-9]{6,20})$")]
    private static partial Regex IdPattern();
}
