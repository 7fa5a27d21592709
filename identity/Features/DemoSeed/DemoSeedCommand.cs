using PropertySaaS.Identity.Hosting;

namespace PropertySaaS.Identity.Features.DemoSeed;

public static class DemoSeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var fileIndex = Array.IndexOf(args, "--file");
        if (fileIndex < 0 || fileIndex + 1 >= args.Length)
        {
            Console.Error.WriteLine("usage: seed-demo --file <demo-users.json> [--ConnectionStrings:Identity=...]");
            return 2;
        }
        var file = Resolve(args[fileIndex + 1]);
        var rest = args.Where((_, i) => i != fileIndex && i != fileIndex + 1).ToArray();

        var app = IdentityApp.Build(rest);
        // Starting the hosted worker migrates and registers clients; then import explicitly and stop without serving.
        foreach (var hosted in app.Services.GetServices<IHostedService>().OfType<StartupWorker>())
            await hosted.StartAsync(CancellationToken.None);
        await using var scope = app.Services.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<DemoUsersImport>().ImportFileAsync(file);
        Console.WriteLine($"Imported {count} demo users from {file}");
        return 0;
    }

    /// <summary>`dotnet run --project identity` runs in identity/, so a path relative to the repo root is tried too.</summary>
    private static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path)) return Path.GetFullPath(path);
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PropertySaaS.sln")) && File.Exists(Path.Combine(dir.FullName, path)))
                return Path.Combine(dir.FullName, path);
        return Path.GetFullPath(path);
    }
}
