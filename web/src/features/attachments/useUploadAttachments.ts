import { useCallback } from 'react'
import { useUploadFile } from '@/shared/api/upload'
import type { UploadedAttachment, UploadStage } from './model'

/**
 * Uploads picked files to a service request one after another (POST /service-requests/{id}/attachments) and returns
 * what the API stored; the first refusal is thrown as the API's ApiError (typed code, localised message).
 */
export function useUploadAttachments() {
  const upload = useUploadFile()
  return useCallback(
    async (requestId: string, stage: UploadStage, files: File[]): Promise<UploadedAttachment[]> => {
      const stored: UploadedAttachment[] = []
      for (const file of files)
        stored.push(await upload<UploadedAttachment>(`/service-requests/${requestId}/attachments`, file, file.name, { stage }))
      return stored
    },
    [upload],
  )
}
