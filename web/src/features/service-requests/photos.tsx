import { CameraOutlined } from '@ant-design/icons'
import { Button, Flex, List, Typography } from 'antd'
import { useRef } from 'react'
import { useTranslation } from 'react-i18next'
import type { PhotoResult } from './usePhotoUpload'

/** Photos straight from the phone's camera (or gallery), kept until the request they belong to exists. */
export function PhotoInput({ files, onChange, testId }: { files: File[]; onChange: (files: File[]) => void; testId?: string }) {
  const { t } = useTranslation()
  const input = useRef<HTMLInputElement>(null)
  return (
    <Flex vertical gap={4}>
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        data-testid={testId ?? 'photo-input'}
        onChange={(e) => {
          onChange([...files, ...Array.from(e.target.files ?? [])])
          e.target.value = ''
        }}
      />
      <Button icon={<CameraOutlined />} onClick={() => input.current?.click()}>
        {t('serviceRequests.photos.add')}
      </Button>
      {files.map((f, n) => (
        <Flex key={`${f.name}-${n}`} justify="space-between" align="center">
          <Typography.Text ellipsis style={{ maxWidth: 220 }}>
            {f.name}
          </Typography.Text>
          <Button type="link" size="small" onClick={() => onChange(files.filter((_, i) => i !== n))}>
            {t('serviceRequests.photos.remove')}
          </Button>
        </Flex>
      ))}
    </Flex>
  )
}

/** What happened to each photo: uploaded, or the API's reason it was not. */
export function PhotoResults({ results }: { results: PhotoResult[] }) {
  const { t } = useTranslation()
  if (results.length === 0) return null
  return (
    <List
      size="small"
      data-testid="photo-results"
      dataSource={results}
      renderItem={(r) => (
        <List.Item>
          <Typography.Text type={r.error ? 'danger' : 'success'}>
            {r.name}: {r.error ? t('serviceRequests.photos.failed', { reason: r.error }) : t('serviceRequests.photos.uploaded')}
          </Typography.Text>
        </List.Item>
      )}
    />
  )
}
