import { describe, expect, it } from 'vitest'
import { readClaims } from './claims'

function jwt(payload: object): string {
  const json = new TextEncoder().encode(JSON.stringify(payload))
  const b64 = btoa(String.fromCharCode(...json)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
  return `eyJhbGciOiJSUzI1NiJ9.${b64}.sig`
}

describe('readClaims', () => {
  it('reads tenant, roles and estates from the access token, including Chinese names', () => {
    const claims = readClaims({
      access_token: jwt({ sub: 'u1', name: '张伟', tenant: 'lvcheng', role: ['front_desk', 'supervisor'], estate: 'e1' }),
      profile: { sub: 'u1', iss: '', aud: '', exp: 0, iat: 0 },
    })
    expect(claims).toMatchObject({
      sub: 'u1',
      name: '张伟',
      tenant: 'lvcheng',
      roles: ['front_desk', 'supervisor'],
      estateIds: ['e1'],
    })
  })

  it('has no tenant for the platform administrator and falls back to profile roles', () => {
    const claims = readClaims({
      access_token: 'opaque',
      profile: { sub: 'p', iss: '', aud: '', exp: 0, iat: 0, role: 'platform_admin', preferred_username: 'platform' },
    })
    expect(claims.tenant).toBeNull()
    expect(claims.roles).toEqual(['platform_admin'])
    expect(claims.name).toBe('platform')
  })
})
