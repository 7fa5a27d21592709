using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PropertySaaS.Api.Features.Registry;

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

        using var counter = await CommandCounter.StartAsync(tenant.DatabaseName);
        var r = await client.PostAsync(query);

        var nodes = r.AssertNoErrors().Data["units"]!["nodes"]!.AsArray();
        Assert.Equal(100, nodes.Count);
        Assert.All(nodes, n => Assert.Equal("批量园", n!["building"]!["estate"]!["name"]!.GetValue<string>()));
        Assert.Equal(100, nodes.Sum(n => n!["owners"]!.AsArray().Count));
        // page (with buildings and owners with their people) + count + estates + tenancies and members (each joined
        // with its person) = 5
        Assert.InRange(counter.Count, 1, 5);
    }

    /// <summary>
    /// The unit list reads buildings with their name only and owners' people with name and phone only; any other
    /// detail asked for in the same list comes from one more command for all buildings and one for all people.
    /// </summary>
    [Theory]
    [MemberData(nameof(TestDatabases.Servers), MemberType = typeof(TestDatabases))]
    public async Task Building_and_owner_details_asked_for_in_the_unit_list_take_one_more_command_each(string server)
    {
        TestDatabases.SkipWithoutPostgres(server);
        var tenant = await _api.CompanyAsync("owner-details", server);
        Dictionary<string, (string? IdNumber, string? Contact, string? ContactPhone)> people = [];
        await using (var db = _api.Open(tenant))
        {
            var b = new RegistryBuilder(db, seed: 7);
            var estate = b.Estate("详情园");
            var buildings = new[] { b.Building(estate, "1栋"), b.Building(estate, "2栋") };
            buildings[0].Floors = 18;
            buildings[1].Floors = 33;
            for (var i = 1; i <= 30; i++)
            {
                var person = b.Person();
                person.IdNumber = $"11010119800101{i:0000}";
                if (i % 2 == 0) (person.EmergencyContactName, person.EmergencyContactPhone) = ($"联系人{i}", $"1390000{i:0000}");
                b.Owner(b.Unit(buildings[i % 2], $"{i:00}01", floor: i), person);
                people[person.Name + person.Phone] = (person.IdNumber, person.EmergencyContactName, person.EmergencyContactPhone);
            }
            await b.SaveAsync();
        }

        const string query = """
            { units(first: 100) { nodes { number building { name floors } owners { person { name phone idNumberMasked emergencyContactName emergencyContactPhone } } } } }
            """;
        var client = _api.Client(TestTokens.CompanyAdmin(tenant.Slug));
        await client.PostAsync(query);

        using var counter = await CommandCounter.StartAsync(tenant.DatabaseName);
        var r = await client.PostAsync(query);

        var nodes = r.AssertNoErrors().Data["units"]!["nodes"]!.AsArray();
        Assert.All(nodes, n => Assert.Equal(n!["building"]!["name"]!.GetValue<string>() == "1栋" ? 18 : 33, n["building"]!["floors"]!.GetValue<int>()));
        var owners = nodes.SelectMany(n => n!["owners"]!.AsArray()).Select(o => o!["person"]!).ToList();
        Assert.Equal(30, owners.Count);
        Assert.All(owners, p =>
        {
            var (idNumber, contact, contactPhone) = people[p["name"]!.GetValue<string>() + p["phone"]!.GetValue<string>()];
            Assert.Equal(Masking.IdNumber(idNumber), p["idNumberMasked"]?.GetValue<string>());
            Assert.Equal(contact, p["emergencyContactName"]?.GetValue<string>());
            Assert.Equal(contactPhone, p["emergencyContactPhone"]?.GetValue<string>()); // a company admin sees it whole
        });
        Assert.Equal(15, owners.Count(p => p["emergencyContactName"] is not null));
        // the page with building names and owners' names and phones, then the rest of both buildings and of all 30 people
        Assert.Equal(3, counter.Count);
    }

    /// <summary>Counts EF Core commands against one database, via EF's diagnostic events.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _database;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        private CommandCounter(string database)
        {
            _database = database;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        /// <summary>
        /// Subscribes, then waits out EF's logging cache (1 s by default): company contexts are pooled, and a pooled
        /// context that found no listener keeps skipping command events for that long.
        /// </summary>
        public static async Task<CommandCounter> StartAsync(string database)
        {
            var counter = new CommandCounter(database);
            await Task.Delay(TimeSpan.FromSeconds(1.2));
            return counter;
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
