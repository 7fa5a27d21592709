using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Tests.GraphQL;

/// <summary>
/// A document the endpoint already validated is checked again by the complexity analyser only; for an operation
/// without variables that outcome is remembered. Everything a request can change must still be validated each time.
/// </summary>
public sealed class RepeatedValidationTests
{
    private sealed class CountingValidator : IDocumentValidator
    {
        private readonly DocumentValidator inner = new();
        public int Calls;

        public Task<IValidationResult> ValidateAsync(in ValidationOptions options)
        {
            Interlocked.Increment(ref Calls);
            return inner.ValidateAsync(options);
        }
    }

    private sealed class EchoSchema : Schema
    {
        public EchoSchema()
        {
            var query = new ObjectGraphType { Name = "Query" };
            query.Field<NonNullGraphType<IntGraphType>>("echo").Arguments(new QueryArgument<NonNullGraphType<IntGraphType>> { Name = "n" })
                .Resolve(c => c.GetArgument<int>("n"));
            query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IntGraphType>>>>("many").Resolve(_ => new[] { 1, 2, 3 });
            Query = query;
        }
    }

    private static readonly EchoSchema Schema = new();
    // The endpoint's limits are larger; these make a small document too complex.
    private static readonly ComplexityValidationRule Complexity = new(new ComplexityOptions { MaxComplexity = 30, MaxDepth = 5 });

    private static async Task<(CountingValidator Counter, ExecutionResult[] Results)> RunAsync(string query, int times,
        Func<int, Inputs?>? variables = null, bool coreRules = false)
    {
        var counter = new CountingValidator();
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new RepeatedDocumentValidator(counter));
        // One parsed document for every request, as the endpoint's document cache hands out.
        var document = GraphQLParser.Parser.Parse(query);
        var results = new ExecutionResult[times];
        for (var i = 0; i < times; i++)
        {
            results[i] = await executer.ExecuteAsync(new ExecutionOptions
            {
                Schema = Schema, Query = query, Document = document, Variables = variables?.Invoke(i),
                ValidationRules = coreRules ? [.. DocumentValidator.CoreRules, Complexity] : [Complexity],
            });
        }
        return (counter, results);
    }

    private static int Echo(ExecutionResult result) => (int)((Dictionary<string, object?>)((ExecutionNode)result.Data!).ToValue()!)["echo"]!;

    [Fact]
    public async Task An_operation_without_variables_is_validated_once_and_answered_every_time()
    {
        var (counter, results) = await RunAsync("{ echo(n: 7) }", 3);

        Assert.Equal(1, counter.Calls);
        Assert.All(results, r => Assert.Equal(7, Echo(r)));
    }

    [Fact]
    public async Task An_operation_with_variables_is_validated_on_every_request_with_its_own_values()
    {
        var (counter, results) = await RunAsync("query($n: Int!) { echo(n: $n) }", 3, i => new Inputs(new Dictionary<string, object?> { ["n"] = i * 10 }));

        Assert.Equal(3, counter.Calls);
        Assert.Equal([0, 10, 20], results.Select(Echo));
    }

    [Fact]
    public async Task A_bad_variable_is_refused_on_every_request()
    {
        var (counter, results) = await RunAsync("query($n: Int!) { echo(n: $n) }", 2, _ => new Inputs(new Dictionary<string, object?> { ["n"] = "seven" }));

        Assert.Equal(2, counter.Calls);
        Assert.All(results, r => Assert.False(r.Executed));
    }

    [Fact]
    public async Task A_document_over_the_complexity_limit_is_refused_on_every_request()
    {
        // Aliased copies of a list: forty fields, over the limit of 30, however often it comes.
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 40).Select(i => $"m{i}: many")) + " }";
        var (counter, results) = await RunAsync(query, 3);

        Assert.Equal(3, counter.Calls);
        Assert.All(results, r =>
        {
            Assert.False(r.Executed);
            Assert.Contains(r.Errors!, e => e.Message.Contains("complexity", StringComparison.OrdinalIgnoreCase));
        });
    }

    [Fact]
    public async Task Executing_a_remembered_outcome_leaves_it_as_it_was()
    {
        // GraphQL.NET's serial execution records the arguments of merged fields in the argument values it was handed;
        // a remembered outcome shared by every request must not collect them (nor be written by two requests at once).
        const string query = "{ echo(n: 7) echo(n: 7) ... on Query { echo(n: 7) } }";
        var document = GraphQLParser.Parser.Parse(query);
        var validator = new RepeatedDocumentValidator(new DocumentValidator());
        // Serial, as the API executes queries (GraphQL.NET's parallel strategy copies the argument values first).
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), validator,
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(new FieldPlanningExecutionStrategy(), OperationType.Query)]), []);
        async Task<int> RememberedArgumentsAsync()
        {
            var outcome = await validator.ValidateAsync(new ValidationOptions
            {
                Schema = Schema, Document = document, Operation = (GraphQLOperationDefinition)document.Definitions[0],
                Rules = [Complexity], Variables = Inputs.Empty, Extensions = Inputs.Empty,
                UserContext = new Dictionary<string, object?>(), Metrics = global::GraphQL.Instrumentation.Metrics.None,
            });
            return outcome.ArgumentValues?.Count ?? 0;
        }

        var before = await RememberedArgumentsAsync();
        for (var i = 0; i < 3; i++)
        {
            var result = await executer.ExecuteAsync(new ExecutionOptions { Schema = Schema, Query = query, Document = document, ValidationRules = [Complexity] });
            Assert.Equal(7, Echo(result));
        }

        Assert.Equal(before, await RememberedArgumentsAsync());
    }

    [Fact]
    public async Task A_document_checked_by_the_core_rules_is_validated_every_time()
    {
        var (counter, _) = await RunAsync("{ echo(n: 7) }", 2, coreRules: true);

        Assert.Equal(2, counter.Calls);
    }

    [Fact]
    public void The_api_validates_through_it()
    {
        using var services = new ServiceCollection()
            .AddGraphQL(b => b.AddSchema<EchoSchema>().AddApiExecution(new GraphQLEndpointOptions()))
            .BuildServiceProvider();

        Assert.IsType<RepeatedDocumentValidator>(services.GetRequiredService<IDocumentValidator>());
    }
}
