namespace PropertySaaS.Api.Core;

/// <summary>What every mutation returns: the record it touched (null when it changed nothing) and its typed errors.</summary>
public interface IPayload
{
    bool HasErrors { get; }
}

public sealed record Payload<T>(T? Value, IReadOnlyList<UserError> Errors) : IPayload where T : class
{
    public bool HasErrors => Errors.Count > 0;
    public static Payload<T> Ok(T value) => new(value, []);
    public static Payload<T> Fail(IEnumerable<UserError> errors) => new(null, errors.ToList());
    public static Payload<T> Fail(Check check) => Fail(check.Errors);
}
