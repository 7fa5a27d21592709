namespace PropertySaaS.Api.Core;

/// <summary>
/// A use case as the schema sees it: who may run it and the function that does (its input, checks and typed outcome).
/// Each use case class declares one as <c>public static readonly UseCase&lt;TInput, T&gt; UseCase</c>, and its GraphQL
/// field is <c>.RunsUseCase(X.UseCase)</c> (docs/architecture.md).
/// </summary>
public sealed record UseCase<TInput, T>(Access Who, Func<RequestContext, TInput, CancellationToken, Task<Payload<T>>> Run) where T : class;
