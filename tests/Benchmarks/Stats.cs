using System.Diagnostics;

namespace PropertySaaS.Benchmarks;

/// <summary>Wall-clock samples of one measured operation, and the percentiles we report.</summary>
public sealed class Samples(string name)
{
    private readonly List<double> _ms = [];
    public string Name { get; } = name;
    public int Count => _ms.Count;

    public void Add(TimeSpan t) => _ms.Add(t.TotalMilliseconds);

    /// <summary>Operations during which the runtime collected garbage (a pause of a few ms lands in them).</summary>
    public int WithGc { get; private set; }

    public async Task<T> TimeAsync<T>(Func<Task<T>> op)
    {
        var gcs = GC.CollectionCount(0);
        var sw = Stopwatch.StartNew();
        var result = await op();
        Add(sw.Elapsed);
        if (GC.CollectionCount(0) != gcs) WithGc++;
        return result;
    }

    /// <summary>Nearest-rank percentile.</summary>
    public double P(double p)
    {
        if (_ms.Count == 0) return double.NaN;
        var sorted = _ms.Order().ToList();
        var rank = (int)Math.Ceiling(p / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Min => _ms.Count == 0 ? double.NaN : _ms.Min();
    public double Max => _ms.Count == 0 ? double.NaN : _ms.Max();
    public double Mean => _ms.Count == 0 ? double.NaN : _ms.Average();
}

public static class Report
{
    public static void Table(string title, IEnumerable<Samples> rows, bool withP99)
    {
        Console.WriteLine();
        Console.WriteLine($"## {title}");
        var header = withP99 ? "| what | n | min ms | p50 ms | p95 ms | p99 ms | max ms | mean ms |" : "| what | n | min ms | p50 ms | p95 ms | max ms | mean ms |";
        Console.WriteLine(header);
        Console.WriteLine(withP99 ? "|---|---:|---:|---:|---:|---:|---:|---:|" : "|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in rows)
            Console.WriteLine(withP99
                ? $"| {s.Name} | {s.Count} | {s.Min:F2} | {s.P(50):F2} | {s.P(95):F2} | {s.P(99):F2} | {s.Max:F2} | {s.Mean:F2} |"
                : $"| {s.Name} | {s.Count} | {s.Min:F1} | {s.P(50):F1} | {s.P(95):F1} | {s.Max:F1} | {s.Mean:F1} |");
    }
}
