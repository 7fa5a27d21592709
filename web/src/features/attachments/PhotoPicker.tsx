import { CameraOutlined, CloseOutlined, FilePdfOutlined, PictureOutlined } from '@ant-design/icons'
import { Alert, Button, Space, Typography } from 'antd'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ACCEPT, DEFAULT_MAX_BYTES, isImageFile, megabytes, withinLimit } from './model'

export interface PhotoPickerProps {
  /** The files picked so far (controlled). */
  value: File[]
  onChange: (files: File[]) => void
  /** Largest file accepted, in bytes; larger ones are refused here, before any upload (default 10 MB, the API's limit). */
  maxBytes?: number
  /** At most this many files in all (default 9). */
  maxFiles?: number
  disabled?: boolean
}

function Preview({ file, onRemove, disabled }: { file: File; onRemove: () => void; disabled?: boolean }) {
  const { t } = useTranslation()
  const url = useMemo(() => (isImageFile(file) ? URL.createObjectURL(file) : null), [file])
  useEffect(() => () => { if (url) URL.revokeObjectURL(url) }, [url])
  return (
    <div data-testid="photo-preview" style={{ position: 'relative', width: 88, height: 88, border: '1px solid #d9d9d9', borderRadius: 6, overflow: 'hidden' }}>
      {url ? (
        <img src={url} alt={file.name} style={{ width: '100%', height: '100%', objectFit: 'cover' }} />
      ) : (
        <Space direction="vertical" align="center" style={{ width: '100%', paddingTop: 12 }}>
          <FilePdfOutlined style={{ fontSize: 24 }} />
          <Typography.Text ellipsis style={{ maxWidth: 80, fontSize: 12 }}>{file.name}</Typography.Text>
        </Space>
      )}
      <Button size="small" shape="circle" icon={<CloseOutlined />} disabled={disabled} onClick={onRemove}
        aria-label={t('attachments.picker.remove', { name: file.name })} style={{ position: 'absolute', top: 2, right: 2 }} />
    </div>
  )
}

/**
 * Picks photos on a phone: straight from the camera or from the gallery (several at once), with previews and removal.
 * Files over the size limit are refused here with a message, so nobody waits for an upload the API would refuse.
 */
export function PhotoPicker({ value, onChange, maxBytes = DEFAULT_MAX_BYTES, maxFiles = 9, disabled }: PhotoPickerProps) {
  const { t } = useTranslation()
  const camera = useRef<HTMLInputElement>(null)
  const gallery = useRef<HTMLInputElement>(null)
  const [refused, setRefused] = useState<string[]>([])
  const full = value.length >= maxFiles

  const add = (list: FileList | null) => {
    const { accepted, tooLarge } = withinLimit(Array.from(list ?? []), maxBytes)
    setRefused(tooLarge)
    if (accepted.length > 0) onChange([...value, ...accepted].slice(0, maxFiles))
  }
  const input = (ref: React.RefObject<HTMLInputElement | null>, testId: string, capture: boolean) => (
    <input ref={ref} type="file" hidden accept={capture ? 'image/*' : ACCEPT} multiple={!capture} data-testid={testId}
      {...(capture ? { capture: 'environment' } : {})}
      onChange={(e) => { add(e.target.files); e.target.value = '' }} />
  )

  return (
    <Space direction="vertical" size="small" style={{ width: '100%' }}>
      <Space wrap size="small">
        {value.map((f, i) => (
          <Preview key={`${f.name}-${f.size}-${f.lastModified}-${i}`} file={f} disabled={disabled}
            onRemove={() => onChange(value.filter((_, j) => j !== i))} />
        ))}
      </Space>
      <Space wrap>
        <Button icon={<CameraOutlined />} disabled={disabled || full} onClick={() => camera.current?.click()}>{t('attachments.picker.camera')}</Button>
        <Button icon={<PictureOutlined />} disabled={disabled || full} onClick={() => gallery.current?.click()}>{t('attachments.picker.gallery')}</Button>
      </Space>
      {input(camera, 'photo-picker-camera', true)}
      {input(gallery, 'photo-picker-gallery', false)}
      <Typography.Text type="secondary">{t('attachments.picker.hint', { count: maxFiles, mb: megabytes(maxBytes) })}</Typography.Text>
      {refused.length > 0 && (
        <Alert type="error" showIcon role="alert" message={t('attachments.picker.tooLarge', { names: refused.join('、'), mb: megabytes(maxBytes) })} />
      )}
    </Space>
  )
}
