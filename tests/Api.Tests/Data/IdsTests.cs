using PropertySaaS.Api.Data;

namespace PropertySaaS.Api.Tests.Data;

public sealed class IdsTests
{
    [Fact]
    public void Ids_are_unique_version_7_guids_ordered_by_their_millisecond()
    {
        var start = DateTimeOffset.UtcNow;
        var ids = Enumerable.Range(0, 5000).Select(i => Ids.New(start.AddMilliseconds(i))).ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2)); // RFC 9562 variant bits 10xx
        // Time comes first, so ids of later milliseconds sort after earlier ones, byte-wise as the databases compare them.
        var bigEndian = ids.Select(id => Convert.ToHexString(id.ToByteArray(bigEndian: true))).ToList();
        Assert.Equal(bigEndian.Order(StringComparer.Ordinal), bigEndian);
        Assert.Equal(start.ToUnixTimeMilliseconds(), Convert.ToInt64(bigEndian[0][..12], 16));
    }

    [Fact]
    public async Task Ids_made_on_many_threads_at_once_never_repeat()
    {
        var now = DateTimeOffset.UtcNow;
        var perThread = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Enumerable.Range(0, 20_000).Select(_ => Ids.New(now)).ToList())));
        var all = perThread.SelectMany(x => x).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
    }
}
