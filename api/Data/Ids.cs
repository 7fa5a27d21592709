using System.Security.Cryptography;

namespace PropertySaaS.Api.Data;

/// <summary>
/// New entity ids: version-7 GUIDs (time first, so index inserts stay in order), as <see cref="Guid.CreateVersion7()"/>
/// makes them, but with the random bits taken from a per-thread buffer of cryptographic randomness. Every entity EF
/// materialises runs its Id initializer, and <see cref="Guid.CreateVersion7()"/> asks the kernel for randomness each
/// time (~0.9 µs on the CI machine: 0.3 ms of a 100-unit list, docs/benchmarks.md §2).
/// </summary>
public static class Ids
{
    private const int RandomBytesPerId = 10;
    [ThreadStatic] private static byte[]? _random;
    [ThreadStatic] private static int _used;

    public static Guid New() => New(DateTimeOffset.UtcNow);

    internal static Guid New(DateTimeOffset now)
    {
        var random = _random;
        if (random is null || _used > random.Length - RandomBytesPerId)
        {
            random = _random ??= new byte[RandomBytesPerId * 100];
            RandomNumberGenerator.Fill(random);
            _used = 0;
        }
        Span<byte> id = stackalloc byte[16];
        var ms = now.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++) id[i] = (byte)(ms >> (40 - 8 * i)); // 48-bit Unix time in ms, big-endian
        random.AsSpan(_used, RandomBytesPerId).CopyTo(id[6..]);
        _used += RandomBytesPerId;
        id[6] = (byte)(0x70 | (id[6] & 0x0F)); // version 7
        id[8] = (byte)(0x80 | (id[8] & 0x3F)); // RFC 9562 variant
        return new Guid(id, bigEndian: true);
    }
}
