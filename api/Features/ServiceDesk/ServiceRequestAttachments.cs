using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PropertySaaS.Api.Features.Attachments;
using PropertySaaS.Api.GraphQL;

namespace PropertySaaS.Api.Features.ServiceDesk;

/// <summary>The refusals of a request's attachments (the file's own refusals are <see cref="AttachmentErrors"/>).</summary>
public static class ServiceRequestAttachmentErrors
{
    public static readonly ErrorKind RequestClosed = ErrorKind.Conflict("AttachmentRequestClosed", "SR_ATTACHMENT_CLOSED",
        "A closed or cancelled request takes no new files; staff reopen it first.");
    public static readonly ErrorKind NotOfRequest = ErrorKind.Conflict("AttachmentNotOfRequest", "SR_ATTACHMENT_NOT_OF_REQUEST",
        "A referenced photo is not an attachment of this request.");
}

public sealed record UploadAttachmentInput(Guid RequestId, string? Stage, string? FileName, byte[]? Content);

/// <summary>
/// Adds a photo or PDF to a request (issue 15 §7, §8): whoever may see the request (its household's residents, staff of
/// its estate) while it is open; the file is checked and made safe by <see cref="UploadedFiles"/>, stored under the
/// company's key, then recorded. A refusal stores nothing.
/// </summary>
public static class UploadServiceRequestAttachment
{
    public const string Area = "service-requests";

    public static readonly UseCase<UploadAttachmentInput, ServiceRequestAttachment> UseCase = new(Access.CompanyMembers, RunAsync);

    public static async Task<Payload<ServiceRequestAttachment>> RunAsync(RequestContext rc, UploadAttachmentInput i, CancellationToken ct)
    {
        var check = new Check(rc.Culture);
        var request = await ServiceDeskScope.Requests(rc).AsNoTracking().Where(r => r.Id == i.RequestId).Select(r => new { r.Id, r.Status }).SingleOrDefaultAsync(ct);
        // Not yours answers like does not exist, before anything about the file is said.
        if (request is null) return Payload<ServiceRequestAttachment>.Fail(check.Missing("requestId", "NOT_FOUND", "entity.serviceRequest"));
        // By name only: "1" is not a stage.
        var stage = Enum.GetValues<AttachmentStage>().FirstOrDefault(s => s.ToString() == i.Stage);
        if (stage.ToString() != i.Stage) check.Invalid("stage", "ATT_STAGE_INVALID");
        if (request.Status is ServiceRequestStatus.Closed or ServiceRequestStatus.Cancelled) check.Fail(ServiceRequestAttachmentErrors.RequestClosed, "requestId");
        var options = rc.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value;
        var (file, refused) = UploadedFiles.Accept(i.Content ?? [], i.FileName, options);
        if (refused is not null) check.Fail(refused, "file", MegaBytes(options.MaxBytes));
        if (check.Failed) return Payload<ServiceRequestAttachment>.Fail(check);

        var a = new ServiceRequestAttachment
        {
            RequestId = request.Id, Stage = stage, FileName = file!.FileName, ContentType = file.ContentType, Size = file.Content.Length,
            UploadedAt = rc.Now, UploadedBy = rc.Viewer.UserId, UploadedByName = rc.Viewer.Name,
        };
        var store = rc.Services.GetRequiredService<IFileStore>();
        var key = FileKey.Of(rc.Tenant!, Area, a.Id);
        await store.PutAsync(key, file.Content, file.ContentType, ct);
        try
        {
            rc.Db.ServiceRequestAttachments.Add(a);
            await rc.Db.SaveChangesAsync(ct);
        }
        catch
        {
            // No row, no file: a failed save leaves nothing behind.
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }
        return Payload<ServiceRequestAttachment>.Ok(a);
    }

    public static string MegaBytes(long bytes) => (bytes / (1024m * 1024m)).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Reads of a request's attachments, always through the request's scope.</summary>
public static class ServiceRequestAttachmentQueries
{
    /// <summary>The attachments the caller may see: those of requests in <see cref="ServiceDeskScope.Requests"/>.</summary>
    public static IQueryable<ServiceRequestAttachment> Visible(RequestContext rc)
    {
        var requests = ServiceDeskScope.Requests(rc).Select(r => r.Id);
        return rc.Db.Set<ServiceRequestAttachment>().Where(a => requests.Contains(a.RequestId));
    }

    public static string Url(Guid attachmentId) => $"/attachments/{attachmentId}";

