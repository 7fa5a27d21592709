using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// Counts the SQL commands EF executes in this process, with their time, through EF's DiagnosticSource events.
/// Only switched on for the profiling pass, never while the figures are measured.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _all;
    private readonly List<IDisposable> _subs = [];
    private readonly object _gate = new();
    public bool Enabled { get; set; }
    public int Commands { get; private set; }
    /// <summary>LINQ queries EF had to compile (a miss in its query cache): each costs milliseconds.</summary>
    public int Compilations { get; private set; }
    public TimeSpan Time { get; private set; }
    public List<string> Texts { get; } = [];

    public SqlCommandCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public void Reset()
    {
        lock (_gate) { Commands = 0; Compilations = 0; Time = TimeSpan.Zero; Texts.Clear(); }
    }

    public void OnNext(DiagnosticListener l)
    {
        if (l.Name == DbLoggerCategory.Name) lock (_gate) _subs.Add(l.Subscribe(this, n => n == RelationalEventId.CommandExecuted.Name || n == CoreEventId.QueryCompilationStarting.Name));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        if (!Enabled) return;
        if (e.Key == CoreEventId.QueryCompilationStarting.Name)
        {
            lock (_gate) Compilations++;
            return;
        }
        if (e.Value is not CommandExecutedEventData d) return;
        lock (_gate)
        {
            Commands++;
            Time += d.Duration;
            Texts.Add(d.Command.CommandText);
        }
    }

    public void OnCompleted() { }
    public void OnError(Exception error) { }

    public void Dispose()
    {
        _all.Dispose();
        lock (_gate) foreach (var s in _subs) s.Dispose();
    }
}
