import { defineConfig } from '@playwright/test'
import { baseUrl } from './support/env'

/**
 * Browser tests against the running system (identity 5090, API 5080, portals 5173, demo data loaded).
 * Playwright never downloads a browser here: it launches Debian's Chromium.
 */
export default defineConfig({
  testDir: './tests',
  globalSetup: './support/global-setup.ts',
  // One worker: the tests sign in through one identity server whose per-IP sign-in rate limit they share.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 300_000,
  // Generous: the Vite dev server compiles on first request, and CI machines are small.
  expect: { timeout: 30_000 },
  forbidOnly: Boolean(process.env.CI),
  reporter: [
    ['line'],
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_FILE ?? 'test-results/e2e.json' }],
  ],
  use: {
    baseURL: baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    actionTimeout: 30_000,
    navigationTimeout: 90_000,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.PROPERTYSAAS_CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
})
