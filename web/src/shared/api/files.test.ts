import { describe, expect, it } from 'vitest'
import { apiFileUrl } from './files'

describe('apiFileUrl', () => {
  it('resolves an API-relative path against the API origin, not the GraphQL path', () => {
    expect(apiFileUrl('/receipts/abc', 'http://localhost:5080/graphql')).toBe('http://localhost:5080/receipts/abc')
    expect(apiFileUrl('/receipts/abc', 'https://api.example.cn/graphql')).toBe('https://api.example.cn/receipts/abc')
  })
})
