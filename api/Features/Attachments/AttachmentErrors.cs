namespace PropertySaaS.Api.Features.Attachments;

/// <summary>Refusals of an uploaded file, whatever it is attached to (each its own schema type and REST problem type).</summary>
public static class AttachmentErrors
{
    public static readonly ErrorKind Empty = ErrorKind.Invalid("AttachmentEmpty", "ATT_EMPTY", "The upload has no file, or the file is empty.");
    public static readonly ErrorKind TooLarge = ErrorKind.Invalid("AttachmentTooLarge", "ATT_TOO_LARGE", "The file is larger than the upload limit.");
    public static readonly ErrorKind TypeRefused = ErrorKind.Invalid("AttachmentTypeRefused", "ATT_TYPE_REFUSED",
        "Only photos (JPEG, PNG, WebP, HEIC) and PDF documents are accepted; the file's content decides, not its name.");
    public static readonly ErrorKind Unreadable = ErrorKind.Invalid("AttachmentUnreadable", "ATT_UNREADABLE",
        "The file looks like a photo or PDF but cannot be read (damaged, truncated, or a format this server cannot decode).");
}
