using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PropertySaaS.Api.Tests.GraphQL;

/// <summary>Listing 100 units with buildings, estates and occupants costs a fixed number of SQL commands, not one per unit.</summary>
public sealed class BatchLoadingTests : IAsyncLifetime
{
    private readonly ApiFactory _api = new();
    public ValueTask InitializeAsync() => ValueTask.CompletedTask;
    public ValueTask DisposeAsync() => _api.DisposeAsync();

    [Theory]
    [MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Hundred_units_with_buildings_and_occupants_take_a_bounded_number_of_commands(string server)
    {
        TestDatabases.SkipWithoutPostgres(server);
        var tenant = await _api.CompanyAsync("nplus1", server);
        await using (var db = _api.Open(tenant))
        {
            var b = new RegistryBuilder(db);
            var estate = b.Estate("批量园");
            for (var building = 1; building <= 5; building++)
            {
                var bld = b.Building(estate, $"{building}栋");
                for (var i = 1; i <= 20; i++)
                {
                    var unit = b.Unit(bld, $"{i:00}01", floor: i);
                    b.Owner(unit, b.Person());
                    if (i % 3 == 0) b.Lease(unit, b.Person());
                    if (i % 2 == 0) b.Member(unit, b.Person());
                }
            }
            await b.SaveAsync();
        }

        const string query = """
            { units(first: 100) { totalCount nodes { number building { name estate { name } } estate { name }
                owners { share person { name phoneMasked } } tenancies { person { name } } members { relation person { name } } } } }
            """;
        var client = _api.Client(TestTokens.CompanyAdmin(tenant.Slug));
        await client.PostAsync(query); // warm-up: model building and the catalog lookup are not what we count

        using var counter = new CommandCounter(tenant.DatabaseName);
        var r = await client.PostAsync(query);

        var nodes = r.AssertNoErrors().Data["units"]!["nodes"]!.AsArray();
        Assert.Equal(100, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("批量园", n!["building"]!["estate"]!["name"]!.GetValue<string>()));
        Assert.Equal(100, nodes.Sum(n => n!["owners"]!.AsArray().Count));
        // page (with buildings) + count + estates + owners, tenancies and members (each joined with its person) = 6
        Assert.InRange(counter.Count, 1, 6);
    }

    /// <summary>Counts EF Core commands against one database, via EF's diagnostic events.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter(string database)
        {
            _database = database;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => _count;

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == RelationalEventId.CommandExecuted.Name && e.Value is CommandExecutedEventData d
                && (d.Connection.Database.Contains(_database) || d.Connection.DataSource.Contains(_database)))
                Interlocked.Increment(ref _count);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }
        public void Dispose() => _subscriptions.ForEach(s => s.Dispose());
    }
}
