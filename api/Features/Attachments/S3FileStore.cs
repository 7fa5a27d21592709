using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace PropertySaaS.Api.Features.Attachments;

/// <summary>
/// An S3-compatible object store (AWS S3, MinIO, Ceph, moto in tests) through the AWS SDK: path-style addressing so
/// any endpoint works without bucket DNS names. Used when several API replicas must see the same files.
/// </summary>
public sealed class S3FileStore : IFileStore, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;

    public S3FileStore(S3StoreOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.Bucket)) throw new InvalidOperationException("Attachments:S3:Bucket is not set.");
        var config = new AmazonS3Config { ForcePathStyle = true, AuthenticationRegion = o.Region };
        if (!string.IsNullOrWhiteSpace(o.ServiceUrl)) config.ServiceURL = o.ServiceUrl;
        else config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(o.Region);
        client = string.IsNullOrEmpty(o.AccessKey)
            ? new AmazonS3Client(config)
            : new AmazonS3Client(new BasicAWSCredentials(o.AccessKey, o.SecretKey), config);
        bucket = o.Bucket;
    }

    public async Task PutAsync(FileKey key, byte[] content, string contentType, CancellationToken ct)
    {
        using var body = new MemoryStream(content, writable: false);
        await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key.Path, InputStream = body, ContentType = contentType, AutoCloseStream = false }, ct);
    }

    public async Task<byte[]?> ReadAsync(FileKey key, CancellationToken ct)
    {
        try
        {
            using var response = await client.GetObjectAsync(bucket, key.Path, ct);
            using var copy = new MemoryStream();
            await response.ResponseStream.CopyToAsync(copy, ct);
            return copy.ToArray();
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound) { return null; }
    }

    public async Task DeleteAsync(FileKey key, CancellationToken ct) =>
        await client.DeleteObjectAsync(bucket, key.Path, ct);

    /// <summary>Creates the bucket when it is missing (development and tests; production buckets are made by the operator).</summary>
    public async Task EnsureBucketAsync(CancellationToken ct)
    {
        try { await client.PutBucketAsync(bucket, ct); }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou" or "BucketAlreadyExists") { }
    }

    public void Dispose() => client.Dispose();
}
