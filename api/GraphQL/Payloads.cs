using GraphQL.Types;

namespace PropertySaaS.Api.GraphQL;

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

/// <summary>Base of the payload types: subclass once per mutation so each payload has its own schema name.</summary>
public abstract class PayloadType<TNodeType, T> : ObjectGraphType<Payload<T>> where TNodeType : IGraphType where T : class
{
    protected PayloadType(string name, string valueField)
    {
        Name = name;
        Field<TNodeType>(valueField).Resolve(c => c.Source.Value);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorInterface>>>>("errors").Resolve(c => c.Source.Errors);
    }
}
