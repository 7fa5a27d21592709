using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace PropertySaaS.Api.Tests.GraphQL;

/// <summary>
/// The schema is an API for the portals and for integrators: any change must show up in review as a diff of
/// api/schema.graphql. Regenerate with `dotnet run --project api --no-launch-profile -- schema > api/schema.graphql`.
/// </summary>
public sealed class SchemaSnapshotTests
{
    [Fact]
    public async Task Schema_matches_the_checked_in_SDL()
    {
        await using var api = new ApiFactory();
        var schema = api.Services.GetRequiredService<AppSchema>();
        schema.Initialize();
        var actual = new SchemaPrinter(schema).Print().Trim();
        var file = Path.Combine(PropertySaaS.Api.Tenancy.RepoRoot.Find(AppContext.BaseDirectory), "api", "schema.graphql");
        var expected = (await File.ReadAllTextAsync(file)).Trim();
        Assert.True(expected == actual, "api/schema.graphql is out of date; regenerate it and review the diff.\n--- actual ---\n" + actual);
    }
}
