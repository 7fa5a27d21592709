using Npgsql;

namespace PropertySaaS.Benchmarks;

/// <summary>
/// Configuration shared by both benchmarks: a SQLite catalog and SQLite company folder in a fresh temp directory,
/// and (when given) one PostgreSQL server named "pg". Every run uses its own slug prefix, so runs never collide.
/// </summary>
public sealed class BenchSettings : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "psaas-bench", Guid.NewGuid().ToString("N")[..12]);
    public string RunId { get; } = "b" + Guid.NewGuid().ToString("N")[..7];
    public string? Pg { get; }

    public BenchSettings(string? pg)
    {
        Pg = pg;
        Directory.CreateDirectory(Root);
    }

    public Dictionary<string, string?> Values()
    {
        var s = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(Root, "catalog.db")}",
            ["Catalog:Provider"] = "Sqlite",
            ["DatabaseServers:local:Provider"] = "Sqlite",
            ["DatabaseServers:local:DataDirectory"] = Path.Combine(Root, "tenants"),
            ["Tenancy:DefaultServer"] = "local",
            ["Jobs:RunWorker"] = "false",
            ["Auth:RequireHttpsMetadata"] = "false",
            // "Provisioned company …" at Information would print 100 lines; nothing on the request path logs at Information.
            ["Logging:LogLevel:PropertySaaS.Api.Tenancy"] = "Warning",
        };
        if (Pg is not null)
        {
            s["DatabaseServers:pg:Provider"] = "PostgreSql";
            s["DatabaseServers:pg:ConnectionString"] = Pg;
        }
        return s;
    }

    public string Slug(string name) => $"{RunId}-{name}";

    /// <summary>Drops the PostgreSQL databases of this run (they are named psaas_&lt;run id&gt;_…).</summary>
    public async Task DropPostgresDatabasesAsync()
    {
        if (Pg is null) return;
        NpgsqlConnection.ClearAllPools();
        var b = new NpgsqlConnectionStringBuilder(Pg) { Database = "postgres", Pooling = false };
        await using var conn = new NpgsqlConnection(b.ToString());
        await conn.OpenAsync();
        var names = new List<string>();
        await using (var cmd = new NpgsqlCommand("SELECT datname FROM pg_database WHERE datname LIKE @p", conn))
        {
            cmd.Parameters.AddWithValue("p", $"psaas_{RunId}\\_%");
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync()) names.Add(r.GetString(0));
        }
        foreach (var name in names)
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
            await drop.ExecuteNonQueryAsync();
        }
        Console.WriteLine($"Dropped {names.Count} PostgreSQL databases of run {RunId}.");
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch { /* best effort */ }
    }
}
