using GraphQL.DataLoader;

namespace PropertySaaS.Api.GraphQL;

/// <summary>
/// Per-request batch loaders: every key asked for while one level of the query is resolved is fetched in one
/// SQL command when the first result is awaited. GraphQL.NET's execution strategy defers
/// <see cref="IDataLoaderResult"/> values until the whole level has been visited.
/// </summary>
public sealed class BatchLoaders
{
    private readonly Dictionary<string, object> _loaders = new();

    public IDataLoaderResult<TValue> Load<TKey, TValue>(string name, TKey key,
        Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>> fetch, TValue missing)
        where TKey : notnull
    {
        var loader = Get<TKey, TValue>(name);
        loader.Fetch ??= fetch;
        return loader.Load(key, missing);
    }

    private BatchLoader<TKey, TValue> Get<TKey, TValue>(string name) where TKey : notnull
    {
        if (!_loaders.TryGetValue(name, out var l)) _loaders[name] = l = new BatchLoader<TKey, TValue>();
        return (BatchLoader<TKey, TValue>)l;
    }

    private sealed class BatchLoader<TKey, TValue> where TKey : notnull
    {
        private readonly HashSet<TKey> _pending = [];
        private readonly Dictionary<TKey, TValue> _loaded = [];
        private readonly SemaphoreSlim _gate = new(1, 1);

        public Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IDictionary<TKey, TValue>>>? Fetch { get; set; }

        public IDataLoaderResult<TValue> Load(TKey key, TValue missing)
        {
            if (!_loaded.ContainsKey(key)) _pending.Add(key);
            return new Result(this, key, missing);
        }

        private async Task<TValue> GetAsync(TKey key, TValue missing, CancellationToken ct)
        {
            await _gate.WaitAsync(ct);
            try
            {
                if (_pending.Count > 0)
                {
                    var keys = _pending.ToArray();
                    _pending.Clear();
                    foreach (var (k, v) in await Fetch!(keys, ct)) _loaded[k] = v;
                    foreach (var k in keys) _loaded.TryAdd(k, missing);
                }
                return _loaded.TryGetValue(key, out var value) ? value : missing;
            }
            finally { _gate.Release(); }
        }

        private sealed class Result(BatchLoader<TKey, TValue> loader, TKey key, TValue missing) : IDataLoaderResult<TValue>
        {
            public Task<TValue> GetResultAsync(CancellationToken ct = default) => loader.GetAsync(key, missing, ct);
            async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken ct) => await GetResultAsync(ct);
        }
    }
}

public static class DataLoaderResults
{
    /// <summary>A batched result mapped when it arrives (GraphQL.NET's own Then lives in a package we do not use).</summary>
    public static IDataLoaderResult<TResult> Then<T, TResult>(this IDataLoaderResult<T> result, Func<T, TResult> map) => new Mapped<T, TResult>(result, map);

    private sealed class Mapped<T, TResult>(IDataLoaderResult<T> inner, Func<T, TResult> map) : IDataLoaderResult<TResult>
    {
        public async Task<TResult> GetResultAsync(CancellationToken ct = default) => map(await inner.GetResultAsync(ct));
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken ct) => await GetResultAsync(ct);
    }
}
