import { useCallback, useState } from 'react'
import { errorMessage } from '@/shared/api/graphql'
import { useUploadFile } from '@/shared/api/upload'

export type PhotoStage = 'Report' | 'Before' | 'After' | 'Other'

export interface PhotoResult {
  name: string
  error?: string
}

/**
 * Uploads photos to a request that already exists (`POST /service-requests/{id}/attachments`, the attachment contract);
 * each photo succeeds or fails on its own, and a failure never undoes the request.
 */
export function useUploadPhotos() {
  const upload = useUploadFile()
  const [results, setResults] = useState<PhotoResult[]>([])
  const uploadAll = useCallback(
    async (requestId: string, files: File[], stage: PhotoStage) => {
      const done: PhotoResult[] = []
      for (const file of files) {
        try {
          await upload(`/service-requests/${requestId}/attachments`, file, file.name, { stage })
          done.push({ name: file.name })
        } catch (error) {
          done.push({ name: file.name, error: errorMessage(error) })
        }
      }
      setResults(done)
      return done
    },
    [upload],
  )
  return { results, uploadAll, clear: () => setResults([]) }
}

