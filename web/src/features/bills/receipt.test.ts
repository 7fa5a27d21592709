import { afterEach, describe, expect, it, vi } from 'vitest'
import { apiFileUrl, downloadApiFile } from './receipt'

describe('apiFileUrl', () => {
  it('puts the API-relative path under the API root, not under /graphql', () => {
    expect(apiFileUrl('/receipts/p1', 'http://localhost:5080/graphql')).toBe('http://localhost:5080/receipts/p1')
  })
  it('keeps a path prefix the API is served under', () => {
    expect(apiFileUrl('/receipts/p1', 'https://example.cn/api/graphql/')).toBe('https://example.cn/api/receipts/p1')
  })
  it('leaves absolute addresses alone', () => {
    expect(apiFileUrl('https://files.example.cn/r.pdf', 'http://localhost:5080/graphql')).toBe('https://files.example.cn/r.pdf')
  })
})

describe('downloadApiFile', () => {
  afterEach(() => vi.restoreAllMocks())

  it('sends the bearer token and saves the blob under the given name', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response('%PDF', { status: 200 }))
    URL.createObjectURL = vi.fn(() => 'blob:receipt')
    URL.revokeObjectURL = vi.fn()
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe('SJ00000001.pdf')
      expect(this.href).toBe('blob:receipt')
    })

    await downloadApiFile('/receipts/p1', 'SJ00000001.pdf', { token: 'tok', language: 'zh-CN', fetchImpl })

    const [url, init] = fetchImpl.mock.calls[0] as [string, RequestInit]
    expect(url).toMatch(/\/receipts\/p1$/)
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer tok')
    expect(click).toHaveBeenCalledOnce()
  })

  it('fails on an error status instead of saving the error page', async () => {
    const fetchImpl = vi.fn().mockResolvedValue(new Response('no', { status: 403 }))
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click')
    await expect(downloadApiFile('/receipts/p1', 'x.pdf', { language: 'en', fetchImpl })).rejects.toThrow('HTTP 403')
    expect(click).not.toHaveBeenCalled()
  })
})
