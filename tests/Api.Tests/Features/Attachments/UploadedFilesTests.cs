using PropertySaaS.Api.Features.Attachments;
using SkiaSharp;

namespace PropertySaaS.Api.Tests.Features.Attachments;

/// <summary>What an upload is, from its bytes alone, and what is stored of it.</summary>
public sealed class UploadedFilesTests
{
    private static readonly AttachmentOptions Options = new();

    [Fact]
    public void A_camera_jpeg_is_stored_without_its_exif_and_gps()
    {
        var original = TestFiles.JpegWithGps();
        Assert.True(TestFiles.HasApp1(original) && TestFiles.Contains(original, TestFiles.LatitudeRationals));
        var (file, refused) = UploadedFiles.Accept(original, "IMG_0001.JPG", Options);
        Assert.Null(refused);
        Assert.Equal(("image/jpeg", "IMG_0001.JPG"), (file!.ContentType, file.FileName));
        Assert.False(TestFiles.HasApp1(file.Content));
        Assert.False(TestFiles.Contains(file.Content, "Exif"u8));
        Assert.False(TestFiles.Contains(file.Content, TestFiles.LatitudeRationals));
        Assert.Equal((64, 32), (TestFiles.Describe(file.Content).Width, TestFiles.Describe(file.Content).Height));
    }

    [Fact]
    public void A_photo_taken_sideways_is_stored_upright_since_its_orientation_tag_is_dropped()
    {
        // Orientation 6: the sensor's 64×32 picture is shown turned a quarter clockwise, 32×64.
        var original = TestFiles.JpegWithGps(64, 32, orientation: 6);
        Assert.Equal(SKEncodedOrigin.RightTop, TestFiles.Describe(original).Origin);
        var (file, _) = UploadedFiles.Accept(original, "side.jpg", Options);
        var stored = TestFiles.Describe(file!.Content);
        Assert.Equal((32, 64, SKEncodedOrigin.TopLeft), stored);
        // The red corner (sensor top-left) is now at the top right; the top left is sky blue.
        var (topRight, topLeft) = (TestFiles.Pixel(file.Content, 28, 2), TestFiles.Pixel(file.Content, 2, 2));
        Assert.True(topRight.Blue < 80 && topLeft.Blue > 180, $"top right {topRight}, top left {topLeft}");
    }

    [Fact]
    public void A_png_named_jpg_and_a_webp_are_judged_by_content_and_stored_as_jpeg()
    {
        foreach (var (bytes, name) in new[] { (TestFiles.Image(20, 10, SKEncodedImageFormat.Png), "photo.jpg"), (TestFiles.Image(20, 10, SKEncodedImageFormat.Webp), "leak.webp") })
        {
            var (file, refused) = UploadedFiles.Accept(bytes, name, Options);
            Assert.Null(refused);
            Assert.Equal("image/jpeg", file!.ContentType);
            Assert.Equal(UploadedFiles.Kind.Jpeg, UploadedFiles.Sniff(file.Content));
            Assert.EndsWith(".jpg", file.FileName);
        }
    }

    [Fact]
    public void A_large_photo_is_scaled_down_to_the_longest_side_limit()
    {
        var (file, _) = UploadedFiles.Accept(TestFiles.Image(3000, 1500, SKEncodedImageFormat.Jpeg), "wide.jpg", Options);
        var d = TestFiles.Describe(file!.Content);
        Assert.Equal((2560, 1280), (d.Width, d.Height));
    }

    [Fact]
    public void A_pdf_is_kept_as_it_is_and_anything_else_is_refused_by_content()
    {
        var pdf = TestFiles.Pdf();
        var (file, _) = UploadedFiles.Accept(pdf, "quote.pdf", Options);
        Assert.Equal(pdf, file!.Content);
        Assert.Equal("application/pdf", file.ContentType);

        Assert.Equal(AttachmentErrors.TypeRefused, UploadedFiles.Accept(TestFiles.Exe(), "photo.jpg", Options).Refused);
        Assert.Equal(AttachmentErrors.TypeRefused, UploadedFiles.Accept("<html><script>alert(1)</script>"u8.ToArray(), "x.pdf", Options).Refused);
        Assert.Equal(AttachmentErrors.Unreadable, UploadedFiles.Accept(pdf[..30], "cut.pdf", Options).Refused);
        Assert.Equal(AttachmentErrors.Unreadable, UploadedFiles.Accept([0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3], "broken.jpg", Options).Refused);
        Assert.Equal(AttachmentErrors.Empty, UploadedFiles.Accept([], "nothing.jpg", Options).Refused);
        Assert.Equal(AttachmentErrors.TooLarge, UploadedFiles.Accept(new byte[Options.MaxBytes + 1], "big.pdf", Options).Refused);
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\me\\漏水.jpg", "漏水.jpg")]
    [InlineData("a\"b<c>.jpg", "abc.jpg")]
    [InlineData("", "attachment")]
    [InlineData("..", "attachment")]
    public void A_file_name_keeps_no_folders_or_unsafe_characters(string given, string kept) =>
        Assert.Equal(kept, UploadedFiles.SafeName(given));
}