    /// <summary>
    /// Photos named by a step of the request (completion photos): every id must be an attachment of this very request;
    /// any other id — another request's, another company's, unknown — is refused alike.
    /// </summary>
    public static async Task EnsureOfRequestAsync(RequestContext rc, Guid requestId, IReadOnlyCollection<Guid>? ids, string field, CancellationToken ct)
    {
        if (ids is not { Count: > 0 }) return;
        var distinct = ids.Distinct().ToList();
        var found = await rc.Db.ServiceRequestAttachments.CountAsync(a => a.RequestId == requestId && distinct.Contains(a.Id), ct);
        if (found != distinct.Count) throw new RuleException(ServiceRequestAttachmentErrors.NotOfRequest, field);
    }
}

/// <summary>
/// REST: <c>POST /service-requests/{id}/attachments</c> (multipart: <c>stage</c>, <c>file</c>) and <c>GET /attachments/{id}</c>,
/// both through the tenant gate; refusals are problem bodies, and an attachment the caller may not see is 404 like one
/// that does not exist.
/// </summary>
public static class ServiceRequestAttachmentEndpoints
{
    /// <summary>Room for the multipart envelope and the stage field around the largest accepted file.</summary>
    private const long EnvelopeBytes = 64 * 1024;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/service-requests/{requestId:guid}/attachments", UploadAsync).RequireCompany();
        app.MapGet("/attachments/{attachmentId:guid}", ServeAsync).RequireCompany();
    }

    private static async Task<IResult> UploadAsync(Guid requestId, HttpContext http)
    {
        var rc = http.RequestContext();
        var useCase = UploadServiceRequestAttachment.UseCase;
        try { useCase.Who.Demand(rc); }
        catch (ApiException e) { return ApiProblem.Result(e); }
        var options = rc.Services.GetRequiredService<IOptions<AttachmentOptions>>().Value;
        var limit = options.MaxBytes + EnvelopeBytes;
        var tooLarge = () => ApiProblem.Result(new Check(rc.Culture).Fail(AttachmentErrors.TooLarge, "file", UploadServiceRequestAttachment.MegaBytes(options.MaxBytes)).Errors[0]);
        if (http.Request.ContentLength > limit) return await NotFoundFirstAsync(rc, requestId, tooLarge, http.RequestAborted);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;

        string? stage = null, fileName = null;
        byte[]? content = null;
        if (http.Request.HasFormContentType)
        {
            IFormCollection form;
            try { form = await http.Request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limit }, http.RequestAborted); }
            catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
            {
                return await NotFoundFirstAsync(rc, requestId, tooLarge, http.RequestAborted);
            }
            stage = form["stage"].FirstOrDefault();
            if (form.Files.GetFile("file") is { } file)
            {
                fileName = file.FileName;
                if (file.Length > options.MaxBytes) return await NotFoundFirstAsync(rc, requestId, tooLarge, http.RequestAborted);
                using var copy = new MemoryStream((int)file.Length);
                await file.CopyToAsync(copy, http.RequestAborted);
                content = copy.ToArray();
            }
        }
        var result = await useCase.Run(rc, new UploadAttachmentInput(requestId, stage, fileName, content), http.RequestAborted);
        if (result.HasErrors) return ApiProblem.Result(result.Errors.FirstOrDefault(e => e is NotFound) ?? result.Errors[0]);
        var a = result.Value!;
        return Results.Json(new { a.Id, Stage = a.Stage.ToString(), a.FileName, a.ContentType, a.Size }, statusCode: StatusCodes.Status201Created);
    }

    /// <summary>A body refused before the use case ran is still answered 404 when the request is not the caller's.</summary>
    private static async Task<IResult> NotFoundFirstAsync(RequestContext rc, Guid requestId, Func<IResult> refusal, CancellationToken ct) =>
        await ServiceDeskScope.Requests(rc).AnyAsync(r => r.Id == requestId, ct)
            ? refusal()
            : ApiProblem.Result(new Check(rc.Culture).Missing("requestId", "NOT_FOUND", "entity.serviceRequest").Errors[0]);

    private static async Task<IResult> ServeAsync(Guid attachmentId, HttpContext http)
    {
        var rc = http.RequestContext();
        try { Access.CompanyMembers.Demand(rc); }
        catch (ApiException e) { return ApiProblem.Result(e); }
        var a = await ServiceRequestAttachmentQueries.Visible(rc).AsNoTracking().SingleOrDefaultAsync(x => x.Id == attachmentId, http.RequestAborted);
        var bytes = a is null ? null : await rc.Services.GetRequiredService<IFileStore>().ReadAsync(FileKey.Of(rc.Tenant!, UploadServiceRequestAttachment.Area, a.Id), http.RequestAborted);
        if (a is null || bytes is null)
        {
            if (a is not null) rc.Services.GetRequiredService<ILogger<ServiceRequestAttachment>>().LogError("Attachment {Id} has a row but no stored file.", a.Id);
            return ApiProblem.Result(http, ErrorCodes.NotFound, "NOT_FOUND", "entity.attachment");
        }
        var headers = http.Response.Headers;
        // Private to the signed-in caller: no shared cache keeps it, no browser stores it.
        headers.CacheControl = "private, no-store";
        headers.XContentTypeOptions = "nosniff";
        var disposition = new ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(a.FileName);
        headers.ContentDisposition = disposition.ToString();
        return Results.Bytes(bytes, a.ContentType);
    }
}
