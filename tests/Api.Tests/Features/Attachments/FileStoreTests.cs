using PropertySaaS.Api.Features.Attachments;

namespace PropertySaaS.Api.Tests.Features.Attachments;

/// <summary>
/// One contract for every file store: the same tests run against local disk and against an S3-compatible server
/// (moto's server mode, started by the fixture on a free port).
/// </summary>
public sealed class FileStoreTests(FileStoreTests.Fixture fx) : IClassFixture<FileStoreTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public MotoServer Moto { get; private set; } = null!;
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "psaas-tests", "files-" + Guid.NewGuid().ToString("N")[..8]);

        public async ValueTask InitializeAsync() => Moto = await MotoServer.StartAsync();

        public async ValueTask DisposeAsync()
        {
            await Moto.DisposeAsync();
            try { Directory.Delete(Root, recursive: true); } catch (DirectoryNotFoundException) { }
        }

        public async Task<IFileStore> StoreAsync(string kind)
        {
            if (kind == "local") return new LocalDiskFileStore(Root);
            var s3 = new S3FileStore(S3Options(Moto.Require()));
            await s3.EnsureBucketAsync(TestContext.Current.CancellationToken);
            return s3;
        }
    }

    public static S3StoreOptions S3Options(string url, string bucket = "psaas-test") =>
        new() { ServiceUrl = url, Bucket = bucket, AccessKey = "test", SecretKey = "test", Region = "us-east-1" };

    public static TheoryData<string> Stores => ["local", "s3"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, MemberData(nameof(Stores))]
    public async Task A_stored_file_reads_back_byte_for_byte_and_is_gone_after_delete(string kind)
    {
        var store = await fx.StoreAsync(kind);
        var key = new FileKey(Guid.NewGuid(), "service-requests", Guid.NewGuid());
        var bytes = Enumerable.Range(0, 300_000).Select(i => (byte)(i * 7)).ToArray();
        await store.PutAsync(key, bytes, "image/jpeg", Ct);
        Assert.Equal(bytes, await store.ReadAsync(key, Ct));
        await store.DeleteAsync(key, Ct);
        Assert.Null(await store.ReadAsync(key, Ct));
        // Deleting what is not there is no error.
        await store.DeleteAsync(key, Ct);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task A_key_never_reaches_another_companys_file_with_the_same_id(string kind)
    {
        var store = await fx.StoreAsync(kind);
        var file = Guid.NewGuid();
        var a = new FileKey(Guid.NewGuid(), "service-requests", file);
        var b = a with { CompanyId = Guid.NewGuid() };
        await store.PutAsync(a, [1, 2, 3], "application/pdf", Ct);
        Assert.Null(await store.ReadAsync(b, Ct));
        await store.PutAsync(b, [4, 5], "application/pdf", Ct);
        Assert.Equal([1, 2, 3], await store.ReadAsync(a, Ct));
        Assert.Equal([4, 5], await store.ReadAsync(b, Ct));
        Assert.StartsWith($"companies/{a.CompanyId:N}/", a.Path);
    }

    [Theory, MemberData(nameof(Stores))]
    public async Task An_unknown_key_reads_as_nothing(string kind)
    {
        var store = await fx.StoreAsync(kind);
        Assert.Null(await store.ReadAsync(new FileKey(Guid.NewGuid(), "service-requests", Guid.NewGuid()), Ct));
    }
}
