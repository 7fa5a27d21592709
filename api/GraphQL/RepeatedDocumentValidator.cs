using System.Runtime.CompilerServices;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// GraphQL.NET's validator, remembering a successful outcome for an operation that declares no variables and is
/// validated by the complexity analyser alone — what the endpoint asks for a document that already passed the core
/// rules (GraphQLHttpEndpoint's document cache). Such an outcome depends on nothing a request brings: argument values
/// are the document's literals, and complexity and depth come from the document and the schema (our complexity
/// options have no per-request delegate). Re-running it cost ~110 µs of the unit list's ~2.5 ms of CPU: a pass of
/// the type tracker over the document, parsing every argument again and the analyser's own pass.
/// <para>Operations with variables are validated every time (their arguments and complexity depend on the values);
/// an invalid outcome is never remembered, so a document over the limits is refused on every request.</para>
/// <para>Every request gets an outcome of its own: GraphQL.NET's serial execution adds the arguments of merged fields
/// to the argument values it is handed, so one shared outcome would grow with every request and be written by
/// concurrent ones. The remembered outcome itself is never handed out.</para>
/// </summary>
public sealed class RepeatedDocumentValidator(IDocumentValidator inner) : IDocumentValidator
{
    // Keyed by the operation node: a cached document is one object for all its requests, and a freshly parsed one
    // takes its entries with it. Several schemas (test hosts) or rule sets may meet the same document.
    private static readonly ConditionalWeakTable<GraphQLOperationDefinition, Outcomes> Known = new();

    private sealed class Outcomes
    {
        private (ISchema Schema, IValidationRule[] Rules, IValidationResult Result)[] entries = [];

        public IValidationResult? Find(ISchema schema, IValidationRule[] rules)
        {
            foreach (var entry in Volatile.Read(ref entries))
                if (ReferenceEquals(entry.Schema, schema) && entry.Rules.AsSpan().SequenceEqual(rules)) return entry.Result;
            return null;
        }

        public void Add(ISchema schema, IValidationRule[] rules, IValidationResult result)
        {
            lock (this) entries = [.. entries, (schema, rules, result)];
        }
    }

    public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
    {
        if (Rules(options) is not { } rules) return inner.ValidateAsync(options);
        var outcomes = Known.GetOrCreateValue(options.Operation);
        if (outcomes.Find(options.Schema, rules) is { } known) return Task.FromResult(Copy(known));
        return ValidateAndRememberAsync(inner.ValidateAsync(options), outcomes, options.Schema, rules);
    }

    private static async Task<IValidationResult> ValidateAndRememberAsync(Task<IValidationResult> validation, Outcomes outcomes, ISchema schema, IValidationRule[] rules)
    {
        var result = await validation.ConfigureAwait(false);
        if (!result.IsValid || result.Errors.Count > 0) return result;
        outcomes.Add(schema, rules, result);
        return Copy(result);
    }

    /// <summary>A valid outcome for one request: the same values in dictionaries of its own.</summary>
    private static IValidationResult Copy(IValidationResult valid) => new ValidationResult
    {
        Variables = valid.Variables,
        ArgumentValues = valid.ArgumentValues is { } arguments ? new Dictionary<GraphQLField, IDictionary<string, global::GraphQL.Execution.ArgumentValue>>(arguments) : null,
        DirectiveValues = valid.DirectiveValues is { } directives ? new Dictionary<ASTNode, IDictionary<string, global::GraphQL.Execution.DirectiveInfo>>(directives) : null,
    };

    /// <summary>The request's rules when its outcome can be remembered, else null.</summary>
    private static IValidationRule[]? Rules(in ValidationOptions options)
    {
        if (options.Operation.Variables is { Items.Count: > 0 } || options.Rules is null) return null;
        var rules = options.Rules as IValidationRule[] ?? [.. options.Rules];
        foreach (var rule in rules)
            if (rule is not ComplexityValidationRule) return null;
        return rules;
    }
}
