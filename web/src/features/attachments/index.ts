export { AttachmentGallery } from './AttachmentGallery'
export { PhotoPicker, type PhotoPickerProps } from './PhotoPicker'
export { useUploadAttachments } from './useUploadAttachments'
export { ATTACHMENT_STAGES, attachmentUrl, DEFAULT_MAX_BYTES, type GalleryAttachment, type UploadedAttachment, type UploadStage } from './model'
