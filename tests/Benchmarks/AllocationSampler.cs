using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// The runtime's allocation sampling (GCAllocationTick: one event per ~100 KB allocated, naming the type that crossed
/// the mark) in-process, so that the soak mode can say what a request allocates without an external tracer.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytesByType = new();
    private volatile bool _on;

    public void Start() => _on = true;
    public void Stop() => _on = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        // GC keyword (0x1) at Verbose carries the allocation ticks.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames!.IndexOf("TypeName") is >= 0 and var t ? e.Payload[t] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is >= 0 and var a ? Convert.ToInt64(e.Payload[a]) : 100_000;
        _bytesByType.AddOrUpdate(type, amount, (_, v) => v + amount);
    }

    public void Print(int requests, int top = 30)
    {
        var total = _bytesByType.Values.Sum();
        Console.WriteLine($"Allocation samples: {total / requests / 1024.0:F0} KB per request sampled; by type:");
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(kv => kv.Value).Take(top))
            Console.WriteLine($"  {bytes / (double)requests / 1024:F1} KB  {bytes * 100.0 / total:F1} %  {type}");
    }
}
