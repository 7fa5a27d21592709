using System.Text;
using SkiaSharp;

namespace PropertySaaS.Api.Features.Attachments;

/// <summary>What is stored for an accepted upload: the bytes as they will be served, their type and a safe name.</summary>
public sealed record AcceptedFile(byte[] Content, string ContentType, string FileName, bool IsImage);

/// <summary>
/// Decides what an uploaded file is from its bytes alone (never its name or declared type) and makes it safe to store
/// (issue 15 §7): JPEG, PNG, WebP and HEIC photos (HEIC when this machine's decoder reads it) are decoded and re-encoded
/// as JPEG no larger than <see cref="AttachmentOptions.MaxImageSide"/>, which keeps no metadata (EXIF, GPS); a PDF is
/// kept as it is once its signature checks. Anything else is refused with a typed error, before anything is stored.
/// </summary>
public static class UploadedFiles
{
    /// <summary>A decoded image above this many pixels is refused rather than decoded (a decompression bomb).</summary>
    public const long MaxDecodedPixels = 60_000_000;
    private const int JpegQuality = 85;

    public enum Kind { Unknown, Jpeg, Png, WebP, Heic, Pdf }

    public static Kind Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith((byte[])[0xFF, 0xD8, 0xFF])) return Kind.Jpeg;
        if (b.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return Kind.Png;
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return Kind.WebP;
        if (b.Length >= 12 && b[4..8].SequenceEqual("ftyp"u8) && Encoding.ASCII.GetString(b[8..12]) is "heic" or "heix" or "hevc" or "heim" or "heis" or "mif1" or "msf1")
            return Kind.Heic;
        if (b.StartsWith("%PDF-"u8)) return Kind.Pdf;
        return Kind.Unknown;
    }

    /// <summary>The file to store, or the refusal (<see cref="AttachmentErrors"/>) and nothing to store.</summary>
    public static (AcceptedFile? File, ErrorKind? Refused) Accept(byte[] content, string? fileName, AttachmentOptions options)
    {
        if (content.Length == 0) return (null, AttachmentErrors.Empty);
        if (content.Length > options.MaxBytes) return (null, AttachmentErrors.TooLarge);
        var name = SafeName(fileName);
        switch (Sniff(content))
        {
            case Kind.Pdf:
                return IsCompletePdf(content) ? (new AcceptedFile(content, "application/pdf", WithExtension(name, ".pdf"), false), null) : (null, AttachmentErrors.Unreadable);
            case Kind.Jpeg or Kind.Png or Kind.WebP or Kind.Heic:
                var jpeg = ReencodeAsJpeg(content, options.MaxImageSide);
                return jpeg is null ? (null, AttachmentErrors.Unreadable) : (new AcceptedFile(jpeg, "image/jpeg", WithExtension(name, ".jpg"), true), null);
            default:
                return (null, AttachmentErrors.TypeRefused);
        }
    }

    /// <summary>A PDF signature at the start and its end-of-file marker near the end (a truncated or disguised file fails).</summary>
    private static bool IsCompletePdf(byte[] content)
    {
        var tail = content.AsSpan(Math.Max(0, content.Length - 1024));
        return content.Length > 16 && (content.AsSpan(5, 2).SequenceEqual("1."u8) || content.AsSpan(5, 2).SequenceEqual("2."u8)) && tail.IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>
    /// Decodes, turns the pixels upright (the EXIF orientation is applied, since the metadata that carried it is not
    /// kept), scales the longer side down to <paramref name="maxSide"/> and encodes a fresh JPEG: null when it cannot be read.
    /// </summary>
    public static byte[]? ReencodeAsJpeg(byte[] content, int maxSide)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height is 0 or > MaxDecodedPixels) return null;
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput)) return null;
        using var upright = Upright(decoded, codec.EncodedOrigin);
        var scale = Math.Min(1.0, (double)maxSide / Math.Max(upright.Width, upright.Height));
        var size = new SKImageInfo(Math.Max(1, (int)Math.Round(upright.Width * scale)), Math.Max(1, (int)Math.Round(upright.Height * scale)), SKColorType.Rgba8888, SKAlphaType.Premul);
        // JPEG has no transparency: draw on white, so transparent PNG parts do not turn black.
        using var surface = SKSurface.Create(size);
        if (surface is null) return null;
        surface.Canvas.Clear(SKColors.White);
        using (var image = SKImage.FromBitmap(upright))
            surface.Canvas.DrawImage(image, new SKRect(0, 0, size.Width, size.Height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, JpegQuality);
        return jpeg?.ToArray();
    }

    /// <summary>The bitmap turned as its EXIF orientation says (a copy, or the same bitmap when already upright).</summary>
    private static SKBitmap Upright(SKBitmap src, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft) return src.Copy();
        var swap = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        float w = swap ? src.Height : src.Width, h = swap ? src.Width : src.Height;
        // Where each source point lands: mirrors and quarter turns, per the EXIF orientation values 2–8.
        var m = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, w, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, w, -1, 0, h, 0, 0, 1),
            _ => new SKMatrix(0, 1, 0, -1, 0, h, 0, 0, 1), // LeftBottom
        };
        var dst = new SKBitmap(new SKImageInfo((int)w, (int)h, src.ColorType, src.AlphaType));
        using var canvas = new SKCanvas(dst);
        canvas.SetMatrix(m);
        using var image = SKImage.FromBitmap(src);
        canvas.DrawImage(image, 0, 0);
        return dst;
    }

    /// <summary>The name shown for the file: no folders, no control characters, at most 120 characters.</summary>
    public static string SafeName(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or '|' or ':' or '*' or '?')).ToArray()).Trim();
        if (name.Length > 120) name = name[..80] + Path.GetExtension(name)[..Math.Min(40, Path.GetExtension(name).Length)];
        return name.Length == 0 || name.Trim('.').Length == 0 ? "attachment" : name;
    }

    /// <summary>The stored type decides the extension: a PNG named .jpg is stored as a JPEG named .jpg, a photo named .pdf as .jpg.</summary>
    private static string WithExtension(string name, string extension) =>
        string.Equals(Path.GetExtension(name), extension, StringComparison.OrdinalIgnoreCase) ? name : Path.GetFileNameWithoutExtension(name) + extension;
}
