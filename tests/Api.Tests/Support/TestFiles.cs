using SkiaSharp;

namespace PropertySaaS.Api.Tests.Support;

/// <summary>Files as phones and people send them: photos with EXIF location and orientation, renamed files, documents.</summary>
public static class TestFiles
{
    /// <summary>31°14'24" N, the latitude written into <see cref="JpegWithGps"/> (as EXIF rationals 31/1, 14/1, 2400/100).</summary>
    public static readonly byte[] LatitudeRationals = [31, 0, 0, 0, 1, 0, 0, 0, 14, 0, 0, 0, 1, 0, 0, 0, 0x60, 0x09, 0, 0, 100, 0, 0, 0];

    public static byte[] Image(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SkyBlue);
            // A red block in the top-left corner shows which way up the picture is.
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 4f, height / 4f, red);
        }
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 90).ToArray();
    }

    /// <summary>A camera JPEG: EXIF (APP1) with an orientation and a GPS latitude, right after the start marker.</summary>
    public static byte[] JpegWithGps(int width = 64, int height = 32, ushort orientation = 1)
    {
        var jpeg = Image(width, height, SKEncodedImageFormat.Jpeg);
        var tiff = new List<byte> { (byte)'I', (byte)'I', 0x2A, 0, 8, 0, 0, 0 };
        void U16(int v) { tiff.Add((byte)v); tiff.Add((byte)(v >> 8)); }
        void U32(int v) { U16(v & 0xFFFF); U16(v >> 16); }
        void Entry(int tag, int type, int count, int value) { U16(tag); U16(type); U32(count); U32(value); }
        // IFD0 at 8: orientation, pointer to the GPS IFD at 38.
        U16(2); Entry(0x0112, 3, 1, orientation); Entry(0x8825, 4, 1, 38); U32(0);
        // GPS IFD at 38: latitude ref "N", latitude (3 rationals at 68).
        U16(2); Entry(0x0001, 2, 2, 'N'); Entry(0x0002, 5, 3, 68); U32(0);
        tiff.AddRange(LatitudeRationals);
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        byte[] app1 = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>A Windows program: "MZ", the DOS stub text, nothing an image decoder reads.</summary>
    public static byte[] Exe() => [.. "MZ"u8, 0x90, 0, 3, 0, 0, 0, 4, 0, .. "This program cannot be run in DOS mode."u8, .. new byte[200]];

    public static byte[] Pdf() => "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    public static bool Contains(byte[] haystack, ReadOnlySpan<byte> needle) => haystack.AsSpan().IndexOf(needle) >= 0;

    /// <summary>Whether the JPEG has an APP1 segment (where EXIF lives).</summary>
    public static bool HasApp1(byte[] jpeg)
    {
        for (var i = 2; i + 4 <= jpeg.Length && jpeg[i] == 0xFF;)
        {
            var marker = jpeg[i + 1];
            if (marker == 0xE1) return true;
            if (marker == 0xDA) return false; // image data starts: no more metadata segments
            i += 2 + (jpeg[i + 2] << 8 | jpeg[i + 3]);
        }
        return false;
    }

    public static (int Width, int Height, SKEncodedOrigin Origin) Describe(byte[] image)
    {
        using var codec = SKCodec.Create(new MemoryStream(image));
        return (codec.Info.Width, codec.Info.Height, codec.EncodedOrigin);
    }

    /// <summary>The colour of the pixel near (x, y) of the decoded image.</summary>
    public static SKColor Pixel(byte[] image, int x, int y)
    {
        using var bitmap = SKBitmap.Decode(image);
        return bitmap.GetPixel(x, y);
    }
}
