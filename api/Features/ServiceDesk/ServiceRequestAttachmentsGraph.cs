using GraphQL.Types;

namespace PropertySaaS.Api.Features.ServiceDesk;

public sealed class AttachmentStageEnum : EnumerationGraphType<AttachmentStage> { public AttachmentStageEnum() { Name = "AttachmentStage"; } }

public sealed class AttachmentGraphType : ObjectGraphType<ServiceRequestAttachment>
{
    public AttachmentGraphType()
    {
        Name = "Attachment";
        Description = "附件 — a photo (stored as JPEG without location data) or PDF of a service request.";
        Field(x => x.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(x => x.Stage, type: typeof(NonNullGraphType<AttachmentStageEnum>));
        Field(x => x.FileName);
        Field(x => x.ContentType);
        Field<NonNullGraphType<IntGraphType>>("size").Description("Bytes as stored.").Resolve(c => (int)c.Source.Size);
        Field(x => x.UploadedAt);
        Field<NonNullGraphType<StringGraphType>>("url").Description("API-relative path serving the file behind the bearer token: /attachments/<id>.")
            .Resolve(c => ServiceRequestAttachmentQueries.Url(c.Source.Id));
    }
}
