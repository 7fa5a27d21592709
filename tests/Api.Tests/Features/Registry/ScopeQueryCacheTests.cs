using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Features.Registry;

namespace PropertySaaS.Api.Tests.Features.Registry;

/// <summary>
/// A query under a staff member's estate scope is translated once and reused for every caller: the estates are a
/// parameter of the statement, not a constant baked into it. (Before: every request of a staff member with an estate
/// scope compiled its query anew — a compilation per request on the service desk's queue.)
/// </summary>
public sealed class ScopeQueryCacheTests : IClassFixture<ApiFactory>
{
    private readonly ApiFactory _api;
    public ScopeQueryCacheTests(ApiFactory api) => _api = api;

    [Fact]
    public async Task An_estate_scoped_query_compiles_once_for_any_scope()
    {
        var t = await _api.CompanyAsync("scope-cache");
        await using var db = _api.Open(t);
        var b = new RegistryBuilder(db);
        var east = b.Estate("东区");
        var west = b.Estate("西区");
        b.Unit(b.Building(east, "1栋"), "101", 1);
        b.Unit(b.Building(west, "1栋"), "101", 1);
        await b.SaveAsync();

        Task<List<Guid>> Read(params Guid[] estates) =>
            db.Units.AsNoTracking().InScope(estates.ToHashSet(), u => u.EstateId).Select(u => u.EstateId).ToListAsync();

        // The scope still decides what is read.
        Assert.Equal([east.Id], await Read(east.Id));
        Assert.Equal([west.Id], await Read(west.Id));

        using var compilations = new CompilationCounter(db);
        Assert.Equal([east.Id], await Read(east.Id));
        Assert.Equal([west.Id], await Read(west.Id));
        Assert.Equal(2, (await Read(east.Id, west.Id)).Count);
        Assert.Equal(0, compilations.Count);
    }

    /// <summary>Counts EF Core's query compilations for one context while alive (other tests run alongside).</summary>
    private sealed class CompilationCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _db;
        private readonly IDisposable _all;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;
        public int Count => Volatile.Read(ref _count);

        public CompilationCounter(DbContext db)
        {
            _db = db;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == DbLoggerCategory.Name) lock (_subscriptions) _subscriptions.Add(listener.Subscribe(this));
        }

        public void OnNext(KeyValuePair<string, object?> e)
        {
            if (e.Key == Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.QueryCompilationStarting.Name
                && e.Value is Microsoft.EntityFrameworkCore.Diagnostics.DbContextEventData d && d.Context == _db)
                Interlocked.Increment(ref _count);
        }

        public void OnCompleted() { }
        public void OnError(Exception error) { }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions) foreach (var s in _subscriptions) s.Dispose();
        }
    }
}
