using GraphQL.Execution;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Tests.GraphQL;

/// <summary>
/// <c>GraphQL:ExecutionStrategy</c> picks the API's fast path or GraphQL.NET's own strategy, writer and validator. CI runs
/// this whole suite a second time with <c>GraphQL__ExecutionStrategy=Stock</c> in the environment (infra/test/all), so
/// no answer depends on the fast path (docs/architecture/graphql-execution.md).
/// </summary>
public sealed class ExecutionStrategySwitchTests
{
    private sealed class StockApi : ApiFactory
    {
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?> { ["GraphQL:ExecutionStrategy"] = "Stock" };
    }

    private static Type QueryStrategy(ApiFactory api) =>
        api.Services.GetServices<ExecutionStrategyRegistration>().Single(r => r.Operation == OperationType.Query).Strategy.GetType();

    [Fact]
    public async Task The_test_host_runs_the_strategy_its_environment_names()
    {
        var named = Environment.GetEnvironmentVariable("GraphQL__ExecutionStrategy");
        var expected = string.IsNullOrEmpty(named) ? GraphQLExecutionStrategy.Fast : Enum.Parse<GraphQLExecutionStrategy>(named, ignoreCase: true);
        await using var api = new ApiFactory();

        Assert.Equal(expected == GraphQLExecutionStrategy.Fast ? typeof(FieldPlanningExecutionStrategy) : typeof(SerialExecutionStrategy), QueryStrategy(api));
    }

    [Fact]
    public async Task Stock_is_GraphQL_NETs_serial_strategy_and_validator_and_answers_alike()
    {
        await using var stock = new StockApi();
        Assert.Equal(typeof(SerialExecutionStrategy), QueryStrategy(stock));
        Assert.IsType<DocumentValidator>(stock.Get<IDocumentValidator>());

        await using var fast = new ApiFactory();
        const string query = "{ Who: me { userId } units(first: 5) { totalCount nodes { id } } }";
        var answers = new List<string>();
        foreach (var api in new ApiFactory[] { stock, fast })
        {
            var tenant = await api.CompanyAsync("switch");
            answers.Add((await api.Client(TestTokens.CompanyAdmin(tenant.Slug)).PostAsync(query)).AssertNoErrors().Data.ToJsonString());
        }
        Assert.Equal(answers[0], answers[1]);
        Assert.Contains("\"Who\"", answers[0]); // the alias as written, by either writer
    }
}
