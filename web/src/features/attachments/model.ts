/** The four moments a file belongs to (the API's `stage` field). */
export const ATTACHMENT_STAGES = ['Report', 'Before', 'After', 'Other'] as const
export type UploadStage = (typeof ATTACHMENT_STAGES)[number]

/** What the gallery needs of an attachment: the GraphQL `Attachment` type fits, and so does an upload's answer with its url. */
export interface GalleryAttachment {
  id: string
  fileName: string
  contentType: string
  /** API-relative path, "/attachments/<id>". */
  url: string
}

/** The upload endpoint's answer (201). */
export interface UploadedAttachment {
  id: string
  stage: UploadStage
  fileName: string
  contentType: string
  size: number
}

/** The API's default upload limit (Attachments:MaxBytes): checked in the browser first so a phone does not send 30 MB for nothing. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024

/** Photos and PDFs; the API decides by content, this only narrows the phone's picker. */
export const ACCEPT = 'image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf'

export const isPdf = (a: { contentType: string }) => a.contentType === 'application/pdf'
export const isImageFile = (f: File) => f.type.startsWith('image/')

export const attachmentUrl = (id: string) => `/attachments/${id}`

/** Splits picked files into those within the limit and those too large (by name), keeping the order. */
export function withinLimit(files: File[], maxBytes: number): { accepted: File[]; tooLarge: string[] } {
  const accepted: File[] = []
  const tooLarge: string[] = []
  for (const f of files) {
    if (f.size > maxBytes) tooLarge.push(f.name)
    else accepted.push(f)
  }
  return { accepted, tooLarge }
}

export const megabytes = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10
