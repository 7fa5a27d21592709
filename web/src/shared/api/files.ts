import { useCallback } from 'react'
import { useAuth } from 'react-oidc-context'
import { useTranslation } from 'react-i18next'
import { config } from '@/shared/config/env'
import { ApiError } from './graphql'

/** An API-relative path such as "/receipts/<id>" resolved against the API's origin (VITE_API_URL). */
export function apiFileUrl(path: string, apiUrl: string = config.apiUrl): string {
  return new URL(path, apiUrl).toString()
}

/**
 * The API's REST error body (application/problem+json `{ status, code, title }`, docs/contracts.md) as an ApiError
 * with the API's code and localised message; a body that is not one falls back to the HTTP status.
 */
export async function problemError(response: Response): Promise<ApiError> {
  try {
    const problem = (await response.json()) as { code?: unknown; title?: unknown }
    if (typeof problem.code === 'string' && typeof problem.title === 'string')
      return new ApiError(problem.code, problem.title, response.status)
  } catch {
    // not JSON: fall through
  }
  return new ApiError(response.status === 403 ? 'FORBIDDEN' : 'HTTP', `HTTP ${response.status}`, response.status)
}

/**
 * A file the API serves behind the bearer token (receipts, attachments), as a blob; refusals are thrown as the
 * ApiError of the problem body.
 */
export async function fetchApiFile(path: string, token: string | undefined, language: string, signal?: AbortSignal): Promise<Blob> {
  const headers: Record<string, string> = { 'Accept-Language': language }
  if (token) headers.Authorization = `Bearer ${token}`
  let response: Response
  try {
    response = await fetch(apiFileUrl(path), { headers, signal })
  } catch (cause) {
    throw new ApiError('NETWORK', cause instanceof Error ? cause.message : String(cause))
  }
  if (!response.ok) throw await problemError(response)
  return response.blob()
}

/**
 * Opens a document the API serves behind the bearer token (receipt PDFs): a plain link cannot send the token,
 * so it is fetched, turned into a blob URL and shown in a new tab. The tab is opened before the request, while
 * the click still counts as a user gesture, so pop-up blockers let it through.
 */
export function useOpenApiFile() {
  const auth = useAuth()
  const { i18n } = useTranslation()
  const token = auth.user?.access_token
  return useCallback(
    async (path: string) => {
      const tab = window.open('', '_blank')
      try {
        const url = URL.createObjectURL(await fetchApiFile(path, token, i18n.language))
        if (tab) tab.location.href = url
        else window.location.assign(url)
        // The tab has loaded the document by then; the blob need not live longer.
        setTimeout(() => URL.revokeObjectURL(url), 60_000)
      } catch (error) {
        tab?.close()
        throw error
      }
    },
    [token, i18n.language],
  )
}
