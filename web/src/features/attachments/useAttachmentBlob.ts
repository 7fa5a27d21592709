import { useEffect, useState } from 'react'
import { useAuth } from 'react-oidc-context'
import { useTranslation } from 'react-i18next'
import { fetchApiFile } from '@/shared/api/files'

export type BlobState = { status: 'loading' } | { status: 'ready'; url: string } | { status: 'error'; message: string }

/**
 * A file the API serves behind the bearer token, as a blob URL for an <img>: an <img src> cannot send the token.
 * The URL is revoked when the component unmounts or the path changes.
 */
export function useAttachmentBlob(path: string | null): BlobState {
  const auth = useAuth()
  const { i18n } = useTranslation()
  const token = auth.user?.access_token
  // Kept with the path it belongs to: a new path reads as loading until its own answer arrives.
  const [result, setResult] = useState<{ path: string; state: BlobState } | null>(null)
  useEffect(() => {
    if (!path) return
    const abort = new AbortController()
    let url: string | undefined
    fetchApiFile(path, token, i18n.language, abort.signal)
      .then((blob) => {
        if (abort.signal.aborted) return
        url = URL.createObjectURL(blob)
        setResult({ path, state: { status: 'ready', url } })
      })
      .catch((error: unknown) => {
        if (!abort.signal.aborted) setResult({ path, state: { status: 'error', message: error instanceof Error ? error.message : String(error) } })
      })
    return () => {
      abort.abort()
      if (url) URL.revokeObjectURL(url)
    }
  }, [path, token, i18n.language])
  return result && result.path === path ? result.state : { status: 'loading' }
}
