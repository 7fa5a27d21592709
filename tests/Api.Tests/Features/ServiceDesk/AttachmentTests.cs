using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using PropertySaaS.Api.Data;
using PropertySaaS.Api.Features.ServiceDesk;
using PropertySaaS.Api.Tenancy;
using SkiaSharp;

namespace PropertySaaS.Api.Tests.Features.ServiceDesk;

/// <summary>Photos and documents of service requests through the REST endpoints and GraphQL, over real databases and the real file store.</summary>
public sealed class AttachmentTests(AttachmentTests.Fixture fx) : IClassFixture<AttachmentTests.Fixture>
{
    public sealed class Fixture : IAsyncLifetime
    {
        public ApiFactory Api { get; } = new();
        public ValueTask InitializeAsync() => ValueTask.CompletedTask;
        public ValueTask DisposeAsync() => Api.DisposeAsync();
    }

    /// <summary>Estate 1 (unit 101 of resident A, 102 of resident B), estate 2; the front desk of each estate; another company's administrator.</summary>
    private sealed record World(Tenant Tenant, Guid Estate, Guid Unit101, string Desk, string Desk2, string ResidentA, string ResidentB, string Stranger);

    private async Task<World> WorldAsync()
    {
        var t = await fx.Api.CompanyAsync("att-" + Guid.NewGuid().ToString("N")[..6]);
        var other = await fx.Api.CompanyAsync("att-x-" + Guid.NewGuid().ToString("N")[..6]);
        await using var db = fx.Api.Open(t);
        var b = new RegistryBuilder(db);
        var estate = b.Estate("附件园");
        var estate2 = b.Estate("隔壁园");
        var building = b.Building(estate, "1栋");
        var u101 = b.Unit(building, "101");
        var u102 = b.Unit(building, "102");
        var a = b.Person("业主甲");
        var bb = b.Person("业主乙");
        b.Owner(u101, a);
        b.Owner(u102, bb);
        await b.SaveAsync();
        return new World(t, estate.Id, u101.Id,
            TestTokens.For(t.Slug, ["front_desk"], [estate.Id], user: "desk-" + t.Slug), TestTokens.For(t.Slug, ["front_desk"], [estate2.Id], user: "desk2-" + t.Slug),
            TestTokens.For(t.Slug, ["resident"], person: a.Id, user: "res-a-" + t.Slug), TestTokens.For(t.Slug, ["resident"], person: bb.Id, user: "res-b-" + t.Slug),
            TestTokens.For(other.Slug, ["company_admin"], user: "admin-" + other.Slug));
    }

    private async Task<string> ReportAsync(World w)
    {
        var r = await fx.Api.Client(w.ResidentA).PostAsync("mutation($i: ReportServiceRequestInput!) { reportServiceRequest(input: $i) { serviceRequest { id } errors { code } } }",
            new { i = new { unitId = w.Unit101, type = "REPAIR", description = "卫生间漏水" } });
        return r.AssertNoErrors().Data["reportServiceRequest"]!["serviceRequest"]!["id"]!.GetValue<string>();
    }

    private sealed record Answer(HttpStatusCode Status, JsonNode? Json, string Text);

    private async Task<Answer> UploadAsync(string token, string requestId, string? stage, byte[] bytes, string fileName, string declared = "image/jpeg", string language = "zh-CN")
    {
        using var form = new MultipartFormDataContent();
        if (stage is not null) form.Add(new StringContent(stage), "stage");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(declared);
        form.Add(file, "file", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/service-requests/{requestId}/attachments") { Content = form };
        return await SendAsync(request, token, language);
    }

    private async Task<Answer> SendAsync(HttpRequestMessage request, string token, string language = "zh-CN")
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd(language);
        using var response = await fx.Api.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try { json = JsonNode.Parse(text); } catch (System.Text.Json.JsonException) { }
        return new Answer(response.StatusCode, json, text);
    }

