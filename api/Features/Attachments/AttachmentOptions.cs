namespace PropertySaaS.Api.Features.Attachments;

/// <summary>Configuration section <c>Attachments</c>: where files go and what an upload may be.</summary>
public sealed class AttachmentOptions
{
    /// <summary><c>Local</c> (default: disk under the data folder) or <c>S3</c> (several API replicas).</summary>
    public string Store { get; set; } = "Local";
    /// <summary>The largest upload accepted, in bytes (10 MB).</summary>
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;
    /// <summary>Photos are scaled down so their longer side is at most this many pixels.</summary>
    public int MaxImageSide { get; set; } = 2560;
    public LocalStoreOptions Local { get; set; } = new();
    public S3StoreOptions S3 { get; set; } = new();
}

public sealed class LocalStoreOptions
{
    /// <summary>Beside the company databases (.data/tenants), under the same data folder.</summary>
    public string Directory { get; set; } = ".data/files";
}

public sealed class S3StoreOptions
{
    /// <summary>The endpoint of an S3-compatible store (http://minio:9000); empty for AWS itself (then <see cref="Region"/> picks it).</summary>
    public string? ServiceUrl { get; set; }
    public string Bucket { get; set; } = "";
    public string Region { get; set; } = "us-east-1";
    /// <summary>Empty: the SDK's default credentials (environment, instance role).</summary>
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }
    /// <summary>Create the bucket at start when it is missing (development; off in production).</summary>
    public bool CreateBucket { get; set; }
}
