using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PropertySaaS.Identity.Hosting;

/// <summary>
/// Persisted signing and encryption certificates in a folder (<c>Identity:Keys:Path</c>, default <c>.data/identity-keys</c>).
/// A new key is generated on first start and whenever the newest is older than <c>Identity:Keys:RotateAfterDays</c>.
/// Older keys stay until they expire, so tokens they signed still validate: OpenIddict publishes every
/// registered key in JWKS and signs with the one that expires last, i.e. the newest.
/// </summary>
public static class SigningKeys
{
    public sealed record KeySet(IReadOnlyList<X509Certificate2> Signing, IReadOnlyList<X509Certificate2> Encryption);

    public static KeySet LoadOrCreate(string folder, int rotateAfterDays, string? password, TimeProvider clock)
    {
        Directory.CreateDirectory(folder);
        return new KeySet(
            LoadOrCreate(folder, "signing", X509KeyUsageFlags.DigitalSignature, rotateAfterDays, password, clock),
            LoadOrCreate(folder, "encryption", X509KeyUsageFlags.KeyEncipherment, rotateAfterDays, password, clock));
    }

    private static List<X509Certificate2> LoadOrCreate(string folder, string kind, X509KeyUsageFlags usage, int rotateAfterDays, string? password, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var certs = Directory.GetFiles(folder, $"{kind}-*.pfx")
            .Select(f => X509CertificateLoader.LoadPkcs12FromFile(f, password, X509KeyStorageFlags.Exportable))
            .Where(c => c.NotAfter.ToUniversalTime() > now.UtcDateTime)
            .OrderByDescending(c => c.NotBefore)
            .ToList();

        if (certs.Count == 0 || certs[0].NotBefore.ToUniversalTime() < now.UtcDateTime.AddDays(-rotateAfterDays))
        {
            var created = Create(kind, usage, now, rotateAfterDays);
            File.WriteAllBytes(Path.Combine(folder, $"{kind}-{now:yyyyMMddHHmmss}.pfx"), created.Export(X509ContentType.Pkcs12, password));
            certs.Insert(0, X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12, password), password, X509KeyStorageFlags.Exportable));
        }
        return certs;
    }

    private static X509Certificate2 Create(string kind, X509KeyUsageFlags usage, DateTimeOffset now, int rotateAfterDays)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN=PropertySaaS Identity {kind}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, critical: true));
        // Lives two rotation periods: signs for one, is published for verification during the next.
        return request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(rotateAfterDays * 2 + 1));
    }
}
