import { describe, expect, it, vi } from 'vitest'
import { ApiError, graphqlRequest } from './graphql'

function respond(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }))
}

describe('graphqlRequest', () => {
  it('sends the bearer token, the UI language and the GraphQL-over-HTTP accept header', async () => {
    const fetchImpl = respond(200, { data: { me: { name: '张伟' } } })
    const data = await graphqlRequest<{ me: { name: string } }>('{ me { name } }', undefined, {
      token: 'tok',
      language: 'en',
      url: 'http://api/graphql',
      fetchImpl,
    })
    expect(data.me.name).toBe('张伟')
    const [, init] = fetchImpl.mock.calls[0] as unknown as [string, RequestInit]
    const headers = init.headers as Record<string, string>
    expect(headers.Authorization).toBe('Bearer tok')
    expect(headers['Accept-Language']).toBe('en')
    expect(headers.Accept).toBe('application/graphql-response+json, application/json')
  })

  it('throws the localised message and code of the first error', async () => {
    const fetchImpl = respond(200, {
      data: null,
      errors: [{ message: '您无权执行此操作', extensions: { code: 'FORBIDDEN' } }],
    })
    const error = await graphqlRequest('{ x }', {}, { language: 'zh-CN', url: 'u', fetchImpl }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('FORBIDDEN')
    expect((error as ApiError).message).toBe('您无权执行此操作')
  })

  it('maps HTTP 401 without a GraphQL body to UNAUTHENTICATED', async () => {
    const fetchImpl = vi.fn(async () => new Response('', { status: 401 }))
    const error = await graphqlRequest('{ x }', {}, { language: 'zh-CN', url: 'u', fetchImpl }).catch((e: unknown) => e)
    expect((error as ApiError).code).toBe('UNAUTHENTICATED')
  })

  it('reports an unreachable API as NETWORK', async () => {
    const fetchImpl = vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    })
    const error = await graphqlRequest('{ x }', {}, { language: 'zh-CN', url: 'u', fetchImpl }).catch((e: unknown) => e)
    expect((error as ApiError).code).toBe('NETWORK')
  })
})
