namespace PropertySaaS.Benchmarks;

/// <summary>Command line: <c>[provisioning|unit-list|all] [--pg "Host=…;Username=…;Password=…"] [--companies N] …</c></summary>
public sealed record Options
{
    public string What { get; init; } = "all";
    /// <summary>Server-level Npgsql connection string (no database); falls back to PROPERTYSAAS_TEST_PG1.</summary>
    public string? Pg { get; init; }
    public int Companies { get; init; } = 10;
    public int Tenants { get; init; } = 100;
    public int Units { get; init; } = 2000;
    /// <summary>Units of the estate the billing benchmark bills.</summary>
    public int BillingUnits { get; init; } = 100_000;
    /// <summary>Service requests of the company the service-desk benchmark fills (24 months, 5 % open), and its units.</summary>
    public int Requests { get; init; } = 200_000;
    public int DeskUnits { get; init; } = 20_000;
    /// <summary>Enough requests for the JIT to reach its final tier: with 50 both sides measured ~1.5× slower.</summary>
    public int Warmup { get; init; } = 1000;
    public int Iterations { get; init; } = 500;
    /// <summary>kestrel (loopback TCP, the default) or testserver (in-memory, no sockets).</summary>
    public string Transport { get; init; } = "kestrel";
    public bool SkipSqlite { get; init; }
    /// <summary>Seconds to run one side of the unit list in a loop instead of measuring (for profilers); 0 = measure.</summary>
    public int Soak { get; init; }
    public bool SoakRaw { get; init; }
    /// <summary>Also sample what the soak allocates, by type (the runtime's allocation events cost CPU of their own).</summary>
    public bool SoakAllocations { get; init; }

    public static Options Parse(string[] args)
    {
        var o = new Options { Pg = Environment.GetEnvironmentVariable("PROPERTYSAAS_TEST_PG1") is { Length: > 0 } env ? env : null };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            o = args[i] switch
            {
                "provisioning" or "unit-list" or "all" or "billing" or "execution" or "service-desk" => o with { What = args[i] },
                "--requests" => o with { Requests = int.Parse(Next()) },
                "--desk-units" => o with { DeskUnits = int.Parse(Next()) },
                "--billing-units" => o with { BillingUnits = int.Parse(Next()) },
                "--pg" => o with { Pg = Next() },
                "--companies" => o with { Companies = int.Parse(Next()) },
                "--tenants" => o with { Tenants = int.Parse(Next()) },
                "--units" => o with { Units = int.Parse(Next()) },
                "--warmup" => o with { Warmup = int.Parse(Next()) },
                "--iterations" => o with { Iterations = int.Parse(Next()) },
                "--transport" => o with { Transport = Next() },
                "--no-sqlite" => o with { SkipSqlite = true },
                "--soak" => o with { Soak = int.Parse(Next()) },
                "--soak-raw" => o with { SoakRaw = true },
                "--soak-allocations" => o with { SoakAllocations = true },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [provisioning|unit-list|all|billing|execution|service-desk] [--requests N] [--desk-units N] [--pg CS] [--companies N] [--tenants N] [--units N] [--warmup N] [--iterations N] [--transport kestrel|testserver] [--no-sqlite] [--soak SECONDS [--soak-raw] [--soak-allocations]]"),
            };
        }
        return o;
    }
}
