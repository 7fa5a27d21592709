import { useCallback } from 'react'
import { useAuth } from 'react-oidc-context'
import { useTranslation } from 'react-i18next'
import { apiFileUrl, problemError } from './files'
import { ApiError } from './graphql'

/**
 * Posts a file to an API REST path behind the bearer token as multipart/form-data (field `file`, plus the given
 * text fields) and returns the JSON answer. Refusals come back as the API's problem body and are thrown as an
 * ApiError with its code and localised message (docs/contracts.md).
 */
export function useUploadFile() {
  const auth = useAuth()
  const { i18n } = useTranslation()
  const token = auth.user?.access_token
  return useCallback(
    async <T,>(path: string, file: Blob, fileName: string, fields: Record<string, string> = {}): Promise<T> => {
      const body = new FormData()
      for (const [name, value] of Object.entries(fields)) body.append(name, value)
      body.append('file', file, fileName)
      const headers: Record<string, string> = { 'Accept-Language': i18n.language }
      if (token) headers.Authorization = `Bearer ${token}`
      let response: Response
      try {
        response = await fetch(apiFileUrl(path), { method: 'POST', headers, body })
      } catch (cause) {
        throw new ApiError('NETWORK', cause instanceof Error ? cause.message : String(cause))
      }
      if (!response.ok) throw await problemError(response)
      return (await response.json()) as T
    },
    [token, i18n.language],
  )
}
