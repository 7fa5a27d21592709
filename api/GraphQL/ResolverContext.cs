using GraphQL;

namespace PropertySaaS.Api.GraphQL;

/// <summary>For resolver files (<c>using static</c>): <c>Rc(c)</c> is the request's context.</summary>
public static class ResolverContext
{
    public static RequestContext Rc(IResolveFieldContext c) => (RequestContext)c.UserContext;
}
