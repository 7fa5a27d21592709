import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { App } from 'antd'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import i18n from '@/shared/i18n'
import { AttachmentGallery, PhotoPicker } from './index'
import { withinLimit } from './model'

vi.setConfig({ testTimeout: 30_000 })
vi.mock('react-oidc-context', () => ({ useAuth: () => ({ user: { access_token: 'tok' } }) }))

let blobUrls = 0
const revoked: string[] = []
beforeEach(async () => {
  await i18n.changeLanguage('zh-CN')
  blobUrls = 0
  revoked.length = 0
  vi.stubGlobal('URL', Object.assign(URL, {
    createObjectURL: vi.fn(() => `blob:test/${++blobUrls}`),
    revokeObjectURL: vi.fn((u: string) => void revoked.push(u)),
  }))
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const file = (name: string, size: number, type = 'image/jpeg') => new File([new Uint8Array(size)], name, { type })

function Picker({ maxBytes, onChange }: { maxBytes?: number; onChange?: (f: File[]) => void }) {
  const [files, setFiles] = useState<File[]>([])
  return <PhotoPicker value={files} maxBytes={maxBytes} onChange={(f) => { setFiles(f); onChange?.(f) }} />
}

describe('PhotoPicker', () => {
  it('offers the camera and the gallery, previews what was picked and removes one', () => {
    const changes: File[][] = []
    render(<Picker onChange={(f) => changes.push(f)} />)
    expect(screen.getByTestId('photo-picker-camera')).toHaveAttribute('capture', 'environment')
    expect(screen.getByTestId('photo-picker-gallery')).toHaveAttribute('multiple')
    fireEvent.change(screen.getByTestId('photo-picker-gallery'), { target: { files: [file('厨房.jpg', 1000), file('报价.pdf', 500, 'application/pdf')] } })
    expect(screen.getAllByTestId('photo-preview')).toHaveLength(2)
    expect(screen.getByAltText('厨房.jpg')).toHaveAttribute('src', 'blob:test/1')
    fireEvent.click(screen.getByRole('button', { name: '移除 厨房.jpg' }))
    expect(screen.getAllByTestId('photo-preview')).toHaveLength(1)
    expect(changes.at(-1)!.map((f) => f.name)).toEqual(['报价.pdf'])
  })

  it('refuses a file over the limit in the browser, with a message, and keeps the others', () => {
    const changes: File[][] = []
    render(<Picker maxBytes={2000} onChange={(f) => changes.push(f)} />)
    fireEvent.change(screen.getByTestId('photo-picker-gallery'), { target: { files: [file('大图.jpg', 2001), file('小图.jpg', 2000)] } })
    expect(screen.getByRole('alert')).toHaveTextContent('大图.jpg')
    expect(changes.at(-1)!.map((f) => f.name)).toEqual(['小图.jpg'])
  })

  it('splits by size, keeping order', () => {
    expect(withinLimit([file('a', 1), file('b', 5), file('c', 2)], 2)).toMatchObject({ tooLarge: ['b'] })
    expect(withinLimit([file('a', 1), file('b', 5), file('c', 2)], 2).accepted.map((f) => f.name)).toEqual(['a', 'c'])
  })
})

describe('AttachmentGallery', () => {
  it('fetches photo thumbnails with the bearer token as blob URLs and opens a PDF in a new tab', async () => {
    const fetchMock = vi.fn<(url: string, init?: RequestInit) => Promise<Response>>(async () => new Response(new Uint8Array(4), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const tab = { location: { href: '' }, close: vi.fn() }
    vi.stubGlobal('open', vi.fn(() => tab))
    render(
      <App>
        <AttachmentGallery attachments={[
          { id: 'a1', fileName: '漏水.jpg', contentType: 'image/jpeg', url: '/attachments/a1' },
          { id: 'a2', fileName: '报价单.pdf', contentType: 'application/pdf', url: '/attachments/a2' },
        ]} />
      </App>,
    )
    const img = await screen.findByAltText('漏水.jpg')
    expect(img.getAttribute('src')).toMatch(/^blob:test\//)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toMatch(/\/attachments\/a1$/)
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer tok')

    fireEvent.click(screen.getByRole('button', { name: '打开 报价单.pdf' }))
    await waitFor(() => expect(tab.location.href).toMatch(/^blob:test\//))
    expect(fetchMock.mock.calls.some(([u]) => String(u).endsWith('/attachments/a2'))).toBe(true)
  })

  it('shows a placeholder, not a broken image, when the API refuses a photo', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ status: 404, code: 'NOT_FOUND', title: '找不到附件。' }), { status: 404 })))
    render(<App><AttachmentGallery attachments={[{ id: 'x', fileName: 'x.jpg', contentType: 'image/jpeg', url: '/attachments/x' }]} /></App>)
    expect(await screen.findByRole('img', { name: 'x.jpg 无法显示' })).toBeInTheDocument()
  })

  it('says so when there is nothing', () => {
    render(<AttachmentGallery attachments={[]} />)
    expect(screen.getByText('暂无照片或附件')).toBeInTheDocument()
  })
})
