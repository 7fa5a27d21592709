using Microsoft.Extensions.Options;

namespace PropertySaaS.Api.Features.Attachments;

/// <summary>
/// Stored files (issue 15 §7): the <see cref="IFileStore"/> chosen by configuration (<c>Attachments:Store</c>: Local or
/// S3) and the upload limits. Features that take files (service requests today; renovation documents and notices later)
/// check uploads with <see cref="UploadedFiles"/> and keep their own rows and access rules.
/// </summary>
public sealed class AttachmentsModule : FeatureModule
{
    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.Configure<AttachmentOptions>(builder.Configuration.GetSection("Attachments"));
        builder.Services.AddSingleton<IFileStore>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<AttachmentOptions>>().Value;
            return o.Store.ToUpperInvariant() switch
            {
                "S3" => new S3FileStore(o.S3),
                "LOCAL" => new LocalDiskFileStore(o.Local.Directory),
                _ => throw new InvalidOperationException($"Attachments:Store '{o.Store}' is neither Local nor S3."),
            };
        });
        builder.Services.AddHostedService<BucketSetup>();
    }

    /// <summary>Makes the bucket at start where configuration asks for it (development, tests); production buckets exist already.</summary>
    private sealed class BucketSetup(IFileStore store, IOptions<AttachmentOptions> options) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) =>
            store is S3FileStore s3 && options.Value.S3.CreateBucket ? s3.EnsureBucketAsync(ct) : Task.CompletedTask;

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }
}
