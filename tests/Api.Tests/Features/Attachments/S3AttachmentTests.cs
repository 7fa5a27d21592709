using System.Net;
using System.Net.Http.Headers;
using PropertySaaS.Api.Features.Attachments;
using SkiaSharp;

namespace PropertySaaS.Api.Tests.Features.Attachments;

/// <summary>The API configured for several replicas: uploads go to the S3-compatible store (moto's server) under the company's key.</summary>
public sealed class S3AttachmentTests(S3AttachmentTests.Fixture fx) : IClassFixture<S3AttachmentTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public MotoServer Moto { get; private set; } = null!;
        public S3ApiFactory? Api { get; private set; }

        public async ValueTask InitializeAsync()
        {
            Moto = await MotoServer.StartAsync();
            if (Moto.Url is { } url) Api = new S3ApiFactory(url);
        }

        public async ValueTask DisposeAsync()
        {
            if (Api is not null) await Api.DisposeAsync();
            await Moto.DisposeAsync();
        }
    }

    public sealed class S3ApiFactory(string url) : ApiFactory
    {
        public const string Bucket = "psaas-api-test";
        protected override IDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>
        {
            ["Attachments:Store"] = "S3", ["Attachments:S3:ServiceUrl"] = url, ["Attachments:S3:Bucket"] = Bucket,
            ["Attachments:S3:AccessKey"] = "test", ["Attachments:S3:SecretKey"] = "test", ["Attachments:S3:CreateBucket"] = "true",
        };
    }

    [Fact]
    public async Task An_upload_is_stored_in_the_object_store_under_its_company_and_served_back()
    {
        var url = fx.Moto.Require();
        var api = fx.Api!;
        var t = await api.CompanyAsync("s3-" + Guid.NewGuid().ToString("N")[..6]);
        await using (var db = api.Open(t))
        {
            var b = new RegistryBuilder(db);
            var unit = b.Unit(b.Building(b.Estate("云园"), "1栋"), "101");
            b.Owner(unit, b.Person("业主"));
            await b.SaveAsync();
        }
        Guid estate;
        await using (var db = api.Open(t)) estate = db.Estates.Single().Id;
        var desk = TestTokens.For(t.Slug, ["front_desk"], [estate], user: "desk-s3");
        Guid unitId;
        await using (var db = api.Open(t)) unitId = db.Units.Single().Id;
        var recorded = await api.Client(desk).PostAsync("mutation($i: RecordServiceRequestInput!) { recordServiceRequest(input: $i) { serviceRequest { id } errors { message } } }",
            new { i = new { estateId = estate, unitId, type = "REPAIR", channel = "PHONE", description = "灯坏了", contactName = "业主", contactPhone = "13800000002" } });
        var id = recorded.AssertNoErrors().Data["recordServiceRequest"]!["serviceRequest"]!["id"]!.GetValue<string>();

        using var form = new MultipartFormDataContent { { new StringContent("Before"), "stage" }, { new ByteArrayContent(TestFiles.JpegWithGps()), "file", "lamp.jpg" } };
        using var post = new HttpRequestMessage(HttpMethod.Post, $"/service-requests/{id}/attachments") { Content = form };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", desk);
        using var created = await api.CreateClient().SendAsync(post);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.True(created.StatusCode == HttpStatusCode.Created, body.ToJsonString());
        var attachment = Guid.Parse(body["id"]!.GetValue<string>());

        // In the bucket under companies/<company id>/…, nowhere on the API's disk.
        var stored = await new S3FileStore(FileStoreTests.S3Options(url, S3ApiFactory.Bucket)).ReadAsync(new FileKey(t.Id, "service-requests", attachment), TestContext.Current.CancellationToken);
        Assert.NotNull(stored);
        Assert.False(TestFiles.HasApp1(stored));
        Assert.False(Directory.Exists(Path.Combine(api.Root, "files")));

        using var get = new HttpRequestMessage(HttpMethod.Get, $"/attachments/{attachment}");
        get.Headers.Authorization = new AuthenticationHeaderValue("Bearer", desk);
        using var served = await api.CreateClient().SendAsync(get);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal(stored, await served.Content.ReadAsByteArrayAsync());
        Assert.Equal(SKEncodedOrigin.TopLeft, TestFiles.Describe(stored).Origin);
    }
}
