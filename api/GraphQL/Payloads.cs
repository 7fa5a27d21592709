using GraphQL.Types;

namespace PropertySaaS.Api.GraphQL;

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
