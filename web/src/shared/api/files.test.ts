import { describe, expect, it } from 'vitest'
import { apiFileUrl, problemError } from './files'

describe('apiFileUrl', () => {
  it('resolves an API-relative path against the API origin, not the GraphQL path', () => {
    expect(apiFileUrl('/receipts/abc', 'http://localhost:5080/graphql')).toBe('http://localhost:5080/receipts/abc')
    expect(apiFileUrl('/receipts/abc', 'https://api.example.cn/graphql')).toBe('https://api.example.cn/receipts/abc')
  })
})

describe('problemError', () => {
  it('carries the code and localised title of the API problem body', async () => {
    const body = JSON.stringify({ status: 404, code: 'NOT_FOUND', title: '找不到收款记录。' })
    const error = await problemError(new Response(body, { status: 404, headers: { 'Content-Type': 'application/problem+json' } }))
    expect(error.code).toBe('NOT_FOUND')
    expect(error.message).toBe('找不到收款记录。')
    expect(error.status).toBe(404)
  })

  it('falls back to the status when the body is not a problem', async () => {
    const error = await problemError(new Response('<html>', { status: 403 }))
    expect(error.code).toBe('FORBIDDEN')
  })
})
