using GraphQL;
using GraphQL.Types;

namespace PropertySaaS.Api.GraphQL;

public sealed class UserErrorInterface : InterfaceGraphType<UserError>
{
    public UserErrorInterface()
    {
        Name = "UserError";
        Description = "An error in a mutation payload; the mutation changed nothing.";
        Field(x => x.Code);
        Field(x => x.Message);
        Field(x => x.Field, nullable: true).Description("The input field at fault, if one.");
    }
}

public abstract class UserErrorType<T> : ObjectGraphType<T> where T : UserError
{
    protected UserErrorType(string name)
    {
        Name = name;
        Field(x => x.Code);
        Field(x => x.Message);
        Field(x => x.Field, nullable: true);
        Interface<UserErrorInterface>();
        IsTypeOf = o => o is T;
    }
}

public sealed class InvalidInputType() : UserErrorType<InvalidInput>("InvalidInput");
public sealed class NotFoundType() : UserErrorType<NotFound>("NotFound");
public sealed class ConflictType() : UserErrorType<Conflict>("Conflict");

/// <summary>The schema type of one <see cref="ErrorKind"/> (e.g. <c>RateOverlaps</c>); AppSchema registers one per kind (so DI does not: it has no kind to give).</summary>
[DoNotRegister]
public sealed class RuleErrorGraphType : ObjectGraphType<RuleError>
{
    public RuleErrorGraphType(ErrorKind kind)
    {
        Name = kind.TypeName;
        Description = kind.Description;
        Field(x => x.Code);
        Field(x => x.Message);
        Field(x => x.Field, nullable: true);
        Interface<UserErrorInterface>();
        IsTypeOf = o => o is RuleError r && r.Kind == kind;
    }
}
