import { config } from '@/shared/config/env'

/**
 * The API's file links (receiptUrl "/receipts/<id>") are relative to the API's root, which is the GraphQL
 * endpoint's address without "/graphql" (kept as a prefix when the API sits under a path).
 */
export function apiFileUrl(path: string, apiUrl: string = config.apiUrl): string {
  if (/^https?:\/\//.test(path)) return path
  const root = apiUrl.replace(/\/graphql\/?$/, '').replace(/\/$/, '')
  return `${root}${path.startsWith('/') ? '' : '/'}${path}`
}

/** GETs an API file with the bearer token (a plain link cannot send it) and saves it under `fileName`. */
export async function downloadApiFile(
  path: string,
  fileName: string,
  options: { token?: string; language: string; fetchImpl?: typeof fetch },
): Promise<void> {
  const headers: Record<string, string> = { 'Accept-Language': options.language }
  if (options.token) headers.Authorization = `Bearer ${options.token}`
  const response = await (options.fetchImpl ?? fetch)(apiFileUrl(path), { headers })
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  const blob = await response.blob()
  const url = URL.createObjectURL(blob)
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
  } finally {
    // The click has handed the blob to the browser; revoke later so slow browsers still read it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }
}
