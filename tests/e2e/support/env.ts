import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** Where the portals are served (Vite). */
export const baseUrl = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/$/, '')
export const identityUrl = (process.env.E2E_IDENTITY_URL ?? 'http://localhost:5090').replace(/\/$/, '')
export const apiUrl = (process.env.E2E_API_URL ?? 'http://localhost:5080').replace(/\/$/, '')
/** Written by the API's demo seeder (api/Demo/DemoSeeder.cs). Relative paths are from tests/e2e/. */
export const demoUsersFile = resolve(here, '..', process.env.E2E_DEMO_USERS ?? '../../.data/demo-users.json')

export interface DemoMembership {
  tenant: string | null
  tenantNameZh?: string | null
  tenantNameEn?: string | null
  roles: string[]
  estates: string[]
  person: string | null
}

export interface DemoUser {
  userName: string
  displayName: string
  password: string
  totpSecret: string | null
  memberships: DemoMembership[]
}

let cache: DemoUser[] | undefined

export function demoUsers(): DemoUser[] {
  cache ??= JSON.parse(readFileSync(demoUsersFile, 'utf8')) as DemoUser[]
  return cache
}

export function demoUser(userName: string): DemoUser {
  const user = demoUsers().find((u) => u.userName === userName)
  if (!user) throw new Error(`demo user ${userName} is not in ${demoUsersFile}`)
  return user
}

/** The first demo user matching the predicate (e.g. the user with two companies). */
export function findDemoUser(predicate: (u: DemoUser) => boolean, what: string): DemoUser {
  const user = demoUsers().find(predicate)
  if (!user) throw new Error(`no demo user ${what} in ${demoUsersFile}`)
  return user
}
