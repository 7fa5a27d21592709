using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>
/// A local S3-compatible server for the S3 store's tests: moto's server mode (<c>moto_server</c>, installed by
/// infra/ci/install), started on a free loopback port and stopped with the fixture. Where it cannot start the S3 tests
/// are skipped locally, but fail in CI (CI=true), so CI never silently runs without them.
/// </summary>
public sealed class MotoServer : IAsyncDisposable
{
    private Process? process;
    public string? Url { get; private set; }
    public string? Problem { get; private set; }

    public static async Task<MotoServer> StartAsync()
    {
        var server = new MotoServer();
        var failures = new List<string>();
        foreach (var (file, prefix) in Candidates())
        {
            var port = FreePort();
            try
            {
                var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
                foreach (var a in prefix) start.ArgumentList.Add(a);
                foreach (var a in new[] { "-H", "127.0.0.1", "-p", port.ToString() }) start.ArgumentList.Add(a);
                var p = Process.Start(start)!;
                // Drain its logs, or a full pipe would stall it.
                p.OutputDataReceived += (_, _) => { };
                p.ErrorDataReceived += (_, _) => { };
                p.BeginOutputReadLine();
                p.BeginErrorReadLine();
                var url = $"http://127.0.0.1:{port}";
                if (await ReadyAsync(p, url))
                {
                    server.process = p;
                    server.Url = url;
                    return server;
                }
                Stop(p);
                failures.Add($"{file} {string.Join(' ', prefix)}: did not answer");
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
            {
                failures.Add($"{file}: {e.Message}");
            }
        }
        server.Problem = "moto_server could not start (install it with infra/ci/install): " + string.Join("; ", failures);
        return server;
    }

    /// <summary>Skips the test when no server runs here; in CI that is a failure instead.</summary>
    public string Require()
    {
        if (Url is not null) return Url;
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)) Assert.Fail(Problem);
        Assert.Skip(Problem!);
        return "";
    }

    private static IEnumerable<(string File, string[] Prefix)> Candidates()
    {
        if (Environment.GetEnvironmentVariable("PROPERTYSAAS_MOTO_SERVER") is { Length: > 0 } configured) yield return (configured, []);
        yield return ("moto_server", []);
        var home = Environment.GetEnvironmentVariable("HOME");
        if (home is not null && File.Exists(Path.Combine(home, ".pyenv/shims/moto_server"))) yield return (Path.Combine(home, ".pyenv/shims/moto_server"), []);
        yield return ("python3", ["-m", "moto.server"]);
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static async Task<bool> ReadyAsync(Process p, string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // Bounded: up to 30 s for the Python server to come up.
        for (var i = 0; i < 120 && !p.HasExited; i++)
        {
            try
            {
                using var r = await http.GetAsync(url + "/");
                return true;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { await Task.Delay(250); }
        }
        return false;
    }

    private static void Stop(Process p)
    {
        try { if (!p.HasExited) p.Kill(entireProcessTree: true); p.WaitForExit(5000); } catch (InvalidOperationException) { }
        p.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        if (process is not null) Stop(process);
        return ValueTask.CompletedTask;
    }
}
