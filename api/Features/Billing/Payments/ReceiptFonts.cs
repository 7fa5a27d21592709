using System.Collections.Concurrent;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using PdfSharp.Fonts;

namespace PropertySaaS.Api.Features.Billing.Payments;

/// <summary>A TrueType file receipts need, and the Debian package that installs it.</summary>
public sealed record ReceiptFont(string Face, string FileName, string Package);

/// <summary>"Receipts:FontDirectories": where the receipt fonts are looked for, in order (first match wins).</summary>
public sealed class ReceiptFontOptions
{
    /// <summary>Debian's folders of the two packages (installed by infra/ci/install), then a fonts/ folder beside the app.</summary>
    public static readonly string[] DefaultDirectories =
        ["/usr/share/fonts/truetype/droid", "/usr/share/fonts/truetype/dejavu", Path.Combine(AppContext.BaseDirectory, "fonts")];

    public List<string> FontDirectories { get; set; } = [];
}

/// <summary>
/// The receipt fonts of this process: Droid Sans Fallback for Chinese (it has no Latin glyphs) and DejaVu Sans for
/// Latin, digits and ¥. A font not found is looked for again on the next call, so one installed after start-up is
/// used without a restart; PDFsharp only ever sees fonts that were found (it keeps whatever it resolved once).
/// </summary>
public sealed class ReceiptFonts(IOptions<ReceiptFontOptions> options)
{
    public static readonly IReadOnlyList<ReceiptFont> Required =
    [
        new("DroidSansFallbackFull", "DroidSansFallbackFull.ttf", "fonts-droid-fallback"),
        new("DejaVuSans", "DejaVuSans.ttf", "fonts-dejavu-core"),
    ];

    private readonly ConcurrentDictionary<string, byte[]> _found = new();

    public IReadOnlyList<string> Directories =>
        options.Value.FontDirectories is { Count: > 0 } configured ? configured : ReceiptFontOptions.DefaultDirectories;

    /// <summary>The fonts that cannot be loaded now; empty when receipts can be rendered.</summary>
    public IReadOnlyList<ReceiptFont> Missing()
    {
        var missing = new List<ReceiptFont>();
        foreach (var font in Required)
        {
            if (_found.ContainsKey(font.Face)) continue;
            var path = Directories.Select(d => Path.Combine(d, font.FileName)).FirstOrDefault(File.Exists);
            byte[]? bytes = null;
            try { if (path is not null) bytes = File.ReadAllBytes(path); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            if (bytes is null) { missing.Add(font); continue; }
            _found[font.Face] = bytes;
            ReceiptFontResolver.Provide(font.Face, bytes);
        }
        return missing;
    }

    /// <summary>Makes the fonts available to PDFsharp, or throws <see cref="ReceiptFontsMissingException"/>.</summary>
    public void EnsureAvailable()
    {
        var missing = Missing();
        if (missing.Count > 0) throw new ReceiptFontsMissingException(Describe(missing));
        ReceiptFontResolver.EnsureInstalled();
    }

    /// <summary>For operators (health check, log): which files are missing, where they were looked for, how to get them.</summary>
    public string Describe(IReadOnlyList<ReceiptFont> missing) =>
        $"Receipt PDFs cannot be rendered: font file(s) {string.Join(", ", missing.Select(f => f.FileName))} not found in "
        + $"{string.Join(", ", Directories)}. Install them with `sudo apt-get install {string.Join(" ", missing.Select(f => f.Package))}` "
        + "(infra/dev/start and infra/ci/install do this), or put the files in a folder listed in Receipts:FontDirectories.";
}

public sealed class ReceiptFontsMissingException(string message) : Exception(message);

/// <summary>GET /health is Unhealthy, naming the missing fonts, while receipts cannot be rendered.</summary>
public sealed class ReceiptFontsHealthCheck(ReceiptFonts fonts) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        var missing = fonts.Missing();
        return Task.FromResult(missing.Count == 0
            ? HealthCheckResult.Healthy("Receipt fonts found.")
            : HealthCheckResult.Unhealthy(fonts.Describe(missing)));
    }
}

/// <summary>Says at start-up, not at the first receipt, that receipt fonts are missing.</summary>
public sealed class ReceiptFontsStartupCheck(ReceiptFonts fonts, ILogger<ReceiptFonts> log) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        var missing = fonts.Missing();
        if (missing.Count > 0) log.LogError("{Problem}", fonts.Describe(missing));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

public static class ReceiptFontsHosting
{
    public static void AddReceiptFonts(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<ReceiptFontOptions>(builder.Configuration.GetSection("Receipts"));
        builder.Services.AddSingleton<ReceiptFonts>();
        builder.Services.AddHostedService<ReceiptFontsStartupCheck>();
        builder.Services.AddHealthChecks().AddCheck<ReceiptFontsHealthCheck>("receipt-fonts");
    }
}

/// <summary>
/// PDFsharp's Core build has no system fonts on Linux; this resolver hands it the font files <see cref="ReceiptFonts"/>
/// found. PDFsharp takes one resolver per process, set before its first font operation, so this one is global and
/// only ever serves faces that were found.
/// </summary>
public sealed class ReceiptFontResolver : IFontResolver
{
    public const string CjkFamily = "Receipt CJK";
    public const string LatinFamily = "Receipt Latin";
    private static readonly ConcurrentDictionary<string, byte[]> Faces = new();
    private static readonly Lazy<ReceiptFontResolver> Instance = new(() =>
    {
        var resolver = new ReceiptFontResolver();
        GlobalFontSettings.FontResolver = resolver;
        return resolver;
    });

    public static void EnsureInstalled() => _ = Instance.Value;

    /// <summary>The same face always has the same file, so the first bytes given stay.</summary>
    public static void Provide(string face, byte[] bytes) => Faces.TryAdd(face, bytes);

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(familyName == LatinFamily ? "DejaVuSans" : "DroidSansFallbackFull", bold, italic);

    public byte[]? GetFont(string faceName) => Faces.GetValueOrDefault(faceName);
}
