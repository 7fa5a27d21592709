namespace PropertySaaS.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Benchmarks -- [provisioning|unit-list|all|billing|execution|service-desk] [--pg "Host=…;Port=…;Username=…;Password=…"]</c>.
/// Not top-level statements: the API's own <c>Program</c> class is what the test host boots.
/// </summary>
public static class BenchmarkMain
{
    public static async Task Main(string[] args)
    {
        var o = Options.Parse(args);
        // WebApplicationFactory finds the API's content root through MvcTestingAppManifest.json in the current
        // directory; `dotnet run` keeps the caller's directory, so look from the build output instead.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        Console.WriteLine($"PropertySaaS benchmarks: {o.What}; {Environment.ProcessorCount} logical CPUs; .NET {Environment.Version}; PostgreSQL {(o.Pg is null ? "not configured" : "configured")}");
        if (o.What is "provisioning" or "all") await ProvisioningBenchmark.RunAsync(o);
        if (o.What is "unit-list" or "all") await UnitListBenchmark.RunAsync(o);
        if (o.What is "billing") await BillingBenchmark.RunAsync(o);
        if (o.What is "execution") await ExecutionBenchmark.RunAsync(o);
        if (o.What is "service-desk") await ServiceDeskBenchmark.RunAsync(o);
    }
}
