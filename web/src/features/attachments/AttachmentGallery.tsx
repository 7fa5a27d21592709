import { FilePdfOutlined, PictureOutlined } from '@ant-design/icons'
import { App, Button, Empty, Image, Skeleton, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import { useOpenApiFile } from '@/shared/api/files'
import { isPdf, type GalleryAttachment } from './model'
import { useAttachmentBlob } from './useAttachmentBlob'

const THUMB = 96

function Thumbnail({ attachment }: { attachment: GalleryAttachment }) {
  const { t } = useTranslation()
  const blob = useAttachmentBlob(attachment.url)
  if (blob.status === 'loading') return <Skeleton.Image active style={{ width: THUMB, height: THUMB }} />
  if (blob.status === 'error')
    return (
      <div role="img" aria-label={t('attachments.gallery.unavailable', { name: attachment.fileName })} title={blob.message}
        style={{ width: THUMB, height: THUMB, display: 'grid', placeItems: 'center', background: '#f5f5f5' }}>
        <PictureOutlined />
      </div>
    )
  return (
    <Image src={blob.url} alt={attachment.fileName} width={THUMB} height={THUMB} style={{ objectFit: 'cover' }}
      preview={{ mask: t('attachments.gallery.enlarge') }} />
  )
}

function PdfLink({ attachment }: { attachment: GalleryAttachment }) {
  const { t } = useTranslation()
  const open = useOpenApiFile()
  const { message } = App.useApp()
  return (
    <Button icon={<FilePdfOutlined />} aria-label={t('attachments.gallery.openPdf', { name: attachment.fileName })}
      onClick={() => open(attachment.url).catch((e: unknown) => message.error(e instanceof Error ? e.message : String(e)))}>
      <Typography.Text ellipsis style={{ maxWidth: 160 }}>{attachment.fileName}</Typography.Text>
    </Button>
  )
}

/**
 * A request's photos and documents: photo thumbnails fetched with the bearer token (tap to enlarge, swipe through
 * them), PDFs as buttons that open the document in a new tab.
 */
export function AttachmentGallery({ attachments }: { attachments: readonly GalleryAttachment[] }) {
  const { t } = useTranslation()
  if (attachments.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('attachments.gallery.none')} />
  const photos = attachments.filter((a) => !isPdf(a))
  const documents = attachments.filter(isPdf)
  return (
    <Space direction="vertical" size="small" data-testid="attachment-gallery">
      {photos.length > 0 && (
        <Image.PreviewGroup>
          <Space wrap size="small">
            {photos.map((a) => <Thumbnail key={a.id} attachment={a} />)}
          </Space>
        </Image.PreviewGroup>
      )}
      {documents.length > 0 && (
        <Space wrap size="small">
          {documents.map((a) => <PdfLink key={a.id} attachment={a} />)}
        </Space>
      )}
    </Space>
  )
}
