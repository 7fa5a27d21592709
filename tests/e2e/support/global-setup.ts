import { existsSync } from 'node:fs'
import { apiUrl, baseUrl, demoUsersFile, identityUrl } from './env'

async function answers(url: string): Promise<string | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5_000) })
    return response.status < 500 ? null : `HTTP ${response.status}`
  } catch (error) {
    return error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)
  }
}

/** The tests need the whole system running; say clearly what is missing instead of timing out in a test. */
export default async function globalSetup() {
  const checks: [string, string][] = [
    ['identity server', `${identityUrl}/health`],
    ['API', `${apiUrl}/health`],
    ['portals (Vite)', `${baseUrl}/resident/`],
  ]
  const problems: string[] = []
  for (const [name, url] of checks) {
    const problem = await answers(url)
    if (problem) problems.push(`  ${name}: ${url} does not answer (${problem})`)
  }
  if (!existsSync(demoUsersFile)) problems.push(`  demo logins: ${demoUsersFile} does not exist (set E2E_DEMO_USERS)`)
  if (problems.length > 0) {
    throw new Error(
      [
        'The browser tests need the running system with demo data:',
        ...problems,
        'Start it with infra/dev/start (or set E2E_BASE_URL, E2E_IDENTITY_URL, E2E_API_URL, E2E_DEMO_USERS).',
      ].join('\n'),
    )
  }
}