    private async Task<HttpResponseMessage> GetFileAsync(string token, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.AcceptLanguage.ParseAdd("zh-CN");
        return await fx.Api.CreateClient().SendAsync(request);
    }

    private async Task<int> StoredCountAsync(World w)
    {
        await using var db = fx.Api.Open(w.Tenant);
        var rows = await db.ServiceRequestAttachments.CountAsync();
        var dir = Path.Combine(fx.Api.Root, "files", "companies", w.Tenant.Id.ToString("N"));
        var files = Directory.Exists(dir) ? Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Count() : 0;
        Assert.Equal(rows, files);
        return rows;
    }

    [Fact]
    public async Task A_residents_camera_photo_is_stored_without_location_and_served_to_the_estates_staff_privately()
    {
        var w = await WorldAsync();
        var id = await ReportAsync(w);
        var up = await UploadAsync(w.ResidentA, id, "Report", TestFiles.JpegWithGps(), "IMG_2041.JPG");
        Assert.True(up.Status == HttpStatusCode.Created, up.Text);
        Assert.Equal(("Report", "IMG_2041.JPG", "image/jpeg"), (up.Json!["stage"]!.GetValue<string>(), up.Json["fileName"]!.GetValue<string>(), up.Json["contentType"]!.GetValue<string>()));
        var attachmentId = up.Json["id"]!.GetValue<string>();

        var listed = (await fx.Api.Client(w.Desk).PostAsync("query($id: ID!) { serviceRequest(id: $id) { attachments { id stage fileName contentType size uploadedAt url } } }", new { id }))
            .AssertNoErrors().Data["serviceRequest"]!["attachments"]!.AsArray();
        var a = Assert.Single(listed)!;
        Assert.Equal((attachmentId, "REPORT", $"/attachments/{attachmentId}"), (a["id"]!.GetValue<string>(), a["stage"]!.GetValue<string>(), a["url"]!.GetValue<string>()));
        Assert.Equal(up.Json["size"]!.GetValue<long>(), a["size"]!.GetValue<long>());

        using var served = await GetFileAsync(w.Desk, a["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/jpeg", served.Content.Headers.ContentType?.MediaType);
        Assert.True(served.Headers.CacheControl is { NoStore: true, Private: true }, served.Headers.CacheControl?.ToString());
        var bytes = await served.Content.ReadAsByteArrayAsync();
        Assert.Equal(a["size"]!.GetValue<long>(), bytes.Length);
        Assert.False(TestFiles.HasApp1(bytes));
        Assert.False(TestFiles.Contains(bytes, TestFiles.LatitudeRationals));
        // The household's resident sees it too.
        using var own = await GetFileAsync(w.ResidentA, a["url"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(1, await StoredCountAsync(w));
    }

    [Fact]
    public async Task A_png_renamed_jpg_is_taken_by_content_and_a_pdf_is_kept_as_sent()
    {
        var w = await WorldAsync();
        var id = await ReportAsync(w);
        var png = await UploadAsync(w.ResidentA, id, "Before", TestFiles.Image(30, 20, SKEncodedImageFormat.Png), "photo.jpg");
        Assert.Equal(HttpStatusCode.Created, png.Status);
        Assert.Equal("image/jpeg", png.Json!["contentType"]!.GetValue<string>());
        var pdf = await UploadAsync(w.Desk, id, "Other", TestFiles.Pdf(), "报价单.pdf", "application/octet-stream");
        Assert.Equal(HttpStatusCode.Created, pdf.Status);
        using var served = await GetFileAsync(w.ResidentA, $"/attachments/{pdf.Json!["id"]!.GetValue<string>()}");
        Assert.Equal("application/pdf", served.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TestFiles.Pdf(), await served.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Refused_uploads_are_typed_localised_and_store_nothing()
    {
        var w = await WorldAsync();
        var id = await ReportAsync(w);
        var cases = new (byte[] Bytes, string Name, string? Stage, HttpStatusCode Status, string Type)[]
        {
            (TestFiles.Exe(), "photo.jpg", "Report", HttpStatusCode.BadRequest, "AttachmentTypeRefused"),
            (new byte[10 * 1024 * 1024 + 1], "big.jpg", "Report", HttpStatusCode.BadRequest, "AttachmentTooLarge"),
            ([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 1, 2], "broken.jpg", "Report", HttpStatusCode.BadRequest, "AttachmentUnreadable"),
            ([], "empty.jpg", "Report", HttpStatusCode.BadRequest, "AttachmentEmpty"),
            (TestFiles.Image(10, 10, SKEncodedImageFormat.Png), "ok.png", "Sideways", HttpStatusCode.BadRequest, "InvalidInput"),
            (TestFiles.Image(10, 10, SKEncodedImageFormat.Png), "ok.png", null, HttpStatusCode.BadRequest, "InvalidInput"),
        };
        foreach (var (bytes, name, stage, status, type) in cases)
        {
            var zh = await UploadAsync(w.ResidentA, id, stage, bytes, name);
            Assert.True(zh.Status == status && zh.Json?["type"]?.GetValue<string>() == type, $"{name}: {zh.Status} {zh.Text}");
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh.Json!["title"]!.GetValue<string>());
            var en = await UploadAsync(w.ResidentA, id, stage, bytes, name, language: "en");
            Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", en.Json!["title"]!.GetValue<string>());
            Assert.DoesNotContain("Exception", zh.Text);
        }
        var tooLarge = await UploadAsync(w.ResidentA, id, "Report", new byte[10 * 1024 * 1024 + 1], "big.jpg", language: "en");
        Assert.Contains("10 MB", tooLarge.Json!["title"]!.GetValue<string>());
        Assert.Equal(0, await StoredCountAsync(w));
    }

    [Fact]
    public async Task A_closed_request_takes_no_files_until_staff_reopen_it()
    {
        var w = await WorldAsync();
        var id = await ReportAsync(w);
        await using (var db = fx.Api.Open(w.Tenant))
        {
            var r = await db.ServiceRequests.SingleAsync(x => x.Id == Guid.Parse(id));
            r.Status = ServiceRequestStatus.Closed;
            await db.SaveChangesAsync();
        }
        var photo = TestFiles.Image(10, 10, SKEncodedImageFormat.Jpeg);
        var refused = await UploadAsync(w.ResidentA, id, "Report", photo, "late.jpg");
        Assert.Equal((HttpStatusCode.Conflict, "AttachmentRequestClosed"), (refused.Status, refused.Json!["type"]!.GetValue<string>()));
        Assert.Equal(HttpStatusCode.Conflict, (await UploadAsync(w.Desk, id, "Other", photo, "late.jpg")).Status);
        Assert.Equal(0, await StoredCountAsync(w));

        var reopened = await fx.Api.Client(w.Desk).PostAsync("mutation($i: ServiceRequestReasonInput!) { reopenServiceRequest(input: $i) { serviceRequest { status } errors { code } } }",
            new { i = new { requestId = id, reason = "又漏了" } });
        Assert.Equal("REOPENED", reopened.AssertNoErrors().Data["reopenServiceRequest"]!["serviceRequest"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(w.ResidentA, id, "Report", photo, "again.jpg")).Status);
    }

    [Fact]
    public async Task Another_household_estate_or_company_is_answered_like_an_id_that_does_not_exist()
    {
        var w = await WorldAsync();
        var id = await ReportAsync(w);
        var up = await UploadAsync(w.ResidentA, id, "Report", TestFiles.Image(10, 10, SKEncodedImageFormat.Jpeg), "a.jpg");
        var attachment = up.Json!["id"]!.GetValue<string>();
        var photo = TestFiles.Image(10, 10, SKEncodedImageFormat.Jpeg);
        string Same(Answer a, string realId) => $"{(int)a.Status} {a.Text}".Replace(realId, "<id>");
        foreach (var stranger in new[] { w.ResidentB, w.Desk2, w.Stranger })
        {
            var unknown = Guid.NewGuid().ToString();
            // Upload: to a foreign request exactly as to none (even with a file that would be refused).
            Assert.Equal(Same(await UploadAsync(stranger, unknown, "Report", photo, "x.jpg"), unknown), Same(await UploadAsync(stranger, id, "Report", photo, "x.jpg"), id));
            Assert.Equal(Same(await UploadAsync(stranger, unknown, "Report", TestFiles.Exe(), "x.jpg"), unknown), Same(await UploadAsync(stranger, id, "Report", TestFiles.Exe(), "x.jpg"), id));
            Assert.Equal(HttpStatusCode.NotFound, (await UploadAsync(stranger, id, "Report", photo, "x.jpg")).Status);
            // Serve: a foreign attachment exactly as none.
            using var theirs = await GetFileAsync(stranger, $"/attachments/{attachment}");
            using var none = await GetFileAsync(stranger, $"/attachments/{unknown}");
            Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
            Assert.Equal((await none.Content.ReadAsStringAsync()).Replace(unknown, "<id>"), (await theirs.Content.ReadAsStringAsync()).Replace(attachment, "<id>"));
        }
        Assert.Equal(1, await StoredCountAsync(w));
    }

    [Fact]
    public async Task Completion_photos_must_be_attachments_of_the_request_being_completed()
    {
        var w = await WorldAsync();
        async Task<string> RecordAsync()
        {
            var r = await fx.Api.Client(w.Desk).PostAsync("mutation($i: RecordServiceRequestInput!) { recordServiceRequest(input: $i) { serviceRequest { id } errors { code field message } } }",
                new { i = new { estateId = w.Estate, unitId = w.Unit101, type = "INQUIRY", channel = "PHONE", description = "门禁卡怎么补办", contactName = "业主甲", contactPhone = "13800000001" } });
            var payload = r.AssertNoErrors().Data["recordServiceRequest"]!;
            Assert.True(payload["serviceRequest"] is not null, payload.ToJsonString());
            return payload["serviceRequest"]!["id"]!.GetValue<string>();
        }
        var id = await RecordAsync();
        var other = await RecordAsync();
        var photo = TestFiles.Image(10, 10, SKEncodedImageFormat.Jpeg);
        var mine = (await UploadAsync(w.Desk, id, "After", photo, "mine.jpg")).Json!["id"]!.GetValue<string>();
        var theirs = (await UploadAsync(w.Desk, other, "After", photo, "theirs.jpg")).Json!["id"]!.GetValue<string>();
        const string Complete = "mutation($i: CompleteServiceRequestInput!) { completeServiceRequest(input: $i) { serviceRequest { status } errors { __typename code field message } } }";

        foreach (var foreign in new[] { theirs, Guid.NewGuid().ToString() })
        {
            var refused = (await fx.Api.Client(w.Desk).PostAsync(Complete, new { i = new { requestId = id, notes = "已答复", photoIds = new[] { mine, foreign } } }))
                .AssertNoErrors().Data["completeServiceRequest"]!;
            Assert.Null(refused["serviceRequest"]);
            Assert.Equal(("AttachmentNotOfRequest", "photoIds"), (refused["errors"]![0]!["__typename"]!.GetValue<string>(), refused["errors"]![0]!["field"]!.GetValue<string>()));
        }
        var status = (await fx.Api.Client(w.Desk).PostAsync("query($id: ID!) { serviceRequest(id: $id) { status } }", new { id })).AssertNoErrors().Data["serviceRequest"]!["status"]!.GetValue<string>();
        Assert.Equal("RECEIVED", status);
        var done = (await fx.Api.Client(w.Desk).PostAsync(Complete, new { i = new { requestId = id, notes = "已答复", photoIds = new[] { mine } } })).AssertNoErrors().Data["completeServiceRequest"]!;
        Assert.Equal("COMPLETED", done["serviceRequest"]!["status"]!.GetValue<string>());
    }
}
